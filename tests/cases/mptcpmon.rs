//! `ip mptcp monitor`: live MPTCP connections (a python3 client and server) watched by the
//! side under test, and its usage errors. Tokens and ephemeral ports are random: the script
//! renames each distinct one to T1, T2… / P1, P2… in order of appearance (port 5555 stays),
//! the line otherwise untouched (alignment, spacing), so everything else and the order are
//! compared as printed.
//! The printer's every attribute and the malformed datagrams are unit-tested on crafted
//! events (src/ip/mptcp/testdata).

use crate::common::{argv, ip};

/// The reference `ip` as $R, the MPTCP client+server (`6`: over ::1; `any`: the server
/// listens on every address), the wait for a
/// listening generic netlink socket with a group joined, the wait for the output to settle.
const PRE: &str = "ip -V >/dev/null
R=/tmp/.sandbox/ref/ip
cat >/tmp/mp.py <<'PY'
import socket, time, sys
fam = socket.AF_INET6 if '6' in sys.argv else socket.AF_INET
host = '::1' if fam == socket.AF_INET6 else '127.0.0.1'
s = socket.socket(fam, socket.SOCK_STREAM, 262)
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(('' if 'any' in sys.argv else host, 5555)); s.listen(1)
c = socket.socket(fam, socket.SOCK_STREAM, 262)
c.connect((host, 5555))
a, _ = s.accept()
for i in range(5):
    c.send(b'x'); a.recv(1); time.sleep(0.05)
time.sleep(0.3)
c.close(); a.close(); s.close()
time.sleep(0.2)
PY
listening() { for i in $(seq 200); do awk 'NR > 1 && $2 == 16 && $4 != \"00000000\" { f = 1 } END { exit !f }' /proc/net/netlink && break; sleep 0.01; done; sleep 0.2; }
settle() { a=-1; n=0; while [ $n -lt 3 ]; do sleep 0.1; b=$(wc -c </tmp/m); if [ \"$b\" = \"$a\" ]; then n=$((n + 1)); else n=0; a=$b; fi; done; }
names() { awk '{ l = $0; for (i = 1; i <= NF; i++) { split($i, kv, \"=\"); if (kv[1] == \"token\") { if (!(kv[2] in t)) t[kv[2]] = \"T\" ++nt; sub(\"token=\" kv[2], \"token=\" t[kv[2]], l) } else if ((kv[1] == \"sport\" || kv[1] == \"dport\") && kv[2] != \"5555\") { if (!(kv[2] in p)) p[kv[2]] = \"P\" ++np; if (!sub(kv[1] \"=\" kv[2] \" \", kv[1] \"=\" p[kv[2]] \" \", l)) sub(kv[1] \"=\" kv[2] \"$\", kv[1] \"=\" p[kv[2]], l) } } print l }'; }
flat() { sed -E 's/token=[0-9a-f]+/token=T/; s/port=[0-9]+/port=P/g' | sort; }
";

/// Endpoints: 127.0.0.3 announced, a subflow to it. The two sides' subflow and announce
/// events race: those cases compare the lines sorted, tokens and ports all `T`/`P` (`flat`).
/// (Subflow endpoints and refused subflows bring retries at random moments: left out.)
const ENDPOINTS: &str = "ip mptcp limits set subflows 2 add_addr_accepted 2
ip mptcp endpoint add 127.0.0.3 dev lo signal
ip addr add 127.0.0.3/8 dev lo";

/// `ip ARGS` in the background while `run` makes connections, ended by `signal`.
fn live(args: &str, run: &str, signal: &str) -> String {
    live_with(args, run, signal, "names")
}

/// [`live`] with the output through `filter` (`names` or `flat`).
fn live_with(args: &str, run: &str, signal: &str, filter: &str) -> String {
    format!(
        "{PRE}env --default-signal=INT ip {args} >/tmp/m 2>/tmp/e & P=$!
listening
{run}
settle
{{ kill -{signal} $P; wait $P; echo \"rc=$?\"; }} 2>/dev/null
{filter} </tmp/m; cat /tmp/e >&2"
    )
}

cases! {
    mptcpmon_v4_plain: argv(["sh", "-c", &live("mptcp monitor", "python3 /tmp/mp.py", "INT")]).timeout(30);
    mptcpmon_v6_plain: argv(["sh", "-c", &live("mptcp monitor", "python3 /tmp/mp.py 6", "INT")]).timeout(30);
    mptcpmon_v4_endpoints: argv(["sh", "-c", &live_with("mptcp monitor", "python3 /tmp/mp.py any", "INT", "flat")])
        .setup(ENDPOINTS).timeout(30);
    mptcpmon_v6_endpoints_term: argv(["sh", "-c", &live_with("mptcp mon", "python3 /tmp/mp.py any 6", "TERM", "flat")])
        .setup(ENDPOINTS).timeout(30);
    mptcpmon_json_ignored: argv(["sh", "-c", &live("-j -p mptcp monitor", "python3 /tmp/mp.py", "INT")]).timeout(30);
    mptcpmon_no_events: argv(["sh", "-c", &live("mptcp monitor", "true", "INT")]).timeout(30);
    // a closed pipe: the first line reaches head, the next write ends the monitor (SIGPIPE)
    mptcpmon_closed_pipe: argv(["sh", "-c", &format!("{PRE}(env --default-signal=INT ip mptcp monitor; echo \"rc=$?\" >/tmp/rc) | head -n 1 >/tmp/m &
listening
python3 /tmp/mp.py
settle; sleep 0.3
cat /tmp/rc; names </tmp/m")]).timeout(30);
    mptcpmon_extra_word: ip("mptcp monitor extra");
    mptcpmon_help_word: ip("mptcp monitor help");
    mptcpmon_two_words: ip("mptcp monitor link all");
    mptcpmon_abbrev_extra: ip("mptcp m x");
}
