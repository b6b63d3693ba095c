//! Signing through a running ssh-agent (OpenSSH's agent protocol, draft-miller-ssh-agent):
//! a passphrase-protected key its owner has already unlocked with `ssh-add` signs without
//! the passphrase being asked again, and the private key never enters wia. The agent is
//! found as OpenSSH finds it: `SSH_AUTH_SOCK` (a Unix socket), and on Windows the
//! OpenSSH agent's pipe.

use std::io::{Read, Write};

use ssh_key::{HashAlg, LineEnding, PublicKey, Signature, SshSig};

use crate::i18n::Lang;
use crate::t;

const REQUEST_IDENTITIES: u8 = 11;
const IDENTITIES_ANSWER: u8 = 12;
const SIGN_REQUEST: u8 = 13;
const SIGN_RESPONSE: u8 = 14;
const FAILURE: u8 = 5;

/// An agent's answers are a few KB; anything far larger is not an agent speaking.
const MAX_ANSWER: usize = 256 * 1024;
/// An agent may ask its owner to confirm a signature (`ssh-add -c`): time to answer that.
#[cfg(unix)]
const TIMEOUT: std::time::Duration = std::time::Duration::from_secs(60);

trait Stream: Read + Write {}
impl<T: Read + Write> Stream for T {}

fn connect() -> Option<Box<dyn Stream>> {
    #[cfg(unix)]
    {
        let path = std::env::var_os("SSH_AUTH_SOCK")?;
        let stream = std::os::unix::net::UnixStream::connect(path).ok()?;
        stream.set_read_timeout(Some(TIMEOUT)).ok()?;
        stream.set_write_timeout(Some(TIMEOUT)).ok()?;
        Some(Box::new(stream))
    }
    #[cfg(windows)]
    {
        // Windows' own OpenSSH agent listens on a named pipe, which opens as a file.
        let path = std::env::var_os("SSH_AUTH_SOCK")
            .unwrap_or_else(|| r"\\.\pipe\openssh-ssh-agent".into());
        let pipe = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .open(path)
            .ok()?;
        Some(Box::new(pipe))
    }
    #[cfg(not(any(unix, windows)))]
    {
        None
    }
}

fn put_string(out: &mut Vec<u8>, bytes: &[u8]) {
    out.extend_from_slice(&(bytes.len() as u32).to_be_bytes());
    out.extend_from_slice(bytes);
}

/// One request and its answer: the message type and its body.
fn exchange(stream: &mut dyn Stream, kind: u8, body: &[u8]) -> Result<(u8, Vec<u8>), String> {
    let mut message = Vec::with_capacity(5 + body.len());
    message.extend_from_slice(&(body.len() as u32 + 1).to_be_bytes());
    message.push(kind);
    message.extend_from_slice(body);
    stream.write_all(&message).map_err(|e| e.to_string())?;
    let mut len = [0u8; 4];
    stream.read_exact(&mut len).map_err(|e| e.to_string())?;
    let len = u32::from_be_bytes(len) as usize;
    if len == 0 || len > MAX_ANSWER {
        return Err(format!("an answer of {len} bytes"));
    }
    let mut answer = vec![0u8; len];
    stream.read_exact(&mut answer).map_err(|e| e.to_string())?;
    let kind = answer[0];
    answer.remove(0);
    Ok((kind, answer))
}

/// Reads the SSH wire format's pieces from an answer, refusing to run past its end.
struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn u32(&mut self) -> Option<u32> {
        let (head, rest) = self.0.split_first_chunk::<4>()?;
        self.0 = rest;
        Some(u32::from_be_bytes(*head))
    }
    fn string(&mut self) -> Option<&'a [u8]> {
        let len = self.u32()? as usize;
        if len > self.0.len() {
            return None;
        }
        let (s, rest) = self.0.split_at(len);
        self.0 = rest;
        Some(s)
    }
}

/// Whether the agent holds `key`. None when there is no agent to ask.
fn holds(stream: &mut dyn Stream, key: &[u8]) -> Option<bool> {
    let (kind, body) = exchange(stream, REQUEST_IDENTITIES, &[]).ok()?;
    if kind != IDENTITIES_ANSWER {
        return Some(false);
    }
    let mut r = Reader(&body);
    let count = r.u32()?;
    for _ in 0..count {
        let blob = r.string()?;
        r.string()?; // its comment
        if blob == key {
            return Some(true);
        }
    }
    Some(false)
}

/// Whether a running agent holds `public`.
pub fn agent_holds(public: &PublicKey) -> bool {
    let Ok(blob) = public.to_bytes() else {
        return false;
    };
    connect().is_some_and(|mut stream| holds(stream.as_mut(), &blob) == Some(true))
}

/// `bytes` signed in `namespace` by the agent's copy of `public`, armored as
/// `ssh-keygen -Y sign` writes it. None when no agent is running or it does not hold that
/// key (the caller then unlocks the key file itself); an error when the agent holds the
/// key but would not sign (its owner refused to confirm, or it answered nonsense).
pub fn sign_with_agent(
    public: &PublicKey,
    namespace: &str,
    bytes: &[u8],
    lang: Lang,
) -> Option<Result<String, String>> {
    let blob = public.to_bytes().ok()?;
    let mut stream = connect()?;
    if !holds(stream.as_mut(), &blob)? {
        return None;
    }
    Some(
        sign_held(stream.as_mut(), public, &blob, namespace, bytes)
            .map_err(|why| t!(lang, "domain-sign-agent-failed", why = why)),
    )
}

fn sign_held(
    stream: &mut dyn Stream,
    public: &PublicKey,
    blob: &[u8],
    namespace: &str,
    bytes: &[u8],
) -> Result<String, String> {
    let data = SshSig::signed_data(namespace, HashAlg::Sha512, bytes).map_err(|e| e.to_string())?;
    let mut body = Vec::new();
    put_string(&mut body, blob);
    put_string(&mut body, &data);
    body.extend_from_slice(&0u32.to_be_bytes());
    let (kind, answer) = exchange(stream, SIGN_REQUEST, &body)?;
    match kind {
        SIGN_RESPONSE => {}
        FAILURE => return Err("SSH_AGENT_FAILURE".to_string()),
        other => return Err(format!("the agent answered with message {other}")),
    }
    let raw = Reader(&answer)
        .string()
        .ok_or_else(|| "a signature cut short".to_string())?;
    let signature = Signature::try_from(raw).map_err(|e| e.to_string())?;
    let sig = SshSig::new(
        public.key_data().clone(),
        namespace,
        HashAlg::Sha512,
        signature,
    )
    .map_err(|e| e.to_string())?;
    // Checked before it is written: an agent holding another key under this one's name
    // must not leave a signature that fails every check.
    public
        .verify(namespace, bytes, &sig)
        .map_err(|e| e.to_string())?;
    sig.to_pem(LineEnding::LF).map_err(|e| e.to_string())
}
