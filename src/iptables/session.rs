//! iptables' conversation with nf_tables: the generation, the table's chains, one chain's
//! rules (a filtered dump, streamed), and changes as one batch bound to the generation they
//! were computed from, recomputed and resent when another writer got there first.

use super::table::TableDef;
use crate::error::{Error, Result};
use crate::netlink::nft::{self, Writer};
use crate::netlink::{Fail, Msg, Nack, Socket, Wire};
use netlink_packet_core::NLM_F_ACK;

/// ERESTART: the batch's generation is stale.
const ERESTART: i32 = 85;
/// How often a batch is recomputed before giving up.
const RETRIES: u32 = 1000;

/// A chain of the table as dumped.
#[derive(Debug, Clone)]
pub struct ChainInfo {
    pub name: String,
    pub handle: u64,
    pub hook: Option<(u32, i32)>,
    pub policy: Option<u32>,
    /// The chain type of a base chain.
    pub kind: String,
    pub uses: u32,
    pub counters: (u64, u64),
    pub flags: Option<u32>,
}

impl ChainInfo {
    pub fn from(c: &nft::Chain) -> ChainInfo {
        ChainInfo {
            name: c.name.to_string(),
            handle: c.handle,
            hook: c.hook,
            policy: c.policy,
            kind: c.kind.to_string(),
            uses: c.uses,
            counters: c.counters.unwrap_or((0, 0)),
            flags: c.flags,
        }
    }
}

/// A kernel refusal, for the command to put into words.
#[derive(Debug)]
pub enum Refused {
    Nack(Nack),
    /// The kernel refused one message of a batch: its errno, op name, object, and its
    /// place in the batch.
    Op(i32, &'static str, String, usize),
    Other(Error),
}

impl From<Error> for Refused {
    fn from(e: Error) -> Refused {
        Refused::Other(e)
    }
}

/// One message of a batch, and how iptables names it when the kernel refuses it
/// (`RULE_APPEND failed (…): rule in chain X`).
pub struct Op {
    pub kind: u16,
    pub w: Writer,
    pub flags: u16,
    pub name: &'static str,
    pub object: String,
}

/// The messages of one batch.
pub type Batch = Vec<Op>;
/// What a change computes from the current state.
pub type Plan<'a> = dyn FnMut(&mut Session, &mut Batch) -> std::result::Result<(), Refused> + 'a;

pub struct Session {
    sock: Socket,
    pub table: &'static TableDef,
    /// A dump since this was last cleared was interrupted by a concurrent change.
    pub interrupted: bool,
    /// The refusals of a failed batch after the first (errno, name, object, place).
    pub more_refused: Vec<(i32, &'static str, String, usize)>,
    /// Called each time a change is computed (again): what a computation printed goes.
    pub replan: fn(),
}

fn io_fail(f: Fail) -> Refused {
    match f {
        Fail::Nack(n) => Refused::Nack(n),
        Fail::App(e) => Refused::Other(e),
        Fail::Io(e) => Refused::Other(Error::ipt_other(crate::error::io_text(&e))),
    }
}

impl Session {
    /// The netlink socket opened (on the number a pinned bpf object's stand-in kept for it).
    pub fn open(table: &'static TableDef) -> Result<Session> {
        super::ext::bpf::socket_opens();
        let sock = Socket::open(netlink_sys::protocols::NETLINK_NETFILTER).map_err(|e| {
            Error::ipt_prefixed(
                crate::error::exit::IPT_OTHER,
                format_args!("Failed to initialize nft: {}", crate::error::io_text(&e)),
            )
        })?;
        Ok(Session {
            sock,
            table,
            interrupted: false,
            more_refused: Vec::new(),
            replan: || {},
        })
    }

    /// The ruleset generation (first asked by every command, as iptables-nft does: a
    /// failure here is worded as iptables-nft words it, exit 4).
    pub fn genid(&mut self) -> std::result::Result<u32, Refused> {
        self.ask_genid().map_err(|r| match r {
            Refused::Nack(n) => {
                let why = if n.errno == nix::libc::EPERM {
                    "Permission denied (you must be root)".to_string()
                } else {
                    crate::error::strerror(n.errno)
                };
                Refused::Other(Error::ipt_prefixed(
                    crate::error::exit::IPT_RESOURCE,
                    format_args!("Could not fetch rule set generation id: {why}"),
                ))
            }
            r => r,
        })
    }

    /// The ruleset generation, a refusal left as the kernel's errno.
    pub fn ask_genid(&mut self) -> std::result::Result<u32, Refused> {
        let w = Writer::new(nft::NFPROTO_UNSPEC, 0);
        let mut gen = 0;
        self.sock
            .talk(Wire(nft::kind(nft::GETGEN), &w.buf), 0, &mut |m: Msg| {
                if m.kind == nft::kind(nft::NEWGEN) {
                    gen = nft::gen_id(m.payload).unwrap_or(0);
                }
                Ok(())
            })
            .map_err(io_fail)?;
        Ok(gen)
    }

    /// Every chain of the table (none when the table does not exist).
    pub fn chains(&mut self) -> std::result::Result<Vec<ChainInfo>, Refused> {
        let mut w = Writer::new(self.table.fam.nfproto(), 0);
        w.str(nft::CHAIN_TABLE, self.table.name);
        let mut out = Vec::new();
        let table = self.table.name;
        // The kernel dumps the chains of every table (it filters rule dumps, not these).
        let r = self
            .sock
            .dump(Wire(nft::kind(nft::GETCHAIN), &w.buf), &mut |m: Msg| {
                if let Some(c) = nft::Chain::parse(m.payload).filter(|c| c.table == table) {
                    out.push(ChainInfo::from(&c));
                }
                Ok(())
            });
        match r {
            Ok(done) => {
                self.interrupted |= done.interrupted;
                Ok(out)
            }
            Err(Fail::Nack(n)) if n.errno == nix::libc::ENOENT => Ok(Vec::new()),
            Err(f) => Err(io_fail(f)),
        }
    }

    /// The names of the IPv4 tables that exist.
    pub fn tables(&mut self) -> std::result::Result<Vec<String>, Refused> {
        let w = Writer::new(self.table.fam.nfproto(), 0);
        let mut out = Vec::new();
        let r = self
            .sock
            .dump(Wire(nft::kind(nft::GETTABLE), &w.buf), &mut |m: Msg| {
                let t = crate::netlink::attr::Table::<4>::new(nft::body(m.payload));
                if let Some(name) = t.str(nft::TABLE_NAME) {
                    out.push(name.to_string());
                }
                Ok(())
            });
        match r {
            Ok(_) => Ok(out),
            Err(f) => Err(io_fail(f)),
        }
    }

    /// One chain by name (None when it or the table does not exist).
    pub fn chain(&mut self, name: &str) -> std::result::Result<Option<ChainInfo>, Refused> {
        let mut w = Writer::new(self.table.fam.nfproto(), 0);
        w.str(nft::CHAIN_TABLE, self.table.name)
            .str(nft::CHAIN_NAME, name);
        let mut found = None;
        let r = self
            .sock
            .talk(Wire(nft::kind(nft::GETCHAIN), &w.buf), 0, &mut |m: Msg| {
                if let Some(c) = nft::Chain::parse(m.payload) {
                    found = Some(ChainInfo::from(&c));
                }
                Ok(())
            });
        match r {
            Ok(_) => Ok(found),
            Err(Fail::Nack(n)) if n.errno == nix::libc::ENOENT => Ok(None),
            Err(f) => Err(io_fail(f)),
        }
    }

    /// The rules of `chain` (every chain of the table when None), in order, each to `each`
    /// (the message payload, for [`nft::Rule::parse`]). A missing table or chain has none.
    pub fn rules(
        &mut self,
        chain: Option<&str>,
        each: &mut dyn FnMut(&[u8]) -> Result<()>,
    ) -> std::result::Result<(), Refused> {
        let mut w = Writer::new(self.table.fam.nfproto(), 0);
        w.str(nft::RULE_TABLE, self.table.name);
        if let Some(c) = chain {
            w.str(nft::RULE_CHAIN, c);
        }
        let r = self
            .sock
            .dump(Wire(nft::kind(nft::GETRULE), &w.buf), &mut |m: Msg| {
                each(m.payload)
            });
        match r {
            Ok(done) => {
                self.interrupted |= done.interrupted;
                Ok(())
            }
            Err(Fail::Nack(n)) if n.errno == nix::libc::ENOENT => Ok(()),
            Err(f) => Err(io_fail(f)),
        }
    }

    /// Compute a change from the current state and commit it as one batch bound to the
    /// generation it was computed from; on a concurrent change, compute it again.
    /// `plan` fills the batch (type, payload, flags) and may stop with an error.
    pub fn change(&mut self, plan: &mut Plan) -> std::result::Result<(), Refused> {
        self.bound(&mut |s, gen| {
            (s.replan)();
            let mut msgs = Vec::new();
            plan(s, &mut msgs)?;
            if msgs.is_empty() {
                return Ok(());
            }
            s.commit(gen, &msgs)
        })
    }

    /// Run `once` with the current generation until it is not refused as stale (ERESTART).
    fn bound(
        &mut self,
        once: &mut dyn FnMut(&mut Session, u32) -> std::result::Result<(), Refused>,
    ) -> std::result::Result<(), Refused> {
        for _ in 0..RETRIES {
            let gen = self.genid()?;
            match once(self, gen) {
                Err(Refused::Nack(n)) if n.errno == ERESTART => continue,
                r => return r,
            }
        }
        Err(Refused::Nack(Nack {
            errno: ERESTART,
            msg: None,
        }))
    }

    /// Commit a batch bound to generation `gen` (ERESTART when the ruleset changed since).
    pub fn send_at(&mut self, gen: u32, msgs: &Batch) -> std::result::Result<(), Refused> {
        if msgs.is_empty() {
            return Ok(());
        }
        self.commit(gen, msgs)
    }

    fn commit(&mut self, gen: u32, msgs: &Batch) -> std::result::Result<(), Refused> {
        let mut begin = Writer::new(nft::NFPROTO_UNSPEC, nft::SUBSYS);
        begin.be32(nft::BATCH_GENID, gen);
        let end = Writer::new(nft::NFPROTO_UNSPEC, nft::SUBSYS);
        let mut b = self.sock.batch();
        // each message: its payload, a 16-byte header, up to 3 bytes of alignment
        b.reserve(msgs.iter().map(|op| op.w.buf.len() + 19).sum::<usize>() + 64);
        let first = b.push(Wire(nft::BATCH_BEGIN, &begin.buf), 0);
        for (i, op) in msgs.iter().enumerate() {
            // Only the last request is acked (see Socket::commit).
            let ack = if i + 1 == msgs.len() { NLM_F_ACK } else { 0 };
            b.push(Wire(nft::kind(op.kind), &op.w.buf), op.flags | ack);
        }
        b.push(Wire(nft::BATCH_END, &end.buf), 0);
        self.more_refused.clear();
        let last = first.wrapping_add(msgs.len() as u32);
        let r = self.sock.commit(b);
        r.map(|_| ()).map_err(|(seq, f)| {
            let place = |seq: u32| seq.wrapping_sub(first).wrapping_sub(1) as usize;
            let at = place(seq);
            match (f, msgs.get(at)) {
                (Fail::Nack(n), Some(op)) if n.errno != ERESTART => {
                    for (s, n) in self.sock.queued_refusals(seq, last) {
                        if let Some(o) = msgs.get(place(s)) {
                            self.more_refused
                                .push((n.errno, o.name, o.object.clone(), place(s)));
                        }
                    }
                    Refused::Op(n.errno, op.name, op.object.clone(), at)
                }
                (f, _) => io_fail(f),
            }
        })
    }
}
