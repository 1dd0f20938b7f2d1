//! The one netlink layer: a synchronous socket (netlink-sys) for NETLINK_ROUTE and
//! NETLINK_NETFILTER, extended-ack decoding into values, attribute reading and building,
//! and one module per message family with its constants and zero-copy views. No wording:
//! the applets turn a [`Fail`] into their own text.

mod ack;
mod answers;
pub mod attr;
pub mod genl;
pub mod listen;
pub mod nft;
mod readahead;
pub mod rtnl;
mod socket;
pub mod xfrm;

pub use ack::{Nack, NLMSG_HDRLEN};
pub use socket::{Done, Fail, Msg, Socket, Wire};
