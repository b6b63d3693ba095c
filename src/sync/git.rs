//! The `git` program, run with a fixed environment and typed results. wia runs git rather
//! than linking a git library because git is what already knows how to reach the user's
//! remotes: a path, SSH through their agent and `~/.ssh/config`, HTTPS through their
//! credential helper, Git for Windows' credential manager. No shell is ever involved:
//! every argument is passed as it is.

use std::ffi::OsStr;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// What went wrong running git.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GitError {
    /// No `git` program could be started.
    Missing,
    /// git ran and failed: its exit code and the last lines it wrote.
    Failed { code: Option<i32>, stderr: String },
}

impl GitError {
    pub fn stderr(&self) -> &str {
        match self {
            GitError::Missing => "",
            GitError::Failed { stderr, .. } => stderr,
        }
    }
}

pub type GitResult<T> = Result<T, GitError>;

/// The program to run: `WIA_GIT` names another (tests use it to act as if git were
/// missing), else `git` on the PATH.
fn program() -> std::ffi::OsString {
    std::env::var_os("WIA_GIT")
        .filter(|v| !v.is_empty())
        .unwrap_or_else(|| "git".into())
}

/// Whether git can be run at all, and its version line.
pub fn version() -> GitResult<String> {
    let out = base_command()
        .arg("--version")
        .output()
        .map_err(|_| GitError::Missing)?;
    if !out.status.success() {
        return Err(GitError::Missing);
    }
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// git with nothing of the caller's environment that could change what it does or hang:
/// no prompt for a password (a credential helper or agent still works), no pager, C
/// locale for messages we parse, no editor, and settings that keep bytes as they are.
fn base_command() -> Command {
    let mut c = Command::new(program());
    c.env("GIT_TERMINAL_PROMPT", "0")
        .env("GCM_INTERACTIVE", "never")
        .env("GIT_PAGER", "cat")
        .env("PAGER", "cat")
        .env("GIT_EDITOR", ":")
        .env("LC_ALL", "C")
        .env("LANGUAGE", "C")
        // Reading commands never take the index lock, so a git killed part-way cannot
        // leave a lock behind that stops the next run.
        .env("GIT_OPTIONAL_LOCKS", "0")
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .env_remove("GIT_INDEX_FILE")
        .env_remove("GIT_OBJECT_DIRECTORY")
        .env_remove("GIT_NAMESPACE")
        .args([
            "-c",
            "core.quotepath=off",
            "-c",
            "core.autocrlf=false",
            "-c",
            "core.symlinks=false",
            "-c",
            "commit.gpgsign=false",
            "-c",
            "color.ui=false",
        ])
        .stdin(Stdio::null());
    c
}

/// A repository whose work tree is the data folder.
#[derive(Debug, Clone)]
pub struct Repo {
    pub root: PathBuf,
    /// Another index than the repository's (a temporary one), when set.
    index: Option<PathBuf>,
}

impl Repo {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Repo {
            root: root.into(),
            index: None,
        }
    }

    pub fn git_dir(&self) -> PathBuf {
        self.root.join(".git")
    }

    pub fn is_repo(&self) -> bool {
        self.git_dir().join("HEAD").is_file()
    }

    /// The same repository using the index file `index`.
    pub fn with_index(&self, index: &Path) -> Repo {
        Repo {
            root: self.root.clone(),
            index: Some(index.to_path_buf()),
        }
    }

    pub fn command<I, S>(&self, args: I) -> Command
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        let mut c = base_command();
        c.arg("--git-dir")
            .arg(self.git_dir())
            .arg("--work-tree")
            .arg(&self.root)
            .current_dir(&self.root)
            .args(args);
        if let Some(index) = &self.index {
            c.env("GIT_INDEX_FILE", index);
        }
        c
    }

    /// Run git; its standard output when it succeeds.
    pub fn run<I, S>(&self, args: I) -> GitResult<Vec<u8>>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        output(self.command(args), None, &[])
    }

    /// As `run`, as text without the final end of line.
    pub fn text<I, S>(&self, args: I) -> GitResult<String>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        let out = self.run(args)?;
        Ok(String::from_utf8_lossy(&out).trim_end().to_string())
    }

    /// As `run`, with `input` on standard input and these extra environment variables.
    pub fn run_with<I, S>(&self, args: I, input: &[u8], env: &[(&str, &str)]) -> GitResult<Vec<u8>>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        output(self.command(args), Some(input), env)
    }

    /// Run git and keep what it said whether it succeeded or not (`push --porcelain` says
    /// which refs it refused on standard output, and fails).
    pub fn run_full<I, S>(&self, args: I) -> GitResult<Full>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        let out = self.command(args).output().map_err(|_| GitError::Missing)?;
        Ok(Full {
            ok: out.status.success(),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: last_lines(&out.stderr),
        })
    }

    /// The commit a name (`HEAD`, `refs/remotes/origin/main`) stands for, if any.
    pub fn resolve(&self, name: &str) -> Option<String> {
        self.text([
            "rev-parse",
            "--verify",
            "--quiet",
            &format!("{name}^{{commit}}"),
        ])
        .ok()
        .filter(|s| !s.is_empty())
    }

    /// The branch HEAD names (`main`), even before its first commit.
    pub fn branch(&self) -> GitResult<String> {
        self.text(["symbolic-ref", "--short", "HEAD"])
    }

    /// The URL of the remote `origin`.
    pub fn remote_url(&self) -> Option<String> {
        self.text(["config", "--get", "remote.origin.url"])
            .ok()
            .filter(|s| !s.is_empty())
    }

    pub fn is_ancestor(&self, older: &str, newer: &str) -> bool {
        self.command(["merge-base", "--is-ancestor", older, newer])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    }

    pub fn merge_base(&self, a: &str, b: &str) -> Option<String> {
        self.text(["merge-base", a, b])
            .ok()
            .filter(|s| !s.is_empty())
    }

    /// Every file of a commit: path, mode and blob id.
    pub fn tree_files(&self, commit: &str) -> GitResult<Vec<TreeFile>> {
        let out = self.run(["ls-tree", "-r", "-z", "--full-tree", commit])?;
        Ok(out
            .split(|b| *b == 0)
            .filter(|l| !l.is_empty())
            .filter_map(|l| {
                let l = std::str::from_utf8(l).ok()?;
                let (meta, path) = l.split_once('\t')?;
                let mut parts = meta.split(' ');
                let mode = parts.next()?.to_string();
                let _kind = parts.next()?;
                let id = parts.next()?.to_string();
                Some(TreeFile {
                    path: path.to_string(),
                    mode,
                    id,
                })
            })
            .collect())
    }

    /// What changed between two commits, file by file (no rename detection).
    pub fn diff(&self, from: &str, to: &str) -> GitResult<Vec<Change>> {
        let out = self.run(["diff-tree", "-r", "-z", "--no-renames", "--raw", from, to])?;
        let mut fields = out.split(|b| *b == 0).filter(|f| !f.is_empty());
        let mut changes = Vec::new();
        while let (Some(meta), Some(path)) = (fields.next(), fields.next()) {
            let meta = String::from_utf8_lossy(meta);
            let parts: Vec<&str> = meta.trim_start_matches(':').split(' ').collect();
            if parts.len() < 5 {
                continue;
            }
            changes.push(Change {
                path: String::from_utf8_lossy(path).into_owned(),
                old_mode: parts[0].to_string(),
                new_mode: parts[1].to_string(),
                old_id: parts[2].to_string(),
                new_id: parts[3].to_string(),
                status: parts[4].chars().next().unwrap_or('?'),
            });
        }
        Ok(changes)
    }

    /// The contents of these blobs, in order, from one `git cat-file --batch`.
    pub fn blobs(&self, ids: &[&str]) -> GitResult<Vec<Vec<u8>>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let input: String = ids.iter().map(|id| format!("{id}\n")).collect();
        let out = self.run_with(["cat-file", "--batch"], input.as_bytes(), &[])?;
        let mut rest = &out[..];
        let mut blobs = Vec::with_capacity(ids.len());
        for _ in ids {
            let nl = rest
                .iter()
                .position(|b| *b == b'\n')
                .ok_or_else(bad_batch)?;
            let header = String::from_utf8_lossy(&rest[..nl]).into_owned();
            let size: usize = header
                .rsplit(' ')
                .next()
                .and_then(|s| s.parse().ok())
                .filter(|_| header.contains(" blob "))
                .ok_or_else(bad_batch)?;
            let start = nl + 1;
            if rest.len() < start + size + 1 {
                return Err(bad_batch());
            }
            blobs.push(rest[start..start + size].to_vec());
            rest = &rest[start + size + 1..];
        }
        Ok(blobs)
    }

    /// Store `bytes` as a blob; its id.
    pub fn write_blob(&self, bytes: &[u8]) -> GitResult<String> {
        let out = self.run_with(["hash-object", "-w", "--stdin"], bytes, &[])?;
        Ok(String::from_utf8_lossy(&out).trim().to_string())
    }

    /// Store the files at these paths (relative to the data folder) as blobs; their ids.
    /// With `write` false, only their ids.
    pub fn hash_paths(&self, paths: &[String], write: bool) -> GitResult<Vec<String>> {
        if paths.is_empty() {
            return Ok(Vec::new());
        }
        let input: String = paths.iter().map(|p| format!("{p}\n")).collect();
        let mut args = vec!["hash-object", "--no-filters", "--stdin-paths"];
        if write {
            args.insert(1, "-w");
        }
        let out = self.run_with(args, input.as_bytes(), &[])?;
        let ids: Vec<String> = String::from_utf8_lossy(&out)
            .lines()
            .map(str::to_string)
            .collect();
        if ids.len() != paths.len() {
            return Err(bad_batch());
        }
        Ok(ids)
    }
}

fn bad_batch() -> GitError {
    GitError::Failed {
        code: None,
        stderr: "unexpected output from git".into(),
    }
}

/// What git said, success or not.
#[derive(Debug, Clone)]
pub struct Full {
    pub ok: bool,
    pub stdout: String,
    pub stderr: String,
}

/// One file of a tree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TreeFile {
    pub path: String,
    pub mode: String,
    pub id: String,
}

/// One file changed between two commits. `status` is git's letter: A added, M modified,
/// D deleted, T type changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub path: String,
    pub old_mode: String,
    pub new_mode: String,
    pub old_id: String,
    pub new_id: String,
    pub status: char,
}

/// git run outside any repository (`ls-remote`, `clone`).
pub fn run_outside<I, S>(dir: &Path, args: I) -> GitResult<Vec<u8>>
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    let mut c = base_command();
    c.current_dir(dir).args(args);
    output(c, None, &[])
}

fn output(mut c: Command, input: Option<&[u8]>, env: &[(&str, &str)]) -> GitResult<Vec<u8>> {
    for (k, v) in env {
        c.env(k, v);
    }
    c.stdout(Stdio::piped()).stderr(Stdio::piped());
    if input.is_some() {
        c.stdin(Stdio::piped());
    }
    let mut child = c.spawn().map_err(|_| GitError::Missing)?;
    // Standard input is written from another thread while this one reads: a large input
    // and a large output would otherwise each wait for the other.
    let writer = input.map(|bytes| {
        let mut stdin = child.stdin.take();
        let bytes = bytes.to_vec();
        std::thread::spawn(move || {
            if let Some(s) = stdin.as_mut() {
                let _ = s.write_all(&bytes);
            }
        })
    });
    let mut stderr = child.stderr.take();
    let err_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(s) = stderr.as_mut() {
            let _ = s.read_to_end(&mut buf);
        }
        buf
    });
    let mut out = Vec::new();
    if let Some(s) = child.stdout.as_mut() {
        let _ = s.read_to_end(&mut out);
    }
    if let Some(w) = writer {
        let _ = w.join();
    }
    let err = err_reader.join().unwrap_or_default();
    let status = child.wait().map_err(|_| GitError::Missing)?;
    if status.success() {
        Ok(out)
    } else {
        Err(GitError::Failed {
            code: status.code(),
            stderr: last_lines(&err),
        })
    }
}

/// The last few lines git wrote, which say why it failed.
fn last_lines(err: &[u8]) -> String {
    let text = String::from_utf8_lossy(err);
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    lines[lines.len().saturating_sub(6)..].join("\n")
}
