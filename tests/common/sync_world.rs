//! A bare repository as the remote and parties on their own computers (a data folder and
//! settings folder each), with git settings of their own so the developer's cannot change
//! what happens: for the tests of `wia sync` and of syncing from the home screen.

use std::path::{Path, PathBuf};
use std::process::Command as Process;

use super::cli::{ANSWERS, SMALL};
use assert_cmd::Command;
use wia::store::DataDir;

pub fn have_git() -> bool {
    let ok = Process::new("git")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        eprintln!("SKIPPED: git is not installed, so wia sync cannot be tested here");
    }
    ok
}

/// A place for the remote and every party, with git settings of its own (empty), so the
/// developer's git configuration cannot change what happens.
pub struct World {
    _dir: tempfile::TempDir,
    pub root: PathBuf,
}

impl World {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().to_path_buf();
        std::fs::write(root.join("gitconfig"), "").unwrap();
        let w = World { _dir: dir, root };
        let ok = w
            .git(&w.root)
            .args(["init", "--quiet", "--bare", "remote.git"])
            .status()
            .unwrap()
            .success();
        assert!(ok);
        w
    }

    pub fn remote(&self) -> String {
        self.root.join("remote.git").display().to_string()
    }

    pub fn git(&self, dir: &Path) -> Process {
        let mut c = Process::new("git");
        c.current_dir(dir)
            .env("GIT_CONFIG_GLOBAL", self.root.join("gitconfig"))
            .env("GIT_CONFIG_SYSTEM", self.root.join("gitconfig"))
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_AUTHOR_NAME", "Test")
            .env("GIT_AUTHOR_EMAIL", "test@example.org")
            .env("GIT_COMMITTER_NAME", "Test")
            .env("GIT_COMMITTER_EMAIL", "test@example.org");
        c
    }

    /// A person on their own computer: a data folder and settings folder of their own.
    pub fn party(&self, name: &str, org: &str) -> Party {
        let p = Party {
            data: self.root.join(name).join("data"),
            conf: self.root.join(name).join("conf"),
            gitconfig: self.root.join("gitconfig"),
        };
        std::fs::create_dir_all(&p.conf).unwrap();
        std::fs::write(
            p.conf.join("config.yaml"),
            format!("assessor_name: {name}\nassessor_organisation: {org}\n"),
        )
        .unwrap();
        p
    }
}

pub struct Party {
    pub data: PathBuf,
    pub conf: PathBuf,
    pub gitconfig: PathBuf,
}

impl Party {
    pub fn wia(&self) -> Command {
        let mut c = Command::cargo_bin("wia").unwrap();
        c.env("WIA_DATA_DIR", &self.data)
            .env("WIA_CONFIG_DIR", &self.conf)
            .env("WIA_LANG", "en")
            .env_remove("WIA_GIT")
            .env("GIT_CONFIG_GLOBAL", &self.gitconfig)
            .env("GIT_CONFIG_SYSTEM", &self.gitconfig)
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .timeout(std::time::Duration::from_secs(120));
        c
    }

    pub fn sync(&self) -> (String, String) {
        let a = self.wia().arg("sync").assert();
        let o = a.get_output().clone();
        let (out, err) = (
            String::from_utf8_lossy(&o.stdout).into_owned(),
            String::from_utf8_lossy(&o.stderr).into_owned(),
        );
        assert!(o.status.success(), "wia sync failed:\n{out}\n{err}");
        (out, err)
    }

    pub fn new_record(&self) -> String {
        let a = self
            .wia()
            .args(["new", "--answers", ANSWERS, "--questionnaire", SMALL])
            .assert()
            .success();
        let out = String::from_utf8_lossy(&a.get_output().stdout).into_owned();
        let path = PathBuf::from(out.lines().next().unwrap());
        path.file_stem().unwrap().to_string_lossy().into_owned()
    }

    /// A record of its own: the example answers under another title.
    pub fn new_titled(&self, title: &str) -> String {
        let answers = std::fs::read_to_string(ANSWERS).unwrap().replace(
            "policy_title: Termly ALN progress return",
            &format!("policy_title: {title}"),
        );
        let dir = self.conf.join("answers");
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join(format!("{}.yaml", title.replace(' ', "-")));
        std::fs::write(&file, answers).unwrap();
        let a = self
            .wia()
            .args(["new", "--questionnaire", SMALL, "--answers"])
            .arg(&file)
            .assert()
            .success();
        let out = String::from_utf8_lossy(&a.get_output().stdout).into_owned();
        let path = PathBuf::from(out.lines().next().unwrap());
        path.file_stem().unwrap().to_string_lossy().into_owned()
    }

    pub fn log(&self, school: &str, n: usize) {
        for _ in 0..n {
            self.wia()
                .args(["log", "add", "--school", school, "--authority", "cardiff"])
                .args([
                    "--cause",
                    "data_returns",
                    "--roles",
                    "teacher",
                    "--staff",
                    "2",
                ])
                .args(["--hours", "1", "--frequency", "per_week"])
                .assert()
                .success();
        }
    }

    /// Every evidence entry as every reader sees it, and how many distinct ids.
    pub fn entries(&self) -> (usize, usize) {
        let all = wia::evidence::read_all(&DataDir::new(&self.data), wia::i18n::Lang::En).unwrap();
        let ids: std::collections::HashSet<&str> =
            all.entries.iter().map(|e| e.id.as_str()).collect();
        (all.entries.len(), ids.len())
    }

    pub fn respond(&self, record: &str, dir: &Path) {
        let text =
            std::fs::read_to_string(self.data.join(format!("records/{record}.yaml"))).unwrap();
        let digest = text
            .lines()
            .find_map(|l| l.strip_prefix("digest: "))
            .unwrap()
            .trim()
            .to_string();
        let response = format!(
            "response_version: 1\nrecord: {record}\nrecord_digest: {digest}\nreviewer:\n  name: Gwen Morgan\n  organisation: NEU Cymru\nposition: support_with_changes\ncomments:\n  - on: general\n    text: The hours for teachers look low.\n"
        );
        let file = dir.join("response.yaml");
        std::fs::write(&file, response).unwrap();
        self.wia()
            .args(["respond", record, "--response"])
            .arg(&file)
            .assert()
            .success();
    }

    pub fn head(&self, w: &World) -> String {
        let o = w
            .git(&self.data)
            .args(["rev-parse", "HEAD"])
            .output()
            .unwrap();
        String::from_utf8_lossy(&o.stdout).trim().to_string()
    }
}
