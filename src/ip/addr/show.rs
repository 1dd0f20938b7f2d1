//! `ip address show` (being written).

use crate::cli::Args;
use crate::error::{Error, Result};
use crate::ip::Opts;

pub fn show(_: &mut Args, _: &Opts) -> Result<()> {
    Err(Error::msg(
        1,
        "ipkit: \"ip address show\" is not implemented yet",
    ))
}
