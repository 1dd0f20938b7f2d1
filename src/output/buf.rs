//! The printer's buffer: like `BufWriter` without its bookkeeping, for the many small pieces
//! of a dump (a word, a number, a space). Small copies are cheap since `src/mem.rs` replaced
//! musl's `memcpy`.

use std::io::{self, Write};

pub struct Buf<W: Write> {
    buf: Box<[u8]>,
    /// The bytes of `buf` in use.
    len: usize,
    inner: W,
}

impl<W: Write> Buf<W> {
    pub fn with_capacity(cap: usize, inner: W) -> Buf<W> {
        Buf {
            buf: vec![0; cap].into_boxed_slice(),
            len: 0,
            inner,
        }
    }

    fn flush_buf(&mut self) -> io::Result<()> {
        let r = self
            .inner
            .write_all(self.buf.get(..self.len).unwrap_or_default());
        self.len = 0;
        r
    }

    /// What does not fit: flush, then keep it (or write it through when it is that big).
    #[inline(never)]
    fn write_slow(&mut self, s: &[u8]) -> io::Result<()> {
        self.flush_buf()?;
        match self.buf.get_mut(..s.len()) {
            Some(room) => {
                room.copy_from_slice(s);
                self.len = s.len();
                Ok(())
            }
            None => self.inner.write_all(s),
        }
    }
}

impl<W: Write> Write for Buf<W> {
    fn write(&mut self, s: &[u8]) -> io::Result<usize> {
        self.write_all(s)?;
        Ok(s.len())
    }

    /// Inlined where the printer calls it: the common case is one bounds check and a copy.
    #[inline(always)]
    fn write_all(&mut self, s: &[u8]) -> io::Result<()> {
        let end = self.len + s.len();
        match self.buf.get_mut(self.len..end) {
            Some(room) => {
                room.copy_from_slice(s);
                self.len = end;
                Ok(())
            }
            None => self.write_slow(s),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        self.flush_buf()?;
        self.inner.flush()
    }
}

impl<W: Write> Drop for Buf<W> {
    fn drop(&mut self) {
        let _ = self.flush_buf();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_order_across_sizes_and_flushes() {
        let mut out = Vec::new();
        {
            let mut b = Buf::with_capacity(8, &mut out);
            b.write_all(b"ab").unwrap();
            b.write_all(b"cdefghij").unwrap();
            b.write_all(&[b'x'; 40]).unwrap();
            b.write_all(b"z").unwrap();
        }
        let mut want = b"abcdefghij".to_vec();
        want.extend([b'x'; 40]);
        want.push(b'z');
        assert_eq!(out, want);
    }
}
