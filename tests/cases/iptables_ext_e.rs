//! Extensions of group e against iptables-nft 1.8.9: CLUSTERIP and ULOG (targets kernels
//! dropped: loading them asks the kernel, and the reference warns when it lacks them).
//! Each is added with its options, refused with the reference's messages, checked and
//! deleted by spec, restored, and its `-h` section printed.

use crate::common::{argv, Case};

fn ipt(args: &str) -> Case {
    let mut words = vec!["iptables"];
    words.extend(args.split_whitespace());
    argv(words.as_slice())
}

const S: &str = "iptables -S; nft list ruleset";
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
}
