//! IP addresses as text without the formatting machinery (`Ipv4Addr`'s `Display` goes through
//! it once per byte): dumps print one or more addresses per line.

use std::net::IpAddr;

/// An address's text, on the stack.
pub struct IpText {
    buf: [u8; 48],
    len: usize,
}

impl IpText {
    pub fn new(ip: IpAddr) -> IpText {
        let mut t = IpText {
            buf: [0; 48],
            len: 0,
        };
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
