//! Extensions of group c against iptables-nft 1.8.9: TPROXY, socket, policy, set/SET, u32,
//! string, time, quota, rpfilter. Each: its options written and read back (`-S`, `-L`,
//! iptables-save), its errors, `-C`/`-D` by spec, rules the reference wrote, and `-h`.

use crate::common::{self, argv, ipt, Case};

const MANGLE: &str = "iptables -t mangle -S; iptables -t mangle -L -n -v";

/// TPROXY rules as istio and sshuttle write them, and socket matches.
const TPROXY: &str = "\
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 8080
iptables -t mangle -A PREROUTING -p tcp -m socket --transparent -j TPROXY --on-port 15006 --on-ip 127.0.0.1 --tproxy-mark 0x1/0x1
iptables -t mangle -A PREROUTING -p udp -j TPROXY --on-port 53 --tproxy-mark 5
iptables -t mangle -A PREROUTING -m socket -j ACCEPT
iptables -t mangle -A PREROUTING -m socket --nowildcard -j ACCEPT
iptables -t mangle -A PREROUTING -m socket --restore-skmark -j ACCEPT
iptables -t mangle -A PREROUTING -m socket --transparent --nowildcard --restore-skmark -j MARK --set-mark 1";

const FILTER: &str = "iptables -S; iptables -L -n -v";

/// policy matches as strongSwan and others write them.
const POLICY: &str = "\
iptables -A INPUT -m policy --dir in --pol ipsec -j ACCEPT
iptables -A INPUT -m policy --dir in --pol none -j ACCEPT
iptables -A INPUT -m policy --dir in --pol ipsec --strict --reqid 1 --spi 0x10 --proto esp --mode tunnel --tunnel-src 10.0.0.0/8 --tunnel-dst 1.2.3.4 --next --proto ah --mode transport -j ACCEPT
iptables -A INPUT -m policy --dir in --pol ipsec ! --reqid 1 ! --spi 2 ! --proto 50 --mode tunnel ! --tunnel-src 10.0.0.1 ! --tunnel-dst 1.2.3.0/255.255.255.0 -j ACCEPT
iptables -A INPUT -m policy --dir in --pol ipsec --proto ipcomp ! --mode transport -j ACCEPT
iptables -A FORWARD -m policy --dir out --pol ipsec --strict --mode transport --next --mode tunnel --tunnel-dst 1.1.1.1 --next --reqid 3 --next --spi 4 -j ACCEPT
iptables -A OUTPUT -m policy --dir out --pol ipsec --reqid 4294967295 --mode tunnel --tunnel-src 1.2.3.4/8 -j ACCEPT";

/// The sets the set tests use.
const SETS: &str = "ipset create foo hash:ip\nipset create bar hash:ip,port\nipset create m hash:ip skbinfo\nipset create averyveryveryveryverylongnam123 hash:net";

/// set matches and SET targets.
const SET_RULES: &str = "\
ipset create foo hash:ip
ipset create bar hash:ip,port
ipset create m hash:ip skbinfo
iptables -A INPUT -m set --match-set foo src -j ACCEPT
iptables -A INPUT -m set ! --match-set foo src,dst -j DROP
iptables -A INPUT -m set --match-set bar dst,src --return-nomatch ! --update-counters ! --update-subcounters -j ACCEPT
iptables -A INPUT -m set --match-set bar dst --packets-gt 5 ! --bytes-eq 10
iptables -A INPUT -m set --match-set bar dst --packets-lt 5 --bytes-gt 10
iptables -A INPUT -m set --match-set bar src ! --packets-eq 1 --bytes-lt 2
iptables -A FORWARD -j SET --add-set foo src
iptables -A FORWARD -j SET --add-set foo src,dst --exist --timeout 100
iptables -A FORWARD -j SET --del-set bar dst,dst
iptables -A FORWARD -j SET --add-set foo src --del-set bar dst --timeout 0
iptables -t mangle -A FORWARD -j SET --map-set m src --map-mark --map-prio --map-queue";

fn with_sets(args: &str) -> Case {
    ipt(args).setup(SETS)
}

/// `iptables -A INPUT -m u32 --u32 TESTS` (the tests one word).
fn u32_case(tests: &str) -> Case {
    argv(["iptables", "-A", "INPUT", "-m", "u32", "--u32", tests]).check("iptables -S INPUT")
}

const U32_RULES: &str = "\
iptables -A INPUT -m u32 --u32 '0>>22&0x3C@12>>26&0x3C@0=0x0:0xffff' -j DROP
iptables -A INPUT -m u32 ! --u32 '6&0xFF=1,3:4&&0>>22&0x3C@0>>24=0'
iptables -A INPUT -p udp -m u32 --u32 '0<<2=5:3 && 4 = 7'";

/// `iptables -A INPUT -m string WORDS…` (each word as given).
fn string_case(words: &[&str]) -> Case {
    let mut all = vec!["iptables", "-A", "INPUT", "-m", "string"];
    all.extend_from_slice(words);
    argv(all.as_slice()).check("iptables -S INPUT; iptables -L INPUT -n")
}

const STRING_RULES: &str = "\
iptables -A INPUT -m string --algo bm --string 'GET /index.html' -j DROP
iptables -A INPUT -p tcp -m string --algo kmp ! --string 'a\"b\\c' --from 10 --to 100 --icase
iptables -A INPUT -m string --algo bm --hex-string 'ab|0d0a|cd'
iptables -A INPUT -m string --algo bm --hex-string \"|$(printf '09%.0s' $(seq 1 40))|\"
iptables -A INPUT -m string --algo kmp --string \"it's\" --to 0";

/// `iptables -A INPUT -m time WORDS…` (each word as given), read back.
fn time_case(words: &[&str]) -> Case {
    let mut all = vec!["iptables", "-A", "INPUT", "-m", "time"];
    all.extend_from_slice(words);
    argv(all.as_slice()).check("iptables -S INPUT; iptables -L INPUT -n")
}

const TIME_RULES: &str = "\
iptables -A INPUT -m time --timestart 08:00 --timestop 17:30:15 --weekdays Mon,Fri -j ACCEPT
iptables -A INPUT -m time ! --monthdays 2 --datestart 2020-01-01 --datestop 2021-06 --kerneltz
iptables -A INPUT -m time --timestart 22:00 --timestop 06:00 --contiguous --monthdays 1,2,3,11,12,13,21,22,23,31
iptables -A INPUT -m time ! --weekdays Sat,Sun --datestop 1970";

const EXTRA_RULES: &str = "\
iptables -t mangle -A PREROUTING -j TEE --gateway 10.0.0.1
iptables -t mangle -A PREROUTING -i eth0 -j TEE --gateway 10.0.0.1 --oif eth1
iptables -A INPUT -p tcp -j SYNPROXY
iptables -A INPUT -p tcp -m conntrack --ctstate INVALID,UNTRACKED -j SYNPROXY --sack-perm --timestamp --wscale 7 --mss 1460 --ecn
iptables -A INPUT -p tcp -j SYNPROXY --mss 1460 --ecn
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 0xdeadbeef -j MARK --set-mark 0xffff
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 4 ! --cluster-local-nodemask 5 --cluster-hash-seed 7";

/// `iptables -A INPUT -m bpf --bytecode PROGRAM`, read back.
fn bpf_case(program: &str) -> Case {
    argv([
        "iptables",
        "-A",
        "INPUT",
        "-m",
        "bpf",
        "--bytecode",
        program,
    ])
    .check("iptables -S INPUT")
}

const BPF_RULES: &str = "\
iptables -A INPUT -m bpf --bytecode '4,48 0 0 9,21 0 1 6,6 0 0 1,6 0 0 0' -j DROP
iptables -A INPUT -p udp -m bpf --bytecode '1,6 256 0 -1 5,'";

cases! {
    // TPROXY
    ipt_ext_c_tproxy_port: ipt("-t mangle -A PREROUTING -p tcp -j TPROXY --on-port 8080").check(MANGLE);
    ipt_ext_c_tproxy_all: ipt("-t mangle -A PREROUTING -p tcp -j TPROXY --on-port 15001 --on-ip 127.0.0.6 --tproxy-mark 0x1/0x1").check(MANGLE);
    ipt_ext_c_tproxy_mark_no_mask: ipt("-t mangle -A PREROUTING -p udp -j TPROXY --tproxy-mark 010 --on-port 53").check(MANGLE);
    ipt_ext_c_tproxy_port_service: ipt("-t mangle -A PREROUTING -p tcp -j TPROXY --on-port ssh").check(MANGLE);
    ipt_ext_c_tproxy_port_wraps: ipt("-t mangle -A PREROUTING -p tcp -j TPROXY --on-port 70000").check(MANGLE);
    ipt_ext_c_tproxy_port_hex: ipt("-t mangle -A PREROUTING -p tcp -j TPROXY --on-port 0x10");
    ipt_ext_c_tproxy_port_negative: ipt("-t mangle -A PREROUTING -p tcp -j TPROXY --on-port -1");
    ipt_ext_c_tproxy_ip_numeric_forms: ipt("-t mangle -A PREROUTING -p tcp -j TPROXY --on-port 1 --on-ip 0x7f000001").check(MANGLE);
    ipt_ext_c_tproxy_ip_v6: ipt("-t mangle -A PREROUTING -p tcp -j TPROXY --on-port 1 --on-ip ::1");
    ipt_ext_c_tproxy_ip_prefix: ipt("-t mangle -A PREROUTING -p tcp -j TPROXY --on-port 1 --on-ip 1.2.3.4/24");
    ipt_ext_c_tproxy_ip_hosts: ipt("-t mangle -A PREROUTING -p tcp -j TPROXY --on-port 1 --on-ip tproxyhost").private_etc()
        .setup("echo '10.1.2.3 tproxyhost' >>/etc/hosts").check(MANGLE);
    ipt_ext_c_tproxy_no_port: ipt("-t mangle -A PREROUTING -p tcp -j TPROXY --on-ip 1.1.1.1");
    ipt_ext_c_tproxy_port_twice: ipt("-t mangle -A PREROUTING -p tcp -j TPROXY --on-port 1 --on-port 2");
    ipt_ext_c_tproxy_port_inverted: ipt("-t mangle -A PREROUTING -p tcp -j TPROXY ! --on-port 1");
    ipt_ext_c_tproxy_ip_inverted: ipt("-t mangle -A PREROUTING -p tcp -j TPROXY --on-port 1 ! --on-ip 1.1.1.1");
    ipt_ext_c_tproxy_bad_mark: ipt("-t mangle -A PREROUTING -p tcp -j TPROXY --on-port 1 --tproxy-mark 1/x");
    ipt_ext_c_tproxy_mark_too_big: ipt("-t mangle -A PREROUTING -p tcp -j TPROXY --on-port 1 --tproxy-mark 0x100000000");
    ipt_ext_c_tproxy_no_proto: ipt("-t mangle -A PREROUTING -j TPROXY --on-port 1").check(MANGLE);
    ipt_ext_c_tproxy_filter_table: ipt("-A INPUT -p tcp -j TPROXY --on-port 1");
    ipt_ext_c_tproxy_help: ipt("-j TPROXY -h");
    ipt_ext_c_tproxy_list_names: ipt("-t mangle -L").setup(TPROXY);
    ipt_ext_c_tproxy_list_verbose: ipt("-t mangle -L -n -v -x").setup(TPROXY);
    ipt_ext_c_tproxy_dump: ipt("-t mangle -S").setup(TPROXY);
    ipt_ext_c_tproxy_save: argv(["iptables-save", "-t", "mangle"]).norm(common::SAVE_DATES).setup(TPROXY);
    ipt_ext_c_tproxy_check: ipt("-t mangle -C PREROUTING -p udp -j TPROXY --on-port 53 --tproxy-mark 0x5/0xffffffff").setup(TPROXY);
    ipt_ext_c_tproxy_check_differs: ipt("-t mangle -C PREROUTING -p udp -j TPROXY --on-port 53 --tproxy-mark 0x5/0xff").setup(TPROXY);
    ipt_ext_c_tproxy_delete: ipt("-t mangle -D PREROUTING -p tcp -m socket --transparent -j TPROXY --on-port 15006 --on-ip 127.0.0.1 --tproxy-mark 1/1").setup(TPROXY).check(MANGLE);

    // socket
    ipt_ext_c_socket_plain: ipt("-t mangle -A PREROUTING -m socket -j ACCEPT").check(MANGLE);
    ipt_ext_c_socket_all: ipt("-t mangle -A PREROUTING -m socket --restore-skmark --nowildcard --transparent -j ACCEPT").check(MANGLE);
    ipt_ext_c_socket_inverted: ipt("-t mangle -A PREROUTING -m socket ! --transparent -j ACCEPT");
    ipt_ext_c_socket_twice: ipt("-t mangle -A PREROUTING -m socket --nowildcard --nowildcard -j ACCEPT");
    ipt_ext_c_socket_unknown: ipt("-t mangle -A PREROUTING -m socket --on-port 1 -j ACCEPT");
    ipt_ext_c_socket_help: ipt("-m socket -h");
    ipt_ext_c_socket_delete: ipt("-t mangle -D PREROUTING -m socket --nowildcard -j ACCEPT").setup(TPROXY).check(MANGLE);
    ipt_ext_c_socket_check_missing: ipt("-t mangle -C PREROUTING -m socket --transparent -j ACCEPT").setup(TPROXY);

    // policy
    ipt_ext_c_policy_dir_only: ipt("-A INPUT -m policy --dir in -j ACCEPT").check(FILTER);
    ipt_ext_c_policy_none: ipt("-A OUTPUT -m policy --dir out --pol none -j ACCEPT").check(FILTER);
    ipt_ext_c_policy_none_elements: ipt("-A INPUT -m policy --reqid 1 --dir in --pol none --tunnel-src 1.1.1.1 -j ACCEPT").check(FILTER);
    ipt_ext_c_policy_strict: ipt("-A INPUT -m policy --dir in --pol ipsec --strict --reqid 1 --spi 0x10 --proto esp --mode tunnel --tunnel-src 10.0.0.0/8 --tunnel-dst 1.2.3.4 --next --proto ah --mode transport -j ACCEPT").check(FILTER);
    ipt_ext_c_policy_inverted: ipt("-A INPUT -m policy --dir in ! --reqid 1 ! --spi 2 ! --proto 50 --mode tunnel ! --tunnel-src 10.0.0.1 ! --tunnel-dst 1.2.3.0/255.255.255.0 -j ACCEPT").check(FILTER);
    ipt_ext_c_policy_four: ipt("-A FORWARD -m policy --dir out --strict --mode transport --next --mode tunnel --tunnel-dst 1.1.1.1 --next --reqid 3 --next --spi 4 -j ACCEPT").check(FILTER);
    ipt_ext_c_policy_masks: ipt("-A INPUT -m policy --dir in --mode tunnel --tunnel-src 1.1.1.1/32 --tunnel-dst 2.2.2.2/33 -j ACCEPT").check("iptables -S INPUT; nft list ruleset");
    ipt_ext_c_policy_odd_mask: ipt("-A INPUT -m policy --dir in --mode tunnel --tunnel-src 1.1.1.1/255.0.255.0 --proto 0x32 -j ACCEPT").check(FILTER);
    ipt_ext_c_policy_src_before_mode: ipt("-A INPUT -m policy --dir in --tunnel-src 1.1.1.1 --mode tunnel -j ACCEPT").check(FILTER);
    ipt_ext_c_policy_out_in_input: ipt("-A INPUT -m policy --dir out --pol none -j ACCEPT");
    ipt_ext_c_policy_no_dir: ipt("-A INPUT -m policy --pol ipsec -j ACCEPT");
    ipt_ext_c_policy_bad_dir: ipt("-A INPUT -m policy --dir IN -j ACCEPT");
    ipt_ext_c_policy_bad_pol: ipt("-A INPUT -m policy --dir in --pol xx -j ACCEPT");
    ipt_ext_c_policy_dir_twice: ipt("-A INPUT -m policy --dir in --dir out -j ACCEPT");
    ipt_ext_c_policy_dir_inverted: ipt("-A INPUT -m policy ! --dir in -j ACCEPT");
    ipt_ext_c_policy_strict_inverted: ipt("-A INPUT -m policy --dir in ! --strict -j ACCEPT");
    ipt_ext_c_policy_next_inverted: ipt("-A INPUT -m policy --dir in --strict --reqid 1 ! --next -j ACCEPT");
    ipt_ext_c_policy_strict_empty: ipt("-A INPUT -m policy --dir in --strict -j ACCEPT");
    ipt_ext_c_policy_strict_trailing_next: ipt("-A INPUT -m policy --dir in --strict --reqid 1 --next -j ACCEPT");
    ipt_ext_c_policy_strict_empty_middle: ipt("-A INPUT -m policy --dir in --strict --reqid 1 --next --next --reqid 2 -j ACCEPT");
    ipt_ext_c_policy_next_without_strict: ipt("-A INPUT -m policy --dir in --reqid 1 --next --reqid 2 -j ACCEPT");
    ipt_ext_c_policy_too_deep: ipt("-A INPUT -m policy --dir in --strict --reqid 1 --next --reqid 2 --next --reqid 3 --next --reqid 4 --next --reqid 5 -j ACCEPT");
    ipt_ext_c_policy_none_strict: ipt("-A INPUT -m policy --dir in --strict --reqid 1 --pol none -j ACCEPT");
    ipt_ext_c_policy_no_dir_strict: ipt("-A INPUT -m policy --strict --next -j ACCEPT");
    ipt_ext_c_policy_double_reqid: ipt("-A INPUT -m policy --dir in --reqid 1 --reqid 2 -j ACCEPT");
    ipt_ext_c_policy_double_tunnel_dst: ipt("-A INPUT -m policy --dir in --mode tunnel --tunnel-dst 1.1.1.1 --tunnel-dst 1.1.1.1 -j ACCEPT");
    ipt_ext_c_policy_double_next_element: ipt("-A INPUT -m policy --dir in --strict --reqid 1 --next --reqid 2 -j ACCEPT").check(FILTER);
    ipt_ext_c_policy_bad_spi: ipt("-A INPUT -m policy --dir in --spi 0x100000000 -j ACCEPT");
    ipt_ext_c_policy_bad_reqid: ipt("-A INPUT -m policy --dir in --reqid -1 -j ACCEPT");
    ipt_ext_c_policy_bad_mode: ipt("-A INPUT -m policy --dir in --mode Tunnel -j ACCEPT");
    ipt_ext_c_policy_bad_proto: ipt("-A INPUT -m policy --dir in --proto tcp -j ACCEPT");
    ipt_ext_c_policy_unknown_proto: ipt("-A INPUT -m policy --dir in --proto ESP -j ACCEPT");
    ipt_ext_c_policy_bad_mask: ipt("-A INPUT -m policy --dir in --mode tunnel --tunnel-src 1.1.1.1/ -j ACCEPT");
    ipt_ext_c_policy_v6_tunnel: ipt("-A INPUT -m policy --dir in --mode tunnel --tunnel-src ::1 -j ACCEPT");
    ipt_ext_c_policy_tunnel_without_mode: ipt("-A INPUT -m policy --dir in --tunnel-src 1.1.1.1 -j ACCEPT");
    ipt_ext_c_policy_tunnel_inverted_mode: ipt("-A INPUT -m policy --dir in ! --mode tunnel --tunnel-dst 1.1.1.1 -j ACCEPT");
    ipt_ext_c_policy_tunnel_before_empty: ipt("-A INPUT -m policy --dir in --strict --mode transport --tunnel-src 1.1.1.1 --next -j ACCEPT");
    ipt_ext_c_policy_help: ipt("-m policy -h");
    ipt_ext_c_policy_list_names: ipt("-L").setup(POLICY);
    ipt_ext_c_policy_list_numeric: ipt("-L -n -v").setup(POLICY);
    ipt_ext_c_policy_dump: ipt("-S").setup(POLICY);
    ipt_ext_c_policy_save: argv(["iptables-save"]).norm(common::SAVE_DATES).setup(POLICY);
    ipt_ext_c_policy_check: ipt("-C INPUT -m policy --dir in --pol ipsec --proto ipcomp ! --mode transport -j ACCEPT").setup(POLICY);
    ipt_ext_c_policy_check_differs: ipt("-C INPUT -m policy --dir in --pol ipsec --proto ipcomp --mode transport -j ACCEPT").setup(POLICY);
    ipt_ext_c_policy_check_none: ipt("-C INPUT -m policy --dir in --pol none --reqid 7 -j ACCEPT").setup(POLICY);
    ipt_ext_c_policy_delete: ipt("-D INPUT -m policy --dir in --strict --reqid 1 --spi 16 --proto esp --mode tunnel --tunnel-src 10.0.0.0/8 --tunnel-dst 1.2.3.4 --next --proto ah --mode transport -j ACCEPT").setup(POLICY).check(FILTER);
    ipt_ext_c_policy_delete_four: ipt("-D FORWARD -m policy --dir out --pol ipsec --strict --mode transport --next --mode tunnel --tunnel-dst 1.1.1.1 --next --reqid 3 --next --spi 4 -j ACCEPT").setup(POLICY).check(FILTER);

    // set
    ipt_ext_c_set_src: with_sets("-A INPUT -m set --match-set foo src -j ACCEPT").check(FILTER);
    ipt_ext_c_set_inverted: with_sets("-A INPUT -m set ! --match-set bar dst,src -j ACCEPT").check(FILTER);
    ipt_ext_c_set_six: with_sets("-A INPUT -m set --match-set foo src,dst,src,dst,src,dst").check(FILTER);
    ipt_ext_c_set_seven: with_sets("-A INPUT -m set --match-set foo src,dst,src,dst,src,dst,xx");
    ipt_ext_c_set_flags: with_sets("-A INPUT -m set --match-set foo src --return-nomatch --return-nomatch ! --update-counters --update-subcounters -j ACCEPT").check(FILTER);
    ipt_ext_c_set_counters: with_sets("-A INPUT -m set --match-set foo src ! --packets-eq 0x10 --bytes-gt 18446744073709551615").check(FILTER);
    ipt_ext_c_set_counters_lt: with_sets("-A INPUT -m set --match-set foo src --packets-lt 010 ! --bytes-eq 3").check(FILTER);
    ipt_ext_c_set_no_set: with_sets("-A INPUT -m set --return-nomatch");
    ipt_ext_c_set_one_arg: with_sets("-A INPUT -m set --match-set foo --return-nomatch");
    ipt_ext_c_set_missing: with_sets("-A INPUT -m set --match-set nope xx");
    ipt_ext_c_set_long_name: with_sets("-A INPUT -m set --match-set averyveryveryveryverylongname1234 src");
    ipt_ext_c_set_longest_name: with_sets("-A INPUT -m set --match-set averyveryveryveryverylongnam123 src").check(FILTER);
    ipt_ext_c_set_bad_flags: with_sets("-A INPUT -m set --match-set foo src,,dst");
    ipt_ext_c_set_upper_flags: with_sets("-A INPUT -m set --match-set foo SRC");
    ipt_ext_c_set_twice: with_sets("-A INPUT -m set --match-set foo src --match-set bar dst");
    ipt_ext_c_set_nomatch_inverted: with_sets("-A INPUT -m set --match-set foo src ! --return-nomatch");
    ipt_ext_c_set_counter_bad: with_sets("-A INPUT -m set --match-set foo src --packets-eq -1");
    ipt_ext_c_set_counter_too_big: with_sets("-A INPUT -m set --match-set foo src --bytes-eq 18446744073709551616");
    ipt_ext_c_set_counter_twice: with_sets("-A INPUT -m set --match-set foo src --packets-eq 1 --packets-lt x");
    ipt_ext_c_set_counter_lt_inverted: with_sets("-A INPUT -m set --match-set foo src ! --bytes-lt 2");
    ipt_ext_c_set_no_module_set: ipt("-A INPUT -m set --match-set foo src");
    ipt_ext_c_set_help: ipt("-m set -h");
    ipt_ext_c_set_target_add: with_sets("-A INPUT -j SET --add-set foo src,dst --timeout 5 --exist").check(FILTER);
    ipt_ext_c_set_target_inverted: with_sets("-A INPUT -j SET ! --add-set foo src --timeout 0").check(FILTER);
    ipt_ext_c_set_target_all: with_sets("-A INPUT -j SET --del-set bar dst --add-set foo src").check(FILTER);
    ipt_ext_c_set_target_map: with_sets("-t mangle -A POSTROUTING -j SET --map-set m src,dst --map-prio --map-mark").check(MANGLE);
    ipt_ext_c_set_target_map_filter: with_sets("-A INPUT -j SET --map-set m src --map-mark");
    ipt_ext_c_set_target_none: with_sets("-A INPUT -j SET --timeout 5");
    ipt_ext_c_set_target_one_arg: with_sets("-A INPUT -j SET --add-set foo");
    ipt_ext_c_set_target_missing: with_sets("-A INPUT -j SET --del-set nope src");
    ipt_ext_c_set_target_twice: with_sets("-A INPUT -j SET --add-set foo src --add-set bar dst");
    ipt_ext_c_set_target_exist_del: with_sets("-A INPUT -j SET --del-set foo src --exist");
    ipt_ext_c_set_target_timeout_del: with_sets("-A INPUT -j SET --del-set foo src --timeout 5");
    ipt_ext_c_set_target_timeout_max: with_sets("-A INPUT -j SET --add-set foo src --timeout 4294967295");
    ipt_ext_c_set_target_map_flag_alone: with_sets("-A INPUT -j SET --add-set foo src --map-queue");
    ipt_ext_c_set_target_map_no_flag: with_sets("-A INPUT -j SET --map-set m src");
    ipt_ext_c_set_target_help: ipt("-j SET -h");
    ipt_ext_c_set_list_names: ipt("-L").setup(SET_RULES);
    ipt_ext_c_set_list_numeric: ipt("-L -n -v").setup(SET_RULES);
    ipt_ext_c_set_dump: ipt("-S").setup(SET_RULES);
    ipt_ext_c_set_save: argv(["iptables-save"]).norm(common::SAVE_DATES).setup(SET_RULES);
    ipt_ext_c_set_check: ipt("-C INPUT -m set --match-set bar dst,src --return-nomatch ! --update-counters ! --update-subcounters -j ACCEPT").setup(SET_RULES);
    ipt_ext_c_set_check_differs: ipt("-C INPUT -m set --match-set bar dst,src --return-nomatch ! --update-counters -j ACCEPT").setup(SET_RULES);
    ipt_ext_c_set_delete: ipt("-D INPUT -m set --match-set bar dst --packets-gt 5 ! --bytes-eq 10").setup(SET_RULES).check(FILTER);
    ipt_ext_c_set_delete_target: ipt("-D FORWARD -j SET --add-set foo src,dst --exist --timeout 100").setup(SET_RULES).check(FILTER);
    ipt_ext_c_set_delete_map: ipt("-t mangle -D FORWARD -j SET --map-set m src --map-mark --map-prio --map-queue").setup(SET_RULES).check(MANGLE);

    // u32
    ipt_ext_c_u32_classic: u32_case("0>>22&0x3C@12>>26&0x3C@0=0x0:0xffff");
    ipt_ext_c_u32_two_tests: u32_case("6&0xFF=1,3:4&&0>>22&0x3C@0>>24=0");
    ipt_ext_c_u32_inverted: argv(["iptables", "-A", "INPUT", "-m", "u32", "!", "--u32", "0&0xFFFF=0x100:0xFFFF"]).check(FILTER);
    ipt_ext_c_u32_spaces: u32_case(" 0 >> 2 = 1 && \t4=010 ");
    ipt_ext_c_u32_shifts: u32_case("0>>1<<2&3@4=1");
    ipt_ext_c_u32_ten_values: u32_case("0=1,2,3,4,5,6,7,8,9,10");
    ipt_ext_c_u32_eleven_values: u32_case("0=1,2,3,4,5,6,7,8,9,10,11");
    ipt_ext_c_u32_ten_numbers: u32_case("0@0@0@0@0@0@0@0@0@0=1");
    ipt_ext_c_u32_eleven_numbers: u32_case("0@0@0@0@0@0@0@0@0@0@0=1");
    ipt_ext_c_u32_ten_tests: u32_case("0=1&&1=1&&2=1&&3=1&&4=1&&5=1&&6=1&&7=1&&8=1&&9=1");
    ipt_ext_c_u32_eleven_tests: u32_case("0=1&&1=1&&2=1&&3=1&&4=1&&5=1&&6=1&&7=1&&8=1&&9=1&&10=1");
    ipt_ext_c_u32_twelve_tests: u32_case("0=1&&1=1&&2=1&&3=1&&4=1&&5=1&&6=1&&7=1&&8=1&&9=1&&10=1&&11=1");
    ipt_ext_c_u32_reversed_range: u32_case("0=0xffffffff:3");
    ipt_ext_c_u32_empty: u32_case("");
    ipt_ext_c_u32_location_only: u32_case("0");
    ipt_ext_c_u32_no_value: u32_case("0= ");
    ipt_ext_c_u32_no_location: u32_case("=1");
    ipt_ext_c_u32_not_number: u32_case("x=1");
    ipt_ext_c_u32_too_big: u32_case("0=4294967296");
    ipt_ext_c_u32_negative: u32_case("0=-1");
    ipt_ext_c_u32_open_range: u32_case("0=1:");
    ipt_ext_c_u32_trailing_comma: u32_case("0=1,");
    ipt_ext_c_u32_trailing_and: u32_case("0=1&&");
    ipt_ext_c_u32_triple_and: u32_case("0=1&&&1=1");
    ipt_ext_c_u32_single_and: u32_case("0 = 1 & 2");
    ipt_ext_c_u32_half_shift: u32_case("0>=1");
    ipt_ext_c_u32_half_lshift: u32_case("0<1=1");
    ipt_ext_c_u32_no_operator: u32_case("0x=1");
    ipt_ext_c_u32_octal_stop: u32_case("0=08");
    ipt_ext_c_u32_garbage: u32_case("0=1 x");
    ipt_ext_c_u32_two_colons: u32_case("0=1:2:3");
    ipt_ext_c_u32_op_then_end: u32_case("0 >>");
    ipt_ext_c_u32_twice: ipt("-A INPUT -m u32 --u32 0=1 --u32 4=2");
    ipt_ext_c_u32_missing: ipt("-A INPUT -m u32");
    ipt_ext_c_u32_help: ipt("-m u32 -h");
    ipt_ext_c_u32_list_names: ipt("-L").setup(U32_RULES);
    ipt_ext_c_u32_list_numeric: ipt("-L -n -v").setup(U32_RULES);
    ipt_ext_c_u32_save: argv(["iptables-save"]).norm(common::SAVE_DATES).setup(U32_RULES);
    ipt_ext_c_u32_check: argv(["iptables", "-C", "INPUT", "-m", "u32", "!", "--u32", "0x6&0xff=0x1,0x3:0x4&&0x0>>0x16&0x3c@0x0>>0x18=0x0"]).setup(U32_RULES);
    ipt_ext_c_u32_check_differs: argv(["iptables", "-C", "INPUT", "-m", "u32", "--u32", "6&0xFF=1,3:4&&0>>22&0x3C@0>>24=0"]).setup(U32_RULES);
    ipt_ext_c_u32_delete: argv(["iptables", "-D", "INPUT", "-p", "udp", "-m", "u32", "--u32", "0<<2=5:3&&4=7"]).setup(U32_RULES).check(FILTER);

    // string
    ipt_ext_c_string_plain: string_case(&["--algo", "bm", "--string", "GET /index.html"]);
    ipt_ext_c_string_all: string_case(&["--algo", "kmp", "!", "--string", "a\"b\\c'd", "--from", "10", "--to", "100", "--icase"]);
    ipt_ext_c_string_tab: string_case(&["--algo", "bm", "--string", "tab\there"]);
    ipt_ext_c_string_hex: string_case(&["--algo", "bm", "!", "--hex-string", "|47 45 54|"]);
    ipt_ext_c_string_hex_mixed: string_case(&["--algo", "bm", "--hex-string", "ab|0d0a|cd"]);
    ipt_ext_c_string_hex_binary: string_case(&["--algo", "bm", "--hex-string", "|00 01 7f 80 ff|"]);
    ipt_ext_c_string_hex_escape: string_case(&["--algo", "bm", "--hex-string", "a\\|b"]);
    ipt_ext_c_string_hex_trailing_pipe: string_case(&["--algo", "bm", "--hex-string", "|41|\\|"]);
    ipt_ext_c_string_hex_open_end: string_case(&["--algo", "bm", "--hex-string", "ab|"]);
    ipt_ext_c_string_hex_odd: string_case(&["--algo", "bm", "--hex-string", "|0|"]);
    ipt_ext_c_string_hex_three: string_case(&["--algo", "bm", "--hex-string", "|414|"]);
    ipt_ext_c_string_hex_unclosed: string_case(&["--algo", "bm", "--hex-string", "|41"]);
    ipt_ext_c_string_hex_empty_block: string_case(&["--algo", "bm", "--hex-string", "||"]);
    ipt_ext_c_string_hex_bad_char: string_case(&["--algo", "bm", "--hex-string", "|4z|"]);
    ipt_ext_c_string_hex_literal_end: string_case(&["--algo", "bm", "--hex-string", "a\\"]);
    ipt_ext_c_string_hex_literal_inside: string_case(&["--algo", "bm", "--hex-string", "|\\41|"]);
    ipt_ext_c_string_hex_empty: string_case(&["--algo", "bm", "--hex-string", ""]);
    ipt_ext_c_string_empty: string_case(&["--algo", "bm", "--string", ""]);
    ipt_ext_c_string_longest: string_case(&["--algo", "bm", "--string", &"x".repeat(128)]);
    ipt_ext_c_string_too_long: string_case(&["--algo", "bm", "--string", &"x".repeat(129)]);
    ipt_ext_c_string_hex_too_long: string_case(&["--algo", "bm", "--hex-string", &format!("|{}|", "41".repeat(128))]);
    ipt_ext_c_string_hex_127: string_case(&["--algo", "bm", "--hex-string", &format!("|{}|", "41".repeat(127))]);
    ipt_ext_c_string_hex_plain_128: string_case(&["--algo", "bm", "--hex-string", &"b".repeat(128)]);
    ipt_ext_c_string_hex_plain_129: string_case(&["--algo", "bm", "--hex-string", &"b".repeat(129)]);
    ipt_ext_c_string_hex_128_and_pipe: string_case(&["--algo", "bm", "--hex-string", &format!("{}|", "b".repeat(128))]);
    ipt_ext_c_string_hex_too_long_then_bad: string_case(&["--algo", "bm", "--hex-string", &format!("|{}zz|", "41".repeat(128))]);
    ipt_ext_c_string_both_reversed: string_case(&["--algo", "bm", "--hex-string", "|41|", "--string", "a"]);
    ipt_ext_c_string_hex_longest: string_case(&["--algo", "bm", "--hex-string", &format!("|{}", "41".repeat(63))]);
    ipt_ext_c_string_twice: string_case(&["--algo", "bm", "--string", "a", "--string", "b"]);
    ipt_ext_c_string_both: string_case(&["--algo", "bm", "--string", "a", "--hex-string", "|41|"]);
    ipt_ext_c_string_no_algo: string_case(&["--string", "a"]);
    ipt_ext_c_string_no_pattern: string_case(&["--algo", "bm"]);
    ipt_ext_c_string_bad_algo: string_case(&["--algo", "foo", "--string", "a"]);
    ipt_ext_c_string_algo_inverted: string_case(&["!", "--algo", "bm", "--string", "a"]);
    ipt_ext_c_string_icase_inverted: string_case(&["--algo", "bm", "--string", "a", "!", "--icase"]);
    ipt_ext_c_string_bad_from: string_case(&["--algo", "bm", "--string", "a", "--from", "65536"]);
    ipt_ext_c_string_to_max: string_case(&["--algo", "bm", "--string", "a", "--to", "65535", "--from", "0"]);
    ipt_ext_c_string_to_zero: string_case(&["--algo", "bm", "--string", "a", "--to", "0"]);
    ipt_ext_c_string_from_after_to: string_case(&["--algo", "bm", "--string", "a", "--from", "100", "--to", "10"]);
    ipt_ext_c_string_help: ipt("-m string -h");
    ipt_ext_c_string_list_names: ipt("-L -v").setup(STRING_RULES);
    ipt_ext_c_string_save: argv(["iptables-save"]).norm(common::SAVE_DATES).setup(STRING_RULES);
    ipt_ext_c_string_check: argv(["iptables", "-C", "INPUT", "-p", "tcp", "-m", "string", "--algo", "kmp", "!", "--string", "a\"b\\c", "--from", "10", "--to", "100", "--icase"]).setup(STRING_RULES);
    ipt_ext_c_string_check_differs: argv(["iptables", "-C", "INPUT", "-p", "tcp", "-m", "string", "--algo", "kmp", "!", "--string", "a\"b\\c", "--from", "10", "--to", "100"]).setup(STRING_RULES);
    ipt_ext_c_string_delete: argv(["iptables", "-D", "INPUT", "-m", "string", "--algo", "bm", "--hex-string", "|61 62 0d 0a 63 64|"]).setup(STRING_RULES).check(FILTER);

    // time
    ipt_ext_c_time_plain: time_case(&[]);
    ipt_ext_c_time_daytime: time_case(&["--timestart", "8:5", "--timestop", "17:30:15"]);
    ipt_ext_c_time_contiguous: time_case(&["--timestart", "22:00", "--timestop", "06:00", "--contiguous"]);
    ipt_ext_c_time_contiguous_pointless: time_case(&["--timestart", "09:00", "--timestop", "10:00", "--contiguous"]);
    ipt_ext_c_time_contiguous_alone: time_case(&["--contiguous"]);
    ipt_ext_c_time_weekdays: time_case(&["--weekdays", "Monday,Tu,3,Sun,Mon,"]);
    ipt_ext_c_time_weekdays_inverted: time_case(&["!", "--weekdays", "1,2,7"]);
    ipt_ext_c_time_weekdays_numbers: time_case(&["--weekdays", "9,33, 4,07"]);
    ipt_ext_c_time_weekdays_empty: time_case(&["--weekdays", ""]);
    ipt_ext_c_time_weekdays_sunday: time_case(&["--weekdays", "0"]);
    ipt_ext_c_time_weekdays_empty_item: time_case(&["--weekdays", "Mon,,Tue"]);
    ipt_ext_c_time_weekdays_one_letter: time_case(&["--weekdays", "M"]);
    ipt_ext_c_time_weekdays_lower: time_case(&["--weekdays", "mon"]);
    ipt_ext_c_time_weekdays_garbage: time_case(&["--weekdays", "Tue,1x2"]);
    ipt_ext_c_time_monthdays: time_case(&["--monthdays", "1,2,3,11,12,13,21,22,23,31"]);
    ipt_ext_c_time_monthdays_inverted: time_case(&["!", "--monthdays", "2"]);
    ipt_ext_c_time_monthdays_two_chars: time_case(&["--monthdays", "123,12ab,,4,007, 5"]);
    ipt_ext_c_time_monthdays_zero: time_case(&["--monthdays", "0"]);
    ipt_ext_c_time_monthdays_big: time_case(&["--monthdays", "32"]);
    ipt_ext_c_time_monthdays_hex: time_case(&["--monthdays", "0x1f"]);
    ipt_ext_c_time_monthdays_blank: time_case(&["--monthdays", "1 2"]);
    ipt_ext_c_time_dates: time_case(&["--datestart", "2020-1-1T10", "--datestop", "2038-01-19T03:14:08", "--kerneltz"]);
    ipt_ext_c_time_date_rolls: time_case(&["--datestart", "2020-02-30", "--datestop", "2020-00-00T"]);
    ipt_ext_c_time_date_epoch: time_case(&["--datestart", "1970", "--datestop", "1970"]);
    ipt_ext_c_time_date_too_early: time_case(&["--datestart", "1969-12-31"]);
    ipt_ext_c_time_date_too_late: time_case(&["--datestop", "2039"]);
    ipt_ext_c_time_date_month: time_case(&["--datestart", "2020-13-01"]);
    ipt_ext_c_time_date_day: time_case(&["--datestart", "2020-01-32"]);
    ipt_ext_c_time_date_second: time_case(&["--datestart", "2020-01-01T10:00:60"]);
    ipt_ext_c_time_date_blank: time_case(&["--datestart", "2020-01-01 10:00"]);
    ipt_ext_c_time_date_garbage: time_case(&["--datestop", "2020x"]);
    ipt_ext_c_time_time_hour: time_case(&["--timestart", "24:00"]);
    ipt_ext_c_time_time_no_minutes: time_case(&["--timestart", "8"]);
    ipt_ext_c_time_time_minute: time_case(&["--timestop", "08:60"]);
    ipt_ext_c_time_time_second: time_case(&["--timestop", "23:59:60"]);
    ipt_ext_c_time_time_trailing: time_case(&["--timestart", "08:00x"]);
    ipt_ext_c_time_time_hex: time_case(&["--timestart", "0x8:00"]);
    ipt_ext_c_time_time_empty_parts: time_case(&["--timestart", ":5:", "--timestop", " 8:"]);
    ipt_ext_c_time_localtz: time_case(&["--localtz", "--timestart", "1:00"]);
    ipt_ext_c_time_utc: time_case(&["--utc"]);
    ipt_ext_c_time_kerneltz_twice: time_case(&["--kerneltz", "--kerneltz"]);
    ipt_ext_c_time_timestart_inverted: time_case(&["!", "--timestart", "08:00"]);
    ipt_ext_c_time_weekdays_twice: time_case(&["--weekdays", "Mon", "--weekdays", "Tue"]);
    ipt_ext_c_time_help: ipt("-m time -h");
    ipt_ext_c_time_list_names: ipt("-L -v").setup(TIME_RULES);
    ipt_ext_c_time_save: argv(["iptables-save"]).norm(common::SAVE_DATES).setup(TIME_RULES);
    ipt_ext_c_time_check: ipt("-C INPUT -m time --monthdays 1,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31 --datestart 2020-01-01T00:00:00 --datestop 2021-06-01T00:00:00 --kerneltz").setup(TIME_RULES);
    ipt_ext_c_time_check_differs: ipt("-C INPUT -m time --monthdays 1,3 --datestart 2020-01-01T00:00:00 --datestop 2021-06-01T00:00:00 --kerneltz").setup(TIME_RULES);
    ipt_ext_c_time_delete: ipt("-D INPUT -m time --weekdays Mon,Tue,Wed,Thu,Fri --datestop 1970-01-01").setup(TIME_RULES).check(FILTER);

    // quota
    ipt_ext_c_quota_plain: ipt("-A INPUT -m quota --quota 1000").check(FILTER);
    ipt_ext_c_quota_inverted: ipt("-A INPUT -m quota ! --quota 0x10 -j DROP").check(FILTER);
    ipt_ext_c_quota_max: ipt("-A INPUT -m quota --quota 18446744073709551615").check("iptables -S; iptables -L");
    ipt_ext_c_quota_too_big: ipt("-A INPUT -m quota --quota 18446744073709551616");
    ipt_ext_c_quota_negative: ipt("-A INPUT -m quota --quota -1");
    ipt_ext_c_quota_suffix: ipt("-A INPUT -m quota --quota 1k");
    ipt_ext_c_quota_missing: ipt("-A INPUT -m quota");
    ipt_ext_c_quota_twice: ipt("-A INPUT -m quota --quota 1 --quota 2");
    ipt_ext_c_quota_help: ipt("-m quota -h");
    ipt_ext_c_quota_list: ipt("-L -v").setup("iptables -A INPUT -m quota --quota 010\niptables -A INPUT -m quota ! --quota 5 -j DROP");
    ipt_ext_c_quota_save: argv(["iptables-save"]).norm(common::SAVE_DATES).setup("iptables -A INPUT -m quota --quota 010\niptables -A INPUT -m quota ! --quota 5 -j DROP");
    ipt_ext_c_quota_check: ipt("-C INPUT -m quota ! --quota 5 -j DROP").setup("iptables -A INPUT -m quota --quota 010\niptables -A INPUT -m quota ! --quota 5 -j DROP");
    ipt_ext_c_quota_check_differs: ipt("-C INPUT -m quota --quota 5 -j DROP").setup("iptables -A INPUT -m quota --quota 010\niptables -A INPUT -m quota ! --quota 5 -j DROP");
    ipt_ext_c_quota_delete: ipt("-D INPUT -m quota --quota 8").setup("iptables -A INPUT -m quota --quota 010\niptables -A INPUT -m quota ! --quota 5 -j DROP").check(FILTER);

    // rpfilter
    ipt_ext_c_rpfilter_plain: ipt("-t raw -A PREROUTING -m rpfilter").check("iptables -t raw -S; iptables -t raw -L -n -v");
    ipt_ext_c_rpfilter_all: ipt("-t raw -A PREROUTING -m rpfilter --invert --accept-local --validmark --loose -j DROP").check("iptables -t raw -S; iptables -t raw -L");
    ipt_ext_c_rpfilter_mangle: ipt("-t mangle -A PREROUTING -m rpfilter --loose").check(MANGLE);
    ipt_ext_c_rpfilter_input: ipt("-A INPUT -m rpfilter");
    ipt_ext_c_rpfilter_output: ipt("-t raw -A OUTPUT -m rpfilter");
    ipt_ext_c_rpfilter_loose_inverted: ipt("-t raw -A PREROUTING -m rpfilter ! --loose");
    ipt_ext_c_rpfilter_invert_inverted: ipt("-t raw -A PREROUTING -m rpfilter ! --invert");
    ipt_ext_c_rpfilter_twice: ipt("-t raw -A PREROUTING -m rpfilter --validmark --validmark");
    ipt_ext_c_rpfilter_help: ipt("-m rpfilter -h");
    ipt_ext_c_rpfilter_save: argv(["iptables-save", "-t", "raw"]).norm(common::SAVE_DATES).setup("iptables -t raw -A PREROUTING -m rpfilter --invert -j DROP\niptables -t raw -A PREROUTING -m rpfilter --loose --accept-local");
    ipt_ext_c_rpfilter_check: ipt("-t raw -C PREROUTING -m rpfilter --invert -j DROP").setup("iptables -t raw -A PREROUTING -m rpfilter --invert -j DROP");
    ipt_ext_c_rpfilter_check_differs: ipt("-t raw -C PREROUTING -m rpfilter --invert --loose -j DROP").setup("iptables -t raw -A PREROUTING -m rpfilter --invert -j DROP");
    ipt_ext_c_rpfilter_delete: ipt("-t raw -D PREROUTING -m rpfilter --loose --accept-local").setup("iptables -t raw -A PREROUTING -m rpfilter --invert -j DROP\niptables -t raw -A PREROUTING -m rpfilter --loose --accept-local").check("iptables -t raw -S");

    // TEE
    ipt_ext_c_tee_gateway: ipt("-t mangle -A PREROUTING -j TEE --gateway 10.0.0.1").check(MANGLE);
    ipt_ext_c_tee_oif: argv(["iptables", "-t", "mangle", "-A", "PREROUTING", "-j", "TEE", "--oif", "a b", "--gateway", "0x01020304"]).check(MANGLE);
    ipt_ext_c_tee_long_oif: ipt("-t mangle -A PREROUTING -j TEE --gateway 1.1.1.1 --oif abcdefghijklmnopq").check(MANGLE);
    ipt_ext_c_tee_filter: ipt("-A INPUT -j TEE --gateway 1.1.1.1").check(FILTER);
    ipt_ext_c_tee_missing: ipt("-t mangle -A PREROUTING -j TEE --oif eth0");
    ipt_ext_c_tee_prefix: ipt("-t mangle -A PREROUTING -j TEE --gateway 1.2.3.4/24");
    ipt_ext_c_tee_v6: ipt("-t mangle -A PREROUTING -j TEE --gateway ::1");
    ipt_ext_c_tee_inverted: ipt("-t mangle -A PREROUTING -j TEE ! --gateway 1.1.1.1");
    ipt_ext_c_tee_twice: ipt("-t mangle -A PREROUTING -j TEE --gateway 1.1.1.1 --gateway 2.2.2.2");
    ipt_ext_c_tee_help: ipt("-j TEE -h");
    // SYNPROXY
    ipt_ext_c_synproxy_plain: ipt("-A INPUT -p tcp -j SYNPROXY").check(FILTER);
    ipt_ext_c_synproxy_all: ipt("-A INPUT -p tcp -j SYNPROXY --ecn --mss 1460 --wscale 7 --timestamp --sack-perm").check("iptables -S; iptables -L");
    ipt_ext_c_synproxy_cut: ipt("-A INPUT -p tcp -j SYNPROXY --wscale 256 --mss 65537").check(FILTER);
    ipt_ext_c_synproxy_bad_mss: ipt("-A INPUT -p tcp -j SYNPROXY --mss x");
    ipt_ext_c_synproxy_big_mss: ipt("-A INPUT -p tcp -j SYNPROXY --mss 4294967296");
    ipt_ext_c_synproxy_inverted: ipt("-A INPUT -p tcp -j SYNPROXY ! --ecn");
    ipt_ext_c_synproxy_twice: ipt("-A INPUT -p tcp -j SYNPROXY --ecn --ecn");
    ipt_ext_c_synproxy_no_tcp: ipt("-A INPUT -j SYNPROXY");
    ipt_ext_c_synproxy_help: ipt("-j SYNPROXY -h");
    // cluster
    ipt_ext_c_cluster_node: ipt("-t mangle -A PREROUTING -m cluster --cluster-total-nodes 32 --cluster-local-node 32 --cluster-hash-seed 1").check(MANGLE);
    ipt_ext_c_cluster_node_inverted: ipt("-t mangle -A PREROUTING -m cluster --cluster-total-nodes 2 ! --cluster-local-node 2 --cluster-hash-seed 010").check(MANGLE);
    ipt_ext_c_cluster_mask: ipt("-t mangle -A PREROUTING -m cluster --cluster-total-nodes 4 ! --cluster-local-nodemask 15 --cluster-hash-seed 0").check(MANGLE);
    ipt_ext_c_cluster_no_total: ipt("-t mangle -A PREROUTING -m cluster --cluster-local-node 1 --cluster-hash-seed 1");
    ipt_ext_c_cluster_no_node: ipt("-t mangle -A PREROUTING -m cluster --cluster-total-nodes 2 --cluster-hash-seed 1");
    ipt_ext_c_cluster_no_seed: ipt("-t mangle -A PREROUTING -m cluster --cluster-total-nodes 2 --cluster-local-node 1");
    ipt_ext_c_cluster_both: ipt("-t mangle -A PREROUTING -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-local-nodemask 1 --cluster-hash-seed 1");
    ipt_ext_c_cluster_both_reversed: ipt("-t mangle -A PREROUTING -m cluster --cluster-total-nodes 2 --cluster-local-nodemask 1 --cluster-local-node 1 --cluster-hash-seed 1");
    ipt_ext_c_cluster_node_too_big: ipt("-t mangle -A PREROUTING -m cluster --cluster-total-nodes 2 --cluster-local-node 3 --cluster-hash-seed 1");
    ipt_ext_c_cluster_mask_too_big: ipt("-t mangle -A PREROUTING -m cluster --cluster-total-nodes 2 --cluster-local-nodemask 0x4 --cluster-hash-seed 1");
    ipt_ext_c_cluster_total_range: ipt("-t mangle -A PREROUTING -m cluster --cluster-total-nodes 33 --cluster-local-node 1 --cluster-hash-seed 1");
    ipt_ext_c_cluster_node_zero: ipt("-t mangle -A PREROUTING -m cluster --cluster-total-nodes 2 --cluster-local-node 0 --cluster-hash-seed 1");
    ipt_ext_c_cluster_total_inverted: ipt("-t mangle -A PREROUTING -m cluster ! --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 1");
    ipt_ext_c_cluster_help: ipt("-m cluster -h");
    // read back, compared, deleted
    ipt_ext_c_extra_list_names: argv(["sh", "-c", "iptables -L; iptables -t mangle -L"]).setup(EXTRA_RULES);
    ipt_ext_c_extra_list_numeric: argv(["sh", "-c", "iptables -L -n -v; iptables -t mangle -L -n -v"]).setup(EXTRA_RULES);
    ipt_ext_c_extra_save: argv(["iptables-save"]).norm(common::SAVE_DATES).setup(EXTRA_RULES);
    ipt_ext_c_extra_check_tee: ipt("-t mangle -C PREROUTING -i eth0 -j TEE --gateway 10.0.0.1 --oif eth1").setup(EXTRA_RULES);
    ipt_ext_c_extra_check_synproxy: ipt("-C INPUT -p tcp -j SYNPROXY --mss 1460 --ecn").setup(EXTRA_RULES);
    ipt_ext_c_extra_check_synproxy_differs: ipt("-C INPUT -p tcp -j SYNPROXY --mss 1460").setup(EXTRA_RULES);
    ipt_ext_c_extra_check_cluster: ipt("-t mangle -C PREROUTING -m cluster --cluster-total-nodes 4 ! --cluster-local-nodemask 5 --cluster-hash-seed 7").setup(EXTRA_RULES);
    ipt_ext_c_extra_delete_tee: ipt("-t mangle -D PREROUTING -j TEE --gateway 10.0.0.1").setup(EXTRA_RULES).check(MANGLE);
    ipt_ext_c_extra_delete_synproxy: ipt("-D INPUT -p tcp -m conntrack --ctstate INVALID,UNTRACKED -j SYNPROXY --sack-perm --timestamp --wscale 7 --mss 1460 --ecn").setup(EXTRA_RULES).check(FILTER);
    ipt_ext_c_extra_delete_cluster: ipt("-t mangle -D PREROUTING -m cluster --cluster-total-nodes 2 --cluster-local-nodemask 1 --cluster-hash-seed 0xdeadbeef -j MARK --set-mark 0xffff").setup(EXTRA_RULES).check(MANGLE);

    // cgroup
    ipt_ext_c_cgroup_classid: ipt("-A OUTPUT -m cgroup --cgroup 0x100001").check(FILTER);
    ipt_ext_c_cgroup_classid_inverted: ipt("-A OUTPUT -m cgroup ! --cgroup 5 -j DROP").check("iptables -S; iptables -L");
    ipt_ext_c_cgroup_path: ipt("-A OUTPUT -m cgroup --path /").check(FILTER);
    ipt_ext_c_cgroup_path_inverted: ipt("-A OUTPUT -m cgroup ! --path / -j DROP").check("iptables -S; iptables -L");
    ipt_ext_c_cgroup_path_missing: ipt("-A OUTPUT -m cgroup --path no/such/group");
    ipt_ext_c_cgroup_both: ipt("-A OUTPUT -m cgroup --cgroup 1 --path /");
    ipt_ext_c_cgroup_none: ipt("-A OUTPUT -m cgroup");
    ipt_ext_c_cgroup_bad: ipt("-A OUTPUT -m cgroup --cgroup 4294967296");
    ipt_ext_c_cgroup_twice: ipt("-A OUTPUT -m cgroup --cgroup 1 --cgroup 2");
    ipt_ext_c_cgroup_help: ipt("-m cgroup -h");
    ipt_ext_c_cgroup_save: argv(["iptables-save"]).norm(common::SAVE_DATES).setup("iptables -A OUTPUT -m cgroup ! --cgroup 5\niptables -A OUTPUT -m cgroup --path /");
    ipt_ext_c_cgroup_check: ipt("-C OUTPUT -m cgroup --path /").setup("iptables -A OUTPUT -m cgroup ! --cgroup 5\niptables -A OUTPUT -m cgroup --path /");
    ipt_ext_c_cgroup_check_differs: ipt("-C OUTPUT -m cgroup --cgroup 5").setup("iptables -A OUTPUT -m cgroup ! --cgroup 5\niptables -A OUTPUT -m cgroup --path /");
    ipt_ext_c_cgroup_delete: ipt("-D OUTPUT -m cgroup ! --cgroup 5").setup("iptables -A OUTPUT -m cgroup ! --cgroup 5\niptables -A OUTPUT -m cgroup --path /").check(FILTER);

    // bpf
    ipt_ext_c_bpf_program: bpf_case("4,48 0 0 9,21 0 1 6,6 0 0 1,6 0 0 0");
    ipt_ext_c_bpf_wraps: bpf_case(" +1, 6 256 0 -1 5,");
    ipt_ext_c_bpf_big_k: bpf_case("1,6 0 0 4294967296");
    ipt_ext_c_bpf_huge_k: bpf_case("1,6 0 0 99999999999999999999999");
    ipt_ext_c_bpf_short: bpf_case("2,6 0 0 1");
    ipt_ext_c_bpf_long: bpf_case("1,6 0 0 1,6 0 0 0");
    ipt_ext_c_bpf_trailing_blank: bpf_case("1,6 0 0 1, ");
    ipt_ext_c_bpf_no_length: bpf_case("x");
    ipt_ext_c_bpf_no_comma: bpf_case("1");
    ipt_ext_c_bpf_zero: bpf_case("0,6 0 0 1");
    ipt_ext_c_bpf_too_many: bpf_case("65,6 0 0 1");
    ipt_ext_c_bpf_bad_insn: bpf_case("2,6 0 0 1,6 0 0");
    ipt_ext_c_bpf_hex: bpf_case("1,0x6 0 0 1");
    ipt_ext_c_bpf_code_zero: bpf_case("1,65536 0 0 1");
    ipt_ext_c_bpf_none: ipt("-A INPUT -m bpf");
    ipt_ext_c_bpf_inverted: argv(["iptables", "-A", "INPUT", "-m", "bpf", "!", "--bytecode", "1,6 0 0 1"]);
    ipt_ext_c_bpf_twice: argv(["iptables", "-A", "INPUT", "-m", "bpf", "--bytecode", "1,6 0 0 1", "--bytecode", "1,6 0 0 1"]);
    ipt_ext_c_bpf_pinned_missing: ipt("-A INPUT -m bpf --object-pinned /nonexistent");
    ipt_ext_c_bpf_help: ipt("-m bpf -h");
    ipt_ext_c_bpf_list: ipt("-L -n -v").setup(BPF_RULES);
    ipt_ext_c_bpf_list_names: ipt("-L").setup(BPF_RULES);
    ipt_ext_c_bpf_save: argv(["iptables-save"]).norm(common::SAVE_DATES).setup(BPF_RULES);
    ipt_ext_c_bpf_check: argv(["iptables", "-C", "INPUT", "-p", "udp", "-m", "bpf", "--bytecode", "1,6 0 0 4294967295"]).setup(BPF_RULES);
    ipt_ext_c_bpf_check_differs: argv(["iptables", "-C", "INPUT", "-p", "udp", "-m", "bpf", "--bytecode", "1,6 0 0 1"]).setup(BPF_RULES);
    ipt_ext_c_bpf_delete: argv(["iptables", "-D", "INPUT", "-m", "bpf", "--bytecode", "4,48 0 0 9,21 0 1 6,6 0 0 1,6 0 0 0", "-j", "DROP"]).setup(BPF_RULES).check(FILTER);

    // osf
    ipt_ext_c_osf_genre: ipt("-A INPUT -p tcp -m osf --genre Linux").check("iptables -S; iptables -L -n");
    ipt_ext_c_osf_all: ipt("-A INPUT -p tcp -m osf ! --genre Windows --ttl 1 --log 2 -j DROP").check("iptables -S; iptables -L");
    ipt_ext_c_osf_zeros: ipt("-A INPUT -p tcp -m osf --log 0 --genre Linux --ttl 0").check(FILTER);
    ipt_ext_c_osf_long: ipt("-A INPUT -p tcp -m osf --genre abcdefghijklmnopqrstuvwxyz0123456789").check(FILTER);
    ipt_ext_c_osf_blank: argv(["iptables", "-A", "INPUT", "-p", "tcp", "-m", "osf", "--genre", "a b"]).check(FILTER);
    ipt_ext_c_osf_empty: argv(["iptables", "-A", "INPUT", "-p", "tcp", "-m", "osf", "--genre", ""]).check(FILTER);
    ipt_ext_c_osf_bad_ttl: ipt("-A INPUT -p tcp -m osf --genre Linux --ttl 3");
    ipt_ext_c_osf_bad_log: ipt("-A INPUT -p tcp -m osf --genre Linux --log x");
    ipt_ext_c_osf_missing: ipt("-A INPUT -p tcp -m osf --ttl 1");
    ipt_ext_c_osf_ttl_inverted: ipt("-A INPUT -p tcp -m osf --genre Linux ! --ttl 1");
    ipt_ext_c_osf_twice: ipt("-A INPUT -p tcp -m osf --genre Linux --genre BSD");
    ipt_ext_c_osf_no_tcp: ipt("-A INPUT -m osf --genre Linux");
    ipt_ext_c_osf_help: ipt("-m osf -h");
    ipt_ext_c_osf_save: argv(["iptables-save"]).norm(common::SAVE_DATES).setup("iptables -A INPUT -p tcp -m osf ! --genre Windows --ttl 1 --log 2");
    ipt_ext_c_osf_check: ipt("-C INPUT -p tcp -m osf ! --genre Windows --ttl 1 --log 2").setup("iptables -A INPUT -p tcp -m osf ! --genre Windows --ttl 1 --log 2");
    ipt_ext_c_osf_check_differs: ipt("-C INPUT -p tcp -m osf ! --genre Windows --ttl 1").setup("iptables -A INPUT -p tcp -m osf ! --genre Windows --ttl 1 --log 2");
    ipt_ext_c_osf_delete: ipt("-D INPUT -p tcp -m osf ! --genre Windows --ttl 1 --log 2").setup("iptables -A INPUT -p tcp -m osf ! --genre Windows --ttl 1 --log 2").check(FILTER);
}
