//! What hints read: the notes the applet made on its way, the failure's words, and the
//! commands they suggest written as a shell would read them.

use std::sync::Mutex;

/// What the applet met on its way, for the hints that need it.
pub struct Seen {
    /// The name given to `ip -n`/`-netns` (the namespace the process is now in, if it opened).
    pub netns: Option<String>,
    /// `ip -batch`: no hints.
    pub batch: bool,
    /// `ip -c`: dim the hint.
    pub color: bool,
    /// `ip`: how many words the object and its arguments are (the rest are global options).
    pub rest: Option<usize>,
    /// The network namespace the process started in (kept by the first `ip -n`, before the
    /// switch), where a hint looks for a device as "the namespace you are in".
    pub home: Option<std::fs::File>,
}

static SEEN: Mutex<Seen> = Mutex::new(Seen {
    netns: None,
    batch: false,
    color: false,
    rest: None,
    home: None,
});

pub fn seen<T>(f: impl FnOnce(&mut Seen) -> T) -> Option<T> {
    SEEN.lock().ok().map(|mut s| f(&mut s))
}

/// `ip -n NAME`: the namespace the command runs in (called before the switch).
pub fn seen_netns(name: &str) {
    seen(|s| {
        if s.home.is_none() {
            s.home = std::fs::File::open("/proc/self/ns/net").ok();
        }
        s.netns = Some(name.to_string());
    });
}

/// `ip -batch FILE`: hints stay off.
pub fn seen_batch() {
    seen(|s| s.batch = true);
}

/// `ip -c`/`-color`: whether colour is on.
pub fn seen_color(on: bool) {
    seen(|s| s.color = on);
}

/// `ip`: the last `words` words are the object and its arguments.
pub fn seen_rest(words: usize) {
    seen(|s| s.rest = Some(words));
}

/// What a hint looks at.
pub struct Ctx<'a> {
    /// The words after the applet's name.
    pub words: &'a [String],
    /// The first line of the error text.
    pub err: &'a str,
    /// `ip -n NAME`, when given.
    pub netns: Option<&'a str>,
}

/// `ip`'s and iptables' commands quoted for a hint: words joined by spaces, each quoted
/// when the shell would need it.
pub fn command(words: &[&str]) -> String {
    let mut s = String::new();
    for w in words {
        if !s.is_empty() {
            s.push(' ');
        }
        let plain = !w.is_empty()
            && w.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-_./:=,+@%".contains(&b));
        if plain {
            s.push_str(w);
        } else {
            s.push('\'');
            s.push_str(&w.replace('\'', "'\\''"));
            s.push('\'');
        }
    }
    s
}
