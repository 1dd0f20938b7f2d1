//! A differential fuzz of iptables' command line: command lines of many shapes, mutated the
//! way people and programs get them wrong or write them differently (options reordered,
//! values attached or given with `=`, long options abbreviated, flags repeated, words dropped,
//! `!` moved, odd values), each run by ipkit and by iptables-nft 1.8.9 on the same starting
//! ruleset. Every command's stdout, stderr and exit code, and the ruleset it leaves (read back
//! by iptables-nft-save), must be the same. The mutations come from a fixed seed, so a case
//! always runs the same commands (and its golden stays valid).

use crate::common::{argv, sh_quote, Case};

/// Command lines to mutate (the words after `iptables`).
const CORPUS: &[&str] = &[
    "-A INPUT -p tcp --dport 80 -j ACCEPT",
    "-A INPUT -s 10.0.0.0/8 -d 1.2.3.4 -i eth0 -j DROP",
    "-I INPUT 1 -p udp --sport 53 -m comment --comment dns -j ACCEPT",
    "-t nat -A POSTROUTING -s 10.0.0.0/24 ! -o lo -j MASQUERADE",
    "-t nat -A PREROUTING -p tcp --dport 8080 -j DNAT --to-destination 10.0.0.2:80",
    "-t nat -A OUTPUT -p tcp -j REDIRECT --to-ports 12300",
    "-A FORWARD -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT",
    "-A INPUT -p tcp -m multiport --dports 22,80,443 -j ACCEPT",
    "-A INPUT -m state --state NEW -p tcp --syn -j ACCEPT",
    "-A INPUT -p icmp --icmp-type echo-request -m limit --limit 1/s --limit-burst 5 -j ACCEPT",
    "-A INPUT -m mark --mark 0x1/0xff -j LOG --log-prefix x: --log-level 4",
    "-t mangle -A PREROUTING -j MARK --set-xmark 0x10/0xff",
    "-A INPUT -p tcp --tcp-flags SYN,ACK SYN -j REJECT --reject-with tcp-reset",
    "-A INPUT -m addrtype --dst-type LOCAL --limit-iface-in -j RETURN",
    "-A INPUT -m iprange --src-range 1.1.1.1-1.1.1.9 -j DROP",
    "-A OUTPUT -m owner --uid-owner 0 -j ACCEPT",
    "-A INPUT -m statistic --mode random --probability 0.5 -j X",
    "-A INPUT -p udp -m udp --dport 53 -j X",
    "-A INPUT -c 10 20 -j ACCEPT",
    "-w 5 -A INPUT -j ACCEPT",
    "-A INPUT -j NFLOG --nflog-group 5 --nflog-prefix p",
    "-A INPUT -m pkttype --pkt-type broadcast -j DROP",
    "-A INPUT -m ttl --ttl-gt 5 -j DROP",
    "-A INPUT -m mac --mac-source 00:11:22:33:44:55 -j DROP",
    "-A INPUT -f -j DROP",
    "-A INPUT -g X",
    "-N Y",
    "-E X Y",
    "-X X",
    "-F INPUT",
    "-Z INPUT",
    "-P FORWARD DROP",
    "-L -n -v --line-numbers",
    "-L INPUT 1 -n",
    "-S INPUT",
    "-S INPUT 2",
    "-D INPUT 1",
    "-D INPUT -p tcp --dport 80 -j ACCEPT",
    "-R INPUT 1 -s 1.1.1.1 -j ACCEPT",
    "-C INPUT -j ACCEPT",
    "-t nat -L -n",
    "-Z -L INPUT -n -v -x",
];

/// Odd values to put where a value was.
const VALUES: &[&str] = &[
    "",
    "0",
    "-1",
    "0x10",
    "65536",
    "1:2",
    "a,b",
    "!",
    "-",
    "--",
    "1.2.3.4/33",
    "INPUT",
    "tcp",
    "all",
];

/// The ruleset each command starts from (made by the reference).
const START: &str = "nft flush ruleset; iptables-nft -N X; iptables-nft -A INPUT -j ACCEPT; \
iptables-nft -A INPUT -p tcp --dport 80 -j ACCEPT";

/// xorshift64*: a fixed sequence from a seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// A command line cut into groups: an option with the words that follow it up to the next
/// option (`!` belongs to the group after it).
fn groups(line: &str) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = Vec::new();
    let mut bang = false;
    for w in line.split_whitespace() {
        if w == "!" {
            bang = true;
            continue;
        }
        if w.starts_with('-') && w.len() > 1 || out.is_empty() {
            let mut g = Vec::new();
            if std::mem::take(&mut bang) {
                g.push("!".to_string());
            }
            g.push(w.to_string());
            out.push(g);
        } else if let Some(g) = out.last_mut() {
            if std::mem::take(&mut bang) {
                g.push("!".to_string());
            }
            g.push(w.to_string());
        }
    }
    out
}

/// The option word of a group (after its `!`).
fn option_at(g: &[String]) -> usize {
    usize::from(g.first().is_some_and(|w| w == "!"))
}

/// One mutation of a command line.
fn mutate(rng: &mut Rng, line: &str) -> Vec<String> {
    let mut gs = groups(line);
    let n = gs.len();
    match rng.below(9) {
        // two groups swapped
        0 if n > 1 => {
            let (a, b) = (rng.below(n), rng.below(n));
            gs.swap(a, b);
        }
        // a value attached to its option (`-ptcp`, `--dport=80`)
        1 => {
            let g = &mut gs[rng.below(n)];
            let at = option_at(g);
            if g.len() > at + 1 {
                let value = g.remove(at + 1);
                let joined = if g[at].starts_with("--") {
                    format!("{}={value}", g[at])
                } else {
                    format!("{}{value}", g[at])
                };
                g[at] = joined;
            }
        }
        // a long option cut short
        2 => {
            let g = &mut gs[rng.below(n)];
            let at = option_at(g);
            if g[at].starts_with("--") && g[at].len() > 4 {
                let keep = 3 + rng.below(g[at].len() - 3);
                g[at].truncate(keep);
            }
        }
        // a group given twice (-v too: `-vv` prints libnftnl's debug form of the objects)
        3 => {
            let g = gs[rng.below(n)].clone();
            gs.push(g);
        }
        // a group left out
        4 if n > 1 => {
            gs.remove(rng.below(n));
        }
        // a word left out
        5 => {
            let g = &mut gs[rng.below(n)];
            if g.len() > 1 {
                let i = rng.below(g.len());
                g.remove(i);
            }
        }
        // `!` added or taken away
        6 => {
            let g = &mut gs[rng.below(n)];
            if option_at(g) == 1 {
                g.remove(0);
            } else if rng.below(2) == 0 {
                g.insert(0, "!".to_string());
            } else if g.len() > 1 {
                g.insert(1, "!".to_string());
            }
        }
        // an odd value
        7 => {
            let g = &mut gs[rng.below(n)];
            let at = option_at(g);
            if g.len() > at + 1 {
                let i = at + 1 + rng.below(g.len() - at - 1);
                g[i] = VALUES[rng.below(VALUES.len())].to_string();
            }
        }
        // the short and long spellings of a few options swapped
        _ => {
            for g in gs.iter_mut() {
                let at = option_at(g);
                let other = match g[at].as_str() {
                    "-p" => "--protocol",
                    "--protocol" => "-p",
                    "-s" => "--src",
                    "-d" => "--destination",
                    "-j" => "--jump",
                    "-m" => "--match",
                    "-A" => "--append",
                    "-t" => "--table",
                    "-n" => "--numeric",
                    "-i" => "--in-interface",
                    _ => continue,
                };
                g[at] = other.to_string();
            }
        }
    }
    gs.into_iter().flatten().collect()
}

/// A script running `count` mutated command lines (seeded; each mutated once or twice, and
/// `extra` more times) one after another, each from the same starting ruleset, printing each
/// command, its output and exit code, and the ruleset it left.
fn script(seed: u64, count: usize, extra: usize) -> String {
    let mut rng = Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
    // (the first word names the applet under test)
    let mut s = String::from("iptables -V >/dev/null\n");
    for _ in 0..count {
        let base = CORPUS[rng.below(CORPUS.len())];
        let mut words = mutate(&mut rng, base);
        for _ in 0..extra {
            let again = words.join(" ");
            words = mutate(&mut rng, &again);
        }
        if rng.below(3) == 0 {
            let again = words.join(" ");
            words = mutate(&mut rng, &again);
        }
        let quoted: Vec<String> = words.iter().map(|w| sh_quote(w)).collect();
        let line = quoted.join(" ");
        s.push_str(&format!(
            "{START}\necho {}\niptables {line} </dev/null >/tmp/o 2>/tmp/e; echo \"rc=$?\"\ncat /tmp/o; echo '(stderr)'; cat /tmp/e\niptables-nft-save | grep -v '^#'\n",
            sh_quote(&format!("+ iptables {line}"))
        ));
    }
    s
}

fn fuzz(seed: u64) -> Case {
    argv(["sh", "-c", &script(seed, 120, 0)]).timeout(110)
}

/// Lines mutated three more times: further from anything a person writes, deeper into the
/// order of iptables' checks.
fn fuzz_deep(seed: u64) -> Case {
    argv(["sh", "-c", &script(seed, 120, 3)]).timeout(110)
}

cases! {
    ipt_fuzz_cmdline_1: fuzz(1);
    ipt_fuzz_cmdline_2: fuzz(2);
    ipt_fuzz_cmdline_3: fuzz(3);
    ipt_fuzz_cmdline_4: fuzz(4);
    ipt_fuzz_cmdline_5: fuzz(5);
    ipt_fuzz_cmdline_6: fuzz(6);
    ipt_fuzz_cmdline_deep_1: fuzz_deep(1);
    ipt_fuzz_cmdline_deep_2: fuzz_deep(2);
    ipt_fuzz_cmdline_deep_3: fuzz_deep(3);
    ipt_fuzz_cmdline_deep_4: fuzz_deep(4);
    ipt_fuzz_cmdline_deep_5: fuzz_deep(5);
    ipt_fuzz_cmdline_deep_6: fuzz_deep(6);
}

#[test]
fn ipt_fuzz_mutations_change_lines() {
    // the generator makes different command lines (a broken one would test one line)
    let mut rng = Rng(7);
    let lines: std::collections::HashSet<Vec<String>> = (0..200)
        .map(|i| mutate(&mut rng, CORPUS[i % CORPUS.len()]))
        .collect();
    assert!(lines.len() > 150, "{} distinct lines", lines.len());
}
