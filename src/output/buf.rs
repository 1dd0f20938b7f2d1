//! The printer's buffer: like `BufWriter` without its bookkeeping, for the many small pieces
//! of a dump (a word, a number, a space). Small copies are cheap since `src/mem.rs` replaced
//! musl's `memcpy`.

use std::io::{self, Write};

pub struct Buf<W: Write> {
    buf: Vec<u8>,
    inner: W,
}

impl<W: Write> Buf<W> {
    pub fn with_capacity(cap: usize, inner: W) -> Buf<W> {
        Buf {
            buf: Vec::with_capacity(cap),
            inner,
        }
    }

    fn flush_buf(&mut self) -> io::Result<()> {
        let r = self.inner.write_all(&self.buf);
        self.buf.clear();
        r
    }
}

impl<W: Write> Write for Buf<W> {
    fn write(&mut self, s: &[u8]) -> io::Result<usize> {
        self.write_all(s)?;
        Ok(s.len())
    }

    fn write_all(&mut self, s: &[u8]) -> io::Result<()> {
        if self.buf.len() + s.len() > self.buf.capacity() {
            self.flush_buf()?;
            if s.len() >= self.buf.capacity() {
                return self.inner.write_all(s);
            }
        }
        self.buf.extend_from_slice(s);
        Ok(())
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
