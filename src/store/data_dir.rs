//! The data directory: records and summaries, copies of the questionnaires they used, and
//! drafts of assessments not yet finished.

use std::path::PathBuf;

#[derive(Debug, Clone)]
pub struct DataDir {
    pub root: PathBuf,
}

impl DataDir {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        DataDir { root: root.into() }
    }

    pub fn records(&self) -> PathBuf {
        self.root.join("records")
    }

    pub fn summaries(&self) -> PathBuf {
        self.root.join("summaries")
    }

    /// Questionnaires kept by digest, so a record can always be rescored with the exact
    /// questionnaire it was made with.
    pub fn questionnaires(&self) -> PathBuf {
        self.root.join("questionnaires")
    }

    /// Assessments still being answered, saved as they are typed.
    pub fn drafts(&self) -> PathBuf {
        self.root.join("drafts")
    }

    /// Reviewers' responses to records, each its own file; records are never touched.
    pub fn responses(&self) -> PathBuf {
        self.root.join("responses")
    }

    pub fn record_path(&self, id: &str) -> PathBuf {
        self.records().join(format!("{id}.yaml"))
    }

    pub fn summary_path(&self, id: &str) -> PathBuf {
        self.summaries().join(format!("{id}.md"))
    }

    pub fn draft_path(&self, id: &str) -> PathBuf {
        self.drafts().join(format!("{id}.yaml"))
    }

    pub fn questionnaire_path(&self, sha256: &str) -> PathBuf {
        self.questionnaires().join(format!("{sha256}.yaml"))
    }
}
