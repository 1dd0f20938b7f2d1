//! System calls no crate wraps, each a thin typed wrapper (no wording, no applet).

pub mod bpf;
pub mod time;
