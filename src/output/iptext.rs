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
            IpAddr::V4(a) => t.push_v4(a.octets()),
            IpAddr::V6(a) => t.push_v6(a.segments()),
        }
        t
    }

    fn push_v4(&mut self, o: [u8; 4]) {
        for (i, b) in o.into_iter().enumerate() {
            if i > 0 {
                self.push(b'.');
            }
            self.push_u8(b);
        }
    }

    /// As inet_ntop writes it: the first longest run of two or more zero groups as `::`,
    /// groups in lower-case hex without leading zeros, and an IPv4-compatible (96 zero bits)
    /// or IPv4-mapped (`::ffff:`) address with its last 32 bits dotted.
    fn push_v6(&mut self, w: [u16; 8]) {
        let (mut base, mut len) = (8, 0);
        let mut i = 0;
        while i < 8 {
            let run = w[i..].iter().take_while(|&&g| g == 0).count();
            if run > len {
                (base, len) = (i, run);
            }
            i += run.max(1);
        }
        if len < 2 {
            (base, len) = (8, 0);
        }
        for (i, &g) in w.iter().enumerate() {
            if i >= base && i < base + len {
                if i == base {
                    self.push(b':');
                }
                continue;
            }
            if i != 0 {
                self.push(b':');
            }
            if i == 6 && base == 0 && (len == 6 || (len == 5 && w[5] == 0xffff)) {
                let [a, b] = g.to_be_bytes();
                let [c, d] = w[7].to_be_bytes();
                self.push_v4([a, b, c, d]);
                return;
            }
            let mut started = false;
            for shift in [12, 8, 4, 0] {
                let n = (g >> shift) & 0xf;
                if n != 0 || started || shift == 0 {
                    started = true;
                    self.push(b"0123456789abcdef"[usize::from(n)]);
                }
            }
        }
        if len > 0 && base + len == 8 {
            self.push(b':');
        }
    }

    /// Append `s` (cut at the buffer's end).
    pub fn push_str(&mut self, s: &str) {
        self.push_ascii(s.as_bytes());
    }

    /// Append a number's decimal digits.
    pub fn push_dec(&mut self, v: u64) {
        let mut d = [0u8; 20];
        let mut i = d.len();
        let mut v = v;
        while v > u64::from(u32::MAX) {
            i -= 1;
            d[i] = b'0' + (v % 10) as u8;
            v /= 10;
        }
        let mut v = v as u32;
        loop {
            i -= 1;
            let q = div10(v);
            d[i] = b'0' + (v - 10 * q) as u8;
            v = q;
            if v == 0 {
                break;
            }
        }
        self.push_ascii(&d[i..]);
    }

    /// Append a number's lower-case hex digits (no `0x`).
    pub fn push_hex(&mut self, v: u64) {
        let mut d = [0u8; 16];
        let mut i = d.len();
        let mut v = v;
        loop {
            i -= 1;
            d[i] = b"0123456789abcdef"[(v & 15) as usize];
            v >>= 4;
            if v == 0 {
                break;
            }
        }
        self.push_ascii(&d[i..]);
    }

    /// Append bytes (cut at the buffer's end).
    fn push_ascii(&mut self, b: &[u8]) {
        let n = b.len().min(self.buf.len() - self.len);
        self.buf[self.len..self.len + n].copy_from_slice(&b[..n]);
        self.len += n;
    }

    /// Append a number's decimal digits (`/LEN`).
    pub fn push_u8(&mut self, v: u8) {
        let v = u32::from(v);
        let tens = div10(v);
        if v >= 100 {
            self.push(b'0' + div10(tens) as u8);
        }
        if v >= 10 {
            self.push(b'0' + (tens - 10 * div10(tens)) as u8);
        }
        self.push(b'0' + (v - 10 * tens) as u8);
    }

    #[inline(always)]
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

/// `v / 10` by a multiplication: the size-optimised build divides by constants with the
/// slow `div` instruction.
#[inline(always)]
fn div10(v: u32) -> u32 {
    ((u64::from(v) * 0xcccc_cccd) >> 35) as u32
}

#[cfg(test)]
mod tests {
    use super::{div10, IpText};

    #[test]
    fn divides_by_ten() {
        let samples = (0..200_000u32).chain((0..200_000).map(|i| u32::MAX - i));
        for v in samples.chain((0..32).map(|s| 1u32 << s)) {
            assert_eq!(div10(v), v / 10, "{v}");
        }
        for v in 0..=255u8 {
            let mut t = IpText::empty();
            t.push_u8(v);
            assert_eq!(t.as_str(), v.to_string());
        }
    }

    #[test]
    fn numbers() {
        for v in [0u64, 1, 9, 10, 99, 255, 4_294_967_295, u64::MAX] {
            let mut t = IpText::empty();
            t.push_str("/");
            t.push_dec(v);
            t.push_str(" 0x");
            t.push_hex(v);
            assert_eq!(t.as_str(), format!("/{v} 0x{v:x}"));
        }
        let mut t = IpText::empty();
        t.push_str(&"x".repeat(60));
        t.push_dec(12345);
        assert_eq!(t.as_str(), "x".repeat(56));
    }

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

    /// inet_ntop's forms (as glibc writes them), where Display differs or might.
    #[test]
    fn like_inet_ntop() {
        for (a, text) in [
            ("::1", "::1"),
            ("::1.2.3.4", "::1.2.3.4"),
            ("::2:1.2.3.4", "::2:102:304"),
            ("::0.0.1.2", "::102"),
            ("::ffff:0.0.0.0", "::ffff:0.0.0.0"),
            ("1::", "1::"),
            ("1:0:0:2:0:0:0:3", "1:0:0:2::3"),
            ("1:0:2:0:3:0:4:0", "1:0:2:0:3:0:4:0"),
            ("2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1"),
            ("fe80:0:0:0:abcd:ef:1:10", "fe80::abcd:ef:1:10"),
            (
                "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
                "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
            ),
            ("0:1:0:0:0:0:0:0", "0:1::"),
        ] {
            let ip: std::net::IpAddr = a.parse().unwrap();
            assert_eq!(IpText::new(ip).as_str(), text, "{a}");
        }
    }
}
