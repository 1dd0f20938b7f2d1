//! Shell patterns as fnmatch(3) reads them without flags: `*` and `?` (matching `/` and a
//! leading `.` too), bracket expressions (`[a-f]`, `[!x]`, `[^x]`, `[]x]`, `[[:digit:]]`),
//! and `\` quoting the next character. Bytes, not characters, as the C library compares.

/// Does `s` match the pattern `p`?
pub fn fnmatch(p: &[u8], s: &[u8]) -> bool {
    // Iterative with one backtrack point for the last `*`, as fnmatch implementations do.
    let (mut pi, mut si) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while si < s.len() {
        let step = match p.get(pi) {
            Some(b'*') => {
                star = Some((pi + 1, si));
                pi += 1;
                continue;
            }
            Some(b'?') => Some(1),
            Some(b'[') => match bracket(&p[pi..], s[si]) {
                Some((true, len)) => Some(len),
                Some((false, _)) => None,
                // no closing `]`: the `[` is an ordinary character
                None => (s[si] == b'[').then_some(1),
            },
            Some(b'\\') => match p.get(pi + 1) {
                Some(&c) => (c == s[si]).then_some(2),
                // a pattern ending in a lone backslash matches nothing
                None => None,
            },
            Some(&c) => (c == s[si]).then_some(1),
            None => None,
        };
        match step {
            Some(n) => {
                pi += n;
                si += 1;
            }
            None => match star {
                Some((sp, ss)) => {
                    pi = sp;
                    si = ss + 1;
                    star = Some((sp, ss + 1));
                }
                None => return false,
            },
        }
    }
    p[pi..].iter().all(|&c| c == b'*')
}

/// A bracket expression at the start of `p` tested against `c`: (matched, its length),
/// or None when it has no closing `]`.
fn bracket(p: &[u8], c: u8) -> Option<(bool, usize)> {
    let mut i = 1;
    let negate = matches!(p.get(i), Some(b'!' | b'^'));
    if negate {
        i += 1;
    }
    let mut hit = false;
    // an unknown class name makes the whole expression match nothing, as in glibc
    let mut broken = false;
    let mut first = true;
    loop {
        let mut lo = *p.get(i)?;
        if lo == b']' && !first {
            return Some((hit != negate && !broken, i + 1));
        }
        first = false;
        if lo == b'[' && p.get(i + 1) == Some(&b':') {
            let rest = &p[i + 2..];
            if let Some(end) = rest.windows(2).position(|w| w == b":]") {
                match class(&rest[..end], c) {
                    Some(m) => hit |= m,
                    None => broken = true,
                }
                i += 2 + end + 2;
                continue;
            }
        }
        if lo == b'\\' {
            i += 1;
            lo = *p.get(i)?;
        }
        i += 1;
        if p.get(i) == Some(&b'-') && p.get(i + 1).is_some_and(|&h| h != b']') {
            let mut hi = p[i + 1];
            i += 2;
            if hi == b'\\' {
                hi = *p.get(i)?;
                i += 1;
            }
            hit |= lo <= c && c <= hi;
        } else {
            hit |= lo == c;
        }
    }
}

/// `[:name:]` in the C locale; None for a name that is not a class.
fn class(name: &[u8], c: u8) -> Option<bool> {
    Some(match name {
        b"alnum" => c.is_ascii_alphanumeric(),
        b"alpha" => c.is_ascii_alphabetic(),
        b"blank" => c == b' ' || c == b'\t',
        b"cntrl" => c.is_ascii_control(),
        b"digit" => c.is_ascii_digit(),
        b"graph" => c.is_ascii_graphic(),
        b"lower" => c.is_ascii_lowercase(),
        b"print" => c.is_ascii_graphic() || c == b' ',
        b"punct" => c.is_ascii_punctuation(),
        b"space" => c.is_ascii_whitespace() || c == 0x0b,
        b"upper" => c.is_ascii_uppercase(),
        b"xdigit" => c.is_ascii_hexdigit(),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::fnmatch;

    /// Subjects, and for each pattern whether glibc's fnmatch(3) (flags 0, as the reference
    /// calls it) matches each subject, recorded with glibc 2.36.
    const SUBJECTS: &[&str] = &[
        "veth0:1", "veth1", "veth10", "veth", "lo", "lo1", "", "a", "abc", "aXbYc", "]x", "-x",
        "9z", "z9", "*", "a\\", "[", "[a", "eth0", "ethx", "a.b", "ab", "a]b", "br0:2", " x", "x",
        "/", ".hidden", "e", "!x", "d",
    ];

    #[test]
    fn agrees_with_glibc() {
        let table: &[(&str, &str)] = &[
            ("veth0:*", "1000000000000000000000000000000"),
            ("veth?", "0100000000000000000000000000000"),
            ("v[a-f]th", "0001000000000000000000000000000"),
            ("lo", "0000100000000000000000000000000"),
            ("*", "1111111111111111111111111111111"),
            ("", "0000001000000000000000000000000"),
            ("*1", "1100010000000000000000000000000"),
            ("a*b*c", "0000000011000000000000000000000"),
            ("[!a]*", "1111110000111110111100011111111"),
            ("[^a]*", "1111110000111110111100011111111"),
            ("[]a]*", "0000000111100001000011100000000"),
            ("[!]]*", "1111110111011111111111111111111"),
            ("[a-]*", "0000000111010001000011100000000"),
            ("[[:digit:]]*", "0000000000001000000000000000000"),
            ("*[[:alpha:]]", "0001100111111000010111101101111"),
            ("\\*", "0000000000000010000000000000000"),
            ("a\\", "0000000000000000000000000000000"),
            ("[", "0000000000000000100000000000000"),
            ("[a", "0000000000000000010000000000000"),
            ("eth[0-9]", "0000000000000000001000000000000"),
            ("*.*", "0000000000000000000010000001000"),
            ("??", "0000100000111101010001001000010"),
            ("a[\\]]b", "0000000000000000000000100000000"),
            ("[z-a]", "0000000000000000000000000000000"),
            ("*:[12]", "1000000000000000000000010000000"),
            ("[[:space:]x]", "0000000000000000000000000100000"),
            ("[a-c-e]*", "0000000111010001001111110000100"),
            ("*[!.]", "1111110111111111111111111111111"),
            ("\\a*", "0000000111000001000011100000000"),
            ("[\\!]*", "0000000000000000000000000000010"),
        ];
        for (p, bits) in table {
            for (s, bit) in SUBJECTS.iter().zip(bits.bytes()) {
                assert_eq!(
                    fnmatch(p.as_bytes(), s.as_bytes()),
                    bit == b'1',
                    "pattern {p:?} on {s:?}"
                );
            }
        }
    }
}
