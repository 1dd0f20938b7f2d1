//! `ip address add/change/replace/delete` (being written).

use crate::cli::Args;
use crate::error::{Error, Result};
use crate::ip::Opts;

fn todo(what: &str) -> Result<()> {
    Err(Error::msg(
        1,
        format_args!("ipkit: \"ip address {what}\" is not implemented yet"),
    ))
}
pub fn add(_: &mut Args, _: &Opts) -> Result<()> {
    todo("add")
}
pub fn change(_: &mut Args, _: &Opts) -> Result<()> {
    todo("change")
}
pub fn replace(_: &mut Args, _: &Opts) -> Result<()> {
    todo("replace")
}
pub fn delete(_: &mut Args, _: &Opts) -> Result<()> {
    todo("delete")
}
