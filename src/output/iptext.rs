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

    fn push_v4(&mut self, [a, b, c, d]: [u8; 4]) {
        self.push_u8(a);
        for o in [b, c, d] {
            self.push(b'.');
            self.push_u8(o);
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

    /// Append `s` (cut at the buffer's end, before a character that would not fit whole).
    pub fn push_str(&mut self, s: &str) {
        let mut n = s.len().min(self.buf.len() - self.len);
        while !s.is_char_boundary(n) {
            n -= 1;
        }
        self.push_ascii(&s.as_bytes()[..n]);
    }

    /// Append a number's decimal digits.
    pub fn push_dec(&mut self, v: u64) {
        match u32::try_from(v) {
            Ok(v) => self.push_dec32(v),
            Err(_) => {
                let high = v / 1_000_000_000;
                self.push_dec(high);
                let low = (v - high * 1_000_000_000) as u32;
                self.push_digits(low, 9);
            }
        }
    }

    /// Append a u32's decimal digits, written in place.
    fn push_dec32(&mut self, v: u32) {
        let mut n = 1;
        while n < POW10.len() && v >= POW10[n] {
            n += 1;
        }
        self.push_digits(v, n);
    }

    /// Append the last `n` decimal digits of `v` (leading zeros included), written in place
    /// two at a time (cut at the buffer's end).
    fn push_digits(&mut self, mut v: u32, n: usize) {
        let end = (self.len + n).min(self.buf.len());
        for _ in end..self.len + n {
            v = div10(v);
        }
        let Some(mut dst) = self.buf.get_mut(self.len..end) else {
            return;
        };
        while let [rest @ .., d1, d0] = dst {
            let q = div100(v);
            let pair = 2 * (v - 100 * q) as usize;
            *d1 = PAIRS[pair];
            *d0 = PAIRS[pair + 1];
            v = q;
            dst = rest;
        }
        if let [d] = dst {
            *d = b'0' + (v - 10 * div10(v)) as u8;
        }
        self.len = end;
    }

    /// Append a number's lower-case hex digits (no `0x`), written in place.
    pub fn push_hex(&mut self, v: u64) {
        let n = (16 - (v | 1).leading_zeros() as usize / 4).max(1);
        let end = (self.len + n).min(self.buf.len());
        let mut v = v >> (4 * (self.len + n - end));
        if let Some(dst) = self.buf.get_mut(self.len..end) {
            for slot in dst.iter_mut().rev() {
                *slot = b"0123456789abcdef"[(v & 15) as usize];
                v >>= 4;
            }
        }
        self.len = end;
    }

    /// Append bytes (cut at the buffer's end).
    fn push_ascii(&mut self, b: &[u8]) {
        let n = b.len().min(self.buf.len() - self.len);
        self.buf[self.len..self.len + n].copy_from_slice(&b[..n]);
        self.len += n;
    }

    /// Append a number's decimal digits (`/LEN`).
    pub fn push_u8(&mut self, v: u8) {
        self.push_dec32(v.into());
    }

    #[inline(always)]
    fn push(&mut self, b: u8) {
        if let Some(slot) = self.buf.get_mut(self.len) {
            *slot = b;
            self.len += 1;
        }
    }

    pub fn as_str(&self) -> &str {
        let text = self.buf.get(..self.len).unwrap_or_default();
        // SAFETY: the text is ASCII and whole strings (`push_str` cuts only at a character's
        // boundary), so it is UTF-8; dumps print several a line, and checking costs.
        unsafe { std::str::from_utf8_unchecked(text) }
    }
}

/// 1, 10, … 10^9: a u32 has as many decimal digits as the powers it reaches.
const POW10: [u32; 10] = [
    1,
    10,
    100,
    1_000,
    10_000,
    100_000,
    1_000_000,
    10_000_000,
    100_000_000,
    1_000_000_000,
];

/// "00" "01" … "99": two digits a step.
const PAIRS: &[u8; 200] = b"0001020304050607080910111213141516171819\
2021222324252627282930313233343536373839\
4041424344454647484950515253545556575859\
6061626364656667686970717273747576777879\
8081828384858687888990919293949596979899";

/// `v / 100` by a multiplication (exact for every u32).
#[inline(always)]
fn div100(v: u32) -> u32 {
    ((u64::from(v) * 0x51eb_851f) >> 37) as u32
}

/// `v / 10` by a multiplication: the size-optimised build divides by constants with the
/// slow `div` instruction.
#[inline(always)]
fn div10(v: u32) -> u32 {
    ((u64::from(v) * 0xcccc_cccd) >> 35) as u32
}

#[cfg(test)]
mod tests {
    use super::{div10, div100, IpText};

    #[test]
    fn divides_by_ten() {
        let samples = (0..200_000u32).chain((0..200_000).map(|i| u32::MAX - i));
        for v in samples.chain((0..32).map(|s| 1u32 << s)) {
            assert_eq!(div10(v), v / 10, "{v}");
            assert_eq!(div100(v), v / 100, "{v}");
        }
        for v in 0..=255u8 {
            let mut t = IpText::empty();
            t.push_u8(v);
            assert_eq!(t.as_str(), v.to_string());
        }
    }

    #[test]
    fn numbers() {
        let mut samples = vec![
            0u64,
            1,
            9,
            10,
            99,
            255,
            4_294_967_295,
            4_294_967_296,
            u64::MAX,
        ];
        for shift in 0..64 {
            samples.extend([1u64 << shift, (1u64 << shift) - 1, 10u64.pow(shift % 20)]);
        }
        for v in samples {
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
        // cut at the end: the leading digits are kept
        for (fill, v, want) in [
            (53, 12345u64, "123"),
            (54, 0xabcdef, "ab"),
            (55, u64::MAX, "1"),
        ] {
            let mut t = IpText::empty();
            t.push_str(&"x".repeat(fill));
            if v == 0xabcdef {
                t.push_hex(v);
            } else {
                t.push_dec(v);
            }
            assert_eq!(t.as_str(), format!("{}{want}", "x".repeat(fill)));
        }
        let mut t = IpText::empty();
        t.push_str(&"x".repeat(55));
        t.push_str("é");
        assert_eq!(t.as_str(), "x".repeat(55));
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
