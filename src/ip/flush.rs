//! The rounds of `ip address flush` and `ip route flush`: dump and select, send the selected
//! messages back as deletes (batched), report with `-s`, and go again until a dump selects
//! nothing, at most `-loops` rounds.

use super::opts::{printer, Opts, Out};
use crate::error::{io_text, strerror, Error, Result};
use crate::netlink::{Fail, Socket, Wire};
use netlink_packet_core::NLM_F_ACK;
use std::io::Write;

/// The reference's default for `-loops`.
const MAX_FLUSH_LOOPS: i64 = 10;

/// The printer of a flush: plain text even under `-j` (`-o` and `-c` still apply).
pub fn plain_printer(opts: &Opts) -> Out {
    let mut style = opts.style();
    style.json = false;
    style.pretty = false;
    printer(style)
}

/// The messages one round selected, back to back.
#[derive(Default)]
pub struct Selected {
    bytes: Vec<u8>,
    ends: Vec<usize>,
}

impl Selected {
    pub fn push(&mut self, message: &[u8]) {
        self.bytes.extend_from_slice(message);
        self.ends.push(self.bytes.len());
    }
}

/// What a flush deletes and how it reports.
pub struct Flush<'a> {
    /// The delete's message type.
    pub kind: u16,
    /// The errno that means the object is already gone (taken along with another one).
    pub gone: i32,
    /// `deleting N NOUN` with `-s`.
    pub noun: &'a str,
    pub stats: u32,
    /// `-loops` as given.
    pub loops: Option<i32>,
    /// One round is all (deleting primary addresses changes the rest).
    pub once: bool,
    /// `-loops N` bounds the rounds that found something to delete, checked when a dump
    /// still selects something (route and neighbour flushes: `-loops 1` that deleted it all
    /// is complete, a negative count never ends it); otherwise every dump counts and a
    /// negative count runs none (address flush).
    pub bound_on_leftovers: bool,
}

/// One round's dump: each selected message goes to the `Selected`.
pub type Select<'a> = dyn FnMut(&mut Socket, &mut Out, &mut Selected) -> Result<()> + 'a;

impl Flush<'_> {
    /// Flush, reporting on a plain printer of `opts`.
    pub fn run(&self, sock: &mut Socket, opts: &Opts, select: &mut Select) -> Result<()> {
        let mut p = plain_printer(opts);
        p.begin();
        let r = self.rounds(sock, &mut p, select);
        let flushed = p.end();
        r?;
        flushed?;
        Ok(())
    }

    fn rounds(&self, sock: &mut Socket, p: &mut Out, select: &mut Select) -> Result<()> {
        // -l 0: no limit; a negative count runs no round at all
        let max_loops: i64 = match self.loops {
            None => MAX_FLUSH_LOOPS,
            Some(0) => i64::MAX,
            Some(n) => i64::from(n),
        };
        let mut round = 0i64;
        let mut sel = Selected::default();
        while self.bound_on_leftovers || round < max_loops {
            sel.bytes.clear();
            sel.ends.clear();
            select(sock, p, &mut sel)?;
            if sel.ends.is_empty() {
                if self.stats > 0 {
                    if round == 0 {
                        p.fp_str("Nothing to flush.\n");
                    } else {
                        complete(p, round);
                    }
                }
                return Ok(());
            }
            if self.bound_on_leftovers && round == max_loops {
                break;
            }
            round += 1;
            delete_all(sock, self.kind, &sel.bytes, &sel.ends, self.gone, p)?;
            if self.stats > 0 {
                p.fp(format_args!(
                    "\n*** Round {round}, deleting {} {} ***\n",
                    sel.ends.len(),
                    self.noun
                ));
                p.flush()?;
            }
            if self.once {
                if self.stats > 0 {
                    complete(p, round);
                }
                return Ok(());
            }
        }
        p.flush()?;
        Err(Error::ip_usage(format_args!(
            "*** Flush remains incomplete after {max_loops} rounds. ***"
        )))
    }
}

fn complete(p: &mut Out, round: i64) {
    let s = if round == 1 { "" } else { "s" };
    p.fp(format_args!(
        "*** Flush is complete after {round} round{s} ***\n"
    ));
}

/// The most deletes and bytes sent in one datagram: well inside the socket's send buffer,
/// and their answers (each takes up to ~1 KiB of the receive buffer) well inside its
/// receive buffer.
const BATCH_MESSAGES: u32 = 64;
const BATCH_BYTES: usize = 16 * 1024;

/// Send dumped messages back as `kind` (a delete), many to a datagram (the reference sends
/// them in chunks too): `selected` holds them back to back, `ends` their end offsets. A
/// refusal with `gone` (the object went with another one) is fine; any other ends the flush
/// as the reference reports it, after what `p` holds is written out.
fn delete_all(
    sock: &mut Socket,
    kind: u16,
    selected: &[u8],
    ends: &[usize],
    gone: i32,
    p: &mut Out,
) -> Result<()> {
    let mut start = 0;
    let mut rest = ends;
    let mut r: std::result::Result<(), Fail> = Ok(());
    while !rest.is_empty() && r.is_ok() {
        let mut batch = sock.batch();
        while let Some((&end, tail)) = rest.split_first() {
            batch.push(Wire(kind, &selected[start..end]), NLM_F_ACK);
            (start, rest) = (end, tail);
            if batch.size() >= BATCH_BYTES || batch.len() >= BATCH_MESSAGES {
                break;
            }
        }
        let Some(seqs) = batch.seqs() else {
            break;
        };
        r = sock.send_batch(batch).map_err(Fail::Io).and_then(|()| {
            sock.answers(seqs, &mut |_| Ok(()), &mut |_, n| {
                if n.errno == gone {
                    Ok(())
                } else {
                    Err(Fail::Nack(n))
                }
            })
            .map(|_| ())
        });
    }
    let text = match r {
        Ok(_) => return Ok(()),
        Err(Fail::Nack(n)) => strerror(n.errno),
        Err(Fail::Io(e)) => io_text(&e),
        Err(Fail::App(e)) => return Err(e),
    };
    p.flush()?;
    let _ = std::io::stderr().flush();
    Err(Error::ip_usage(format_args!(
        "Failed to send flush request: {text}"
    )))
}
