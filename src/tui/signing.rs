//! Signing from the interface: the same key and the same domain calls as `wia new` and
//! `wia respond`, but a passphrase is never asked at the terminal (the screen is ours):
//! it comes from WIA_KEY_PASSPHRASE or from the window that asks for it.

use super::msg::{Secret, SignTarget, Signing};
use crate::i18n::Lang;

/// Sign saved files with the configured key, unlocked by `typed` or else by
/// WIA_KEY_PASSPHRASE. A protected key with neither is `NeedsPassphrase`: nothing is
/// signed, and the interface asks.
pub fn sign_now(target: &SignTarget, typed: Option<&Secret>, lang: Lang) -> Signing {
    let mut needs = false;
    let key = {
        let mut ask = || match typed {
            Some(t) => Some(t.expose().to_string()),
            None => match std::env::var(crate::sign::PASSPHRASE_ENV) {
                Ok(p) => Some(p),
                Err(_) => {
                    needs = true;
                    None
                }
            },
        };
        crate::sign::configured_key(&mut ask, lang)
    };
    if needs {
        return Signing::NeedsPassphrase;
    }
    match target {
        SignTarget::Record {
            record, summary, ..
        } => crate::sign::sign_saved(key, record, summary, lang).into(),
        SignTarget::Response { file, .. } => crate::sign::sign_response(key, file, lang).into(),
    }
}
