//! Extensions of group e against iptables-nft 1.8.9: CLUSTERIP and ULOG (targets kernels
//! dropped: loading them asks the kernel, and the reference warns when it lacks them).
//! Each is added with its options, refused with the reference's messages, checked and
//! deleted by spec, restored, and its `-h` section printed.

use crate::common::{argv, ipt};

const S: &str = "iptables -S; nft list ruleset";
/// The state read back every way (filter and mangle).
const SHOW: &str = "iptables -S; iptables -L -n -v; iptables -L; iptables -t mangle -S; iptables -t mangle -L -n; iptables-save | grep -v '^#'";

/// Rules of these extensions iptables-nft writes.
const RULES: &str = "\
iptables -A INPUT -p tcp -m osf --genre Linux -j ACCEPT
iptables -A INPUT -p tcp -m osf ! --genre Windows --ttl 2 --log 1
iptables -A INPUT -p tcp -m osf --genre 0123456789012345678901234567890123456789 --ttl 1 --log 0
iptables -A INPUT -p tcp -j SYNPROXY --sack-perm --timestamp --wscale 7 --mss 1460 --ecn
iptables -A INPUT -p tcp -j SYNPROXY
iptables -A INPUT -p tcp -j SYNPROXY --mss 5
iptables -A INPUT -m cgroup --cgroup 1 -j ACCEPT
iptables -A INPUT -m cgroup ! --cgroup 0x100001 -j ACCEPT
iptables -A INPUT -m cgroup --path / -j ACCEPT
iptables -A INPUT -m cgroup ! --path '' -j ACCEPT
iptables -A INPUT -m bpf --bytecode '4,48 0 0 9,21 0 1 6,6 0 0 1,6 0 0 0' -j ACCEPT
iptables -A INPUT -m bpf --bytecode '1,6 0 0 65535'
iptables -t mangle -A PREROUTING -j TEE --gateway 10.0.0.1
iptables -t mangle -A PREROUTING -j TEE --gateway 10.0.0.1 --oif eth0
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 0xdeadbeef
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 2 ! --cluster-local-nodemask 3 --cluster-hash-seed 0 -j ACCEPT";
const CIP: &str = "-A INPUT -d 10.0.0.1 -i eth0 -j CLUSTERIP --new --hashmode sourceip";

cases! {
    // CLUSTERIP
    ipt_ext_e_clusterip_help: ipt("-j CLUSTERIP -h");
    ipt_ext_e_clusterip_help_after: ipt("-h -j CLUSTERIP");
    ipt_ext_e_clusterip_new: ipt(&format!("{CIP} --clustermac 01:02:03:04:05:06 --total-nodes 2 --local-node 1")).check(S);
    ipt_ext_e_clusterip_all: ipt("-A INPUT -d 10.0.0.1 -j CLUSTERIP --new --hashmode sourceip-sourceport-destport --clustermac 01:aa:3:4:5: --total-nodes 16 --local-node 0 --hash-init 0xffffffff").check(S);
    ipt_ext_e_clusterip_plain: ipt("-A INPUT -j CLUSTERIP").check(S);
    ipt_ext_e_clusterip_incomplete: ipt(&format!("{CIP} --clustermac 01:02:03:04:05:06 --total-nodes 2"));
    ipt_ext_e_clusterip_only_new: ipt("-A INPUT -j CLUSTERIP --new");
    ipt_ext_e_clusterip_without_new: ipt("-A INPUT -j CLUSTERIP --hash-init 5");
    ipt_ext_e_clusterip_bad_mode: ipt("-A INPUT -j CLUSTERIP --new --hashmode x");
    ipt_ext_e_clusterip_unicast_mac: ipt(&format!("{CIP} --clustermac 00:02:03:04:05:06 --total-nodes 2 --local-node 1"));
    ipt_ext_e_clusterip_bad_mac: ipt(&format!("{CIP} --clustermac 01-02-03-04-05-06 --total-nodes 2 --local-node 1"));
    ipt_ext_e_clusterip_too_many_nodes: ipt(&format!("{CIP} --clustermac 01:02:03:04:05:06 --total-nodes 17 --local-node 1"));
    ipt_ext_e_clusterip_bad_local: ipt(&format!("{CIP} --clustermac 01:02:03:04:05:06 --total-nodes 2 --local-node x"));
    ipt_ext_e_clusterip_bad_init: ipt(&format!("{CIP} --clustermac 01:02:03:04:05:06 --total-nodes 2 --local-node 1 --hash-init -1"));
    ipt_ext_e_clusterip_twice: ipt("-A INPUT -j CLUSTERIP --new --new");
    ipt_ext_e_clusterip_inverted: ipt("-A INPUT -j CLUSTERIP ! --new");
    ipt_ext_e_clusterip_check: ipt("-C INPUT -j CLUSTERIP");
    ipt_ext_e_clusterip_delete: ipt("-D INPUT -j CLUSTERIP --new --hashmode sourceip --clustermac 01:02:03:04:05:06 --total-nodes 2 --local-node 1").setup("iptables -A INPUT -j ACCEPT").check(S);
    ipt_ext_e_clusterip_insert_nat: ipt("-t nat -I PREROUTING -j CLUSTERIP").check("iptables -t nat -S");
    // ULOG
    ipt_ext_e_ulog_help: ipt("-j ULOG -h");
    ipt_ext_e_ulog_not_a_match: ipt("-m ULOG -h");
    ipt_ext_e_ulog_plain: ipt("-A INPUT -j ULOG").check(S);
    ipt_ext_e_ulog_all: ipt("-A INPUT -j ULOG --ulog-nlgroup 32 --ulog-cprange 100 --ulog-qthreshold 50 --ulog-prefix x").check(S);
    ipt_ext_e_ulog_long_prefix: ipt("-A INPUT -j ULOG --ulog-prefix 0123456789012345678901234567890123456789 --ulog-cprange 18446744073709551615");
    ipt_ext_e_ulog_group_0: ipt("-A INPUT -j ULOG --ulog-nlgroup 0");
    ipt_ext_e_ulog_group_33: ipt("-A INPUT -j ULOG --ulog-nlgroup 33");
    ipt_ext_e_ulog_cprange_negative: ipt("-A INPUT -j ULOG --ulog-cprange -1");
    ipt_ext_e_ulog_cprange_huge: ipt("-A INPUT -j ULOG --ulog-cprange 18446744073709551616");
    ipt_ext_e_ulog_qthreshold_0: ipt("-A INPUT -j ULOG --ulog-qthreshold 0");
    ipt_ext_e_ulog_qthreshold_51: ipt("-A INPUT -j ULOG --ulog-qthreshold 51");
    ipt_ext_e_ulog_qthreshold_twice: ipt("-A INPUT -j ULOG --ulog-qthreshold 5 --ulog-qthreshold 5");
    ipt_ext_e_ulog_empty_prefix: argv(["iptables", "-A", "INPUT", "-j", "ULOG", "--ulog-prefix", ""]);
    ipt_ext_e_ulog_newline_prefix: argv(["iptables", "-A", "INPUT", "-j", "ULOG", "--ulog-prefix", "a\nb"]);
    ipt_ext_e_ulog_inverted: ipt("-A INPUT -j ULOG ! --ulog-prefix x");
    ipt_ext_e_ulog_unknown_option: ipt("-A INPUT -j ULOG --bogus");
    ipt_ext_e_ulog_two_targets: ipt("-A INPUT -j ULOG -j ACCEPT");
    ipt_ext_e_ulog_no_command: ipt("-j ULOG");
    ipt_ext_e_ulog_check: ipt("-C INPUT -j ULOG");
    ipt_ext_e_ulog_delete: ipt("-D INPUT -j ULOG --ulog-nlgroup 2");
    ipt_ext_e_ulog_restore_warns_once: argv(["iptables-restore"]).stdin("*filter\n-A INPUT -j ULOG\n-A INPUT -j ULOG --ulog-nlgroup 2\n-A INPUT -j CLUSTERIP\n-A INPUT -j CLUSTERIP\nCOMMIT\n").check(S);
    ipt_ext_e_ulog_restore_test: argv(["iptables-restore", "--test"]).stdin("*filter\n-A INPUT -j ULOG\n-A INPUT -j ULOG --ulog-prefix p\nCOMMIT\n").check(S);
    // rules iptables-nft wrote, read back
    ipt_ext_e_list: ipt("-L -n -v").setup(RULES);
    ipt_ext_e_list_names: ipt("-L").setup(RULES);
    ipt_ext_e_dump: ipt("-S").setup(RULES);
    ipt_ext_e_dump_mangle: ipt("-t mangle -S").setup(RULES);
    ipt_ext_e_list_mangle: ipt("-t mangle -L -v").setup(RULES);
    ipt_ext_e_save: argv(["iptables-save"]).norm(crate::common::SAVE_DATES).setup(RULES);
    // osf
    ipt_ext_e_osf_help: ipt("-m osf -h");
    ipt_ext_e_osf_genre: ipt("-A INPUT -p tcp -m osf --genre Linux -j ACCEPT").check(SHOW);
    ipt_ext_e_osf_all: ipt("-A INPUT -p tcp -m osf ! --genre Windows --ttl 2 --log 1").check(SHOW);
    ipt_ext_e_osf_long_genre: ipt("-A INPUT -p tcp -m osf --genre 0123456789012345678901234567890123456789 --ttl 0 --log 2").check(S);
    ipt_ext_e_osf_no_genre: ipt("-A INPUT -p tcp -m osf --ttl 1");
    ipt_ext_e_osf_bad_ttl: ipt("-A INPUT -p tcp -m osf --genre x --ttl 3");
    ipt_ext_e_osf_bad_log: ipt("-A INPUT -p tcp -m osf --genre x --log x");
    ipt_ext_e_osf_ttl_inverted: ipt("-A INPUT -p tcp -m osf --genre x ! --ttl 1");
    ipt_ext_e_osf_twice: ipt("-A INPUT -p tcp -m osf --genre x --genre y");
    ipt_ext_e_osf_no_tcp: ipt("-A INPUT -m osf --genre x");
    ipt_ext_e_osf_check: ipt("-C INPUT -p tcp -m osf ! --genre Windows --ttl 2 --log 1").setup(RULES);
    ipt_ext_e_osf_check_other: ipt("-C INPUT -p tcp -m osf ! --genre Windows --ttl 2 --log 2").setup(RULES);
    ipt_ext_e_osf_delete: ipt("-D INPUT -p tcp -m osf --genre 012345678901234567890123456789012 --ttl 1 --log 0").setup(RULES).check(S);
    // SYNPROXY
    ipt_ext_e_synproxy_help: ipt("-j SYNPROXY -h");
    ipt_ext_e_synproxy_all: ipt("-A INPUT -p tcp --syn -j SYNPROXY --ecn --mss 1460 --wscale 7 --timestamp --sack-perm").check(SHOW);
    ipt_ext_e_synproxy_plain: ipt("-A INPUT -p tcp -j SYNPROXY").check(SHOW);
    ipt_ext_e_synproxy_zeros: ipt("-A INPUT -p tcp -j SYNPROXY --wscale 0 --mss 0").check(S);
    ipt_ext_e_synproxy_twice: ipt("-A INPUT -p tcp -j SYNPROXY --mss 1 --mss 2 --ecn --ecn").check(S);
    ipt_ext_e_synproxy_flags_twice: ipt("-A INPUT -p tcp -j SYNPROXY --ecn --ecn --sack-perm --sack-perm --timestamp --timestamp").check(S);
    ipt_ext_e_synproxy_sack_twice: ipt("-A INPUT -p tcp -j SYNPROXY --sack-perm --sack-perm");
    ipt_ext_e_synproxy_timestamp_twice: ipt("-A INPUT -p tcp -j SYNPROXY --timestamp --timestamp");
    ipt_ext_e_synproxy_mss_too_big: ipt("-A INPUT -p tcp -j SYNPROXY --mss 4294967296");
    ipt_ext_e_synproxy_bad_wscale: ipt("-A INPUT -p tcp -j SYNPROXY --wscale 257").check(S);
    ipt_ext_e_synproxy_bad_mss: ipt("-A INPUT -p tcp -j SYNPROXY --mss 65537").check(S);
    ipt_ext_e_synproxy_inverted: ipt("-A INPUT -p tcp -j SYNPROXY ! --ecn");
    ipt_ext_e_synproxy_no_tcp: ipt("-A INPUT -j SYNPROXY");
    ipt_ext_e_synproxy_delete: ipt("-D INPUT -p tcp -j SYNPROXY --sack-perm --timestamp --wscale 7 --mss 1460 --ecn").setup(RULES).check(S);
    // TEE
    ipt_ext_e_tee_help: ipt("-j TEE -h");
    ipt_ext_e_tee_gateway: ipt("-t mangle -A PREROUTING -j TEE --gateway 10.0.0.1").check(SHOW);
    ipt_ext_e_tee_oif: ipt("-t mangle -A PREROUTING -j TEE --gateway 10.0.0.1 --oif 0123456789abcde").check(SHOW);
    ipt_ext_e_tee_long_oif: ipt("-t mangle -A PREROUTING -j TEE --gateway 10.0.0.1 --oif 0123456789abcdef").check(S);
    ipt_ext_e_tee_no_gateway: ipt("-t mangle -A PREROUTING -j TEE --oif eth0");
    ipt_ext_e_tee_bad_gateway: ipt("-t mangle -A PREROUTING -j TEE --gateway 10.0.0.256");
    ipt_ext_e_tee_host_gateway: ipt("-t mangle -A PREROUTING -j TEE --gateway localhost").check(S);
    ipt_ext_e_tee_ipv6_gateway: ipt("-t mangle -A PREROUTING -j TEE --gateway ::1");
    ipt_ext_e_tee_filter: ipt("-A INPUT -j TEE --gateway 1.2.3.4").check(S);
    ipt_ext_e_tee_delete: ipt("-t mangle -D PREROUTING -j TEE --gateway 10.0.0.1 --oif eth0").setup(RULES).check("iptables -t mangle -S");
    ipt_ext_e_tee_check_other: ipt("-t mangle -C PREROUTING -j TEE --gateway 10.0.0.1 --oif eth1").setup(RULES);
    // cluster
    ipt_ext_e_cluster_help: ipt("-m cluster -h");
    ipt_ext_e_cluster_node: ipt("-t mangle -A PREROUTING -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 0xdeadbeef -j MARK --set-mark 0xffff").check(SHOW);
    ipt_ext_e_cluster_inverted: ipt("-t mangle -A PREROUTING -m cluster --cluster-total-nodes 32 ! --cluster-local-node 32 --cluster-hash-seed 0").check(SHOW);
    ipt_ext_e_cluster_mask: ipt("-A INPUT -m cluster --cluster-total-nodes 4 ! --cluster-local-nodemask 0xf --cluster-hash-seed 1").check(SHOW);
    ipt_ext_e_cluster_no_seed: ipt("-A INPUT -m cluster --cluster-total-nodes 4 --cluster-local-node 1");
    ipt_ext_e_cluster_no_total: ipt("-A INPUT -m cluster --cluster-local-node 1 --cluster-hash-seed 1");
    ipt_ext_e_cluster_no_node: ipt("-A INPUT -m cluster --cluster-total-nodes 4 --cluster-hash-seed 1");
    ipt_ext_e_cluster_node_and_mask: ipt("-A INPUT -m cluster --cluster-total-nodes 4 --cluster-local-node 1 --cluster-local-nodemask 1 --cluster-hash-seed 1");
    ipt_ext_e_cluster_node_0: ipt("-A INPUT -m cluster --cluster-total-nodes 4 --cluster-local-node 0 --cluster-hash-seed 1");
    ipt_ext_e_cluster_node_33: ipt("-A INPUT -m cluster --cluster-total-nodes 40 --cluster-local-node 33 --cluster-hash-seed 1");
    ipt_ext_e_cluster_too_many: ipt("-A INPUT -m cluster --cluster-total-nodes 33 --cluster-local-node 3 --cluster-hash-seed 1");
    ipt_ext_e_cluster_node_over_total: ipt("-A INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 3 --cluster-hash-seed 1");
    ipt_ext_e_cluster_total_inverted: ipt("-A INPUT -m cluster ! --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 1");
    ipt_ext_e_cluster_mask_too_big: ipt("-A INPUT -m cluster --cluster-total-nodes 2 --cluster-local-nodemask 7 --cluster-hash-seed 1");
    ipt_ext_e_cluster_seed_twice: ipt("-A INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 1 --cluster-hash-seed 2");
    ipt_ext_e_cluster_seed_inverted: ipt("-A INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 ! --cluster-hash-seed 1");
    ipt_ext_e_cluster_delete: ipt("-t mangle -D PREROUTING -m cluster --cluster-total-nodes 2 --cluster-local-nodemask 1 --cluster-hash-seed 0xdeadbeef").setup(RULES).check("iptables -t mangle -S");
    // cgroup
    ipt_ext_e_cgroup_help: ipt("-m cgroup -h");
    ipt_ext_e_cgroup_classid: ipt("-A OUTPUT -m cgroup --cgroup 0x100001 -j ACCEPT").check(SHOW);
    ipt_ext_e_cgroup_classid_inverted: ipt("-A OUTPUT -m cgroup ! --cgroup 7 -j ACCEPT").check(SHOW);
    ipt_ext_e_cgroup_path: ipt("-A OUTPUT -m cgroup --path / -j ACCEPT").check(SHOW);
    ipt_ext_e_cgroup_path_inverted: ipt("-A OUTPUT -m cgroup ! --path / -j ACCEPT").check(SHOW);
    ipt_ext_e_cgroup_missing_path: ipt("-A OUTPUT -m cgroup --path /no/such/group -j ACCEPT").check(S);
    ipt_ext_e_cgroup_both: ipt("-A OUTPUT -m cgroup --path / --cgroup 1").check(S);
    ipt_ext_e_cgroup_none: ipt("-A OUTPUT -m cgroup");
    ipt_ext_e_cgroup_bad_classid: ipt("-A OUTPUT -m cgroup --cgroup x");
    ipt_ext_e_cgroup_twice: ipt("-A OUTPUT -m cgroup --cgroup 1 --cgroup 2");
    ipt_ext_e_cgroup_delete: ipt("-D INPUT -m cgroup ! --cgroup 1048577 -j ACCEPT").setup(RULES).check(S);
    ipt_ext_e_cgroup_check_path: ipt("-C INPUT -m cgroup --path / -j ACCEPT").setup(RULES);
    // bpf
    ipt_ext_e_bpf_help: ipt("-m bpf -h");
    ipt_ext_e_bpf_bytecode: argv(["iptables", "-A", "INPUT", "-m", "bpf", "--bytecode", "4,48 0 0 9,21 0 1 6,6 0 0 1,6 0 0 0", "-j", "ACCEPT"]).check(SHOW);
    ipt_ext_e_bpf_odd_numbers: argv(["iptables", "-A", "INPUT", "-m", "bpf", "--bytecode", "3, 6 0 0 0x10 7,6 256 -1 4294967296,6 0 0 -1"]).check(SHOW);
    ipt_ext_e_bpf_empty: argv(["iptables", "-A", "INPUT", "-m", "bpf", "--bytecode", ""]);
    ipt_ext_e_bpf_no_comma: argv(["iptables", "-A", "INPUT", "-m", "bpf", "--bytecode", "1"]);
    ipt_ext_e_bpf_zero: argv(["iptables", "-A", "INPUT", "-m", "bpf", "--bytecode", "0,"]);
    ipt_ext_e_bpf_too_long: argv(["iptables", "-A", "INPUT", "-m", "bpf", "--bytecode", "65,6 0 0 1"]);
    ipt_ext_e_bpf_short_instr: argv(["iptables", "-A", "INPUT", "-m", "bpf", "--bytecode", "2,6 0 0 1,6 0"]);
    ipt_ext_e_bpf_fewer: argv(["iptables", "-A", "INPUT", "-m", "bpf", "--bytecode", "2,6 0 0 1"]);
    ipt_ext_e_bpf_more: argv(["iptables", "-A", "INPUT", "-m", "bpf", "--bytecode", "1,6 0 0 1,6 0 0 2"]);
    ipt_ext_e_bpf_refused_by_kernel: argv(["iptables", "-A", "INPUT", "-m", "bpf", "--bytecode", "1,70000 0 0 1"]);
    ipt_ext_e_bpf_none: ipt("-A INPUT -m bpf");
    ipt_ext_e_bpf_inverted: argv(["iptables", "-A", "INPUT", "-m", "bpf", "!", "--bytecode", "1,6 0 0 1"]);
    ipt_ext_e_bpf_pinned_missing: ipt("-A INPUT -m bpf --object-pinned /sys/fs/bpf/nope");
    ipt_ext_e_bpf_delete: argv(["iptables", "-D", "INPUT", "-m", "bpf", "--bytecode", "1,6 0 0 65535"]).setup(RULES).check(S);
    // ipvs (the kernel lacks it here: the reference warns, and the kernel refuses the rule)
    ipt_ext_e_ipvs_help: ipt("-m ipvs -h");
    ipt_ext_e_ipvs_plain: ipt("-A INPUT -m ipvs --ipvs -j ACCEPT").check(S);
    ipt_ext_e_ipvs_all: ipt("-A INPUT -m ipvs --vproto tcp --vaddr 10.0.0.0/8 --vport 80 --vdir ORIGINAL --vmethod GATE --vportctl 21");
    ipt_ext_e_ipvs_inverted: ipt("-A INPUT -m ipvs ! --vproto 17 ! --vaddr 10.1.2.3 ! --vport http --vdir REPLY ! --vmethod IPIP ! --vportctl 21");
    ipt_ext_e_ipvs_none: ipt("-A INPUT -m ipvs");
    ipt_ext_e_ipvs_bad_proto: ipt("-A INPUT -m ipvs --vproto xyz");
    ipt_ext_e_ipvs_proto_256: ipt("-A INPUT -m ipvs --vproto 256");
    ipt_ext_e_ipvs_bad_port: ipt("-A INPUT -m ipvs --vport nosuch");
    ipt_ext_e_ipvs_hex_portctl: ipt("-A INPUT -m ipvs --vportctl 0x15");
    ipt_ext_e_ipvs_bad_dir: ipt("-A INPUT -m ipvs --vdir x");
    ipt_ext_e_ipvs_dir_inverted: ipt("-A INPUT -m ipvs ! --vdir REPLY");
    ipt_ext_e_ipvs_bad_method: ipt("-A INPUT -m ipvs --vmethod x");
    ipt_ext_e_ipvs_ipvs_twice: ipt("-A INPUT -m ipvs --ipvs --ipvs");
    ipt_ext_e_ipvs_port_twice: ipt("-A INPUT -m ipvs --vport 1 --vport 2");
    ipt_ext_e_ipvs_ipv6_addr: ipt("-A INPUT -m ipvs --vaddr ::1");
    ipt_ext_e_ipvs_check: ipt("-C INPUT -m ipvs --ipvs");
    ipt_ext_e_ipvs_restore: argv(["iptables-restore"]).stdin("*filter\n-A INPUT -m ipvs --ipvs\n-A INPUT -m ipvs ! --vport 1\nCOMMIT\n").check(S);
}

/// Appends a rule holding one xt match of any revision, as an older iptables would:
/// `python3 /tmp/xtrule.py CHAIN NAME REV INFO_HEX` (filter table).
const XTRULE: &str = r#"cat >/tmp/xtrule.py <<'PY'
import socket, struct, sys
# xtrule.py CHAIN NAME REV INFO_HEX: appends a rule holding one xt match (and a counter)
chain, name, rev, info = sys.argv[1], sys.argv[2], int(sys.argv[3]), bytes.fromhex(sys.argv[4])
def attr(t, d):
    a = struct.pack('<HH', 4 + len(d), t) + d
    return a + b'\0' * (-len(a) % 4)
def nest(t, d):
    return attr(t | 0x8000, d)
def s(x):
    return x.encode() + b'\0'
match = nest(1, attr(1, s('match')) + nest(2, attr(1, s(name)) + attr(2, struct.pack('>I', rev)) + attr(3, info)))
counter = nest(1, attr(1, s('counter')) + nest(2, attr(1, struct.pack('>Q', 0)) + attr(2, struct.pack('>Q', 0))))
payload = struct.pack('<BBH', 2, 0, 0) + attr(1, s('filter')) + attr(2, s(chain)) + nest(4, match + counter)
sk = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, 12)
sk.bind((0, 0))
def msg(t, flags, seq, body):
    return struct.pack('<IHHII', 16 + len(body), t, flags, seq, 0) + body
b = msg(0x10, 1, 1, struct.pack('<BBH', 0, 0, socket.htons(10)))
b += msg(0x0a06, 0x1 | 0x4 | 0x400 | 0x800, 2, payload)
b += msg(0x11, 1, 3, struct.pack('<BBH', 0, 0, socket.htons(10)))
sk.send(b)
r = sk.recv(65536)
err = struct.unpack_from('<i', r, 16)[0] if struct.unpack_from('<H', r, 4)[0] == 2 else 0
sys.exit(1 if err else 0)
PY
"#;

/// cgroup rules of revisions 0 and 1 (what older iptables wrote).
fn cgroup_old() -> String {
    let v0 = "0100100001000000";
    // revision 1: has_path, invert_path, path "/" (4112 bytes)
    let mut v1p = vec![0u8; 4112];
    v1p[0] = 1;
    v1p[2] = 1;
    v1p[4] = b'/';
    // revision 1: has_classid, classid 7 after path[4096]
    let mut v1c = vec![0u8; 4112];
    v1c[1] = 1;
    v1c[4100] = 7;
    let hex = |b: &[u8]| b.iter().map(|x| format!("{x:02x}")).collect::<String>();
    format!(
        "{XTRULE}iptables -A OUTPUT -j ACCEPT\npython3 /tmp/xtrule.py OUTPUT cgroup 0 {v0}\npython3 /tmp/xtrule.py OUTPUT cgroup 1 {}\npython3 /tmp/xtrule.py OUTPUT cgroup 1 {}\n",
        hex(&v1p),
        hex(&v1c)
    )
}

cases! {
    ipt_ext_e_cgroup_old_revisions_dump: ipt("-S").setup(&cgroup_old());
    ipt_ext_e_cgroup_old_revisions_list: ipt("-L OUTPUT -n -v").setup(&cgroup_old());
    ipt_ext_e_cgroup_old_revisions_save: argv(["iptables-save"]).norm(crate::common::SAVE_DATES).setup(&cgroup_old());
    // abbreviated and inline options
    ipt_ext_e_abbrev_tee: ipt("-t mangle -A PREROUTING -j TEE --gate 10.0.0.1 --o=eth0").check("iptables -t mangle -S");
    ipt_ext_e_abbrev_ipvs_ambiguous: ipt("-A INPUT -m ipvs --vp 80");
    ipt_ext_e_abbrev_ulog: ipt("-A INPUT -j ULOG --ulog-p x");
    ipt_ext_e_abbrev_cluster: ipt("-A INPUT -m cluster --cluster-t 2 --cluster-local-node=1 --cluster-h 1").check(S);
    ipt_ext_e_abbrev_synproxy: ipt("-A INPUT -p tcp -j SYNPROXY --w 3 --ms=9 --sack").check(S);
    ipt_ext_e_abbrev_cgroup: ipt("-A OUTPUT -m cgroup --cg=5").check(S);

    // LED: this kernel has none; iptables-nft warns when it is loaded, and the kernel refuses the rule
    ipt_ext_e_led_append: ipt("-A INPUT -j LED --led-trigger-id x").check("iptables -S");
    ipt_ext_e_led_help: ipt("-j LED -h");
    ipt_ext_e_led_all_options: ipt("-A INPUT -j LED --led-trigger-id abcdefghijklmnop --led-delay inf --led-always-blink").check("iptables -S");
    ipt_ext_e_led_id_too_long: ipt("-A INPUT -j LED --led-trigger-id abcdefghijklmnopq").check("iptables -S");
    ipt_ext_e_led_no_id: ipt("-A INPUT -j LED --led-delay 5").check("iptables -S");
    ipt_ext_e_led_delay_hex: ipt("-A INPUT -j LED --led-trigger-id x --led-delay 0x10").check("iptables -S");
    ipt_ext_e_led_delay_bad: ipt("-A INPUT -j LED --led-trigger-id x --led-delay 5x").check("iptables -S");
    ipt_ext_e_led_delay_too_big: ipt("-A INPUT -j LED --led-trigger-id x --led-delay 4294967296").check("iptables -S");
    ipt_ext_e_led_delay_inverted: ipt("-A INPUT -j LED --led-trigger-id x ! --led-delay 5").check("iptables -S");
    ipt_ext_e_led_id_twice: ipt("-A INPUT -j LED --led-trigger-id x --led-trigger-id y").check("iptables -S");
}
