//! `ip link add/set/replace/delete` (being written).

use crate::cli::Args;
use crate::error::{Error, Result};
use crate::ip::Opts;

fn todo(what: &str) -> Result<()> {
    Err(Error::msg(
        1,
        format_args!("ipkit: \"ip link {what}\" is not implemented yet"),
    ))
}
pub fn add(_: &mut Args, _: &Opts) -> Result<()> {
    todo("add")
}
pub fn set(_: &mut Args, _: &Opts) -> Result<()> {
    todo("set")
}
pub fn replace(_: &mut Args, _: &Opts) -> Result<()> {
    todo("replace")
}
pub fn delete(_: &mut Args, _: &Opts) -> Result<()> {
    todo("delete")
}
