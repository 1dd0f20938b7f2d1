//! The binary streams of `ip route save` and `ip rule save`: a magic word, then the kernel's
//! messages as the dump gave them. Read back by `showdump` and `restore`.

use crate::error::{Error, Result};
use crate::netlink::NLMSG_HDRLEN;
use std::io::{BufWriter, Read, StdoutLock, Write};

/// A stream being saved to stdout: the magic word, then each message as the dump gave it.
pub struct Writer {
    out: BufWriter<StdoutLock<'static>>,
    failed: Option<std::io::Error>,
}

impl Writer {
    /// Starts the stream with its magic word (written out at once, as the reference writes
    /// it); None after the reference's complaint when stdout is a terminal.
    pub fn open(magic_word: u32) -> Result<Option<Writer>> {
        let stdout = std::io::stdout();
        if nix::unistd::isatty(&stdout).unwrap_or(false) {
            eprintln!("Not sending a binary stream to stdout");
            return Ok(None);
        }
        let mut out = BufWriter::new(stdout.lock());
        out.write_all(&magic_word.to_ne_bytes())?;
        out.flush()?;
        Ok(Some(Writer { out, failed: None }))
    }

    /// One whole message (header included); a failed write is kept for [`Writer::finish`].
    pub fn message(&mut self, raw: &[u8]) {
        if let Err(e) = self.out.write_all(raw) {
            self.failed.get_or_insert(e);
        }
    }

    /// Flushes; the first failed write, if any.
    pub fn finish(mut self) -> Result<()> {
        self.out.flush()?;
        match self.failed {
            Some(e) => Err(e.into()),
            None => Ok(()),
        }
    }
}

/// stdin, checked for the magic word; the messages after it.
pub fn read(magic_word: u32) -> Result<Vec<u8>> {
    let mut data = Vec::new();
    std::io::stdin().lock().read_to_end(&mut data)?;
    let elems = usize::from(data.len() >= 4);
    let mut word = [0u8; 4];
    let n = data.len().min(4);
    word[..n].copy_from_slice(&data[..n]);
    let magic = u32::from_ne_bytes(word);
    if elems == 0 || magic != magic_word {
        return Err(Error::ip_fail(format_args!(
            "Magic mismatch ({elems} elems, {magic:x} magic)"
        )));
    }
    data.drain(..4);
    Ok(data)
}

/// The messages of a stream in order; Err at a message cut short.
pub fn messages(data: &[u8]) -> impl Iterator<Item = std::result::Result<&[u8], ()>> {
    let mut rest = data;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let len = rest
            .get(..4)
            .map(|b| u32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as usize)
            .filter(|&l| l >= NLMSG_HDRLEN && l <= rest.len());
        let Some(len) = len else {
            rest = &[];
            return Some(Err(()));
        };
        let msg = &rest[..len];
        rest = rest.get((len + 3) & !3..).unwrap_or(&[]);
        Some(Ok(msg))
    })
}
