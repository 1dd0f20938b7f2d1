//! The IPv6-only extensions of group b against ip6tables-nft 1.8.9: the frag, ah, dst, hbh,
//! eui64, ipv6header and srh matches and the DNPT and SNPT targets. Each is added with its
//! options, refused with the reference's messages, listed every way, checked and deleted by
//! spec, read back from rules the reference wrote, restored, its `-h` section printed, and
//! refused by iptables.

use crate::common::{argv, ip6t, ipt};

const S: &str = "ip6tables -S";
// (the harness knows ip6tables-nft as a reference, not its save and restore: a case starts
// with ip6tables, and runs them from the side's PATH)
/// ip6tables-save, its dates left out.
const SAVE: &str = "ip6tables -V >/dev/null; ip6tables-save | grep -v '^#'";
/// ip6tables-restore reading the case's input.
const RESTORE: &str = "ip6tables -V >/dev/null; ip6tables-restore";
/// The state read back every way.
const SHOW: &str = "ip6tables -S; ip6tables -L -n -v; ip6tables -L; ip6tables-save | grep -v '^#'";

/// frag rules iptables-nft writes.
const FRAG: &str = "\
ip6tables -A INPUT -m frag --fragid 5 -j ACCEPT
ip6tables -A INPUT -m frag ! --fragid 5:10 --fraglen 8 --fragres --fragfirst
ip6tables -A INPUT -m frag --fragmore -j DROP
ip6tables -A INPUT -m frag --fraglast --fragres
ip6tables -A INPUT -m frag ! --fraglen 0
ip6tables -A INPUT -m frag ! --fragid 0:4294967295
ip6tables -A INPUT -m frag --fragid 0:4294967295
ip6tables -A INPUT -m frag --fragid 5:1 --fragfirst --fragmore
ip6tables -A INPUT -m frag ! --fragid 7 ! --fraglen 3
ip6tables -A INPUT -m frag";

/// ah rules iptables-nft writes.
const AH: &str = "\
ip6tables -A INPUT -m ah --ahspi 500 -j ACCEPT
ip6tables -A INPUT -m ah ! --ahspi 500:600 --ahlen 8 --ahres
ip6tables -A INPUT -m ah ! --ahlen 8
ip6tables -A INPUT -m ah --ahspi 600:500 -j DROP
ip6tables -A INPUT -p ah --ahspi 7
ip6tables -A INPUT -p ah
ip6tables -A INPUT -m ah --ahlen 0
ip6tables -A INPUT -m ah ! --ahlen 0 --ahres
ip6tables -A INPUT -m ah ! --ahspi 0:4294967295
ip6tables -A INPUT -m ah --ahspi 0 --ahlen 4294967295
ip6tables -A INPUT -m ah --ahres";

/// dst and hbh rules iptables-nft writes.
const OPTS: &str = "\
ip6tables -A INPUT -m dst --dst-len 8 -j ACCEPT
ip6tables -A INPUT -m dst ! --dst-len 8 --dst-opts 1:2,3
ip6tables -A INPUT -m dst --dst-opts 300,1:300,0x10:0x20,1:255
ip6tables -A INPUT -m dst --dst-opts 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16
ip6tables -A INPUT -m dst ! --dst-len 0
ip6tables -A INPUT -m dst
ip6tables -A OUTPUT -m hbh --hbh-len 8 -j DROP
ip6tables -A OUTPUT -m hbh ! --hbh-len 8 --hbh-opts 1:2,3
ip6tables -A OUTPUT -m hbh --hbh-opts 5:0
ip6tables -A OUTPUT -m hbh --hbh-opts 5 --hbh-len 0
ip6tables -A OUTPUT -m hbh -m dst --dst-opts 4";

/// ipv6header rules iptables-nft writes.
const IPV6HEADER: &str = "\
ip6tables -A INPUT -m ipv6header --header hop -j ACCEPT
ip6tables -A INPUT -m ipv6header ! --header hop,frag --soft
ip6tables -A INPUT -m ipv6header --header ipv6-route,ah,esp,none,prot
ip6tables -A INPUT -m ipv6header --header 0,60,43,44,51,50,59,255 -j DROP
ip6tables -A INPUT -m ipv6header --header dst --soft
ip6tables -A INPUT -m ipv6header ! --header auth";

/// srh rules iptables-nft writes.
const SRH: &str = "\
ip6tables -A INPUT -m srh --srh-next-hdr 17 -j ACCEPT
ip6tables -A INPUT -m srh ! --srh-hdr-len-eq 8 --srh-segs-left-gt 1 --srh-last-entry-lt 5 --srh-tag 7
ip6tables -A INPUT -m srh --srh-psid 2001:db8::1/64 ! --srh-nsid 2001:db8::1 --srh-lsid 2001:db8::2/128
ip6tables -A INPUT -m srh --srh-segs-left-eq 1 --srh-segs-left-gt 2
ip6tables -A INPUT -m srh ! --srh-hdr-len-lt 3 ! --srh-last-entry-gt 4 ! --srh-tag 65535 -j DROP
ip6tables -A INPUT -m srh ! --srh-psid ::/0 --srh-lsid 2001:db8::/ffff:ffff:: ! --srh-next-hdr 0
ip6tables -A INPUT -m srh";
/// Host names for the SID options (a private /etc/hosts).
const HOSTS: &str = "printf '2001:db8::7 h6\\n2001:db8::8 multi\\n2001:db8::9 multi\\n10.9.9.9 v4only\\n' >>/etc/hosts";

/// DNPT and SNPT rules iptables-nft writes (where the kernel takes them).
const NPT: &str = "\
ip6tables -t mangle -A PREROUTING -j DNPT --src-pfx 2001:db8:1::/64 --dst-pfx 2001:db8:2::/64
ip6tables -t mangle -A PREROUTING -i eth0 -j DNPT --src-pfx 2001:db8:1::/48 --dst-pfx 2001:db8:2::/56
ip6tables -t mangle -A OUTPUT -j DNPT --dst-pfx fd00::/8 --src-pfx 2001:db8::/ffff:ffff::
ip6tables -t mangle -A POSTROUTING -o eth0 -j SNPT --src-pfx 2001:db8:1::/48 --dst-pfx 2001:db8:2::/48
ip6tables -t mangle -A INPUT -j SNPT --src-pfx fd00:1::/0x40 --dst-pfx 2001:db8:2::/64";
/// The mangle table read back every way.
const MANGLE: &str = "ip6tables -t mangle -S; ip6tables -t mangle -L -n -v; ip6tables -t mangle -L; ip6tables-save -t mangle | grep -v '^#'";

/// `xt ARGS`: a rule of one xt expression sent as an old tool would (`xt TABLE CHAIN
/// match|target NAME REVISION INFO-HEX`), in the ip6 family.
const XT: &str = r#"xt() { python3 - "$@" <<'EOF'
import socket, struct, sys
def attr(t, v):
    l = 4 + len(v)
    return struct.pack('<HH', l, t) + v + b'\0' * ((4 - l % 4) % 4)
def nest(t, v): return attr(t | 0x8000, v)
def s(x): return x.encode() + b'\0'
table, chain, kind, name, rev, info = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]), bytes.fromhex(sys.argv[6])
xt = attr(1, s(name)) + attr(2, struct.pack('>I', rev)) + attr(3, info)
expr = nest(1, attr(1, s(kind)) + nest(2, xt))
payload = struct.pack('BBH', 10, 0, 0) + attr(1, s(table)) + attr(2, s(chain)) + nest(4, expr)
def msg(t, flags, seq, p): return struct.pack('<IHHII', 16 + len(p), t, flags, seq, 0) + p
b = msg(0x10, 1, 1, struct.pack('BBH', 0, 0, socket.htons(10)))
b += msg(0x0a06, 0x1 | 0x400 | 0x800 | 0x4, 2, payload)
b += msg(0x11, 1, 3, struct.pack('BBH', 0, 0, socket.htons(10)))
so = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, 12)
so.bind((0, 0)); so.send(b)
so.settimeout(1)
try:
    while True:
        d = so.recv(65536)
        off = 0
        while off + 16 <= len(d):
            ln, typ = struct.unpack_from('<IH', d, off)
            if typ == 2:
                err = struct.unpack_from('<i', d, off + 16)[0]
                if err: print('error', err)
            off += (ln + 3) & ~3
except socket.timeout:
    pass
EOF
}"#;

cases! {
    // frag
    ip6t_b_frag_help: ip6t("-m frag -h");
    ip6t_b_frag_id: ip6t("-A INPUT -m frag --fragid 5").check(SHOW);
    ip6t_b_frag_all: ip6t("-A INPUT -m frag ! --fragid 5:10 --fraglen 8 --fragres --fragfirst").check(SHOW);
    ip6t_b_frag_more: ip6t("-A INPUT -m frag --fragmore -j ACCEPT").check(SHOW);
    ip6t_b_frag_last: ip6t("-A INPUT -m frag --fraglast --fragfirst").check(SHOW);
    ip6t_b_frag_len_inverted: ip6t("-A INPUT -m frag ! --fraglen 0x10").check(SHOW);
    ip6t_b_frag_open_ranges: argv(["sh", "-c", "ip6tables -A INPUT -m frag --fragid :5; ip6tables -A INPUT -m frag --fragid 5:; ip6tables -A INPUT -m frag ! --fragid :; ip6tables -A INPUT -m frag --fragid=0:0; ip6tables -A INPUT -m frag --fragid 4294967295:1"]).check(SHOW);
    ip6t_b_frag_plain: ip6t("-A INPUT -m frag").check(SHOW);
    ip6t_b_frag_more_last: ip6t("-A INPUT -m frag --fragmore --fraglast");
    ip6t_b_frag_last_more: ip6t("-A INPUT -m frag --fraglast --fragmore");
    ip6t_b_frag_last_more_bad_id: ip6t("-A INPUT -m frag --fraglast --fragmore --fragid x");
    ip6t_b_frag_bad_id: ip6t("-A INPUT -m frag --fragid x");
    ip6t_b_frag_negative_id: ip6t("-A INPUT -m frag --fragid 1:-1");
    ip6t_b_frag_id_junk: ip6t("-A INPUT -m frag --fragid 5x");
    ip6t_b_frag_id_three: ip6t("-A INPUT -m frag --fragid 1:2:3");
    ip6t_b_frag_id_too_big: ip6t("-A INPUT -m frag --fragid 4294967296");
    ip6t_b_frag_bad_len: ip6t("-A INPUT -m frag --fraglen x");
    ip6t_b_frag_len_too_big: ip6t("-A INPUT -m frag --fraglen 4294967296");
    ip6t_b_frag_len_negative: ip6t("-A INPUT -m frag --fraglen -1");
    ip6t_b_frag_res_inverted: ip6t("-A INPUT -m frag ! --fragres");
    ip6t_b_frag_first_inverted: ip6t("-A INPUT -m frag ! --fragfirst");
    ip6t_b_frag_more_inverted: ip6t("-A INPUT -m frag ! --fragmore");
    ip6t_b_frag_last_inverted: ip6t("-A INPUT -m frag ! --fraglast");
    ip6t_b_frag_id_twice: ip6t("-A INPUT -m frag --fragid 1 --fragid 2");
    ip6t_b_frag_first_twice: ip6t("-A INPUT -m frag --fragfirst --fragfirst");
    ip6t_b_frag_no_arg: ip6t("-A INPUT -m frag --fragid");
    ip6t_b_frag_ambiguous: ip6t("-A INPUT -m frag --frag 3");
    ip6t_b_frag_prefix: ip6t("-A INPUT -m frag --fragl 3 --fragf").check(S);
    ip6t_b_frag_list: ip6t("-L -n -v").setup(FRAG);
    ip6t_b_frag_list_names: ip6t("-L").setup(FRAG);
    ip6t_b_frag_dump: ip6t("-S").setup(FRAG);
    ip6t_b_frag_save: argv(["sh", "-c", SAVE]).setup(FRAG);
    ip6t_b_frag_check: ip6t("-C INPUT -m frag ! --fragid 5:10 --fraglen 8 --fragres --fragfirst").setup(FRAG);
    ip6t_b_frag_check_missing: ip6t("-C INPUT -m frag --fragid 5:10 --fraglen 8 --fragres --fragfirst").setup(FRAG);
    ip6t_b_frag_check_inverted_full: ip6t("-C INPUT -m frag --fragid 0:4294967295").setup("ip6tables -A INPUT -m frag ! --fragid 0:4294967295");
    ip6t_b_frag_delete: ip6t("-D INPUT -m frag --fragid 5:1 --fragmore --fragfirst").setup(FRAG).check(S);
    ip6t_b_frag_restore: argv(["sh", "-c", RESTORE]).stdin("*filter\n-A INPUT -m frag ! --fragid 1:2 --fraglast\n-A OUTPUT -m frag --fraglen 4 -j DROP\nCOMMIT\n").check(SHOW);
    ip6t_b_frag_nft: ip6t("-A INPUT -m frag --fragid 9 --fragres").check("nft list ruleset");
    ip6t_b_frag_v4: ipt("-A INPUT -m frag --fragid 5");
    ip6t_b_frag_v4_help: ipt("-m frag -h");
    // ah
    ip6t_b_ah_help: ip6t("-m ah -h");
    ip6t_b_ah_help_proto: ip6t("-p ah -h");
    ip6t_b_ah_spi: ip6t("-A INPUT -m ah --ahspi 500").check(SHOW);
    ip6t_b_ah_all: ip6t("-A INPUT -m ah ! --ahspi 500:600 --ahlen 8 --ahres").check(SHOW);
    ip6t_b_ah_len_inverted: ip6t("-A INPUT -m ah ! --ahlen 8 -j DROP").check(SHOW);
    ip6t_b_ah_reversed: ip6t("-A INPUT -m ah --ahspi 600:500").check(SHOW);
    ip6t_b_ah_zero_len: argv(["sh", "-c", "ip6tables -A INPUT -m ah --ahlen 0; ip6tables -A INPUT -m ah ! --ahlen 0; ip6tables -A INPUT -m ah --ahspi 5 --ahlen 0 --ahres; ip6tables -A INPUT -m ah --ahspi 0:0 --ahlen 4294967295"]).check(SHOW);
    ip6t_b_ah_open_ranges: argv(["sh", "-c", "ip6tables -A INPUT -m ah --ahspi :5; ip6tables -A INPUT -m ah --ahspi 5:; ip6tables -A INPUT -m ah ! --ahspi :"]).check(SHOW);
    ip6t_b_ah_plain: ip6t("-A INPUT -m ah").check(SHOW);
    ip6t_b_ah_res: ip6t("-A INPUT -m ah --ahres").check(SHOW);
    ip6t_b_ah_proto: ip6t("-A INPUT -p ah --ahspi 5 -j ACCEPT").check(SHOW);
    ip6t_b_ah_proto_number: ip6t("-A INPUT -p 51 --ahlen 5").check(SHOW);
    ip6t_b_ah_proto_hex: ip6t("-A INPUT -p 0x33 --ahspi 1").check(S);
    ip6t_b_ah_proto_upper: ip6t("-A INPUT -p AH -m ah --ahres").check(S);
    ip6t_b_ah_proto_alone: ip6t("-A INPUT -p ah").check(SHOW);
    ip6t_b_ah_proto_inverted: ip6t("-A INPUT ! -p ah").check(S);
    ip6t_b_ah_proto_inverted_option: ip6t("-A INPUT ! -p ah --ahspi 3").check(S);
    ip6t_b_ah_proto_esp_option: ip6t("-A INPUT -p ah --espspi 5");
    ip6t_b_ah_esp_proto: ip6t("-A INPUT -p esp --ahspi 5");
    ip6t_b_ah_proto_twice: ip6t("-A INPUT -p ah -p tcp");
    ip6t_b_ah_proto_bad_chain: ip6t("-A INPUT -p ah -j FOO");
    ip6t_b_ah_proto_list: ip6t("-L -p ah");
    ip6t_b_ah_proto_no_arg: ip6t("-A INPUT -p ah -m ah --ahspi");
    ip6t_b_ah_proto_other_headers: argv(["sh", "-c", "ip6tables -A INPUT -p 43; ip6tables -A INPUT -p ipv6-frag; ip6tables -A INPUT -p 60; ip6tables -A INPUT -p 051; ip6tables -A INPUT -p 0; ip6tables -I INPUT -p ipv6-opts; ip6tables -R INPUT 1 -p ah"]).check(SHOW);
    ip6t_b_ah_bad_spi: ip6t("-A INPUT -m ah --ahspi foo");
    ip6t_b_ah_negative_spi: ip6t("-A INPUT -m ah --ahspi -1");
    ip6t_b_ah_spi_junk: ip6t("-A INPUT -m ah --ahspi 5x");
    ip6t_b_ah_spi_three: ip6t("-A INPUT -m ah --ahspi 1:2:3");
    ip6t_b_ah_bad_len: ip6t("-A INPUT -m ah --ahlen x");
    ip6t_b_ah_len_too_big: ip6t("-A INPUT -m ah --ahlen 4294967296");
    ip6t_b_ah_res_inverted: ip6t("-A INPUT -m ah ! --ahres");
    ip6t_b_ah_spi_twice: ip6t("-A INPUT -m ah --ahspi 1 --ahspi 2");
    ip6t_b_ah_len_twice: ip6t("-A INPUT -m ah --ahlen 1 --ahlen 2");
    ip6t_b_ah_res_twice: ip6t("-A INPUT -m ah --ahres --ahres");
    ip6t_b_ah_list: ip6t("-L -n -v").setup(AH);
    ip6t_b_ah_list_names: ip6t("-L").setup(AH);
    ip6t_b_ah_dump: ip6t("-S").setup(AH);
    ip6t_b_ah_save: argv(["sh", "-c", SAVE]).setup(AH);
    ip6t_b_ah_check: ip6t("-C INPUT -m ah ! --ahspi 500:600 --ahlen 8 --ahres").setup(AH);
    ip6t_b_ah_check_proto: ip6t("-C INPUT -p ah --ahspi 7").setup(AH);
    ip6t_b_ah_check_missing: ip6t("-C INPUT -m ah --ahspi 500:600 --ahlen 8 --ahres").setup(AH);
    ip6t_b_ah_check_zero_len: ip6t("-C INPUT -m ah").setup("ip6tables -A INPUT -m ah --ahlen 0");
    ip6t_b_ah_delete: ip6t("-D INPUT -m ah ! --ahlen 0 --ahres").setup(AH).check(S);
    ip6t_b_ah_delete_proto: ip6t("-D INPUT -p ah").setup(AH).check(S);
    ip6t_b_ah_restore: argv(["sh", "-c", RESTORE]).stdin("*filter\n-A INPUT -p ah --ahspi 1:2 --ahres\n-A OUTPUT -m ah ! --ahlen 4 -j DROP\nCOMMIT\n").check(SHOW);
    ip6t_b_ah_nft: ip6t("-A INPUT -p ah --ahspi 9").check("nft list ruleset");
    ip6t_b_ah_v4: argv(["sh", "-c", "iptables -A INPUT -m ah --ahspi 5; iptables -A INPUT -m ah --ahlen 5; iptables -A INPUT -p ah --ahres; iptables -A INPUT -p ah --ahspi 6; iptables -S"]);
    ip6t_b_ah_v4_help: ipt("-m ah -h");
    // dst and hbh
    ip6t_b_dst_help: ip6t("-m dst -h");
    ip6t_b_hbh_help: ip6t("-m hbh -h");
    ip6t_b_dst_len: ip6t("-A INPUT -m dst --dst-len 8").check(SHOW);
    ip6t_b_dst_all: ip6t("-A INPUT -m dst ! --dst-len 8 --dst-opts 1:2,3").check(SHOW);
    ip6t_b_dst_truncated: ip6t("-A INPUT -m dst --dst-opts 300,1:300,4294967297,-1,1:-1,0x10:0x20,010").check(SHOW);
    ip6t_b_dst_sixteen: ip6t("-A INPUT -m dst --dst-opts 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16").check(SHOW);
    ip6t_b_dst_blanks: argv(["ip6tables", "-A", "INPUT", "-m", "dst", "--dst-opts", " 1: 2,+3"]).check(S);
    ip6t_b_dst_plain: ip6t("-A INPUT -m dst").check(SHOW);
    ip6t_b_dst_len_zero: ip6t("-A INPUT -m dst ! --dst-len 0").check(SHOW);
    ip6t_b_dst_seventeen: ip6t("-A INPUT -m dst --dst-opts 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17");
    ip6t_b_dst_sixteenth_len: argv(["sh", "-c", "ip6tables -A INPUT -m dst --dst-opts 1:0,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16; for l in 16:0 x:0 16:x :0 16: '16:0,17' 'x,16:0'; do ip6tables -A INPUT -m dst --dst-opts 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,$l; done; ip6tables -A INPUT -m hbh --hbh-opts 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15:1"]).check(S);
    ip6t_b_dst_seventeen_bad: ip6t("-A INPUT -m dst --dst-opts 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,a");
    ip6t_b_dst_bad_first_of_many: ip6t("-A INPUT -m dst --dst-opts a,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17");
    ip6t_b_dst_bad_opt: ip6t("-A INPUT -m dst --dst-opts a");
    ip6t_b_dst_opt_junk: ip6t("-A INPUT -m dst --dst-opts 1x:3");
    ip6t_b_dst_opt_octal: ip6t("-A INPUT -m dst --dst-opts 08");
    ip6t_b_dst_opt_hex_prefix: ip6t("-A INPUT -m dst --dst-opts 0x");
    ip6t_b_dst_len_three: ip6t("-A INPUT -m dst --dst-opts 1:2:3");
    ip6t_b_dst_len_empty: ip6t("-A INPUT -m dst --dst-opts 1:");
    ip6t_b_dst_opt_empty: ip6t("-A INPUT -m dst --dst-opts :3");
    ip6t_b_dst_empty_item: ip6t("-A INPUT -m dst --dst-opts 1,,2");
    ip6t_b_dst_bad_len_value: ip6t("-A INPUT -m dst --dst-opts 1:a");
    ip6t_b_dst_opt_overflow: ip6t("-A INPUT -m dst --dst-opts -99999999999999999999");
    ip6t_b_dst_len_overflow: ip6t("-A INPUT -m dst --dst-opts 1:99999999999999999999");
    ip6t_b_dst_two_signs: ip6t("-A INPUT -m dst --dst-opts +-1");
    ip6t_b_dst_bad_hdrlen: ip6t("-A INPUT -m dst --dst-len 4294967296");
    ip6t_b_dst_opts_inverted: ip6t("-A INPUT -m dst ! --dst-opts 1");
    ip6t_b_dst_opts_twice: ip6t("-A INPUT -m dst --dst-opts 1 --dst-opts 2");
    ip6t_b_dst_len_twice: ip6t("-A INPUT -m dst --dst-len 1 --dst-len 2");
    ip6t_b_dst_not_strict: ip6t("-A INPUT -m dst --dst-not-strict");
    ip6t_b_hbh_len: ip6t("-A INPUT -m hbh --hbh-len 8").check(SHOW);
    ip6t_b_hbh_all: ip6t("-A INPUT -m hbh ! --hbh-len 8 --hbh-opts 1:2,3").check(SHOW);
    ip6t_b_hbh_opt_len_truncated: ip6t("-A INPUT -m hbh --hbh-opts 1:300").check(SHOW);
    ip6t_b_hbh_plain: ip6t("-A INPUT -m hbh -j ACCEPT").check(SHOW);
    ip6t_b_hbh_bad_len: ip6t("-A INPUT -m hbh --hbh-len foo");
    ip6t_b_hbh_bad_opt: ip6t("-A INPUT -m hbh --hbh-opts a");
    ip6t_b_hbh_opt_junk: ip6t("-A INPUT -m hbh --hbh-opts 1:2x");
    ip6t_b_hbh_seventeen: ip6t("-A INPUT -m hbh --hbh-opts 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,");
    ip6t_b_hbh_opts_inverted: ip6t("-A INPUT -m hbh ! --hbh-opts 1");
    ip6t_b_hbh_dst_option: ip6t("-A INPUT -m hbh --dst-len 1");
    ip6t_b_hbh_and_dst: ip6t("-A INPUT -m hbh --hbh-len 1 -m dst --dst-len 2").check(SHOW);
    ip6t_b_opts_list: ip6t("-L -n -v").setup(OPTS);
    ip6t_b_opts_list_names: ip6t("-L").setup(OPTS);
    ip6t_b_opts_dump: ip6t("-S").setup(OPTS);
    ip6t_b_opts_save: argv(["sh", "-c", SAVE]).setup(OPTS);
    ip6t_b_dst_check: ip6t("-C INPUT -m dst ! --dst-len 8 --dst-opts 1:2,3").setup(OPTS);
    ip6t_b_dst_check_missing: ip6t("-C INPUT -m dst ! --dst-len 8 --dst-opts 1:2,4").setup(OPTS);
    ip6t_b_dst_check_truncated: ip6t("-C INPUT -m dst --dst-opts 44,1:44,16:32,1").setup(OPTS);
    ip6t_b_hbh_check_as_dst: ip6t("-C OUTPUT -m dst ! --dst-len 8 --dst-opts 1:2,3").setup(OPTS);
    ip6t_b_hbh_delete: ip6t("-D OUTPUT -m hbh --hbh-len 0 --hbh-opts 5").setup(OPTS).check(S);
    ip6t_b_dst_delete: ip6t("-D INPUT -m dst").setup(OPTS).check(S);
    ip6t_b_opts_restore: argv(["sh", "-c", RESTORE]).stdin("*filter\n-A INPUT -m dst --dst-opts 1:2 ! --dst-len 3\n-A OUTPUT -m hbh --hbh-opts 7 -j DROP\nCOMMIT\n").check(SHOW);
    ip6t_b_opts_nft: ip6t("-A INPUT -m hbh --hbh-opts 1:2").check("nft list ruleset");
    ip6t_b_opts_v4: argv(["sh", "-c", "iptables -A INPUT -m dst --dst-len 5; iptables -A INPUT -m hbh --hbh-len 5; iptables -m dst -h | tail -n 3"]);
    // eui64
    ip6t_b_eui64_help: ip6t("-m eui64 -h");
    ip6t_b_eui64: ip6t("-A INPUT -m eui64").check(SHOW);
    ip6t_b_eui64_forward: ip6t("-A FORWARD -m eui64 ! -s 2001:db8::1 -j DROP").check(SHOW);
    ip6t_b_eui64_raw: ip6t("-t raw -A PREROUTING -m eui64 -j ACCEPT").check("ip6tables -t raw -S; ip6tables -t raw -L -n");
    ip6t_b_eui64_output: ip6t("-A OUTPUT -m eui64");
    ip6t_b_eui64_postrouting: ip6t("-t mangle -A POSTROUTING -m eui64");
    ip6t_b_eui64_option: ip6t("-A INPUT -m eui64 --foo");
    ip6t_b_eui64_bang: ip6t("-A INPUT -m eui64 !");
    ip6t_b_eui64_check: ip6t("-C INPUT -m eui64").setup("ip6tables -A INPUT -m eui64");
    ip6t_b_eui64_check_missing: ip6t("-C INPUT -m eui64").setup("ip6tables -A INPUT");
    ip6t_b_eui64_delete: ip6t("-D INPUT -m eui64").setup("ip6tables -A INPUT\nip6tables -A INPUT -m eui64").check(S);
    ip6t_b_eui64_list: ip6t("-L -v").setup("ip6tables -A INPUT -m eui64 -j ACCEPT\nip6tables -A FORWARD -m eui64");
    ip6t_b_eui64_restore: argv(["sh", "-c", RESTORE]).stdin("*filter\n-A INPUT -m eui64 -j DROP\nCOMMIT\n").check(SHOW);
    ip6t_b_eui64_v4: ipt("-A INPUT -m eui64");
    // ipv6header
    ip6t_b_ipv6header_help: ip6t("-m ipv6header -h");
    ip6t_b_ipv6header_hop: ip6t("-A INPUT -m ipv6header --header hop").check(SHOW);
    ip6t_b_ipv6header_soft: ip6t("-A INPUT -m ipv6header ! --header hop,frag --soft").check(SHOW);
    ip6t_b_ipv6header_names: ip6t("-A INPUT -m ipv6header --header ipv6-route,ah,esp,none,prot").check(SHOW);
    ip6t_b_ipv6header_numbers: ip6t("-A INPUT -m ipv6header --header 0,60,43,44,51,50,59,255").check(SHOW);
    ip6t_b_ipv6header_short_names: ip6t("-A INPUT -m ipv6header --header auth,dst,route,frag,esp").check(SHOW);
    ip6t_b_ipv6header_long_names: ip6t("-A INPUT -m ipv6header --header hop-by-hop,ipv6-opts,ipv6-frag,ipv6-nonxt,protocol").check(SHOW);
    ip6t_b_ipv6header_protocols: ip6t("-A INPUT -m ipv6header --header hopopt,HOPOPT,IPv6-Route,IPSEC-AH,ipv6-nonxt").check(S);
    ip6t_b_ipv6header_empty_items: ip6t("-A INPUT -m ipv6header --header ,hop,,hop,").check(S);
    ip6t_b_ipv6header_unknown: ip6t("-A INPUT -m ipv6header --header foo");
    ip6t_b_ipv6header_unknown_number: ip6t("-A INPUT -m ipv6header --header 99");
    ip6t_b_ipv6header_hex: ip6t("-A INPUT -m ipv6header --header 0x0");
    ip6t_b_ipv6header_upper: ip6t("-A INPUT -m ipv6header --header HOP");
    ip6t_b_ipv6header_other_protocol: ip6t("-A INPUT -m ipv6header --header tcp");
    ip6t_b_ipv6header_icmp: ip6t("-A INPUT -m ipv6header --header ipv6-icmp");
    ip6t_b_ipv6header_alias_unknown: ip6t("-A INPUT -m ipv6header --header AH");
    ip6t_b_ipv6header_second_unknown: ip6t("-A INPUT -m ipv6header --header 255,foo");
    ip6t_b_ipv6header_blank: argv(["ip6tables", "-A", "INPUT", "-m", "ipv6header", "--header", " hop"]);
    ip6t_b_ipv6header_empty: argv(["ip6tables", "-A", "INPUT", "-m", "ipv6header", "--header", ""]);
    ip6t_b_ipv6header_commas: ip6t("-A INPUT -m ipv6header --header ,,");
    ip6t_b_ipv6header_soft_only: ip6t("-A INPUT -m ipv6header --soft");
    ip6t_b_ipv6header_plain: ip6t("-A INPUT -m ipv6header");
    ip6t_b_ipv6header_twice: ip6t("-A INPUT -m ipv6header --header hop --header dst");
    ip6t_b_ipv6header_soft_twice: ip6t("-A INPUT -m ipv6header --header hop --soft --soft");
    ip6t_b_ipv6header_soft_inverted: ip6t("-A INPUT -m ipv6header --header hop ! --soft");
    ip6t_b_ipv6header_no_arg: ip6t("-A INPUT -m ipv6header --soft --header");
    ip6t_b_ipv6header_list: ip6t("-L -n -v").setup(IPV6HEADER);
    ip6t_b_ipv6header_list_names: ip6t("-L -v").setup(IPV6HEADER);
    ip6t_b_ipv6header_dump: ip6t("-S").setup(IPV6HEADER);
    ip6t_b_ipv6header_save: argv(["sh", "-c", SAVE]).setup(IPV6HEADER);
    ip6t_b_ipv6header_check: ip6t("-C INPUT -m ipv6header ! --header ipv6-frag,hop-by-hop --soft").setup(IPV6HEADER);
    ip6t_b_ipv6header_check_hard: ip6t("-C INPUT -m ipv6header ! --header ipv6-frag,hop-by-hop").setup(IPV6HEADER);
    ip6t_b_ipv6header_delete: ip6t("-D INPUT -m ipv6header --header ipv6-opts --soft").setup(IPV6HEADER).check(S);
    ip6t_b_ipv6header_restore: argv(["sh", "-c", RESTORE]).stdin("*filter\n-A INPUT -m ipv6header ! --header esp,none --soft\nCOMMIT\n").check(SHOW);
    ip6t_b_ipv6header_v4: ipt("-A INPUT -m ipv6header --header hop");
    // srh
    ip6t_b_srh_help: ip6t("-m srh -h");
    ip6t_b_srh_next_hdr: ip6t("-A INPUT -m srh --srh-next-hdr 17").check(SHOW);
    ip6t_b_srh_fields: ip6t("-A INPUT -m srh ! --srh-hdr-len-eq 8 --srh-segs-left-gt 1 --srh-last-entry-lt 5 --srh-tag 7").check(SHOW);
    ip6t_b_srh_sids: ip6t("-A INPUT -m srh --srh-psid 2001:db8::1/64 ! --srh-nsid 2001:db8::1 --srh-lsid 2001:db8::2/128").check(SHOW);
    ip6t_b_srh_shared_byte: ip6t("-A INPUT -m srh --srh-segs-left-eq 1 --srh-segs-left-gt 2").check(SHOW);
    ip6t_b_srh_shared_byte_three: ip6t("-A INPUT -m srh --srh-hdr-len-eq 1 --srh-hdr-len-lt 2 ! --srh-hdr-len-gt 3").check(SHOW);
    ip6t_b_srh_all_inverted: ip6t("-A INPUT -m srh ! --srh-next-hdr 255 ! --srh-last-entry-eq 1 ! --srh-last-entry-gt 1 ! --srh-last-entry-lt 1 ! --srh-tag 0x10 ! --srh-psid ::/0 ! --srh-lsid ::1").check(SHOW);
    ip6t_b_srh_order: ip6t("-A INPUT -m srh --srh-nsid ::1 --srh-lsid ::2 --srh-psid ::3 --srh-tag 1 --srh-next-hdr 2 ! --srh-segs-left-lt 3").check(SHOW);
    ip6t_b_srh_plain: ip6t("-A INPUT -m srh").check(SHOW);
    ip6t_b_srh_prefix_option: ip6t("-A INPUT -m srh --srh-ps ::1 --srh-t 3").check(S);
    ip6t_b_srh_masks: argv(["sh", "-c", "ip6tables -A INPUT -m srh --srh-psid 2001:db8::1/1; for m in ffff:0:ffff:: ffff:: :: ::ffff:255.255.255.0 +64 0x80 064 00 ' 64'; do ip6tables -A INPUT -m srh --srh-psid \"2001:db8::1/$m\"; done"]).check(SHOW);
    ip6t_b_srh_bad_masks: argv(["sh", "-c", "ip6tables -A INPUT -m srh --srh-nsid ::1/1; for m in 129 -1 '' 0128 08 0x 64x '64 ' 255.255.0.0 64/64; do ip6tables -A INPUT -m srh --srh-nsid \"::1/$m\"; done"]).check(S);
    ip6t_b_srh_scopes: argv(["sh", "-c", "ip6tables -A INPUT -m srh --srh-lsid ::1%2; for a in ::1%1 ::1%0 fe80::1%lo ff02::1%lo ::1%lo fe80::1%nosuch fe80::1%1x ::1% ::1%99999999999; do ip6tables -A INPUT -m srh --srh-lsid $a; done"]).check(S);
    ip6t_b_srh_bad_hosts: argv(["sh", "-c", "ip6tables -A INPUT -m srh --srh-psid 2001:db8::1/2; for a in foo localhost foo. a..b '' ' ::1' [::1] ::1,::2 1.2.3.4 1.2/64 foo/129 foo_bar 2001:db8::zz; do ip6tables -A INPUT -m srh --srh-psid \"$a\"; done"]);
    ip6t_b_srh_host_names: argv(["sh", "-c", "ip6tables -A INPUT -m srh --srh-psid h6 --srh-nsid h6/64; ip6tables -A INPUT -m srh --srh-lsid multi; ip6tables -A INPUT -m srh --srh-lsid v4only"]).private_etc().setup(HOSTS).check(S);
    ip6t_b_srh_bad_next_hdr: ip6t("-A INPUT -m srh --srh-next-hdr 256");
    ip6t_b_srh_bad_len: ip6t("-A INPUT -m srh --srh-hdr-len-eq x");
    ip6t_b_srh_bad_segs: ip6t("-A INPUT -m srh --srh-segs-left-gt -1");
    ip6t_b_srh_bad_last: ip6t("-A INPUT -m srh --srh-last-entry-lt 1x");
    ip6t_b_srh_bad_tag: ip6t("-A INPUT -m srh --srh-tag 65536");
    ip6t_b_srh_negative_tag: ip6t("-A INPUT -m srh --srh-tag -1");
    ip6t_b_srh_next_hdr_twice: ip6t("-A INPUT -m srh --srh-next-hdr 1 --srh-next-hdr 2");
    ip6t_b_srh_psid_twice: ip6t("-A INPUT -m srh --srh-psid ::1 --srh-psid ::2");
    ip6t_b_srh_ambiguous: ip6t("-A INPUT -m srh --srh-hdr 1");
    ip6t_b_srh_no_arg: ip6t("-A INPUT -m srh --srh-lsid");
    ip6t_b_srh_list: ip6t("-L -n -v").setup(SRH);
    ip6t_b_srh_list_names: ip6t("-L").setup(SRH);
    ip6t_b_srh_dump: ip6t("-S").setup(SRH);
    ip6t_b_srh_save: argv(["sh", "-c", SAVE]).setup(SRH);
    ip6t_b_srh_check: ip6t("-C INPUT -m srh --srh-psid 2001:db8::1/64 ! --srh-nsid 2001:db8::1/128 --srh-lsid 2001:db8::2").setup(SRH);
    ip6t_b_srh_check_shared_byte: ip6t("-C INPUT -m srh --srh-segs-left-eq 2 --srh-segs-left-gt 2").setup(SRH);
    ip6t_b_srh_check_host_bits: ip6t("-C INPUT -m srh --srh-psid 2001:db8::/64 ! --srh-nsid 2001:db8::1/128 --srh-lsid 2001:db8::2").setup(SRH);
    ip6t_b_srh_delete: ip6t("-D INPUT -m srh ! --srh-hdr-len-lt 3 ! --srh-last-entry-gt 4 ! --srh-tag 65535 -j DROP").setup(SRH).check(S);
    ip6t_b_srh_restore: argv(["sh", "-c", RESTORE]).stdin("*filter\n-A INPUT -m srh ! --srh-psid 2001:db8::/48 --srh-tag 9\n-A OUTPUT -m srh --srh-segs-left-lt 4 -j DROP\nCOMMIT\n").check(SHOW);
    ip6t_b_srh_nft: ip6t("-A INPUT -m srh --srh-next-hdr 6 --srh-psid ::1").check("nft list ruleset");
    ip6t_b_srh_v4: ipt("-A INPUT -m srh --srh-next-hdr 17");
    // DNPT and SNPT
    ip6t_b_dnpt_help: ip6t("-j DNPT -h");
    ip6t_b_snpt_help: ip6t("-j SNPT -h");
    ip6t_b_dnpt: ip6t("-t mangle -A PREROUTING -j DNPT --src-pfx 2001:db8:1::/64 --dst-pfx 2001:db8:2::/64").check(MANGLE);
    ip6t_b_dnpt_output: ip6t("-t mangle -A OUTPUT -p tcp -j DNPT --dst-pfx 2001:db8:2::/48 --src-pfx 2001:db8:1::/ffff:ffff:ffff::").check(MANGLE);
    ip6t_b_snpt: ip6t("-t mangle -A POSTROUTING -j SNPT --src-pfx 2001:db8:1::/48 --dst-pfx 2001:db8:2::/56").check(MANGLE);
    ip6t_b_snpt_input: ip6t("-t mangle -A INPUT -s 2001:db8::/32 -j SNPT --src-pfx 2001:db8:1::/0x30 --dst-pfx 2001:db8:2::/060").check(MANGLE);
    ip6t_b_snpt_prerouting: ip6t("-t mangle -A PREROUTING -j SNPT --src-pfx 2001:db8:1::/48 --dst-pfx 2001:db8:2::/48");
    ip6t_b_dnpt_filter: ip6t("-A INPUT -j DNPT --src-pfx 2001:db8:1::/64 --dst-pfx 2001:db8:2::/64");
    ip6t_b_dnpt_host_bits: ip6t("-t mangle -A PREROUTING -j DNPT --src-pfx 2001:db8:1::5/48 --dst-pfx 2001:db8:2::/48");
    ip6t_b_dnpt_long_prefix: ip6t("-t mangle -A PREROUTING -j DNPT --src-pfx 2001:db8:1::/64 --dst-pfx 2001:db8:2::/65");
    ip6t_b_dnpt_no_mask: ip6t("-t mangle -A PREROUTING -j DNPT --src-pfx 2001:db8:1:: --dst-pfx 2001:db8:2::/64");
    ip6t_b_dnpt_odd_mask: ip6t("-t mangle -A OUTPUT -j DNPT --src-pfx 2001:db8:1::/ffff:0:ffff:: --dst-pfx 2001:db8:2::/48");
    ip6t_b_snpt_no_dst: ip6t("-t mangle -A POSTROUTING -j SNPT --src-pfx 2001:db8:1::/48");
    ip6t_b_dnpt_no_src: ip6t("-t mangle -A PREROUTING -j DNPT --dst-pfx 2001:db8::/48");
    ip6t_b_dnpt_none: ip6t("-t mangle -A PREROUTING -j DNPT");
    ip6t_b_snpt_bad_mask: ip6t("-t mangle -A POSTROUTING -j SNPT --src-pfx 2001:db8:1::/129 --dst-pfx 2001:db8:2::/48");
    ip6t_b_snpt_bad_host: ip6t("-t mangle -A POSTROUTING -j SNPT --src-pfx foo --dst-pfx 2001:db8:2::/48");
    ip6t_b_snpt_v4_address: ip6t("-t mangle -A POSTROUTING -j SNPT --src-pfx 10.0.0.0/8 --dst-pfx 2001:db8:2::/48");
    ip6t_b_dnpt_inverted: ip6t("-t mangle -A PREROUTING -j DNPT ! --src-pfx ::/64 --dst-pfx ::/64");
    ip6t_b_dnpt_twice: ip6t("-t mangle -A PREROUTING -j DNPT --src-pfx ::/64 --dst-pfx ::/64 --dst-pfx ::/48");
    ip6t_b_dnpt_no_arg: ip6t("-t mangle -A PREROUTING -j DNPT --src-pfx");
    ip6t_b_dnpt_as_match: ip6t("-t mangle -A PREROUTING -m DNPT");
    ip6t_b_npt_list: ip6t("-t mangle -L -n -v").setup(NPT);
    ip6t_b_npt_list_names: ip6t("-t mangle -L").setup(NPT);
    ip6t_b_npt_dump: ip6t("-t mangle -S").setup(NPT);
    ip6t_b_npt_save: argv(["sh", "-c", SAVE]).setup(NPT);
    ip6t_b_dnpt_check: ip6t("-t mangle -C PREROUTING -i eth0 -j DNPT --src-pfx 2001:db8:1::/48 --dst-pfx 2001:db8:2::/56").setup(NPT);
    ip6t_b_dnpt_check_other_prefix: ip6t("-t mangle -C PREROUTING -i eth0 -j DNPT --src-pfx 2001:db8:1::/48 --dst-pfx 2001:db8:2::/48").setup(NPT);
    ip6t_b_dnpt_check_host_bits: ip6t("-t mangle -C PREROUTING -j DNPT --src-pfx 2001:db8:1::1/64 --dst-pfx 2001:db8:2::/64").setup(NPT);
    ip6t_b_snpt_check_as_dnpt: ip6t("-t mangle -C POSTROUTING -o eth0 -j DNPT --src-pfx 2001:db8:1::/48 --dst-pfx 2001:db8:2::/48").setup(NPT);
    ip6t_b_snpt_delete: ip6t("-t mangle -D POSTROUTING -o eth0 -j SNPT --src-pfx 2001:db8:1::/48 --dst-pfx 2001:db8:2::/48").setup(NPT).check(MANGLE);
    ip6t_b_dnpt_delete: ip6t("-t mangle -D OUTPUT -j DNPT --src-pfx 2001:db8::/32 --dst-pfx fd00::/8").setup(NPT).check(MANGLE);
    ip6t_b_npt_restore: argv(["sh", "-c", RESTORE]).stdin("*mangle\n-A PREROUTING -j DNPT --src-pfx 2001:db8:1::/64 --dst-pfx fd00::/64\n-A POSTROUTING -j SNPT --src-pfx fd00::/64 --dst-pfx 2001:db8:1::/64\nCOMMIT\n").check(MANGLE);
    ip6t_b_npt_nft: ip6t("-t mangle -A PREROUTING -j DNPT --src-pfx 2001:db8:1::/64 --dst-pfx 2001:db8:2::/64").check("nft list ruleset");
    ip6t_b_npt_v4: argv(["sh", "-c", "iptables -t mangle -A POSTROUTING -j SNPT --src-pfx 2001:db8:1::/48 --dst-pfx 2001:db8:2::/48; iptables -t mangle -A PREROUTING -j DNPT; iptables -t mangle -S"]);
    ip6t_b_npt_v4_help: argv(["iptables", "-j", "SNPT", "-h"]);
    // a revision 0 srh rule (ip6tables-nft reads it with revision 1's layout)
    ip6t_b_srh_rev0: argv(["sh", "-c", "ip6tables -S; ip6tables -L -n -v; ip6tables -C INPUT -m srh; ip6tables -C INPUT -m srh --srh-next-hdr 17 ! --srh-tag 7; ip6tables -D INPUT -m srh; ip6tables -D INPUT 2; ip6tables -S"])
        .setup(&format!("{XT}\nip6tables -A INPUT -j ACCEPT\nxt filter INPUT match srh 0 11000000070001040004000000000000\nip6tables -A INPUT -m srh --srh-next-hdr 17 ! --srh-tag 7"));
    ip6t_b_srh_rev0_save: argv(["sh", "-c", SAVE])
        .setup(&format!("{XT}\nip6tables -A INPUT -j ACCEPT\nxt filter INPUT match srh 0 00050800000000030000000000000000"));
    // what ipkit writes, read by ip6tables-nft
    ip6t_b_read_by_reference: argv(["sh", "-c", "ip6tables -A INPUT -m frag ! --fragid 5:10 --fraglen 8 --fragres --fragfirst; ip6tables -A INPUT -m frag --fraglast; \
        ip6tables -A INPUT -p ah ! --ahspi 500:600 --ahlen 8 --ahres; ip6tables -A INPUT -m ah ! --ahlen 0; \
        ip6tables -A INPUT -m dst ! --dst-len 8 --dst-opts 1:2,3,300; ip6tables -A INPUT -m hbh --hbh-opts 1:0,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16; \
        ip6tables -A INPUT -m eui64 -m ipv6header ! --header hop,frag,255 --soft; \
        ip6tables -A INPUT -m srh ! --srh-hdr-len-eq 8 --srh-segs-left-gt 1 --srh-last-entry-lt 5 ! --srh-tag 7 --srh-psid 2001:db8::1/64 ! --srh-nsid 2001:db8::1 --srh-lsid 2001:db8::2/ffff:ffff::; \
        ip6tables -t mangle -A PREROUTING -j DNPT --src-pfx 2001:db8:1::/64 --dst-pfx 2001:db8:2::/64; ip6tables -t mangle -A POSTROUTING -j SNPT --src-pfx 2001:db8:1::/48 --dst-pfx 2001:db8:2::/56"])
        .check("ip6tables-nft-save | grep -v '^#'; ip6tables-nft -L -n -v; ip6tables-nft -C INPUT -m srh ! --srh-hdr-len-eq 8 --srh-segs-left-gt 1 --srh-last-entry-lt 5 ! --srh-tag 7 --srh-psid 2001:db8::1/64 ! --srh-nsid 2001:db8::1 --srh-lsid 2001:db8::2/32 && echo found");
    ip6t_b_verbose_append: ip6t("-v -A INPUT -m dst --dst-opts 1:2 -m hbh --hbh-len 4 -m ipv6header --header hop --soft -m eui64 -m frag --fragmore -m ah --ahres -m srh --srh-lsid ::1").check(S);
    ip6t_b_restore_proto_warning: argv(["sh", "-c", RESTORE]).stdin("*filter\n-A INPUT -p ah --ahspi 1\n-A INPUT -p 44 -m frag --fragid 2\n-A INPUT ! -p ipv6-opts\nCOMMIT\n").check(S);
}
