//! The request writer of nf_tables messages: nfgenmsg + attributes, nests flagged
//! NLA_F_NESTED as libmnl writes them.

const NLA_F_NESTED: u16 = 0x8000;

/// One nf_tables request payload: nfgenmsg, then attributes (see [`Writer`]).
pub struct Writer {
    pub buf: Vec<u8>,
}

impl Writer {
    /// nfgenmsg { family, version 0, res_id (big-endian) }.
    pub fn new(family: u8, res_id: u16) -> Writer {
        let mut buf = Vec::with_capacity(256);
        buf.extend_from_slice(&[family, 0]);
        buf.extend_from_slice(&res_id.to_be_bytes());
        Writer { buf }
    }

    pub fn put(&mut self, kind: u16, value: &[u8]) -> &mut Self {
        let len = 4 + value.len();
        self.buf.extend_from_slice(&(len as u16).to_ne_bytes());
        self.buf.extend_from_slice(&kind.to_ne_bytes());
        self.buf.extend_from_slice(value);
        self.pad();
        self
    }

    pub fn be32(&mut self, kind: u16, v: u32) -> &mut Self {
        self.put(kind, &v.to_be_bytes())
    }

    pub fn be64(&mut self, kind: u16, v: u64) -> &mut Self {
        self.put(kind, &v.to_be_bytes())
    }

    /// A NUL-terminated string.
    pub fn str(&mut self, kind: u16, s: &str) -> &mut Self {
        let len = 5 + s.len();
        self.buf.extend_from_slice(&(len as u16).to_ne_bytes());
        self.buf.extend_from_slice(&kind.to_ne_bytes());
        self.buf.extend_from_slice(s.as_bytes());
        self.buf.push(0);
        self.pad();
        self
    }

    /// A nest (NLA_F_NESTED) holding what `body` writes.
    pub fn nest(&mut self, kind: u16, body: impl FnOnce(&mut Writer)) -> &mut Self {
        let start = self.buf.len();
        self.buf.extend_from_slice(&[0, 0]);
        self.buf
            .extend_from_slice(&(kind | NLA_F_NESTED).to_ne_bytes());
        body(self);
        let len = (self.buf.len() - start) as u16;
        self.buf[start..start + 2].copy_from_slice(&len.to_ne_bytes());
        self
    }

    fn pad(&mut self) {
        while self.buf.len() % 4 != 0 {
            self.buf.push(0);
        }
    }
}
