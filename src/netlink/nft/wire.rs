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
        self.header(4 + value.len(), kind);
        self.bytes(value);
        self.pad();
        self
    }

    /// An attribute header: length (without padding) and type.
    fn header(&mut self, len: usize, kind: u16) {
        let l = (len as u16).to_ne_bytes();
        let k = kind.to_ne_bytes();
        // `extend` of an array: one reservation and plain stores (no memcpy call, which
        // costs more than these few bytes)
        self.buf.extend([l[0], l[1], k[0], k[1]]);
    }

    /// Bytes appended; short runs (most attribute values) by a plain loop after one
    /// reservation, without a memcpy call, whose start-up cost in musl is larger than the copy.
    fn bytes(&mut self, b: &[u8]) {
        if b.len() <= 16 {
            self.buf.extend(b.iter().copied());
        } else {
            self.buf.extend_from_slice(b);
        }
    }

    /// A 4-byte value: header and value written as one fixed-size piece (no padding).
    pub fn be32(&mut self, kind: u16, v: u32) -> &mut Self {
        let (l, k, x) = (8u16.to_ne_bytes(), kind.to_ne_bytes(), v.to_be_bytes());
        self.buf
            .extend([l[0], l[1], k[0], k[1], x[0], x[1], x[2], x[3]]);
        self
    }

    /// An 8-byte value, the same way.
    pub fn be64(&mut self, kind: u16, v: u64) -> &mut Self {
        let (l, k, x) = (12u16.to_ne_bytes(), kind.to_ne_bytes(), v.to_be_bytes());
        self.buf.extend([
            l[0], l[1], k[0], k[1], x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7],
        ]);
        self
    }

    /// A NUL-terminated string.
    pub fn str(&mut self, kind: u16, s: &str) -> &mut Self {
        self.header(5 + s.len(), kind);
        self.bytes(s.as_bytes());
        self.buf.push(0);
        self.pad();
        self
    }

    /// A nest (NLA_F_NESTED) holding what `body` writes.
    pub fn nest(&mut self, kind: u16, body: impl FnOnce(&mut Writer)) -> &mut Self {
        let start = self.buf.len();
        self.header(0, kind | NLA_F_NESTED);
        body(self);
        let len = (self.buf.len() - start) as u16;
        self.buf[start..start + 2].copy_from_slice(&len.to_ne_bytes());
        self
    }

    fn pad(&mut self) {
        let n = (4 - self.buf.len() % 4) % 4;
        self.buf.extend(std::iter::repeat_n(0, n));
    }
}
