//! A stub DNS resolver: one question (PTR or A) over UDP to the servers of resolv.conf, in
//! turn, for `attempts` rounds of `timeout` seconds each, as the C library asks, but never
//! waiting more than [`BUDGET`] in all for the whole process.

use super::conf::{resolv, Resolv};
use std::net::{SocketAddr, UdpSocket};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The most time the process spends waiting for DNS answers, all lookups together. Once
/// spent, DNS is not asked again: names print as numbers, as they do when nothing answers.
pub const BUDGET: Duration = Duration::from_secs(2);

const TYPE_A: u16 = 1;
const TYPE_PTR: u16 = 12;
const TYPE_AAAA: u16 = 28;
const CLASS_IN: u16 = 1;
const RCODE_NXDOMAIN: u16 = 3;

/// Time spent waiting so far.
static SPENT: Mutex<Duration> = Mutex::new(Duration::ZERO);

/// Why a name has no address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Miss {
    /// No source knows the name (the C library's HOST_NOT_FOUND).
    NotFound,
    /// DNS could not be asked or did not answer (TRY_AGAIN).
    Failed,
}

/// What a question got.
enum Answer {
    /// The records' data (with the message, for names that point into it).
    Records(Vec<u8>, Vec<(usize, usize)>),
    /// The name does not exist, or has no record of the type.
    None,
    /// No server answered (or every one failed): stop asking.
    Failed,
}

/// The name of the PTR record of `a.b.c.d` (`d.c.b.a.in-addr.arpa`), or of an IPv6
/// address (its nibbles backwards, `….ip6.arpa`).
pub fn ptr(ip: &[u8]) -> Option<String> {
    let name = if let [a, b, c, d] = ip {
        format!("{d}.{c}.{b}.{a}.in-addr.arpa")
    } else {
        let mut n = String::with_capacity(72);
        for byte in ip.iter().rev() {
            n.push_str(&format!("{:x}.{:x}.", byte & 15, byte >> 4));
        }
        n.push_str("ip6.arpa");
        n
    };
    let conf = resolv();
    match ask(conf, &name, TYPE_PTR) {
        Answer::Records(msg, recs) => recs.first().and_then(|&(at, _)| read_name(&msg, at)),
        _ => None,
    }
}

/// The first A record of `host`, tried with the search domains as the C library tries
/// them (before the bare name when it has fewer dots than `ndots`).
pub fn a(host: &str) -> Result<[u8; 4], Miss> {
    let r = first(host, TYPE_A, 4)?;
    r.try_into().map_err(|_| Miss::NotFound)
}

/// The first AAAA record of `host`, looked for as [`a`] looks.
pub fn aaaa(host: &str) -> Result<[u8; 16], Miss> {
    let r = first(host, TYPE_AAAA, 16)?;
    r.try_into().map_err(|_| Miss::NotFound)
}

/// The first record of type `qtype` and `len` bytes.
fn first(host: &str, qtype: u16, len: usize) -> Result<Vec<u8>, Miss> {
    let conf = resolv();
    let mut names = Vec::new();
    if let Some(abs) = host.strip_suffix('.') {
        names.push(abs.to_string());
    } else {
        let with_search: Vec<String> = conf.search.iter().map(|d| format!("{host}.{d}")).collect();
        if host.matches('.').count() >= conf.ndots {
            names.push(host.to_string());
            names.extend(with_search);
        } else {
            names.extend(with_search);
            names.push(host.to_string());
        }
    }
    for name in names {
        match ask(conf, &name, qtype) {
            Answer::Records(msg, recs) => {
                return recs
                    .iter()
                    .find(|&&(_, l)| l == len)
                    .and_then(|&(at, _)| msg.get(at..at + len))
                    .map(<[u8]>::to_vec)
                    .ok_or(Miss::NotFound);
            }
            Answer::None => continue,
            Answer::Failed => return Err(Miss::Failed),
        }
    }
    Err(Miss::NotFound)
}

/// Ask the servers in turn, `attempts` rounds, until one answers.
fn ask(conf: &Resolv, name: &str, qtype: u16) -> Answer {
    let Some(query) = question(name, qtype) else {
        return Answer::None;
    };
    for _ in 0..conf.attempts {
        for &server in &conf.servers {
            let Some(wait) = left().map(|l| l.min(Duration::from_secs(conf.timeout))) else {
                return Answer::Failed;
            };
            let started = Instant::now();
            let reply = exchange(server, &query, wait);
            if let Ok(mut spent) = SPENT.lock() {
                *spent += started.elapsed();
            }
            if let Some(msg) = reply {
                if let Some(a) = answer(msg, qtype) {
                    return a;
                }
            }
        }
    }
    Answer::Failed
}

/// What is left of the budget, if anything.
fn left() -> Option<Duration> {
    let spent = SPENT.lock().map(|s| *s).unwrap_or(BUDGET);
    BUDGET.checked_sub(spent).filter(|d| !d.is_zero())
}

/// One query to one server, its reply (the one with the query's id) or None.
fn exchange(server: SocketAddr, query: &[u8], wait: Duration) -> Option<Vec<u8>> {
    let local: SocketAddr = if server.is_ipv4() {
        "0.0.0.0:0".parse().ok()?
    } else {
        "[::]:0".parse().ok()?
    };
    let sock = UdpSocket::bind(local).ok()?;
    sock.connect(server).ok()?;
    sock.send(query).ok()?;
    let deadline = Instant::now() + wait;
    let mut buf = vec![0u8; 1500];
    loop {
        let now = Instant::now();
        let rest = deadline
            .checked_duration_since(now)
            .filter(|d| !d.is_zero())?;
        sock.set_read_timeout(Some(rest)).ok()?;
        let n = sock.recv(&mut buf).ok()?;
        if n >= 12 && buf[..2] == query[..2] && buf[2] & 0x80 != 0 {
            buf.truncate(n);
            return Some(buf);
        }
    }
}

/// The query: a header (an id from the clock, recursion desired) and the one question.
fn question(name: &str, qtype: u16) -> Option<Vec<u8>> {
    let id = (Instant::now().elapsed().as_nanos() as u16) ^ (std::process::id() as u16);
    let id = id.wrapping_add(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos() as u16),
    );
    let mut q = Vec::with_capacity(32 + name.len());
    q.extend_from_slice(&id.to_be_bytes());
    q.extend_from_slice(&[0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0]);
    for label in name.split('.').filter(|l| !l.is_empty()) {
        let len = u8::try_from(label.len()).ok().filter(|&l| l < 64)?;
        q.push(len);
        q.extend_from_slice(label.as_bytes());
    }
    q.push(0);
    q.extend_from_slice(&qtype.to_be_bytes());
    q.extend_from_slice(&CLASS_IN.to_be_bytes());
    Some(q)
}

/// Read a reply: the records of type `qtype` in its answer section (their data's offset
/// and length), None for a server failure (ask the next server).
fn answer(msg: Vec<u8>, qtype: u16) -> Option<Answer> {
    let be16 = |at: usize| -> Option<u16> {
        Some(u16::from_be_bytes(msg.get(at..at + 2)?.try_into().ok()?))
    };
    let rcode = be16(2)? & 0xf;
    if rcode == RCODE_NXDOMAIN {
        return Some(Answer::None);
    }
    if rcode != 0 {
        return None;
    }
    let (qd, an) = (be16(4)?, be16(6)?);
    let mut at = 12;
    for _ in 0..qd {
        at = skip_name(&msg, at)? + 4;
    }
    let mut recs = Vec::new();
    for _ in 0..an {
        at = skip_name(&msg, at)?;
        let (rtype, len) = (be16(at)?, usize::from(be16(at + 8)?));
        let data = at + 10;
        if data + len > msg.len() {
            return None;
        }
        if rtype == qtype {
            recs.push((data, len));
        }
        at = data + len;
    }
    Some(if recs.is_empty() {
        Answer::None
    } else {
        Answer::Records(msg, recs)
    })
}

/// The offset just past the (possibly compressed) name at `at`.
fn skip_name(msg: &[u8], mut at: usize) -> Option<usize> {
    loop {
        let len = *msg.get(at)?;
        match len {
            0 => return Some(at + 1),
            l if l & 0xc0 == 0xc0 => return Some(at + 2),
            l => at += 1 + usize::from(l),
        }
    }
}

/// The name at `at`, compression pointers followed (a bounded number of them).
fn read_name(msg: &[u8], mut at: usize) -> Option<String> {
    let mut name = String::new();
    for _ in 0..64 {
        let len = *msg.get(at)?;
        if len == 0 {
            return (!name.is_empty()).then_some(name);
        }
        if len & 0xc0 == 0xc0 {
            at = usize::from(u16::from_be_bytes([len & 0x3f, *msg.get(at + 1)?]));
            continue;
        }
        let label = msg.get(at + 1..at + 1 + usize::from(len))?;
        if !name.is_empty() {
            name.push('.');
        }
        name.push_str(&String::from_utf8_lossy(label));
        at += 1 + usize::from(len);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A reply as a server sends it: the question echoed, then `answers` (type, data).
    fn reply(query: &[u8], rcode: u8, answers: &[(u16, Vec<u8>)]) -> Vec<u8> {
        let mut m = query.to_vec();
        m[2] = 0x81;
        m[3] = 0x80 | rcode;
        m[7] = answers.len() as u8;
        for (t, data) in answers {
            m.extend_from_slice(&[0xc0, 12]);
            m.extend_from_slice(&t.to_be_bytes());
            m.extend_from_slice(&[0, 1, 0, 0, 0, 60]);
            m.extend_from_slice(&(data.len() as u16).to_be_bytes());
            m.extend_from_slice(data);
        }
        m
    }

    #[test]
    fn ptr_answers_read_with_compression() {
        let q = question("2.0.0.10.in-addr.arpa", TYPE_PTR).unwrap();
        // "gw" then a pointer to "in-addr.arpa"? no: a plain name, then one pointing into it
        let target = b"\x02gw\x07example\x03org\x00".to_vec();
        let m = reply(&q, 0, &[(TYPE_PTR, target)]);
        let Some(Answer::Records(msg, recs)) = answer(m, TYPE_PTR) else {
            panic!("no records");
        };
        assert_eq!(
            read_name(&msg, recs[0].0).as_deref(),
            Some("gw.example.org")
        );
        // a name ending in a pointer to the question's "in-addr.arpa"
        // (found by its label, not by its length byte: the random query id may hold a 7)
        let arpa = q.windows(8).position(|w| w == b"\x07in-addr").unwrap();
        let m = reply(
            &q,
            0,
            &[(TYPE_PTR, vec![3, b'a', b'b', b'c', 0xc0, arpa as u8])],
        );
        let Some(Answer::Records(msg, recs)) = answer(m, TYPE_PTR) else {
            panic!("no records");
        };
        assert_eq!(
            read_name(&msg, recs[0].0).as_deref(),
            Some("abc.in-addr.arpa")
        );
    }

    #[test]
    fn rcodes_and_empty_answers() {
        let q = question("x.example", TYPE_A).unwrap();
        assert!(matches!(
            answer(reply(&q, 3, &[]), TYPE_A),
            Some(Answer::None)
        ));
        assert!(answer(reply(&q, 2, &[]), TYPE_A).is_none());
        assert!(matches!(
            answer(reply(&q, 0, &[]), TYPE_A),
            Some(Answer::None)
        ));
        let m = reply(&q, 0, &[(5, vec![0]), (TYPE_A, vec![10, 0, 0, 2])]);
        let Some(Answer::Records(msg, recs)) = answer(m, TYPE_A) else {
            panic!("no A");
        };
        assert_eq!(&msg[recs[0].0..recs[0].0 + 4], &[10, 0, 0, 2]);
        // a truncated message is a failure, not a panic
        let mut m = reply(&q, 0, &[(TYPE_A, vec![10, 0, 0, 2])]);
        m.truncate(m.len() - 3);
        assert!(answer(m, TYPE_A).is_none());
    }
}
