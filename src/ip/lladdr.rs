//! Link-layer addresses: read as the reference reads them (`address`, `broadcast`,
//! `group_address`, `-0` addresses: colon-separated hex bytes, or a dotted IPv4 address for
//! tunnels) and printed as `aa:bb:cc:…` ([`Mac`]).

use crate::cli::num::scan_hex;
use crate::error::{Error, Result};
use std::fmt;

/// The most bytes an address can hold (the reference's buffer size).
const MAX_LEN: usize = 32;

/// `"PART" is invalid lladdr.`: the reference's complaint about a part of an address.
pub fn invalid(part: &str) -> String {
    format!("\"{part}\" is invalid lladdr.")
}

/// Parse `arg` into address bytes, with the reference's `"x" is invalid lladdr.` (exit 1).
pub fn get(arg: &str) -> Result<Vec<u8>> {
    parse(arg).map_err(|part| Error::ip_fail(invalid(part)))
}

/// Parse `arg` into address bytes; Err names the part that is not a byte.
pub fn parse(arg: &str) -> std::result::Result<Vec<u8>, &str> {
    if arg.contains('.') {
        return dotted(arg).ok_or(arg);
    }
    let mut out = Vec::new();
    let mut parts = arg.split(':');
    for part in parts.by_ref() {
        match scan_hex(part) {
            Some(v) if v <= 255 => out.push(v as u8),
            _ => return Err(part),
        }
        if out.len() == MAX_LEN {
            break;
        }
    }
    // With more parts than the buffer holds the reference reports one byte more than it
    // filled (a zero).
    if parts.next().is_some() {
        out.push(0);
    }
    Ok(out)
}

/// Up to four dotted decimal bytes; missing ones are zero.
fn dotted(arg: &str) -> Option<Vec<u8>> {
    let mut out = vec![0u8; 4];
    for (i, part) in arg.split('.').enumerate() {
        if i >= 4 || part.is_empty() || !part.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        out[i] = part.parse::<u8>().ok()?;
    }
    Some(out)
}

/// `aa:bb:cc:…` for a link-layer address.
pub struct Mac<'a>(pub &'a [u8]);

impl fmt::Display for Mac<'_> {
    /// Written a chunk of bytes at a time, without the formatting machinery per byte (every
    /// link has two addresses to print).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let mut buf = [0u8; 48];
        for (c, chunk) in self.0.chunks(16).enumerate() {
            let mut n = 0;
            for (i, b) in chunk.iter().enumerate() {
                if c > 0 || i > 0 {
                    buf[n] = b':';
                    n += 1;
                }
                buf[n] = HEX[usize::from(b >> 4)];
                buf[n + 1] = HEX[usize::from(b & 15)];
                n += 2;
            }
            f.write_str(std::str::from_utf8(&buf[..n]).unwrap_or(""))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colon_hex_like_the_reference() {
        assert_eq!(parse("02:00:00:00:00:01").unwrap(), [2, 0, 0, 0, 0, 1]);
        assert_eq!(parse("1:2:3:4:5:6x").unwrap(), [1, 2, 3, 4, 5, 6]);
        assert_eq!(parse("0x12:2").unwrap(), [0x12, 2]);
        assert_eq!(parse("01-02-03").unwrap(), [1]);
        assert_eq!(parse("ff").unwrap(), [0xff]);
        assert_eq!(get("-1:2").unwrap_err().text, "\"-1\" is invalid lladdr.\n");
        assert_eq!(get("1::3").unwrap_err().text, "\"\" is invalid lladdr.\n");
        assert_eq!(get("123:2").unwrap_err().code, 1);
    }

    #[test]
    fn overlong_address_gets_a_zero_byte_more() {
        let parts: Vec<String> = (1..=33).map(|i| format!("{i}")).collect();
        let v = parse(&parts.join(":")).unwrap();
        assert_eq!(v.len(), 33);
        assert_eq!(v[31], 0x32);
        assert_eq!(v[32], 0);
        let parts: Vec<String> = (1..=32).map(|i| format!("{i}")).collect();
        assert_eq!(parse(&parts.join(":")).unwrap().len(), 32);
    }

    #[test]
    fn mac_display() {
        assert_eq!(Mac(&[0x02, 0, 0xab, 0xff]).to_string(), "02:00:ab:ff");
        assert_eq!(Mac(&[]).to_string(), "");
        let long: Vec<u8> = (0..20).collect();
        let want: Vec<String> = long.iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(Mac(&long).to_string(), want.join(":"));
    }

    #[test]
    fn dotted_quad() {
        assert_eq!(parse("1.2.3.4").unwrap(), [1, 2, 3, 4]);
        assert_eq!(parse("1.2.3").unwrap(), [1, 2, 3, 0]);
        assert!(parse("1.2.3.4.5").is_err());
    }
}
