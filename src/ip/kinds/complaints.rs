//! The complaints the kinds share: a kind's usage screen, and what ipkit does not do yet.

use crate::error::Error;

/// A kind's usage screen on stderr (after an optional complaint line), exit 1.
pub fn kind_usage(prefix: Option<String>, usage: &str) -> Error {
    match prefix {
        Some(p) => Error::ip_fail_text(format!("{p}\n{usage}")),
        None => Error::ip_fail_text(usage),
    }
}

/// `ipkit: "ip link WHAT" is not implemented yet` (exit 1).
pub fn not_implemented(what: &str) -> Error {
    Error::ip_fail(format_args!(
        "ipkit: \"ip link {what}\" is not implemented yet"
    ))
}
