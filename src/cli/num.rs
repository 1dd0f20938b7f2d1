//! The one family of C number parsers, as the reference tools use them: `strtol`/`strtoul`
//! on the whole word (leading blanks, a sign, `0x`/`0` prefixes with base 0) with the range
//! checks of iproute2's `get_integer`, `get_unsigned`, `get_u32`…, `atoi`, and `sscanf("%x")`.

/// What `strto*` read: the sign, the magnitude (saturated), whether it overflowed u64,
/// and how many bytes it consumed (0 when there were no digits).
struct Scan {
    negative: bool,
    magnitude: u64,
    overflow: bool,
    used: usize,
}

fn digit(c: u8) -> Option<u32> {
    (c as char).to_digit(36)
}

fn is_c_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

/// The common part of strtol/strtoul/strtoull.
fn scan(s: &str, base: u32) -> Scan {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() && is_c_space(b[i]) {
        i += 1;
    }
    let mut negative = false;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        negative = b[i] == b'-';
        i += 1;
    }
    let mut base = base;
    let hex_prefix = i + 1 < b.len()
        && b[i] == b'0'
        && (b[i + 1] | 0x20) == b'x'
        && b.get(i + 2).and_then(|&c| digit(c)).is_some_and(|d| d < 16);
    if (base == 0 || base == 16) && hex_prefix {
        base = 16;
        i += 2;
    } else if base == 0 {
        base = if b.get(i) == Some(&b'0') { 8 } else { 10 };
    }
    let start = i;
    let mut magnitude: u64 = 0;
    let mut overflow = false;
    while let Some(d) = b.get(i).and_then(|&c| digit(c)).filter(|&d| d < base) {
        match magnitude
            .checked_mul(u64::from(base))
            .and_then(|m| m.checked_add(u64::from(d)))
        {
            Some(m) => magnitude = m,
            None => overflow = true,
        }
        i += 1;
    }
    if i == start {
        return Scan {
            negative: false,
            magnitude: 0,
            overflow: false,
            used: 0,
        };
    }
    Scan {
        negative,
        magnitude,
        overflow,
        used: i,
    }
}

/// `strtoul`/`strtoull` over the whole word: None for no digits, trailing garbage or ERANGE.
/// A minus sign wraps the value the way C does (`-1` is `u64::MAX`).
pub fn strtoul(s: &str, base: u32) -> Option<u64> {
    let r = scan(s, base);
    if r.used == 0 || r.used != s.len() || r.overflow {
        return None;
    }
    Some(if r.negative {
        r.magnitude.wrapping_neg()
    } else {
        r.magnitude
    })
}

/// `strtoul` reading a number at the start of the word: its value (wrapped as C wraps a
/// minus sign) and how many bytes it took; None for no digits or ERANGE.
pub fn strtoul_prefix(s: &str, base: u32) -> Option<(u64, usize)> {
    let r = scan(s, base);
    if r.used == 0 || r.overflow {
        return None;
    }
    let v = if r.negative {
        r.magnitude.wrapping_neg()
    } else {
        r.magnitude
    };
    Some((v, r.used))
}

/// `sscanf(s, "%llu")`: the decimal number at the start of the word (blanks and a sign
/// before it, anything after it ignored), negated modulo 2^64 after a minus, `u64::MAX`
/// when too big; None when there is no digit.
pub fn scan_ull(s: &str) -> Option<u64> {
    let r = scan(s, 10);
    if r.used == 0 {
        return None;
    }
    Some(if r.overflow {
        u64::MAX
    } else if r.negative {
        r.magnitude.wrapping_neg()
    } else {
        r.magnitude
    })
}

/// `sscanf(s, "%u-%u")` (or `%hu-%hu`): how many numbers were read (0, 1 or 2) and their
/// values as `strtoul` gives them (saturated, a minus sign wrapping), for the caller to cut
/// to its width.
pub fn scan_range(s: &str) -> (usize, u64, u64) {
    let value = |r: &Scan| {
        if r.overflow {
            u64::MAX
        } else if r.negative {
            r.magnitude.wrapping_neg()
        } else {
            r.magnitude
        }
    };
    let a = scan(s, 10);
    if a.used == 0 {
        return (0, 0, 0);
    }
    let first = value(&a);
    let Some(rest) = s.get(a.used..).and_then(|r| r.strip_prefix('-')) else {
        return (1, first, 0);
    };
    let b = scan(rest, 10);
    if b.used == 0 {
        return (1, first, 0);
    }
    (2, first, value(&b))
}

/// `strtol` over the whole word: None for no digits, trailing garbage or ERANGE.
pub fn strtol(s: &str, base: u32) -> Option<i64> {
    let r = scan(s, base);
    if r.used == 0 || r.used != s.len() || r.overflow {
        return None;
    }
    if r.negative {
        0i64.checked_sub_unsigned(r.magnitude)
    } else {
        i64::try_from(r.magnitude).ok()
    }
}

/// C `strtol` itself, on the start of the word: the value (saturated to `LONG_MIN`/`LONG_MAX`
/// on overflow, as C does), whether it overflowed (ERANGE) and how many bytes it read; None
/// when there is no digit.
pub fn strtol_c(s: &str, base: u32) -> Option<(i64, bool, usize)> {
    let r = scan(s, base);
    if r.used == 0 {
        return None;
    }
    let v = if r.negative {
        0i64.checked_sub_unsigned(r.magnitude)
            .filter(|_| !r.overflow)
    } else {
        i64::try_from(r.magnitude).ok().filter(|_| !r.overflow)
    };
    Some(match v {
        Some(v) => (v, false, r.used),
        None if r.negative => (i64::MIN, true, r.used),
        None => (i64::MAX, true, r.used),
    })
}

/// `get_integer(…, 0)`: a C `int`.
pub fn get_integer(s: &str) -> Option<i32> {
    strtol(s, 0).and_then(|v| i32::try_from(v).ok())
}

/// `get_unsigned(…, 0)` / `get_u32(…, 0)`: an unsigned 32-bit value.
pub fn get_u32(s: &str) -> Option<u32> {
    strtoul(s, 0).and_then(|v| u32::try_from(v).ok())
}

pub fn get_u16(s: &str) -> Option<u16> {
    strtoul(s, 0).and_then(|v| u16::try_from(v).ok())
}

pub fn get_u8(s: &str) -> Option<u8> {
    strtoul(s, 0).and_then(|v| u8::try_from(v).ok())
}

pub fn get_u64(s: &str) -> Option<u64> {
    strtoul(s, 0)
}

/// `atoi`: decimal digits after optional blanks and sign, garbage after them ignored,
/// the `long` result cut to an `int` (so `4294967295` is -1).
pub fn atoi(s: &str) -> i32 {
    let r = scan(s, 10);
    let v: i64 = if r.overflow || r.magnitude > i64::MAX as u64 {
        if r.negative {
            i64::MIN
        } else {
            i64::MAX
        }
    } else if r.negative {
        -(r.magnitude as i64)
    } else {
        r.magnitude as i64
    };
    v as i32
}

/// `sscanf(s, "%x")` into an `unsigned int`: the hex number at the start of `s` (blanks, sign
/// and `0x` allowed), None when there is none. As glibc does, the value is `strtoul`'s
/// (saturated on overflow, negated modulo 2^64) cut to 32 bits.
pub fn scan_hex(s: &str) -> Option<u32> {
    let r = scan(s, 16);
    if r.used == 0 {
        // "0x" with no hex digit after it still reads as 0.
        let t = s.trim_start_matches(|c: char| c.is_ascii() && is_c_space(c as u8));
        let t = t.strip_prefix(['+', '-']).unwrap_or(t);
        return t.starts_with('0').then_some(0);
    }
    let m = if r.overflow { u64::MAX } else { r.magnitude };
    let v = if r.negative && !r.overflow {
        m.wrapping_neg()
    } else {
        m
    };
    Some(v as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_like_strtol() {
        assert_eq!(get_integer("-1"), Some(-1));
        assert_eq!(get_integer("0x10"), Some(16));
        assert_eq!(get_integer("010"), Some(8));
        assert_eq!(get_integer(" 5"), Some(5));
        assert_eq!(get_integer("5x"), None);
        assert_eq!(get_integer("2147483648"), None);
        assert_eq!(get_integer(""), None);
        assert_eq!(get_integer("0x"), None);
    }

    #[test]
    fn unsigned_like_strtoul() {
        assert_eq!(get_u32("4294967295"), Some(u32::MAX));
        assert_eq!(get_u32("4294967296"), None);
        assert_eq!(get_u32("-1"), None);
        assert_eq!(get_u32("-0"), Some(0));
        assert_eq!(get_u16("65536"), None);
        assert_eq!(get_u8("255"), Some(255));
        assert_eq!(get_u64("-1"), Some(u64::MAX));
        assert_eq!(get_u64("18446744073709551616"), None);
    }

    #[test]
    fn ull_like_sscanf() {
        assert_eq!(scan_ull("0x10"), Some(0));
        assert_eq!(scan_ull("010"), Some(10));
        assert_eq!(scan_ull(" +7x"), Some(7));
        assert_eq!(scan_ull(" -5"), Some(u64::MAX - 4));
        assert_eq!(scan_ull("99999999999999999999999"), Some(u64::MAX));
        assert_eq!(scan_ull("x"), None);
        assert_eq!(scan_ull(""), None);
    }

    #[test]
    fn atoi_cuts_to_int() {
        assert_eq!(atoi("5x"), 5);
        assert_eq!(atoi("0x10"), 0);
        assert_eq!(atoi("010"), 10);
        assert_eq!(atoi("4294967295"), -1);
        assert_eq!(atoi("4294967296"), 0);
        assert_eq!(atoi("2147483648"), i32::MIN);
        assert_eq!(atoi(" 7"), 7);
    }

    #[test]
    fn hex_like_sscanf() {
        assert_eq!(scan_hex("0g"), Some(0));
        assert_eq!(scan_hex("0xg"), Some(0));
        assert_eq!(scan_hex("0x12"), Some(0x12));
        assert_eq!(scan_hex("6x"), Some(6));
        assert_eq!(scan_hex(""), None);
        assert_eq!(scan_hex("-1"), Some(u32::MAX));
        assert_eq!(scan_hex("100000000"), Some(0));
        assert_eq!(scan_hex("100000001"), Some(1));
        assert_eq!(scan_hex("fffffffffffffffffff"), Some(u32::MAX));
        assert_eq!(scan_hex("g"), None);
    }

    fn strtoul_0(s: &str) -> Option<u64> {
        strtoul(s, 0)
    }

    #[test]
    fn strtoul_like_c() {
        assert_eq!(strtoul_0("10"), Some(10));
        assert_eq!(strtoul_0("0x18"), Some(24));
        assert_eq!(strtoul_0("024"), Some(20));
        assert_eq!(strtoul_0(" +24"), Some(24));
        assert_eq!(strtoul_0("-0"), Some(0));
        assert_eq!(strtoul_0("-1"), Some(u64::MAX));
        assert_eq!(strtoul_0("0x"), None);
        assert_eq!(strtoul_0("08"), None);
        assert_eq!(strtoul_0(""), None);
        assert_eq!(strtoul_0("-"), None);
        assert_eq!(strtoul_0("24 "), None);
        assert_eq!(strtoul_0("99999999999999999999999"), None);
        assert_eq!(get_u32("4294967295"), Some(u32::MAX));
        assert_eq!(get_u32("4294967296"), None);
    }
}
