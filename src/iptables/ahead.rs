//! The rules of a listing's chains dumped by helper threads, each with its own socket,
//! while the listing decodes and prints what came before: the kernel's work on a big
//! table's thousands of small dumps runs beside ipkit's. Each helper takes every Nth chain
//! and hands its rules over in pieces of about one receive buffer, at most a few pieces
//! ahead of the printing, so memory stays flat however big the table is. A listing of a
//! few chains reads them itself (threads would cost more than they save).

use super::session::{Refused, Session};
use super::table::TableDef;
use crate::error::{Error, Result};
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};

/// Fewer chains than this are read by the listing itself.
const MIN_CHAINS: usize = 64;
/// At most this many helpers.
const MAX_HELPERS: usize = 2;
/// The size of one piece of rules handed over.
const PIECE: usize = 64 * 1024;
/// How many pieces a helper may be ahead of the printing.
const AHEAD: usize = 4;

/// What a helper hands over: a piece of its chains' rules (each message payload led by
/// its length, each chain's end marked, see [`END`]), or the kernel's refusal.
enum Piece {
    Rules(Vec<u8>),
    Refused(Refused),
}

/// In place of a length: the chain's rules end here (`END + 1`: and a concurrent change
/// interrupted their dump).
const END: u32 = u32::MAX - 1;

/// The helpers of one listing; chain `k` of the list given is read by helper `k % N`.
pub struct Ahead {
    from: Vec<Receiver<Piece>>,
    /// Where each helper's pieces go back, once taken.
    back: Vec<SyncSender<Vec<u8>>>,
    /// Each helper's piece being taken, and how far.
    taking: Vec<(Vec<u8>, usize)>,
    /// The next chain to be taken.
    next: usize,
}

impl Ahead {
    /// Helpers reading `chains` in this order (None when there are too few chains or no
    /// helper could start: the listing reads them itself).
    pub fn start(table: &'static TableDef, chains: Vec<String>) -> Option<Ahead> {
        if chains.len() < MIN_CHAINS {
            return None;
        }
        let n = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .clamp(1, MAX_HELPERS);
        let (mut from, mut back) = (Vec::with_capacity(n), Vec::with_capacity(n));
        for h in 0..n {
            let Ok(s) = Session::open(table) else {
                break;
            };
            let share: Vec<String> = chains.iter().skip(h).step_by(n).cloned().collect();
            let (tx, rx) = sync_channel(AHEAD);
            let (back_tx, back_rx) = sync_channel(AHEAD + 1);
            if std::thread::Builder::new()
                .spawn(move || helper(s, share, tx, back_rx))
                .is_err()
            {
                break;
            }
            from.push(rx);
            back.push(back_tx);
        }
        // chain k is helper k % N's: all N started, or none is used
        (from.len() == n).then(|| Ahead {
            from,
            back,
            taking: vec![(Vec::new(), 0); n],
            next: 0,
        })
    }

    /// The rules of the next chain of the list, each message payload to `each`, as
    /// [`Session::rules`] gives them (a concurrent change is noted in `s`).
    pub fn rules(
        &mut self,
        s: &mut Session,
        each: &mut dyn FnMut(&[u8]) -> Result<()>,
    ) -> std::result::Result<(), Refused> {
        let h = self.next % self.from.len();
        self.next += 1;
        let (from, (buf, at)) = (&self.from[h], &mut self.taking[h]);
        loop {
            while let Some((len, tail)) = buf.get(*at..).and_then(|b| b.split_first_chunk::<4>()) {
                let len = u32::from_ne_bytes(*len);
                *at += 4;
                if len >= END {
                    s.interrupted |= len > END;
                    return Ok(());
                }
                let payload = tail.get(..len as usize).unwrap_or_default();
                *at += payload.len();
                each(payload)?;
            }
            match from.recv() {
                Ok(Piece::Rules(next)) => {
                    let mut old = std::mem::replace(buf, next);
                    *at = 0;
                    old.clear();
                    let _ = self.back[h].try_send(old);
                }
                Ok(Piece::Refused(r)) => return Err(r),
                Err(_) => return Err(Refused::Other(Error::ipt_other("reading rules failed"))),
            }
        }
    }
}

/// A helper: its chains' rules, piece by piece, until they are all read or the listing no
/// longer wants them. Pieces come back empty to be filled again.
fn helper(mut s: Session, chains: Vec<String>, to: SyncSender<Piece>, back: Receiver<Vec<u8>>) {
    let mut buf = Vec::with_capacity(PIECE);
    // the piece handed over when `more` bytes would not fit (a piece stays in its size class)
    let room = |buf: &mut Vec<u8>, more: usize| -> Result<()> {
        if buf.len() + more > PIECE && !buf.is_empty() {
            let fresh = back
                .try_recv()
                .unwrap_or_else(|_| Vec::with_capacity(PIECE));
            to.send(Piece::Rules(std::mem::replace(buf, fresh)))
                .map_err(|_| Error::ipt_other("listing gone"))?;
        }
        Ok(())
    };
    for chain in &chains {
        s.interrupted = false;
        let r = s.rules(Some(chain), &mut |payload| {
            room(&mut buf, 4 + payload.len())?;
            buf.extend_from_slice(&(payload.len() as u32).to_ne_bytes());
            buf.extend_from_slice(payload);
            Ok(())
        });
        let r = r.and_then(|()| room(&mut buf, 4).map_err(Refused::Other));
        if let Err(r) = r {
            if to.send(Piece::Rules(buf)).is_ok() {
                let _ = to.send(Piece::Refused(r));
            }
            return;
        }
        let end = if s.interrupted { END + 1 } else { END };
        buf.extend_from_slice(&end.to_ne_bytes());
    }
    let _ = to.send(Piece::Rules(buf));
}
