//! Keeping a data folder in step with others through git: the folder is a git
//! repository, and `wia sync` commits what wia wrote, fetches, takes in what arrived by
//! strict rules (see `integrate`), and pushes. Offline, wia works as ever; nothing else in
//! wia needs git. See docs/sync.md.

pub mod commit;
pub mod git;
pub mod integrate;
pub mod layout;
pub mod tally;
pub mod words;

use std::path::{Path, PathBuf};

use commit::{Author, Pending};
use git::{GitError, Repo};
use integrate::{IntegrateError, Stopped};
use tally::Tally;

use crate::i18n::Lang;
use crate::store::DataDir;

/// How many times a push that lost a race is tried again (after taking in the winner's).
pub const PUSH_TRIES: usize = 5;

/// The name wia gives the remote.
pub const REMOTE: &str = "origin";

#[derive(Debug)]
pub enum SyncError {
    /// No `git` program.
    NoGit,
    /// The data folder is not a synced folder yet.
    NotShared(PathBuf),
    /// `init` on a folder already synced with another remote.
    OtherRemote(String),
    /// `init` onto a remote that already holds a shared folder.
    RemoteInUse(String),
    /// `clone` into a folder that is not empty.
    NotEmpty(PathBuf),
    /// The remote could not be reached (or refused us): what git said.
    Unreachable { remote: String, why: String },
    /// An incoming change broke the rules; nothing was taken.
    Stopped(Stopped),
    /// Pushes kept losing races.
    KeptLosing,
    /// git failed unexpectedly: what it said.
    Git(String),
    /// A file could not be written.
    Write(crate::error::Error),
}

impl From<GitError> for SyncError {
    fn from(e: GitError) -> Self {
        match e {
            GitError::Missing => SyncError::NoGit,
            GitError::Failed { stderr, .. } => SyncError::Git(stderr),
        }
    }
}

impl From<IntegrateError> for SyncError {
    fn from(e: IntegrateError) -> Self {
        match e {
            IntegrateError::Stopped(s) => SyncError::Stopped(s),
            IntegrateError::Git(g) => g.into(),
            IntegrateError::Write(w) => SyncError::Write(w),
        }
    }
}

impl From<crate::error::Error> for SyncError {
    fn from(e: crate::error::Error) -> Self {
        SyncError::Write(e)
    }
}

pub type SyncResult<T> = Result<T, SyncError>;

/// A record or response that arrived with a signature or digest that does not hold.
#[derive(Debug, Clone)]
pub struct Flagged {
    pub path: String,
    /// What is wrong, in words.
    pub words: String,
}

/// What a sync did.
#[derive(Debug, Clone, Default)]
pub struct Outcome {
    pub arrived: Tally,
    pub sent: Tally,
    pub flagged: Vec<Flagged>,
    /// Local files not sent, and why.
    pub held: Vec<(String, layout::Held)>,
    /// A sync killed earlier was finished first.
    pub recovered: bool,
    /// Pushes that lost a race and were tried again.
    pub retries: usize,
}

/// When the folder last synced, kept in the repository (not shared).
const LAST_SYNC: &str = "wia-last-sync";

/// The git program's version, or NoGit.
pub fn require_git() -> SyncResult<String> {
    git::version().map_err(|_| SyncError::NoGit)
}

fn repo_of(data: &DataDir) -> SyncResult<Repo> {
    require_git()?;
    let repo = Repo::new(&data.root);
    if !repo.is_repo() {
        return Err(SyncError::NotShared(data.root.clone()));
    }
    Ok(repo)
}

/// One sync at a time in a folder: an OS lock, dropped however the process ends.
fn hold(repo: &Repo) -> SyncResult<std::fs::File> {
    let path = repo.git_dir().join("wia-sync.lock");
    let f = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|source| {
            SyncError::Write(crate::error::Error::Write {
                path: path.clone(),
                source,
                lang: Lang::En,
            })
        })?;
    let _ = f.lock();
    Ok(f)
}

/// The author of commits: the remembered assessor and organisation; the email is the
/// signing name when one is set (git wants one; an empty one is allowed).
pub fn author(lang: Lang) -> Author {
    let config = crate::config::default_config_path()
        .map(|p| crate::config::load_config(&p, lang).0)
        .unwrap_or_default();
    let name = config
        .assessor_name
        .filter(|n| !n.trim().is_empty())
        .unwrap_or_else(|| crate::t!(lang, "cli-sync-someone"));
    let name = match config
        .assessor_organisation
        .filter(|o| !o.trim().is_empty())
    {
        Some(org) => format!("{name} ({org})"),
        None => name,
    };
    // git refuses a name with angle brackets or new lines in it.
    let clean = |s: &str| {
        s.chars()
            .filter(|c| !matches!(c, '<' | '>' | '\n' | '\r' | '\0'))
            .collect::<String>()
    };
    Author {
        name: clean(&name),
        email: clean(&config.signing_principal.unwrap_or_default()),
    }
}

fn write_ignore(data: &DataDir, lang: Lang) -> SyncResult<()> {
    let text = layout::ignore_text(&layout::private_folders_inside(&data.root));
    let path = data.root.join(layout::IGNORE_FILE);
    // Read as any file in a shared folder: a FIFO or a link there is not waited on or
    // followed, only replaced.
    let current = crate::store::read_text(&path, 64 * 1024, lang).ok();
    if current.as_deref() != Some(text.as_str()) {
        crate::store::write_atomic(&path, text.as_bytes(), lang)?;
    }
    Ok(())
}

fn tracking(branch: &str) -> String {
    format!("refs/remotes/{REMOTE}/{branch}")
}

fn fetch(repo: &Repo, branch: &str) -> SyncResult<()> {
    let refspec = format!("+refs/heads/{branch}:{}", tracking(branch));
    let out = repo.run_full(["fetch", "--quiet", "--no-tags", REMOTE, refspec.as_str()])?;
    if out.ok {
        return Ok(());
    }
    // A remote with no such branch yet (a new, empty repository) is reachable.
    if out.stderr.contains("couldn't find remote ref") {
        return Ok(());
    }
    Err(unreachable(repo, out.stderr))
}

fn unreachable(repo: &Repo, why: String) -> SyncError {
    SyncError::Unreachable {
        remote: repo.remote_url().unwrap_or_default(),
        why,
    }
}

enum Pushed {
    Done,
    LostRace,
}

fn push(repo: &Repo, branch: &str) -> SyncResult<Pushed> {
    let dest = format!("HEAD:refs/heads/{branch}");
    let out = repo.run_full(["push", "--porcelain", "--quiet", REMOTE, dest.as_str()])?;
    if out.ok {
        if let Some(head) = repo.resolve("HEAD") {
            let _ = repo.run(["update-ref", tracking(branch).as_str(), head.as_str()]);
        }
        return Ok(Pushed::Done);
    }
    let rejected = out
        .stdout
        .lines()
        .any(|l| l.starts_with("!\t") && (l.contains("rejected") || l.contains("fetch first")))
        || out.stderr.contains("[rejected]")
        || out.stderr.contains("fetch first");
    if rejected {
        Ok(Pushed::LostRace)
    } else {
        Err(unreachable(repo, out.stderr))
    }
}

fn commit_message(tally: &Tally, author: &Author, lang: Lang) -> String {
    crate::t!(
        lang,
        "cli-sync-commit-message",
        what = tally.words(lang),
        who = author.name.as_str()
    )
}

/// Where a sync under way has got to, for a screen to show while it runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Waiting for another sync of this folder to finish.
    Waiting,
    /// Asking the remote what it has.
    Fetching,
    /// Committing what was written here.
    Committing,
    /// Taking in what arrived.
    TakingIn,
    /// Sending; `retry` counts pushes that lost a race.
    Sending { retry: usize },
}

/// `wia sync`: commit, fetch, take in, push.
pub fn sync(data: &DataDir, lang: Lang) -> SyncResult<Outcome> {
    sync_with(data, lang, &mut |_| {})
}

/// `sync`, saying each stage as it starts.
pub fn sync_with(
    data: &DataDir,
    lang: Lang,
    progress: &mut dyn FnMut(Stage),
) -> SyncResult<Outcome> {
    let repo = repo_of(data)?;
    progress(Stage::Waiting);
    let _lock = hold(&repo)?;
    let mut outcome = Outcome {
        recovered: integrate::recover(&repo, lang)?,
        ..Outcome::default()
    };
    let branch = repo.branch()?;
    // Reach the remote before changing anything: offline, the folder is left as it was.
    progress(Stage::Fetching);
    fetch(&repo, &branch)?;
    progress(Stage::Committing);
    write_ignore(data, lang)?;
    let author = author(lang);
    let device = crate::device::device_id(lang)?;
    let head = repo.resolve("HEAD");
    let pending = commit::pending(&repo, head.as_deref(), lang)?;
    outcome.held = pending.held.clone();
    commit::commit(
        &repo,
        head.as_deref(),
        &pending,
        &commit_message(&pending.tally, &author, lang),
        &author,
    )?;
    for attempt in 0..PUSH_TRIES {
        if attempt > 0 {
            progress(Stage::Fetching);
            fetch(&repo, &branch)?;
        }
        progress(Stage::TakingIn);
        let ours = repo.resolve("HEAD");
        let theirs = repo.resolve(&tracking(&branch));
        let (arrived, flagged) = take_in(
            &repo,
            ours.as_deref(),
            theirs.as_deref(),
            &device,
            &author,
            lang,
        )?;
        outcome.arrived.add(arrived);
        outcome.flagged.extend(flagged);
        let head = repo.resolve("HEAD");
        let theirs = repo.resolve(&tracking(&branch));
        if head.is_none() || head == theirs {
            break;
        }
        let head = head.unwrap_or_default();
        let base = theirs.as_deref().and_then(|t| repo.merge_base(&head, t));
        let sent = tally::between(&repo, base.as_deref(), &head)?;
        progress(Stage::Sending { retry: attempt });
        match push(&repo, &branch)? {
            Pushed::Done => {
                outcome.sent = sent;
                break;
            }
            Pushed::LostRace if attempt + 1 < PUSH_TRIES => outcome.retries += 1,
            Pushed::LostRace => return Err(SyncError::KeptLosing),
        }
    }
    let _ = std::fs::write(
        repo.git_dir().join(LAST_SYNC),
        chrono::Local::now().to_rfc3339(),
    );
    Ok(outcome)
}

/// Take in `theirs` over `ours`; what arrived and what arrived flagged.
fn take_in(
    repo: &Repo,
    ours: Option<&str>,
    theirs: Option<&str>,
    device: &str,
    author: &Author,
    lang: Lang,
) -> SyncResult<(Tally, Vec<Flagged>)> {
    let Some(theirs) = theirs else {
        return Ok((Tally::default(), Vec::new()));
    };
    let target = match ours {
        Some(o) if o == theirs || repo.is_ancestor(theirs, o) => {
            return Ok((Tally::default(), Vec::new()));
        }
        Some(o) if repo.is_ancestor(o, theirs) => {
            let incoming = repo.diff(o, theirs)?;
            integrate::check(repo, &incoming, &[], device)?;
            theirs.to_string()
        }
        Some(o) => {
            let base = repo
                .merge_base(o, theirs)
                .ok_or_else(|| SyncError::RemoteInUse(repo.remote_url().unwrap_or_default()))?;
            let incoming = repo.diff(&base, theirs)?;
            let local = repo.diff(&base, o)?;
            integrate::check(repo, &incoming, &local, device)?;
            let message = crate::t!(lang, "cli-sync-merge-message", who = author.name.as_str());
            integrate::merge(repo, o, theirs, &message, author)?
        }
        None => {
            let empty = tally::empty_tree(repo)?;
            let incoming = repo.diff(&empty, theirs)?;
            integrate::check(repo, &incoming, &[], device)?;
            theirs.to_string()
        }
    };
    let arrived = tally::between(repo, ours, &target)?;
    let changes = integrate::advance(repo, ours, &target, lang)?;
    let flagged = flag(&repo.root, changes.iter().map(|c| c.path.as_str()), lang);
    Ok((arrived, flagged))
}

/// Check the signatures (and a record's digest) of records and responses that arrived.
fn flag<'a>(root: &Path, paths: impl Iterator<Item = &'a str>, lang: Lang) -> Vec<Flagged> {
    let mut trusted = None;
    let mut out = Vec::new();
    for path in paths {
        let ns = match layout::kind(path) {
            layout::Kind::Record => crate::sign::NS_RECORD,
            layout::Kind::Response => crate::sign::NS_RESPONSE,
            _ => continue,
        };
        let full = root.join(path);
        let mut why = Vec::new();
        if ns == crate::sign::NS_RECORD {
            match crate::record::load_record(&full, lang) {
                Ok((record, text)) => {
                    use crate::record::Integrity;
                    match crate::record::check_file_integrity(&record, &text, &full, lang) {
                        Integrity::Intact | Integrity::IntactReformatted => {}
                        _ => why.push(crate::t!(lang, "cli-sync-flag-altered")),
                    }
                }
                Err(e) => why.push(e.to_string()),
            }
        }
        let trusted = trusted.get_or_insert_with(|| crate::sign::load_trusted(lang));
        let status = crate::sign::check_file(&full, ns, trusted, lang);
        if status.is_failure() {
            why.push(crate::sign::status_words(&status, lang));
        }
        if !why.is_empty() {
            out.push(Flagged {
                path: path.to_string(),
                words: why.join("; "),
            });
        }
    }
    out
}

/// `wia sync init REMOTE`: make the folder a repository with that remote, commit what
/// is there, and push. Run again after a failure, it carries on.
pub fn init(data: &DataDir, remote: &str, lang: Lang) -> SyncResult<Outcome> {
    require_git()?;
    let repo = Repo::new(&data.root);
    let existing = repo.is_repo();
    if existing && repo.remote_url().as_deref() != Some(remote) {
        return Err(SyncError::OtherRemote(
            repo.remote_url().unwrap_or_default(),
        ));
    }
    std::fs::create_dir_all(&data.root).map_err(|source| crate::error::Error::Write {
        path: data.root.clone(),
        source,
        lang,
    })?;
    let heads =
        git::run_outside(&data.root, ["ls-remote", "--heads", "--", remote]).map_err(|e| {
            SyncError::Unreachable {
                remote: remote.to_string(),
                why: e.stderr().to_string(),
            }
        })?;
    if !existing && !heads.is_empty() {
        return Err(SyncError::RemoteInUse(remote.to_string()));
    }
    if !existing {
        git::run_outside(
            &data.root,
            ["init", "--quiet", "--initial-branch=main", "."],
        )?;
        repo.run(["remote", "add", REMOTE, "--", remote])?;
        repo.run(["config", "branch.main.remote", REMOTE])?;
        repo.run(["config", "branch.main.merge", "refs/heads/main"])?;
    }
    sync(data, lang)
}

/// `wia sync clone REMOTE`: a new data folder from a shared one.
pub fn clone(data: &DataDir, remote: &str, lang: Lang) -> SyncResult<Outcome> {
    require_git()?;
    let root = &data.root;
    if let Ok(mut entries) = std::fs::read_dir(root)
        && entries.next().is_some()
    {
        return Err(SyncError::NotEmpty(root.clone()));
    }
    if root.exists() && !root.is_dir() {
        return Err(SyncError::NotEmpty(root.clone()));
    }
    let parent = root
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
        .to_path_buf();
    std::fs::create_dir_all(&parent).map_err(|source| crate::error::Error::Write {
        path: parent.clone(),
        source,
        lang,
    })?;
    let name = root
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "data".into());
    // Cloned beside the folder under a name of wia's own, then renamed into place: a
    // clone killed part-way never leaves a half folder under the name asked for.
    let tmp = parent.join(format!(".{name}.wia-clone"));
    let _ = std::fs::remove_dir_all(&tmp);
    git::run_outside(
        &parent,
        [
            std::ffi::OsStr::new("clone"),
            "--quiet".as_ref(),
            "--no-checkout".as_ref(),
            "--no-tags".as_ref(),
            "--origin".as_ref(),
            REMOTE.as_ref(),
            "--".as_ref(),
            remote.as_ref(),
            tmp.as_os_str(),
        ],
    )
    .map_err(|e| match e {
        GitError::Missing => SyncError::NoGit,
        e => SyncError::Unreachable {
            remote: remote.to_string(),
            why: e.stderr().to_string(),
        },
    })?;
    let repo = Repo::new(&tmp);
    // The branch the remote names, else main, else the only one there is.
    let branch = match repo.branch() {
        Ok(b) if repo.resolve(&tracking(&b)).is_some() => b,
        _ => {
            let names = repo.text([
                "for-each-ref",
                "--format=%(refname:lstrip=3)",
                &format!("refs/remotes/{REMOTE}/"),
            ])?;
            let names: Vec<&str> = names.lines().filter(|n| *n != "HEAD").collect();
            if names.contains(&"main") || names.is_empty() {
                "main".to_string()
            } else {
                names[0].to_string()
            }
        }
    };
    repo.run(["symbolic-ref", "HEAD", &format!("refs/heads/{branch}")])?;
    repo.run(["config", &format!("branch.{branch}.remote"), REMOTE])?;
    repo.run([
        "config",
        &format!("branch.{branch}.merge"),
        &format!("refs/heads/{branch}"),
    ])?;
    let mut outcome = Outcome::default();
    if let Some(theirs) = repo.resolve(&tracking(&branch)) {
        let device = crate::device::device_id(lang)?;
        let empty = tally::empty_tree(&repo)?;
        integrate::check(&repo, &repo.diff(&empty, &theirs)?, &[], &device)?;
        outcome.arrived = tally::between(&repo, None, &theirs)?;
        let changes = integrate::advance(&repo, None, &theirs, lang)?;
        outcome.flagged = flag(&tmp, changes.iter().map(|c| c.path.as_str()), lang);
    }
    let _ = std::fs::write(
        repo.git_dir().join(LAST_SYNC),
        chrono::Local::now().to_rfc3339(),
    );
    if root.is_dir() {
        let _ = std::fs::remove_dir(root);
    }
    std::fs::rename(&tmp, root).map_err(|source| crate::error::Error::Write {
        path: root.clone(),
        source,
        lang,
    })?;
    Ok(outcome)
}

/// Where the folder stands, from what is known here (no network).
#[derive(Debug, Clone, Default)]
pub struct Status {
    pub remote: String,
    pub branch: String,
    /// Commits here not yet sent, and commits fetched not yet taken in.
    pub ahead: usize,
    pub behind: usize,
    pub last_sync: Option<chrono::DateTime<chrono::FixedOffset>>,
    /// What the next sync would send: committed and not yet sent, and not yet committed.
    pub waiting: Tally,
    pub held: Vec<(String, layout::Held)>,
}

pub fn status(data: &DataDir, lang: Lang) -> SyncResult<Status> {
    let repo = repo_of(data)?;
    let branch = repo.branch()?;
    let head = repo.resolve("HEAD");
    let theirs = repo.resolve(&tracking(&branch));
    let (mut ahead, mut behind) = (0, 0);
    let mut waiting = Tally::default();
    if let Some(h) = &head {
        match &theirs {
            Some(t) => {
                let counts =
                    repo.text(["rev-list", "--left-right", "--count", &format!("{h}...{t}")])?;
                let mut n = counts.split_whitespace().map(|n| n.parse().unwrap_or(0));
                ahead = n.next().unwrap_or(0);
                behind = n.next().unwrap_or(0);
                let base = repo.merge_base(h, t);
                waiting.add(tally::between(&repo, base.as_deref(), h)?);
            }
            None => {
                ahead = repo.text(["rev-list", "--count", h])?.parse().unwrap_or(0);
                waiting.add(tally::between(&repo, None, h)?);
            }
        }
    }
    let Pending { tally, held, .. } = commit::pending(&repo, head.as_deref(), lang)?;
    waiting.add(tally);
    let last_sync = std::fs::read_to_string(repo.git_dir().join(LAST_SYNC))
        .ok()
        .and_then(|t| chrono::DateTime::parse_from_rfc3339(t.trim()).ok());
    Ok(Status {
        remote: repo.remote_url().unwrap_or_default(),
        branch,
        ahead,
        behind,
        last_sync,
        waiting,
        held,
    })
}
