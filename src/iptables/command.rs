//! The commands iptables knows and the options each refuses (its option/command table).

/// The commands, in the order of iptables' option/command table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    Insert,
    Delete,
    DeleteNum,
    Replace,
    Append,
    List,
    Flush,
    Zero,
    ZeroNum,
    NewChain,
    DelChain,
    SetPolicy,
    Rename,
    ListRules,
    Check,
}

impl Command {
    pub fn letter(self) -> char {
        match self {
            Command::Insert => 'I',
            Command::Delete | Command::DeleteNum => 'D',
            Command::Replace => 'R',
            Command::Append => 'A',
            Command::List => 'L',
            Command::Flush => 'F',
            Command::Zero | Command::ZeroNum => 'Z',
            Command::NewChain => 'N',
            Command::DelChain => 'X',
            Command::SetPolicy => 'P',
            Command::Rename => 'E',
            Command::ListRules => 'S',
            Command::Check => 'C',
        }
    }

    /// The options it refuses, in the order `-n -s -d -p -j -v -x -i -o --line -c -f`
    /// (`x` = illegal).
    pub fn illegal(self) -> &'static [u8; 12] {
        match self {
            Command::Insert | Command::Replace | Command::Append => b"x     x  x  ",
            Command::Delete | Command::Check => b"x     x  xx ",
            Command::List => b" xxxx  xx xx",
            Command::SetPolicy => b"xxxxx xxxx x",
            _ => b"xxxxx xxxxxx",
        }
    }
}

/// The option letters of that table.
pub const OPTION_LETTERS: [char; 12] = ['n', 's', 'd', 'p', 'j', 'v', 'x', 'i', 'o', '0', 'c', 'f'];
