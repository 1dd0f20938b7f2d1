//! IP addresses as text without the formatting machinery (`Ipv4Addr`'s `Display` goes through
//! it once per byte): dumps print one or more addresses per line.

use std::net::IpAddr;

/// An address's text, on the stack (with room for a `/128` after it).
pub struct IpText {
    buf: [u8; 56],
    len: usize,
}

impl IpText {
    /// Text that is not an address (`default`, `0/8`), built with [`IpText::push_str`].
    pub fn empty() -> IpText {
        IpText {
            buf: [0; 56],
            len: 0,
        }
    }

    pub fn new(ip: IpAddr) -> IpText {
        let mut t = IpText::empty();
        match ip {
            IpAddr::V4(a) => {
                for (i, b) in a.octets().into_iter().enumerate() {
                    if i > 0 {
                        t.push(b'.');
                    }
                    if b >= 100 {
                        t.push(b'0' + b / 100);
                    }
                    if b >= 10 {
                        t.push(b'0' + b / 10 % 10);
                    }
                    t.push(b'0' + b % 10);
                }
            }
            // inet_ntop writes an IPv4-compatible address (96 zero bits, not `::` or `::1`)
            // with its last 32 bits dotted; Display does not
            IpAddr::V6(a) if a.segments()[..6] == [0; 6] && a.segments()[6] != 0 => {
                t.push_str("::");
                let o = a.octets();
                let v4 = IpText::new(IpAddr::V4([o[12], o[13], o[14], o[15]].into()));
                t.push_str(v4.as_str());
            }
            IpAddr::V6(a) => {
                use std::io::Write;
                let mut c = std::io::Cursor::new(&mut t.buf[..]);
                if write!(c, "{a}").is_ok() {
                    t.len = c.position() as usize;
                }
            }
        }
        t
    }

    /// Append `s` (cut at the buffer's end).
    pub fn push_str(&mut self, s: &str) {
        for &b in s.as_bytes() {
            self.push(b);
        }
    }

    /// Append a number's decimal digits (`/LEN`).
    pub fn push_u8(&mut self, v: u8) {
        if v >= 100 {
            self.push(b'0' + v / 100);
        }
        if v >= 10 {
            self.push(b'0' + v / 10 % 10);
        }
        self.push(b'0' + v % 10);
    }

    fn push(&mut self, b: u8) {
        if let Some(slot) = self.buf.get_mut(self.len) {
            *slot = b;
            self.len += 1;
        }
    }

    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.buf[..self.len]).unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::IpText;

    #[test]
    fn like_display() {
        for s in [
            "0.0.0.0",
            "10.0.0.1",
            "255.255.255.255",
            "192.168.100.9",
            "::",
            "2001:db8::1",
            "::ffff:1.2.3.4",
            "fe80::1:2:3:4",
        ] {
            let ip: std::net::IpAddr = s.parse().unwrap();
            assert_eq!(IpText::new(ip).as_str(), ip.to_string());
        }
    }
}
