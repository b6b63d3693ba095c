//! What a signature status means, in a few words for a list, a page or a table cell.

use super::SigStatus;
use crate::i18n::Lang;
use crate::t;

/// One phrase: "signed by NAME (trusted)", "signed by a key you do not trust (SHA256:…)",
/// "BAD SIGNATURE …", "unsigned". Names come from the reader's own file, but are still
/// made inert: the file may have been edited by hand.
pub fn status_words(status: &SigStatus, lang: Lang) -> String {
    match status {
        SigStatus::Unsigned => t!(lang, "domain-sig-words-unsigned"),
        SigStatus::Trusted { principals, .. } => t!(
            lang,
            "domain-sig-words-trusted",
            who = crate::text::inert(&principals.join(", ")).into_owned()
        ),
        SigStatus::Untrusted { fingerprint } => t!(
            lang,
            "domain-sig-words-untrusted",
            fingerprint = fingerprint.as_str()
        ),
        SigStatus::Mismatch { .. } => t!(lang, "domain-sig-words-mismatch"),
        SigStatus::WrongNamespace { found } => t!(
            lang,
            "domain-sig-words-namespace",
            found = crate::document::excerpt(found).into_owned()
        ),
        SigStatus::Unreadable { why } => t!(
            lang,
            "domain-sig-words-unreadable",
            why = crate::document::excerpt(why).into_owned()
        ),
    }
}
