//! What a kind's parser asks of `ip link` (kept apart from the table, which imports the
//! kinds).

use crate::cli::Args;
use crate::error::Result;

/// What a kind's parser asks of `ip link`: whether the device is being made, device
/// indexes, and the peer of a veth (the whole link option parser).
pub trait Host {
    /// `add`/`replace` (true) or `set`/`change` (false).
    fn create(&self) -> bool;
    /// The index of device `name`.
    fn index(&mut self, name: &str) -> Option<u32>;
    /// A veth peer's struct ifinfomsg and attributes, read from `args`.
    fn peer(&mut self, args: &mut Args) -> Result<Vec<u8>>;
}
