//! What the `arp` command line asks for, and its usage screen.

use crate::error::Error;

pub const USAGE: &str = "Usage:
  arp [-vn]  [<HW>] [-i <if>] [-a] [<hostname>]             <-Display ARP cache
  arp [-v]          [-i <if>] -d  <host> [pub]               <-Delete ARP entry
  arp [-vnD] [<HW>] [-i <if>] -f  [<filename>]            <-Add entry from file
  arp [-v]   [<HW>] [-i <if>] -s  <host> <hwaddr> [temp]            <-Add entry
  arp [-v]   [<HW>] [-i <if>] -Ds <host> <if> [netmask <nm>] pub          <-''-

        -a                       display (all) hosts in alternative (BSD) style
        -e                       display (all) hosts in default (Linux) style
        -s, --set                set a new ARP entry
        -d, --delete             delete a specified entry
        -v, --verbose            be verbose
        -n, --numeric            don't resolve names
        -i, --device             specify network interface (e.g. eth0)
        -D, --use-device         read <hwaddr> from given device
        -A, -p, --protocol       specify protocol family
        -f, --file               read new entries from file or from /etc/ethers

  <HW>=Use '-H <hw>' to specify hardware address type. Default: ether
  List of possible hardware types (which support ARP):
";

/// The end of the usage screen (`--help` writes it to stderr, the rest to stdout).
pub const HW_LIST: &str = "    ash (Ash) ether (Ethernet) ax25 (AMPR AX.25) 
    netrom (AMPR NET/ROM) rose (AMPR ROSE) arcnet (ARCnet) 
    dlci (Frame Relay DLCI) fddi (Fiber Distributed Data Interface) hippi (HIPPI) 
    irda (IrLAP) x25 (generic X.25) eui64 (Generic EUI-64) 
";

pub struct Opts {
    pub bsd: bool,
    /// `-e` wins over `-a` whatever the order
    pub linux: bool,
    /// `-H TYPE`: only entries of that hardware type
    pub hw: Option<u32>,
    pub numeric: bool,
    pub verbose: bool,
    pub device: Option<String>,
    /// The words after the options (getopt moves options first): host, hardware address,
    /// flags, or a file name.
    pub words: Vec<String>,
    pub mode: Mode,
    /// `-D`: the hardware address is the named interface's.
    pub use_device: bool,
}

/// What the command does: list, or change the table.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Show,
    Set,
    Delete,
    File,
}

/// The usage screen alone, exit 3 (a word the command does not take).
pub fn usage() -> Error {
    Error::arp_usage_text(format!("{USAGE}{HW_LIST}"))
}
