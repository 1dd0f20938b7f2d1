//! Extensions of group c against iptables-nft 1.8.9: TPROXY, socket, policy, set/SET, u32,
//! string, time, quota, rpfilter. Each: its options written and read back (`-S`, `-L`,
//! iptables-save), its errors, `-C`/`-D` by spec, rules the reference wrote, and `-h`.

use crate::common::{argv, Case};

fn ipt(args: &str) -> Case {
    let mut words = vec!["iptables"];
    words.extend(args.split_whitespace());
    argv(words.as_slice())
}

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
    ipt_ext_c_tproxy_save: argv(["iptables-save", "-t", "mangle"]).setup(TPROXY);
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
}
