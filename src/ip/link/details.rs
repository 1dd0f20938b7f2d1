//! `ip -d link show`: the details after the link-layer line (being written).

use super::show::{Link, Names};
use crate::ip::{Opts, Out};

/// Everything `-d` adds after `link/ether … brd …` (and `link-netns …`).
pub fn print(_p: &mut Out, _l: &Link, _names: &mut Names, _opts: &Opts) {}
