//! `ip address flush` (being written).

use crate::cli::Args;
use crate::error::{Error, Result};
use crate::ip::Opts;

pub fn flush(_: &mut Args, _: &Opts) -> Result<()> {
    Err(Error::msg(
        1,
        "ipkit: \"ip address flush\" is not implemented yet",
    ))
}
