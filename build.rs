//! Build script: the manual pages of `man/`, gzip-compressed into OUT_DIR, and the table
//! `src/install.rs` includes (section, file name, bytes); and, for the static musl binary, the
//! linker-script fragment that leaves out `.eh_frame` (see `link_without_unwind_tables`). The binary carries the pages for
//! `ipkit --install --man`; compressed they take a third of the room. The compressor is
//! DEFLATE with the fixed Huffman codes and a hash-chain LZ77 (RFC 1951, RFC 1952): small,
//! and `gzip -dc` gives back every byte (tests/cases/docs.rs checks it).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR"));
    println!("cargo:rerun-if-changed=man");
    let mut pages: Vec<String> = std::fs::read_dir("man")
        .expect("man/")
        .map(|e| {
            e.expect("man/ entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|n| n.ends_with(".1") || n.ends_with(".8"))
        .collect();
    pages.sort();
    let mut table = String::from("&[\n");
    for name in &pages {
        let src = Path::new("man").join(name);
        println!("cargo:rerun-if-changed={}", src.display());
        let text = std::fs::read(&src).expect("a page");
        let gz = format!("{name}.gz");
        std::fs::write(out.join(&gz), gzip(&text)).expect("write a page");
        let section = if name.ends_with(".1") { "man1" } else { "man8" };
        let _ = writeln!(
            table,
            "    ({section:?}, {gz:?}, include_bytes!(concat!(env!(\"OUT_DIR\"), \"/{gz}\"))),"
        );
    }
    table.push_str("]\n");
    std::fs::write(out.join("pages.rs"), table).expect("write pages.rs");
    link_without_unwind_tables(&out);
}

/// The release binary aborts on panic and nothing in it unwinds, yet std and musl's objects
/// bring ~240 KB of unwind tables (`.eh_frame`) and their index (`.eh_frame_hdr`): linked
/// without the index, a fragment added to the default linker script discards the tables,
/// all but crtbegin.o's and crtend.o's, the start and end of the list crtbegin registers.
/// Binaries only: test harnesses unwind to report a failing test.
fn link_without_unwind_tables(out: &Path) {
    let target = std::env::var("TARGET").unwrap_or_default();
    if !target.ends_with("-musl") {
        return;
    }
    let script = out.join("discard-eh-frame.ld");
    std::fs::write(
        &script,
        "SECTIONS { /DISCARD/ : { EXCLUDE_FILE(*crtbegin.o *crtend.o) *(.eh_frame) } } \
         INSERT AFTER .text;\n",
    )
    .expect("write the linker script");
    println!("cargo:rustc-link-arg-bins=-Wl,--no-eh-frame-hdr");
    println!("cargo:rustc-link-arg-bins=-Wl,-T,{}", script.display());
}

/// `data` as a gzip member (no name, no time).
fn gzip(data: &[u8]) -> Vec<u8> {
    let mut out = vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3];
    out.extend(deflate(data));
    out.extend(crc32(data).to_le_bytes());
    out.extend((data.len() as u32).to_le_bytes());
    out
}

fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xedb8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// Bits, least significant first.
struct Bits {
    out: Vec<u8>,
    acc: u64,
    n: u32,
}

impl Bits {
    fn put(&mut self, value: u32, count: u32) {
        self.acc |= u64::from(value) << self.n;
        self.n += count;
        while self.n >= 8 {
            self.out.push(self.acc as u8);
            self.acc >>= 8;
            self.n -= 8;
        }
    }
    /// A Huffman code: most significant bit first.
    fn code(&mut self, code: u32, len: u32) {
        self.put(code.reverse_bits() >> (32 - len), len);
    }
    fn literal(&mut self, v: u32) {
        match v {
            0..=143 => self.code(0x30 + v, 8),
            144..=255 => self.code(0x190 + v - 144, 9),
            256..=279 => self.code(v - 256, 7),
            _ => self.code(0xc0 + v - 280, 8),
        }
    }
}

const LEN_BASE: [u32; 29] = [
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131,
    163, 195, 227, 258,
];
const LEN_EXTRA: [u32; 29] = [
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
];
const DIST_BASE: [u32; 30] = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
    2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
];
const DIST_EXTRA: [u32; 30] = [
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13,
    13,
];

/// One DEFLATE block with the fixed codes.
fn deflate(data: &[u8]) -> Vec<u8> {
    const WINDOW: usize = 32768;
    const MAX: usize = 258;
    let mut bits = Bits {
        out: Vec::new(),
        acc: 0,
        n: 0,
    };
    bits.put(1, 1); // the last block
    bits.put(1, 2); // fixed Huffman codes
    let mut head = vec![usize::MAX; 0x8000];
    let mut prev = vec![usize::MAX; data.len()];
    let mut i = 0;
    while i < data.len() {
        let (mut best, mut dist) = (0, 0);
        if i + 3 <= data.len() {
            let mut cand = head[hash(data, i)];
            let mut chain = 0;
            while cand != usize::MAX && i - cand <= WINDOW && chain < 64 {
                let len = data[cand..]
                    .iter()
                    .zip(&data[i..])
                    .take(MAX)
                    .take_while(|(a, b)| a == b)
                    .count();
                if len > best {
                    (best, dist) = (len, i - cand);
                }
                cand = prev[cand];
                chain += 1;
            }
        }
        if best >= 3 {
            let l = LEN_BASE
                .iter()
                .rposition(|&b| b as usize <= best)
                .unwrap_or(0);
            bits.literal(257 + l as u32);
            bits.put(best as u32 - LEN_BASE[l], LEN_EXTRA[l]);
            let d = DIST_BASE
                .iter()
                .rposition(|&b| b as usize <= dist)
                .unwrap_or(0);
            bits.code(d as u32, 5);
            bits.put(dist as u32 - DIST_BASE[d], DIST_EXTRA[d]);
            for k in i..i + best {
                insert(data, &mut head, &mut prev, k);
            }
            i += best;
        } else {
            bits.literal(u32::from(data[i]));
            insert(data, &mut head, &mut prev, i);
            i += 1;
        }
    }
    bits.literal(256);
    bits.put(0, 7); // flush the last byte
    bits.out
}

/// The hash of the three bytes at `i`.
fn hash(data: &[u8], i: usize) -> usize {
    (usize::from(data[i]) << 10 ^ usize::from(data[i + 1]) << 5 ^ usize::from(data[i + 2])) & 0x7fff
}

/// Remember position `i` under its hash (when three bytes are left).
fn insert(data: &[u8], head: &mut [usize], prev: &mut [usize], i: usize) {
    if i + 3 <= data.len() {
        let h = hash(data, i);
        prev[i] = head[h];
        head[h] = i;
    }
}
