//! `ip tcp_metrics` / `ip tcpmetrics`, against iproute2 6.1. The setup makes metrics with
//! TCP connections over loopback and a veth pair (IPv4 and IPv6). Ages and round-trip times
//! are measured, so they are normalised; entries come in the kernel's hash order, so lines
//! are sorted.

use crate::common::{ip, Norm};

const SETUP: &str = "\
ip link add v1 type veth peer name v0
ip link set v0 up
ip link set v1 up
ip addr add 10.0.0.1/24 dev v0
ip addr add 10.0.0.2/24 dev v1
ip -6 addr add 2001:db8::1/64 dev v0 nodad
ip -6 addr add 2001:db8::2/64 dev v1 nodad
python3 - <<'PY'
import socket
for fam, a in ((socket.AF_INET, '127.0.0.1'), (socket.AF_INET, '10.0.0.2'), (socket.AF_INET6, '::1'), (socket.AF_INET6, '2001:db8::2')):
    s = socket.socket(fam, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind((a, 5000))
    s.listen()
    c = socket.socket(fam, socket.SOCK_STREAM)
    c.connect((a, 5000))
    d, _ = s.accept()
    c.sendall(b'x' * 100000)
    d.recv(100000)
    c.close(); d.close(); s.close()
PY";

/// The entries left, addresses and cwnd only (the rest is measured).
const STATE: &str = "ip tcpmetrics | cut -d' ' -f1 | sort";

/// `age 0.228sec`, `rtt 69us`, `rttvar 61us` (JSON `"age":0.232`, `"rtt":6.9e-05`) become
/// `<n>`; then the lines are sorted.
const MEASURED: Norm = Norm {
    name: "measured",
    apply: norm_measured,
};

fn norm_measured(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    loop {
        let next = ["age", "rttvar", "rtt"]
            .iter()
            .filter_map(|k| rest.find(k).map(|i| (i, std::cmp::Reverse(k.len()))))
            .min()
            .map(|(i, l)| (i, l.0));
        let Some((at, len)) = next else { break };
        let (head, tail) = rest.split_at(at + len);
        out.push_str(head);
        let skip = tail
            .find(|c: char| c.is_ascii_digit())
            .filter(|&i| i <= 2)
            .unwrap_or(0);
        let (sep, num) = tail.split_at(skip);
        let end = num
            .find(|c: char| !(c.is_ascii_digit() || ".e-+".contains(c)))
            .unwrap_or(num.len());
        out.push_str(sep);
        if end > 0 {
            out.push_str("<n>");
        }
        rest = &num[end..];
    }
    out.push_str(rest);
    let mut lines: Vec<&str> = out.lines().collect();
    lines.sort();
    lines.join("\n") + "\n"
}

cases! {
    ip_tcpm_show: ip("tcpmetrics").setup(SETUP).norm(MEASURED);
    ip_tcpm_show_underscore: ip("tcp_metrics show").setup(SETUP).norm(MEASURED);
    ip_tcpm_list: ip("tcpmetrics list").setup(SETUP).norm(MEASURED);
    ip_tcpm_lst: ip("tcpmetrics lst").setup(SETUP).norm(MEASURED);
    ip_tcpm_empty: ip("tcpmetrics");
    ip_tcpm_json: ip("-j tcpmetrics show 127.0.0.1").setup(SETUP).norm(MEASURED);
    ip_tcpm_json_pretty: ip("-j -p tcpmetrics show ::1").setup(SETUP).norm(MEASURED);
    ip_tcpm_4: ip("-4 tcpmetrics").setup(SETUP).norm(MEASURED);
    ip_tcpm_6: ip("-6 tcpmetrics").setup(SETUP).norm(MEASURED);
    ip_tcpm_show_host: ip("tcpmetrics show 10.0.0.2").setup(SETUP).norm(MEASURED);
    ip_tcpm_show_address_word: ip("tcpmetrics show address 2001:db8::2").setup(SETUP).norm(MEASURED);
    ip_tcpm_show_prefix: ip("tcpmetrics show 10.0.0.0/24").setup(SETUP).norm(MEASURED);
    ip_tcpm_show_prefix6: ip("tcpmetrics show ::/0").setup(SETUP).norm(MEASURED);
    ip_tcpm_show_missing: ip("tcpmetrics show 10.0.0.9").setup(SETUP);
    ip_tcpm_show_bad: ip("tcpmetrics show foo").setup(SETUP);
    ip_tcpm_show_incomplete: ip("tcpmetrics show address").setup(SETUP);
    ip_tcpm_show_family: ip("-4 tcpmetrics show ::1").setup(SETUP);
    ip_tcpm_show_src_prefix: ip("tcpmetrics show src 10.0.0.0/8").setup(SETUP);
    ip_tcpm_show_src: ip("tcpmetrics show src 10.0.0.2").setup(SETUP).norm(MEASURED);
    ip_tcpm_show_src_other: ip("tcpmetrics show src 10.0.0.1").setup(SETUP).norm(MEASURED);
    ip_tcpm_show_prefix_src: ip("tcpmetrics show 10.0.0.0/24 src 10.0.0.2").setup(SETUP).norm(MEASURED);
    ip_tcpm_show_src_bad: ip("tcpmetrics show src foo").setup(SETUP);
    ip_tcpm_show_src_incomplete: ip("tcpmetrics show src").setup(SETUP);
    ip_tcpm_help: ip("tcpmetrics help");
    ip_tcpm_unknown: ip("tcpmetrics foo");
    ip_tcpm_delete: ip("tcpmetrics delete 10.0.0.2").setup(SETUP).check(STATE);
    ip_tcpm_delete_address_word: ip("tcpmetrics delete address ::1").setup(SETUP).check(STATE);
    ip_tcpm_delete_prefix_d: ip("tcpmetrics d 127.0.0.1").setup(SETUP).check(STATE);
    ip_tcpm_delete_missing: ip("tcpmetrics delete 10.0.0.9").setup(SETUP);
    ip_tcpm_delete_nothing: ip("tcpmetrics delete").setup(SETUP);
    ip_tcpm_delete_prefix: ip("tcpmetrics delete 10.0.0.0/24").setup(SETUP);
    ip_tcpm_flush: ip("tcpmetrics flush").setup(SETUP).check(STATE);
    ip_tcpm_flush_prefix: ip("tcpmetrics flush 10.0.0.0/8").setup(SETUP).check(STATE);
    ip_tcpm_flush_prefix6: ip("tcpmetrics flush 2001:db8::/32").setup(SETUP).check(STATE);
    ip_tcpm_flush_host: ip("tcpmetrics flush 127.0.0.1").setup(SETUP).check(STATE);
    ip_tcpm_flush_nothing: ip("tcpmetrics flush 192.168.0.0/16").setup(SETUP).check(STATE);
    ip_tcpm_flush_4: ip("-4 tcpmetrics flush").setup(SETUP).check(STATE);
    ip_tcpm_flush_6: ip("-6 tcpmetrics flush").setup(SETUP).check(STATE);
}

#[test]
fn ip_tcpm_norm_measured() {
    assert_eq!(
        norm_measured("::1 age 0.228sec cwnd 14 rtt 69us rttvar 61us source ::1\n"),
        "::1 age <n>sec cwnd 14 rtt <n>us rttvar <n>us source ::1\n"
    );
    assert_eq!(
        norm_measured("[{\"dst\":\"::1\",\"age\":0.232,\"rtt\":6.9e-05,\"rttvar\":1e-05}]\n"),
        "[{\"dst\":\"::1\",\"age\":<n>,\"rtt\":<n>,\"rttvar\":<n>}]\n"
    );
}
