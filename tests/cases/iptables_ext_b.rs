//! Extensions of group b against iptables-nft 1.8.9: tcpmss/TCPMSS, CHECKSUM, the TTL
//! target, tos/TOS, dscp/DSCP, ecn/ECN, length, CLASSIFY, NFQUEUE, HMARK, TCPOPTSTRIP,
//! RATEEST/rateest and IDLETIMER. For each: rules added with every option (and `!`), the
//! reference's messages for bad values, missing and conflicting options, listings (-S, -L
//! with names and numbers, iptables-save) of rules the reference wrote, -C and -D by spec,
//! and the `-h` section; blobs of older revisions (NFQUEUE 0-2, IDLETIMER 0) written over
//! netlink and read back.

use crate::common::{self, argv, ipt, Case};

fn save() -> Case {
    argv(["iptables-save"]).norm(common::SAVE_DATES)
}

const M: &str = "iptables -t mangle -S";
const F: &str = "iptables -S";

const TCPMSS: &str = "\
iptables -t mangle -A FORWARD -p tcp -m tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
iptables -t mangle -A FORWARD -p tcp -j TCPMSS --set-mss 1400
iptables -t mangle -A FORWARD -p tcp -j TCPMSS --set-mss 0
iptables -t mangle -A FORWARD -p tcp -m tcpmss --mss 100:200
iptables -t mangle -A FORWARD -p tcp -m tcpmss ! --mss 536
iptables -t mangle -A FORWARD -p tcp -m tcpmss ! --mss 9:";

const CHECKSUM: &str = "\
iptables -t mangle -A POSTROUTING -o virbr0 -p udp -m udp --dport 68 -j CHECKSUM --checksum-fill
iptables -t mangle -A POSTROUTING -j CHECKSUM --checksum-fill";

const TTL: &str = "\
iptables -t mangle -A PREROUTING -j TTL --ttl-set 64
iptables -t mangle -A PREROUTING -j TTL --ttl-dec 1
iptables -t mangle -A PREROUTING -i eth0 -j TTL --ttl-inc 255
iptables -t mangle -A PREROUTING -j TTL --ttl-set 0";

const TOS: &str = "\
iptables -t mangle -A PREROUTING -m tos --tos Minimize-Delay -j ACCEPT
iptables -t mangle -A PREROUTING -m tos ! --tos Minimize-Cost
iptables -t mangle -A PREROUTING -m tos ! --tos 0x10/0xf0
iptables -t mangle -A PREROUTING -m tos --tos 8
iptables -t mangle -A PREROUTING -m tos --tos 0x11/0x3f
iptables -t mangle -A OUTPUT -j TOS --set-tos Maximize-Throughput
iptables -t mangle -A OUTPUT -j TOS --set-tos Normal-Service
iptables -t mangle -A OUTPUT -j TOS --set-tos 0x10/0x0f
iptables -t mangle -A OUTPUT -j TOS --set-tos 0x10
iptables -t mangle -A OUTPUT -j TOS --and-tos 0x3
iptables -t mangle -A OUTPUT -j TOS --and-tos 0
iptables -t mangle -A OUTPUT -j TOS --or-tos 0x3
iptables -t mangle -A OUTPUT -j TOS --xor-tos 0x3
iptables -t mangle -A OUTPUT -j TOS --set-tos 0/0";

const DSCP: &str = "\
iptables -t mangle -A PREROUTING -m dscp --dscp 10
iptables -t mangle -A PREROUTING -m dscp ! --dscp-class EF
iptables -t mangle -A PREROUTING -m dscp --dscp-class cs7 -j ACCEPT
iptables -t mangle -A OUTPUT -j DSCP --set-dscp 0x2e
iptables -t mangle -A OUTPUT -j DSCP --set-dscp-class AF41
iptables -t mangle -A OUTPUT -j DSCP --set-dscp 0";

const ECN: &str = "\
iptables -t mangle -A PREROUTING -p tcp -m ecn ! --ecn-tcp-cwr --ecn-tcp-ece
iptables -t mangle -A PREROUTING -p tcp -m ecn --ecn-tcp-cwr ! --ecn-tcp-ece
iptables -t mangle -A PREROUTING -m ecn ! --ecn-ip-ect 3
iptables -t mangle -A PREROUTING -p tcp -m ecn --ecn-tcp-ece --ecn-ip-ect 1 -j ECN --ecn-tcp-remove
iptables -t mangle -A PREROUTING -p tcp -j ECN --ecn-tcp-cwr 1 --ecn-tcp-ece 0 --ecn-ip-ect 2
iptables -t mangle -A PREROUTING -p tcp -j ECN --ecn-tcp-ece 1
iptables -t mangle -A PREROUTING -p tcp -j ECN --ecn-tcp-remove --ecn-ip-ect 0
iptables -t mangle -A PREROUTING -p tcp -j ECN --ecn-ip-ect 3";

const LENGTH: &str = "\
iptables -A INPUT -m length --length 100:200 -j DROP
iptables -A INPUT -m length ! --length 1500
iptables -A INPUT -m length --length :64
iptables -A INPUT -m length --length 9000:
iptables -A INPUT -m length --length 200:100";

const CLASSIFY: &str = "\
iptables -t mangle -A POSTROUTING -o eth0 -j CLASSIFY --set-class 1:10
iptables -t mangle -A POSTROUTING -j CLASSIFY --set-class ffff:ffff
iptables -t mangle -A POSTROUTING -j CLASSIFY --set-class 0:0
iptables -t mangle -A POSTROUTING -p udp -j CLASSIFY --set-class 0x10:abc";

const HMARK: &str = "\
iptables -t mangle -A PREROUTING -j HMARK --hmark-tuple src --hmark-mod 10 --hmark-rnd 1
iptables -t mangle -A PREROUTING -j HMARK --hmark-tuple dst,ct --hmark-mod 10 --hmark-rnd 0xdeadbeef --hmark-offset 100
iptables -t mangle -A PREROUTING -j HMARK --hmark-src-prefix 24 --hmark-dst-prefix 255.255.0.0 --hmark-mod 3 --hmark-rnd 7
iptables -t mangle -A PREROUTING -j HMARK --hmark-src-prefix 0 --hmark-mod 3 --hmark-rnd 7
iptables -t mangle -A PREROUTING -j HMARK --hmark-sport-mask 0xff --hmark-dport-mask 0xf0 --hmark-proto-mask 0x3 --hmark-mod 3 --hmark-rnd 7
iptables -t mangle -A PREROUTING -j HMARK --hmark-spi-mask 0x1 --hmark-mod 3 --hmark-rnd 7 --hmark-spi 5
iptables -t mangle -A PREROUTING -j HMARK --hmark-tuple sport,dport,proto --hmark-mod 3 --hmark-rnd 7 --hmark-sport 5 --hmark-dport 6
iptables -t mangle -A PREROUTING -j HMARK --hmark-tuple src,dst,sport,dport,proto,ct --hmark-mod 3 --hmark-rnd 7 --hmark-offset 0";

const TCPOPTSTRIP: &str = "\
iptables -t mangle -A POSTROUTING -p tcp -j TCPOPTSTRIP --strip-options mss,wscale,sack-permitted,sack,timestamp,md5
iptables -t mangle -A POSTROUTING -p tcp -j TCPOPTSTRIP --strip-options 7,6,50,100,255
iptables -t mangle -A POSTROUTING -p tcp -j TCPOPTSTRIP
iptables -t mangle -A POSTROUTING -p tcp -o eth0 -j TCPOPTSTRIP --strip-options 0x10,sack";

const RATEEST: &str = "\
iptables -t mangle -A PREROUTING -j RATEEST --rateest-name foo --rateest-interval 250ms --rateest-ewmalog 1s
iptables -t mangle -A PREROUTING -j RATEEST --rateest-name q --rateest-interval 500us --rateest-ewmalog 1000ms
iptables -t mangle -A PREROUTING -j RATEEST --rateest-name q2 --rateest-interval 8s --rateest-ewmalog 100s
iptables -t mangle -A PREROUTING -j RATEEST --rateest-name 0123456789abcdef --rateest-interval 1.5S --rateest-ewmalog 8e6";

const IDLETIMER: &str = "\
iptables -A INPUT -j IDLETIMER --timeout 10 --label foo
iptables -A INPUT -j IDLETIMER --timeout 100000 --label baz --alarm
iptables -A INPUT -j IDLETIMER --timeout 5 --label 0123456789012345678901234567890";

/// IDLETIMER blobs of revision 0 and 1 written over netlink.
fn idletimer_old() -> String {
    format!(
        "{XT_PY}
iptables -A INPUT -j ACCEPT
python3 /tmp/xt.py target filter INPUT IDLETIMER 0 05000000666972737400000000000000000000000000000000000000000000000000000000000000
python3 /tmp/xt.py target filter INPUT IDLETIMER 1 070000007365630000000000000000000000000000000000000000000000000000010000000000000000000000000000"
    )
}

/// Two estimators, for the rateest match to name.
const ESTIMATORS: &str = "\
iptables -t mangle -A PREROUTING -j RATEEST --rateest-name a --rateest-interval 1s --rateest-ewmalog 8s
iptables -t mangle -A PREROUTING -j RATEEST --rateest-name b --rateest-interval 1s --rateest-ewmalog 8s";

/// The estimators and rules of every kind matching on them.
fn rateest_rules() -> String {
    format!(
        "{ESTIMATORS}
iptables -t mangle -A PREROUTING -m rateest --rateest a --rateest-bps 1mbit --rateest-gt -j ACCEPT
iptables -t mangle -A PREROUTING -m rateest --rateest1 a --rateest-pps 10 ! --rateest-lt
iptables -t mangle -A PREROUTING -m rateest --rateest1 a --rateest-bps1 1000 --rateest-gt
iptables -t mangle -A PREROUTING -m rateest --rateest a --rateest-bps 4gbit --rateest-gt
iptables -t mangle -A PREROUTING -m rateest --rateest a --rateest-bps 1.5kbit --rateest-eq
iptables -t mangle -A PREROUTING -m rateest --rateest1 a --rateest2 b --rateest-bps --rateest-gt
iptables -t mangle -A PREROUTING -m rateest --rateest1 a --rateest2 b --rateest-pps --rateest-lt
iptables -t mangle -A PREROUTING -m rateest --rateest1 a --rateest2 b --rateest-delta --rateest-bps1 10kbit --rateest-bps2 20kbit --rateest-eq
iptables -t mangle -A PREROUTING -m rateest --rateest a --rateest-delta --rateest-bps1 1mibps --rateest-bps2 12mbps --rateest-lt"
    )
}

const NFQUEUE: &str = "\
iptables -A INPUT -p tcp --dport 80 -j NFQUEUE --queue-num 3
iptables -A INPUT -j NFQUEUE --queue-balance 2:5 --queue-bypass --queue-cpu-fanout
iptables -A INPUT -j NFQUEUE
iptables -A INPUT -j NFQUEUE --queue-num 65535 --queue-bypass
iptables -A INPUT -j NFQUEUE --queue-balance :3
iptables -A INPUT -j NFQUEUE --queue-balance 7: --queue-bypass";

/// `/tmp/xt.py match|target TABLE CHAIN NAME REV HEX`: appends a rule holding that xt blob
/// (and a counter) over netlink, for revisions iptables-nft 1.8.9 no longer writes.
const XT_PY: &str = r#"cat >/tmp/xt.py <<'PY'
import socket, struct, sys
def nla(t, p):
    n = 4 + len(p)
    return struct.pack('<HH', n, t) + p + bytes(-n % 4)
def msg(t, fl, seq, p, res=0):
    p = bytes([2, 0]) + struct.pack('>H', res) + p
    return struct.pack('<IHHII', 16 + len(p), t, fl, seq, 0) + p
def ex(n, *d):
    return nla(0x8001, nla(1, n.encode() + b'\0') + nla(0x8002, b''.join(d)))
kind, table, chain, name, rev, info = sys.argv[1:7]
xt = ex(kind, nla(1, name.encode() + b'\0'), nla(2, struct.pack('>I', int(rev))), nla(3, bytes.fromhex(info)))
counter = ex('counter', nla(1, bytes(8)), nla(2, bytes(8)))
es = nla(0x8004, xt + counter if kind == 'match' else counter + xt)
body = nla(1, table.encode() + b'\0') + nla(2, chain.encode() + b'\0') + es
s = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, 12)
s.bind((0, 0))
s.send(msg(0x10, 1, 1, b'', 10) + msg(0x0a06, 0xc05, 2, body) + msg(0x11, 1, 3, b'', 10))
d = s.recv(65536)
err = struct.unpack_from('<i', d, 16)[0]
if err:
    sys.exit('kernel refused the rule: %d' % err)
PY"#;

/// NFQUEUE blobs of revisions 0, 1 and 2 (and 3), as older iptables wrote them.
fn nfqueue_old() -> String {
    format!(
        "{XT_PY}
iptables -A INPUT -j ACCEPT
python3 /tmp/xt.py target filter INPUT NFQUEUE 0 0500000000000000
python3 /tmp/xt.py target filter INPUT NFQUEUE 1 0500030000000000
python3 /tmp/xt.py target filter INPUT NFQUEUE 1 0500010000000000
python3 /tmp/xt.py target filter INPUT NFQUEUE 2 0500030001000000
python3 /tmp/xt.py target filter INPUT NFQUEUE 2 0600010001000000
python3 /tmp/xt.py target filter INPUT NFQUEUE 2 0700010000000000
python3 /tmp/xt.py target filter INPUT NFQUEUE 3 0800020003000000"
    )
}

cases! {
    // TCPMSS and tcpmss
    ipt_ext_b_tcpmss_set: ipt("-t mangle -A FORWARD -p tcp -j TCPMSS --set-mss 1400").check(M);
    ipt_ext_b_tcpmss_clamp: ipt("-t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu").check(M);
    ipt_ext_b_tcpmss_last_wins: ipt("-t mangle -A FORWARD -p tcp -j TCPMSS --set-mss 1400 --clamp-mss-to-pmtu").check(M);
    ipt_ext_b_tcpmss_last_wins_set: ipt("-t mangle -A FORWARD -p tcp -j TCPMSS --clamp-mss-to-pmtu --set-mss 1300").check(M);
    ipt_ext_b_tcpmss_no_tcp: ipt("-t mangle -A FORWARD -j TCPMSS --set-mss 1400").check(M);
    ipt_ext_b_tcpmss_udp: ipt("-t mangle -A FORWARD -p udp -j TCPMSS --clamp-mss-to-pmtu").check(M);
    ipt_ext_b_tcpmss_nothing: ipt("-t mangle -A FORWARD -p tcp -j TCPMSS");
    ipt_ext_b_tcpmss_too_big: ipt("-t mangle -A FORWARD -p tcp -j TCPMSS --set-mss 65516");
    ipt_ext_b_tcpmss_largest: ipt("-t mangle -A FORWARD -p tcp -j TCPMSS --set-mss 65515").check(M);
    ipt_ext_b_tcpmss_twice: ipt("-t mangle -A FORWARD -p tcp -j TCPMSS --set-mss 1 --set-mss 2");
    ipt_ext_b_tcpmss_inverted: ipt("-t mangle -A FORWARD -p tcp -j TCPMSS ! --clamp-mss-to-pmtu");
    ipt_ext_b_tcpmss_filter_table: ipt("-A FORWARD -p tcp -j TCPMSS --clamp-mss-to-pmtu").check(F);
    ipt_ext_b_tcpmss_match: ipt("-t mangle -A FORWARD -p tcp -m tcpmss --mss 100:200").check(M);
    ipt_ext_b_tcpmss_match_inverted: ipt("-t mangle -A FORWARD -p tcp -m tcpmss ! --mss 0x10").check(M);
    ipt_ext_b_tcpmss_match_open: ipt("-t mangle -A FORWARD -p tcp -m tcpmss --mss 9:").check(M);
    ipt_ext_b_tcpmss_match_empty: ipt("-t mangle -A FORWARD -p tcp -m tcpmss --mss :").check(M);
    ipt_ext_b_tcpmss_match_backwards: ipt("-t mangle -A FORWARD -p tcp -m tcpmss --mss 9:5");
    ipt_ext_b_tcpmss_match_big: ipt("-t mangle -A FORWARD -p tcp -m tcpmss --mss 5:65536");
    ipt_ext_b_tcpmss_match_junk: ipt("-t mangle -A FORWARD -p tcp -m tcpmss --mss 5:6x");
    ipt_ext_b_tcpmss_match_three: ipt("-t mangle -A FORWARD -p tcp -m tcpmss --mss 1:2:3");
    ipt_ext_b_tcpmss_match_missing: ipt("-t mangle -A FORWARD -p tcp -m tcpmss");
    ipt_ext_b_tcpmss_match_no_tcp: ipt("-t mangle -A FORWARD -m tcpmss --mss 5");
    ipt_ext_b_tcpmss_list: ipt("-t mangle -L FORWARD").setup(TCPMSS);
    ipt_ext_b_tcpmss_list_numeric: ipt("-t mangle -L FORWARD -n -v").setup(TCPMSS);
    ipt_ext_b_tcpmss_dump: ipt("-t mangle -S").setup(TCPMSS);
    ipt_ext_b_tcpmss_save: save().setup(TCPMSS);
    ipt_ext_b_tcpmss_check: ipt("-t mangle -C FORWARD -p tcp -m tcpmss ! --mss 536").setup(TCPMSS);
    ipt_ext_b_tcpmss_check_other: ipt("-t mangle -C FORWARD -p tcp -m tcpmss --mss 536").setup(TCPMSS);
    ipt_ext_b_tcpmss_delete: ipt("-t mangle -D FORWARD -p tcp -j TCPMSS --set-mss 1400").setup(TCPMSS).check(M);
    ipt_ext_b_tcpmss_delete_clamp: ipt("-t mangle -D FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu").setup(TCPMSS).check(M);
    ipt_ext_b_tcpmss_help: ipt("-j TCPMSS -h");
    ipt_ext_b_tcpmss_match_help: ipt("-p tcp -m tcpmss -h");

    // CHECKSUM
    ipt_ext_b_checksum_fill: ipt("-t mangle -A POSTROUTING -o virbr0 -p udp -m udp --dport 68 -j CHECKSUM --checksum-fill").check(M);
    ipt_ext_b_checksum_missing: ipt("-t mangle -A POSTROUTING -j CHECKSUM");
    ipt_ext_b_checksum_inverted: ipt("-t mangle -A POSTROUTING -j CHECKSUM ! --checksum-fill");
    ipt_ext_b_checksum_twice: ipt("-t mangle -A POSTROUTING -j CHECKSUM --checksum-fill --checksum-fill");
    ipt_ext_b_checksum_filter_table: ipt("-A INPUT -j CHECKSUM --checksum-fill").check(F);
    ipt_ext_b_checksum_list: ipt("-t mangle -L POSTROUTING").setup(CHECKSUM);
    ipt_ext_b_checksum_list_numeric: ipt("-t mangle -L POSTROUTING -n -v").setup(CHECKSUM);
    ipt_ext_b_checksum_save: save().setup(CHECKSUM);
    ipt_ext_b_checksum_delete: ipt("-t mangle -D POSTROUTING -o virbr0 -p udp --dport 68 -j CHECKSUM --checksum-fill").setup(CHECKSUM).check(M);
    ipt_ext_b_checksum_help: ipt("-j CHECKSUM -h");

    // TTL
    ipt_ext_b_ttl_set: ipt("-t mangle -A PREROUTING -j TTL --ttl-set 64").check(M);
    ipt_ext_b_ttl_dec: ipt("-t mangle -A PREROUTING -j TTL --ttl-dec 1").check(M);
    ipt_ext_b_ttl_inc: ipt("-t mangle -A PREROUTING -j TTL --ttl-inc 0x10").check(M);
    ipt_ext_b_ttl_none: ipt("-t mangle -A PREROUTING -j TTL");
    ipt_ext_b_ttl_dec_zero: ipt("-t mangle -A PREROUTING -j TTL --ttl-dec 0");
    ipt_ext_b_ttl_set_big: ipt("-t mangle -A PREROUTING -j TTL --ttl-set 256");
    ipt_ext_b_ttl_two_actions: ipt("-t mangle -A PREROUTING -j TTL --ttl-inc 1 --ttl-set 2");
    ipt_ext_b_ttl_dec_inc: ipt("-t mangle -A PREROUTING -j TTL --ttl-inc 1 --ttl-dec 2");
    ipt_ext_b_ttl_inverted: ipt("-t mangle -A PREROUTING -j TTL ! --ttl-set 2");
    ipt_ext_b_ttl_filter_table: ipt("-A INPUT -j TTL --ttl-set 2");
    ipt_ext_b_ttl_list: ipt("-t mangle -L PREROUTING").setup(TTL);
    ipt_ext_b_ttl_list_numeric: ipt("-t mangle -L PREROUTING -n -v").setup(TTL);
    ipt_ext_b_ttl_save: save().setup(TTL);
    ipt_ext_b_ttl_check: ipt("-t mangle -C PREROUTING -j TTL --ttl-dec 1").setup(TTL);
    ipt_ext_b_ttl_check_other: ipt("-t mangle -C PREROUTING -j TTL --ttl-inc 1").setup(TTL);
    ipt_ext_b_ttl_delete: ipt("-t mangle -D PREROUTING -i eth0 -j TTL --ttl-inc 255").setup(TTL).check(M);
    ipt_ext_b_ttl_help: ipt("-j TTL -h");

    // tos and TOS
    ipt_ext_b_tos_name: ipt("-t mangle -A PREROUTING -m tos --tos minimize-delay").check(M);
    ipt_ext_b_tos_inverted: ipt("-t mangle -A PREROUTING -m tos ! --tos 0x10/0xf0").check(M);
    ipt_ext_b_tos_number: ipt("-t mangle -A PREROUTING -m tos --tos 16").check(M);
    ipt_ext_b_tos_unknown: ipt("-t mangle -A PREROUTING -m tos --tos Min");
    ipt_ext_b_tos_big: ipt("-t mangle -A PREROUTING -m tos --tos 256");
    ipt_ext_b_tos_bad_mask: ipt("-t mangle -A PREROUTING -m tos --tos 0x10/256");
    ipt_ext_b_tos_no_mask: ipt("-t mangle -A PREROUTING -m tos --tos 0x10/");
    ipt_ext_b_tos_missing: ipt("-t mangle -A PREROUTING -m tos");
    ipt_ext_b_tos_twice: ipt("-t mangle -A PREROUTING -m tos --tos 1 --tos 2");
    ipt_ext_b_tos_target_name: ipt("-t mangle -A OUTPUT -j TOS --set-tos Maximize-Reliability").check(M);
    ipt_ext_b_tos_target_mask: ipt("-t mangle -A OUTPUT -j TOS --set-tos 0x10/0x0f").check(M);
    ipt_ext_b_tos_target_and: ipt("-t mangle -A OUTPUT -j TOS --and-tos 0x3f").check(M);
    ipt_ext_b_tos_target_or: ipt("-t mangle -A OUTPUT -j TOS --or-tos 3").check(M);
    ipt_ext_b_tos_target_xor: ipt("-t mangle -A OUTPUT -j TOS --xor-tos 0xff").check(M);
    ipt_ext_b_tos_target_none: ipt("-t mangle -A OUTPUT -j TOS");
    ipt_ext_b_tos_target_two: ipt("-t mangle -A OUTPUT -j TOS --xor-tos 1 --or-tos 2");
    ipt_ext_b_tos_target_set_and: ipt("-t mangle -A OUTPUT -j TOS --and-tos 1 --set-tos 2");
    ipt_ext_b_tos_target_or_name: ipt("-t mangle -A OUTPUT -j TOS --or-tos Minimize-Delay");
    ipt_ext_b_tos_target_bad: ipt("-t mangle -A OUTPUT -j TOS --set-tos 1/2/3");
    ipt_ext_b_tos_target_unknown: ipt("-t mangle -A OUTPUT -j TOS --set-tos Fast");
    ipt_ext_b_tos_target_inverted: ipt("-t mangle -A OUTPUT -j TOS ! --set-tos 1");
    ipt_ext_b_tos_list: ipt("-t mangle -L").setup(TOS);
    ipt_ext_b_tos_list_numeric: ipt("-t mangle -L -n -v").setup(TOS);
    ipt_ext_b_tos_dump: ipt("-t mangle -S").setup(TOS);
    ipt_ext_b_tos_save: save().setup(TOS);
    ipt_ext_b_tos_check: ipt("-t mangle -C PREROUTING -m tos ! --tos 2/0x3f").setup(TOS);
    ipt_ext_b_tos_check_other: ipt("-t mangle -C PREROUTING -m tos --tos Minimize-Cost").setup(TOS);
    ipt_ext_b_tos_delete: ipt("-t mangle -D OUTPUT -j TOS --set-tos 0x03/0x03").setup(TOS).check(M);
    ipt_ext_b_tos_help: ipt("-m tos -h");
    ipt_ext_b_tos_target_help: ipt("-j TOS -h");

    // dscp and DSCP
    ipt_ext_b_dscp_value: ipt("-t mangle -A PREROUTING -m dscp --dscp 0x3f").check(M);
    ipt_ext_b_dscp_class_inverted: ipt("-t mangle -A PREROUTING -m dscp ! --dscp-class af13").check(M);
    ipt_ext_b_dscp_class_prefix: ipt("-t mangle -A PREROUTING -m dscp --dscp-class EFX").check(M);
    ipt_ext_b_dscp_class_short: ipt("-t mangle -A PREROUTING -m dscp --dscp-class AF4");
    ipt_ext_b_dscp_big: ipt("-t mangle -A PREROUTING -m dscp --dscp 64");
    ipt_ext_b_dscp_both: ipt("-t mangle -A PREROUTING -m dscp --dscp-class EF --dscp 1");
    ipt_ext_b_dscp_both_bad_class: ipt("-t mangle -A PREROUTING -m dscp --dscp 1 --dscp-class XX");
    ipt_ext_b_dscp_missing: ipt("-t mangle -A PREROUTING -m dscp");
    ipt_ext_b_dscp_twice: ipt("-t mangle -A PREROUTING -m dscp --dscp 1 --dscp 2");
    ipt_ext_b_dscp_target: ipt("-t mangle -A OUTPUT -j DSCP --set-dscp 10").check(M);
    ipt_ext_b_dscp_target_class: ipt("-t mangle -A OUTPUT -j DSCP --set-dscp-class cs1").check(M);
    ipt_ext_b_dscp_target_bad_class: ipt("-t mangle -A OUTPUT -j DSCP --set-dscp-class zz");
    ipt_ext_b_dscp_target_none: ipt("-t mangle -A OUTPUT -j DSCP");
    ipt_ext_b_dscp_target_both: ipt("-t mangle -A OUTPUT -j DSCP --set-dscp 1 --set-dscp-class EF");
    ipt_ext_b_dscp_target_inverted: ipt("-t mangle -A OUTPUT -j DSCP ! --set-dscp 1");
    ipt_ext_b_dscp_target_filter: ipt("-A OUTPUT -j DSCP --set-dscp 1");
    ipt_ext_b_dscp_list: ipt("-t mangle -L").setup(DSCP);
    ipt_ext_b_dscp_list_numeric: ipt("-t mangle -L -n -v").setup(DSCP);
    ipt_ext_b_dscp_save: save().setup(DSCP);
    ipt_ext_b_dscp_check: ipt("-t mangle -C PREROUTING -m dscp ! --dscp 46").setup(DSCP);
    ipt_ext_b_dscp_delete: ipt("-t mangle -D OUTPUT -j DSCP --set-dscp 0x22").setup(DSCP).check(M);
    ipt_ext_b_dscp_help: ipt("-m dscp -h");
    ipt_ext_b_dscp_target_help: ipt("-j DSCP -h");

    // ecn and ECN
    ipt_ext_b_ecn_tcp: ipt("-t mangle -A PREROUTING -p tcp -m ecn ! --ecn-tcp-cwr ! --ecn-tcp-ece").check(M);
    ipt_ext_b_ecn_ip: ipt("-t mangle -A PREROUTING -m ecn --ecn-ip-ect 2").check(M);
    ipt_ext_b_ecn_no_tcp: ipt("-t mangle -A PREROUTING -m ecn --ecn-tcp-cwr").check(M);
    ipt_ext_b_ecn_none: ipt("-t mangle -A PREROUTING -m ecn");
    ipt_ext_b_ecn_big: ipt("-t mangle -A PREROUTING -m ecn --ecn-ip-ect 4");
    ipt_ext_b_ecn_twice: ipt("-t mangle -A PREROUTING -p tcp -m ecn --ecn-tcp-ece --ecn-tcp-ece");
    ipt_ext_b_ecn_target_remove: ipt("-t mangle -A PREROUTING -p tcp -j ECN --ecn-tcp-remove").check(M);
    ipt_ext_b_ecn_target_bits: ipt("-t mangle -A PREROUTING -p tcp -j ECN --ecn-tcp-cwr 1 --ecn-tcp-ece 1 --ecn-ip-ect 2").check(M);
    ipt_ext_b_ecn_target_zeros: ipt("-t mangle -A PREROUTING -p tcp -j ECN --ecn-tcp-cwr 0 --ecn-tcp-ece 0").check(M);
    ipt_ext_b_ecn_target_none: ipt("-t mangle -A PREROUTING -p tcp -j ECN");
    ipt_ext_b_ecn_target_remove_cwr: ipt("-t mangle -A PREROUTING -p tcp -j ECN --ecn-tcp-cwr 1 --ecn-tcp-remove");
    ipt_ext_b_ecn_target_remove_ece: ipt("-t mangle -A PREROUTING -p tcp -j ECN --ecn-tcp-ece 0 --ecn-tcp-remove");
    ipt_ext_b_ecn_target_big: ipt("-t mangle -A PREROUTING -p tcp -j ECN --ecn-tcp-cwr 2");
    ipt_ext_b_ecn_target_inverted: ipt("-t mangle -A PREROUTING -p tcp -j ECN ! --ecn-tcp-remove");
    ipt_ext_b_ecn_target_no_tcp: ipt("-t mangle -A PREROUTING -j ECN --ecn-tcp-remove");
    ipt_ext_b_ecn_list: ipt("-t mangle -L PREROUTING").setup(ECN);
    ipt_ext_b_ecn_list_numeric: ipt("-t mangle -L PREROUTING -n -v").setup(ECN);
    ipt_ext_b_ecn_dump: ipt("-t mangle -S").setup(ECN);
    ipt_ext_b_ecn_save: save().setup(ECN);
    ipt_ext_b_ecn_check: ipt("-t mangle -C PREROUTING -p tcp -m ecn --ecn-tcp-ece ! --ecn-tcp-cwr").setup(ECN);
    ipt_ext_b_ecn_delete: ipt("-t mangle -D PREROUTING -p tcp -j ECN --ecn-tcp-ece 0 --ecn-ip-ect 2 --ecn-tcp-cwr 1").setup(ECN).check(M);
    ipt_ext_b_ecn_delete_remove: ipt("-t mangle -D PREROUTING -p tcp -m ecn --ecn-tcp-ece --ecn-ip-ect 1 -j ECN --ecn-tcp-cwr 0 --ecn-tcp-ece 0").setup(ECN).check(M);
    ipt_ext_b_ecn_help: ipt("-m ecn -h");
    ipt_ext_b_ecn_target_help: ipt("-j ECN -h");

    // length
    ipt_ext_b_length_range: ipt("-A INPUT -m length --length 100:200 -j DROP").check(F);
    ipt_ext_b_length_inverted: ipt("-A INPUT -m length ! --length 0x40").check(F);
    ipt_ext_b_length_backwards: ipt("-A INPUT -m length --length 100:5").check(F);
    ipt_ext_b_length_big: ipt("-A INPUT -m length --length 65536");
    ipt_ext_b_length_junk: ipt("-A INPUT -m length --length 5x");
    ipt_ext_b_length_negative: ipt("-A INPUT -m length --length -1");
    ipt_ext_b_length_three: ipt("-A INPUT -m length --length 1:2:3");
    ipt_ext_b_length_missing: ipt("-A INPUT -m length");
    ipt_ext_b_length_twice: ipt("-A INPUT -m length --length 1 --length 2");
    ipt_ext_b_length_list: ipt("-L INPUT").setup(LENGTH);
    ipt_ext_b_length_list_numeric: ipt("-L INPUT -n -v").setup(LENGTH);
    ipt_ext_b_length_dump: ipt("-S").setup(LENGTH);
    ipt_ext_b_length_save: save().setup(LENGTH);
    ipt_ext_b_length_check: ipt("-C INPUT -m length ! --length 1500").setup(LENGTH);
    ipt_ext_b_length_check_other: ipt("-C INPUT -m length --length 1500").setup(LENGTH);
    ipt_ext_b_length_delete: ipt("-D INPUT -m length --length 0:64").setup(LENGTH).check(F);
    ipt_ext_b_length_help: ipt("-m length -h");

    // CLASSIFY
    ipt_ext_b_classify_set: ipt("-t mangle -A POSTROUTING -o eth0 -j CLASSIFY --set-class 1:10").check(M);
    ipt_ext_b_classify_wraps: ipt("-t mangle -A POSTROUTING -j CLASSIFY --set-class 10000:12345").check(M);
    ipt_ext_b_classify_scanf: ipt("-t mangle -A POSTROUTING -j CLASSIFY --set-class 0x1:2:3").check(M);
    ipt_ext_b_classify_no_minor: ipt("-t mangle -A POSTROUTING -j CLASSIFY --set-class 1");
    ipt_ext_b_classify_bad_minor: ipt("-t mangle -A POSTROUTING -j CLASSIFY --set-class 1:x");
    ipt_ext_b_classify_missing: ipt("-t mangle -A POSTROUTING -j CLASSIFY");
    ipt_ext_b_classify_inverted: ipt("-t mangle -A POSTROUTING -j CLASSIFY ! --set-class 1:2");
    ipt_ext_b_classify_twice: ipt("-t mangle -A POSTROUTING -j CLASSIFY --set-class 1:2 --set-class 1:3");
    ipt_ext_b_classify_filter: ipt("-A OUTPUT -j CLASSIFY --set-class 1:2");
    ipt_ext_b_classify_list: ipt("-t mangle -L POSTROUTING").setup(CLASSIFY);
    ipt_ext_b_classify_list_numeric: ipt("-t mangle -L POSTROUTING -n -v").setup(CLASSIFY);
    ipt_ext_b_classify_save: save().setup(CLASSIFY);
    ipt_ext_b_classify_check: ipt("-t mangle -C POSTROUTING -p udp -j CLASSIFY --set-class 10:0abc").setup(CLASSIFY);
    ipt_ext_b_classify_delete: ipt("-t mangle -D POSTROUTING -j CLASSIFY --set-class FFFF:FFFF").setup(CLASSIFY).check(M);
    ipt_ext_b_classify_help: ipt("-j CLASSIFY -h");

    // NFQUEUE
    ipt_ext_b_nfqueue_num: ipt("-A INPUT -p tcp --dport 80 -j NFQUEUE --queue-num 3").check(F);
    ipt_ext_b_nfqueue_default: ipt("-A INPUT -j NFQUEUE").check(F);
    ipt_ext_b_nfqueue_balance: ipt("-A INPUT -j NFQUEUE --queue-balance 2:5 --queue-bypass --queue-cpu-fanout").check(F);
    ipt_ext_b_nfqueue_balance_open: ipt("-A INPUT -j NFQUEUE --queue-balance 3:").check(F);
    ipt_ext_b_nfqueue_balance_all: ipt("-A INPUT -j NFQUEUE --queue-balance 0:65535").check(F);
    ipt_ext_b_nfqueue_balance_one: ipt("-A INPUT -j NFQUEUE --queue-balance 3");
    ipt_ext_b_nfqueue_balance_backwards: ipt("-A INPUT -j NFQUEUE --queue-balance 3:3");
    ipt_ext_b_nfqueue_balance_bad: ipt("-A INPUT -j NFQUEUE --queue-balance 1:x");
    ipt_ext_b_nfqueue_num_and_balance: ipt("-A INPUT -j NFQUEUE --queue-balance 2:3 --queue-num 1");
    ipt_ext_b_nfqueue_big: ipt("-A INPUT -j NFQUEUE --queue-num 65536");
    ipt_ext_b_nfqueue_fanout_alone: ipt("-A INPUT -j NFQUEUE --queue-num 4 --queue-cpu-fanout");
    ipt_ext_b_nfqueue_fail_open: ipt("-A INPUT -j NFQUEUE --fail-open");
    ipt_ext_b_nfqueue_inverted: ipt("-A INPUT -j NFQUEUE ! --queue-bypass");
    ipt_ext_b_nfqueue_twice: ipt("-A INPUT -j NFQUEUE --queue-bypass --queue-bypass");
    ipt_ext_b_nfqueue_list: ipt("-L INPUT").setup(NFQUEUE);
    ipt_ext_b_nfqueue_list_numeric: ipt("-L INPUT -n -v").setup(NFQUEUE);
    ipt_ext_b_nfqueue_dump: ipt("-S").setup(NFQUEUE);
    ipt_ext_b_nfqueue_save: save().setup(NFQUEUE);
    ipt_ext_b_nfqueue_check: ipt("-C INPUT -j NFQUEUE --queue-num 0").setup(NFQUEUE);
    ipt_ext_b_nfqueue_check_other: ipt("-C INPUT -j NFQUEUE --queue-num 0 --queue-bypass").setup(NFQUEUE);
    ipt_ext_b_nfqueue_delete: ipt("-D INPUT -j NFQUEUE --queue-balance 2:5 --queue-cpu-fanout --queue-bypass").setup(NFQUEUE).check(F);
    ipt_ext_b_nfqueue_help: ipt("-j NFQUEUE -h");
    ipt_ext_b_nfqueue_old_dump: ipt("-S").setup(&nfqueue_old());
    ipt_ext_b_nfqueue_old_list: ipt("-L").setup(&nfqueue_old());
    ipt_ext_b_nfqueue_old_list_numeric: ipt("-L -n -v -x").setup(&nfqueue_old());
    ipt_ext_b_nfqueue_old_save: save().setup(&nfqueue_old());
    ipt_ext_b_nfqueue_old_check: ipt("-C INPUT -j NFQUEUE --queue-num 5").setup(&nfqueue_old());
    ipt_ext_b_nfqueue_old_delete: ipt("-D INPUT -j NFQUEUE --queue-num 6 --queue-bypass").setup(&nfqueue_old()).check(F);
    ipt_ext_b_nfqueue_old_delete_num: ipt("-D INPUT 2").setup(&nfqueue_old()).check(F);
    ipt_ext_b_nfqueue_old_zero: ipt("-Z INPUT").setup(&nfqueue_old()).check("iptables -S -v");

    // HMARK
    ipt_ext_b_hmark_tuple: ipt("-t mangle -A PREROUTING -j HMARK --hmark-tuple src,dst,sp,dport,PROTO,ct --hmark-mod 3 --hmark-rnd 7 --hmark-offset 5").check(M);
    ipt_ext_b_hmark_spi: ipt("-t mangle -A PREROUTING -j HMARK --hmark-tuple spi --hmark-spi 0x10 --hmark-mod 3 --hmark-rnd 0").check(M);
    ipt_ext_b_hmark_masks: ipt("-t mangle -A PREROUTING -j HMARK --hmark-sport-mask 0xff --hmark-dport-mask 0xf0 --hmark-proto-mask 256 --hmark-sport 1 --hmark-dport 2 --hmark-mod 4294967295 --hmark-rnd 0xffffffff").check(M);
    ipt_ext_b_hmark_prefix_mask: ipt("-t mangle -A PREROUTING -j HMARK --hmark-src-prefix 255.255.255.128 --hmark-dst-prefix 0x10 --hmark-mod 3 --hmark-rnd 7").check(M);
    ipt_ext_b_hmark_prefix_big: ipt("-t mangle -A PREROUTING -j HMARK --hmark-src-prefix 33 --hmark-dst-prefix 255.0.255.0 --hmark-mod 3 --hmark-rnd 7").check(M);
    ipt_ext_b_hmark_prefix_bad: ipt("-t mangle -A PREROUTING -j HMARK --hmark-src-prefix 1.2.3.4.5 --hmark-mod 3 --hmark-rnd 7");
    ipt_ext_b_hmark_prefix_after_tuple: ipt("-t mangle -A PREROUTING -j HMARK --hmark-tuple src --hmark-src-prefix 8 --hmark-mod 3 --hmark-rnd 7");
    ipt_ext_b_hmark_tuple_after_prefix: ipt("-t mangle -A PREROUTING -j HMARK --hmark-src-prefix 8 --hmark-tuple src,dst --hmark-mod 3 --hmark-rnd 7").check(M);
    ipt_ext_b_hmark_tuple_bad: ipt("-t mangle -A PREROUTING -j HMARK --hmark-tuple src,,dst --hmark-mod 3 --hmark-rnd 7");
    ipt_ext_b_hmark_tuple_long: ipt("-t mangle -A PREROUTING -j HMARK --hmark-tuple srcx --hmark-mod 3 --hmark-rnd 7");
    ipt_ext_b_hmark_tuple_trailing_comma: ipt("-t mangle -A PREROUTING -j HMARK --hmark-tuple ct, --hmark-mod 3 --hmark-rnd 7");
    ipt_ext_b_hmark_no_mod: ipt("-t mangle -A PREROUTING -j HMARK --hmark-tuple src");
    ipt_ext_b_hmark_no_rnd: ipt("-t mangle -A PREROUTING -j HMARK --hmark-tuple sport,spi --hmark-mod 3");
    ipt_ext_b_hmark_spi_and_ports: ipt("-t mangle -A PREROUTING -j HMARK --hmark-dport-mask 1 --hmark-tuple spi --hmark-mod 3 --hmark-rnd 7");
    ipt_ext_b_hmark_no_tuple: ipt("-t mangle -A PREROUTING -j HMARK --hmark-mod 3 --hmark-rnd 7 --hmark-offset 1");
    ipt_ext_b_hmark_mod_zero: ipt("-t mangle -A PREROUTING -j HMARK --hmark-tuple src --hmark-mod 0 --hmark-rnd 7");
    ipt_ext_b_hmark_inverted: ipt("-t mangle -A PREROUTING -j HMARK --hmark-tuple src --hmark-mod 3 ! --hmark-rnd 7");
    ipt_ext_b_hmark_spi_and_port_set: ipt("-t mangle -A PREROUTING -j HMARK --hmark-spi 1 --hmark-sport 2 --hmark-mod 3 --hmark-rnd 7").check(M);
    ipt_ext_b_hmark_list: ipt("-t mangle -L PREROUTING").setup(HMARK);
    ipt_ext_b_hmark_list_numeric: ipt("-t mangle -L PREROUTING -n -v").setup(HMARK);
    ipt_ext_b_hmark_dump: ipt("-t mangle -S").setup(HMARK);
    ipt_ext_b_hmark_save: save().setup(HMARK);
    ipt_ext_b_hmark_check: ipt("-t mangle -C PREROUTING -j HMARK --hmark-rnd 1 --hmark-mod 10 --hmark-src-prefix 32").setup(HMARK);
    ipt_ext_b_hmark_check_other: ipt("-t mangle -C PREROUTING -j HMARK --hmark-rnd 1 --hmark-mod 10 --hmark-src-prefix 31").setup(HMARK);
    ipt_ext_b_hmark_delete: ipt("-t mangle -D PREROUTING -j HMARK --hmark-tuple dst,ct --hmark-mod 10 --hmark-rnd 0xdeadbeef --hmark-offset 100").setup(HMARK).check(M);
    ipt_ext_b_hmark_help: ipt("-j HMARK -h");

    // TCPOPTSTRIP
    ipt_ext_b_tcpoptstrip_names: ipt("-t mangle -A POSTROUTING -p tcp -j TCPOPTSTRIP --strip-options md5,timestamp,sack,sack-permitted,wscale,mss").check(M);
    ipt_ext_b_tcpoptstrip_numbers: ipt("-t mangle -A POSTROUTING -p tcp -j TCPOPTSTRIP --strip-options 255,0x20,31,2").check(M);
    ipt_ext_b_tcpoptstrip_none: ipt("-t mangle -A POSTROUTING -p tcp -j TCPOPTSTRIP").check(M);
    ipt_ext_b_tcpoptstrip_zero: ipt("-t mangle -A POSTROUTING -p tcp -j TCPOPTSTRIP --strip-options 1");
    ipt_ext_b_tcpoptstrip_big: ipt("-t mangle -A POSTROUTING -p tcp -j TCPOPTSTRIP --strip-options 256");
    ipt_ext_b_tcpoptstrip_unknown: ipt("-t mangle -A POSTROUTING -p tcp -j TCPOPTSTRIP --strip-options MSS");
    ipt_ext_b_tcpoptstrip_empty_item: ipt("-t mangle -A POSTROUTING -p tcp -j TCPOPTSTRIP --strip-options mss,");
    ipt_ext_b_tcpoptstrip_repeated: ipt("-t mangle -A POSTROUTING -p tcp -j TCPOPTSTRIP --strip-options mss,0x2");
    ipt_ext_b_tcpoptstrip_twice: ipt("-t mangle -A POSTROUTING -p tcp -j TCPOPTSTRIP --strip-options mss --strip-options sack");
    ipt_ext_b_tcpoptstrip_inverted: ipt("-t mangle -A POSTROUTING -p tcp -j TCPOPTSTRIP ! --strip-options mss");
    ipt_ext_b_tcpoptstrip_no_tcp: ipt("-t mangle -A POSTROUTING -j TCPOPTSTRIP --strip-options mss").check(M);
    ipt_ext_b_tcpoptstrip_list: ipt("-t mangle -L POSTROUTING").setup(TCPOPTSTRIP);
    ipt_ext_b_tcpoptstrip_list_numeric: ipt("-t mangle -L POSTROUTING -n -v").setup(TCPOPTSTRIP);
    ipt_ext_b_tcpoptstrip_dump: ipt("-t mangle -S").setup(TCPOPTSTRIP);
    ipt_ext_b_tcpoptstrip_save: save().setup(TCPOPTSTRIP);
    ipt_ext_b_tcpoptstrip_check: ipt("-t mangle -C POSTROUTING -p tcp -j TCPOPTSTRIP --strip-options 2,3,4,5,8,19").setup(TCPOPTSTRIP);
    ipt_ext_b_tcpoptstrip_check_other: ipt("-t mangle -C POSTROUTING -p tcp -j TCPOPTSTRIP --strip-options 2,3,4,5,8").setup(TCPOPTSTRIP);
    ipt_ext_b_tcpoptstrip_delete: ipt("-t mangle -D POSTROUTING -p tcp -j TCPOPTSTRIP").setup(TCPOPTSTRIP).check(M);
    ipt_ext_b_tcpoptstrip_help: ipt("-j TCPOPTSTRIP -h");

    // RATEEST
    ipt_ext_b_rateest_target: ipt("-t mangle -A PREROUTING -j RATEEST --rateest-name bar --rateest-interval 1s --rateest-ewmalog 8s").check(M);
    ipt_ext_b_rateest_target_units: ipt("-t mangle -A PREROUTING -j RATEEST --rateest-name bar --rateest-interval 1000msec --rateest-ewmalog 8000000USECS").check(M);
    ipt_ext_b_rateest_target_small: ipt("-t mangle -A PREROUTING -j RATEEST --rateest-name x --rateest-interval 1 --rateest-ewmalog 100").check(M);
    ipt_ext_b_rateest_target_long_name: ipt("-t mangle -A PREROUTING -j RATEEST --rateest-name 0123456789abcdefgh --rateest-interval 2s --rateest-ewmalog 3s").check(M);
    ipt_ext_b_rateest_target_empty_name: argv(["iptables", "-t", "mangle", "-A", "PREROUTING", "-j", "RATEEST", "--rateest-name", "", "--rateest-interval", "1s", "--rateest-ewmalog", "8s"]).check(M);
    ipt_ext_b_rateest_target_same_name_differs: ipt("-t mangle -A PREROUTING -j RATEEST --rateest-name foo --rateest-interval 2s --rateest-ewmalog 16s").setup(RATEEST).check(M);
    ipt_ext_b_rateest_target_nothing: ipt("-t mangle -A PREROUTING -j RATEEST");
    ipt_ext_b_rateest_target_no_name: ipt("-t mangle -A PREROUTING -j RATEEST --rateest-interval 1s --rateest-ewmalog 8s");
    ipt_ext_b_rateest_target_no_ewmalog: ipt("-t mangle -A PREROUTING -j RATEEST --rateest-name a --rateest-interval 1s");
    ipt_ext_b_rateest_target_ewmalog_short: ipt("-t mangle -A PREROUTING -j RATEEST --rateest-name a --rateest-interval 2s --rateest-ewmalog 2s");
    ipt_ext_b_rateest_target_interval_long: ipt("-t mangle -A PREROUTING -j RATEEST --rateest-name a --rateest-interval 8.1s --rateest-ewmalog 30s");
    ipt_ext_b_rateest_target_bad_interval: ipt("-t mangle -A PREROUTING -j RATEEST --rateest-name a --rateest-interval 1min --rateest-ewmalog 30s");
    ipt_ext_b_rateest_target_bad_ewmalog: ipt("-t mangle -A PREROUTING -j RATEEST --rateest-name a --rateest-interval 1s --rateest-ewmalog 1ks");
    ipt_ext_b_rateest_target_twice: ipt("-t mangle -A PREROUTING -j RATEEST --rateest-name a --rateest-interval 1s --rateest-ewmalog 8s --rateest-interval 2s");
    ipt_ext_b_rateest_target_inverted: ipt("-t mangle -A PREROUTING -j RATEEST ! --rateest-name a --rateest-interval 1s --rateest-ewmalog 8s");
    ipt_ext_b_rateest_target_list: ipt("-t mangle -L PREROUTING").setup(RATEEST);
    ipt_ext_b_rateest_target_list_numeric: ipt("-t mangle -L PREROUTING -n -v").setup(RATEEST);
    ipt_ext_b_rateest_target_dump: ipt("-t mangle -S").setup(RATEEST);
    ipt_ext_b_rateest_target_save: save().setup(RATEEST);
    ipt_ext_b_rateest_target_check: ipt("-t mangle -C PREROUTING -j RATEEST --rateest-name q2 --rateest-interval 8s --rateest-ewmalog 64s").setup(RATEEST);
    ipt_ext_b_rateest_target_check_other: ipt("-t mangle -C PREROUTING -j RATEEST --rateest-name q2 --rateest-interval 8s --rateest-ewmalog 200s").setup(RATEEST);
    ipt_ext_b_rateest_target_delete: ipt("-t mangle -D PREROUTING -j RATEEST --rateest-name foo --rateest-interval 0.25s --rateest-ewmalog 1s").setup(RATEEST).check(M);
    ipt_ext_b_rateest_target_help: ipt("-j RATEEST -h");
    ipt_ext_b_rateest_target_blank_name: save().setup("iptables -t mangle -A PREROUTING -j RATEEST --rateest-name 'a b' --rateest-interval 4 --rateest-ewmalog 16");

    // IDLETIMER
    ipt_ext_b_idletimer: ipt("-A INPUT -j IDLETIMER --timeout 10 --label foo").check(F);
    ipt_ext_b_idletimer_alarm: ipt("-A FORWARD -j IDLETIMER --label bar --timeout 0x20 --alarm").check(F);
    ipt_ext_b_idletimer_long_label: ipt("-A INPUT -j IDLETIMER --timeout 5 --label 0123456789012345678901234567890").check(F);
    ipt_ext_b_idletimer_zero: ipt("-A INPUT -j IDLETIMER --timeout 0 --label z").check(F);
    ipt_ext_b_idletimer_big: ipt("-A INPUT -j IDLETIMER --timeout 4294967296 --label z");
    ipt_ext_b_idletimer_no_label: ipt("-A INPUT -j IDLETIMER --timeout 10");
    ipt_ext_b_idletimer_no_timeout: ipt("-A INPUT -j IDLETIMER --label foo");
    ipt_ext_b_idletimer_inverted: ipt("-A INPUT -j IDLETIMER ! --timeout 5 --label z");
    ipt_ext_b_idletimer_twice: ipt("-A INPUT -j IDLETIMER --timeout 5 --label z --label y");
    ipt_ext_b_idletimer_send_nl_msg: ipt("-A INPUT -j IDLETIMER --timeout 5 --label z --send-nl-msg");
    ipt_ext_b_idletimer_list: ipt("-L INPUT").setup(IDLETIMER);
    ipt_ext_b_idletimer_list_numeric: ipt("-L INPUT -n -v").setup(IDLETIMER);
    ipt_ext_b_idletimer_save: save().setup(IDLETIMER);
    ipt_ext_b_idletimer_check: ipt("-C INPUT -j IDLETIMER --timeout 100000 --label baz --alarm").setup(IDLETIMER);
    ipt_ext_b_idletimer_check_other: ipt("-C INPUT -j IDLETIMER --timeout 100000 --label baz").setup(IDLETIMER);
    ipt_ext_b_idletimer_delete: ipt("-D INPUT -j IDLETIMER --timeout 5 --label 012345678901234567890123456").setup(IDLETIMER).check(F);
    ipt_ext_b_idletimer_old_dump: ipt("-S").setup(&idletimer_old());
    ipt_ext_b_idletimer_old_list: ipt("-L -n").setup(&idletimer_old());
    ipt_ext_b_idletimer_old_check: ipt("-C INPUT -j IDLETIMER --timeout 5 --label first").setup(&idletimer_old());
    ipt_ext_b_idletimer_old_delete: ipt("-D INPUT -j IDLETIMER --timeout 7 --label sec --alarm").setup(&idletimer_old()).check(F);
    ipt_ext_b_idletimer_old_zero: ipt("-Z INPUT").setup(&idletimer_old()).check("iptables -S -v\nnft list ruleset");
    ipt_ext_b_idletimer_help: ipt("-j IDLETIMER -h");

    // rateest
    ipt_ext_b_rateest_abs_bps: ipt("-t mangle -A PREROUTING -m rateest --rateest a --rateest-bps 1mbit --rateest-gt").setup(ESTIMATORS).check(M);
    ipt_ext_b_rateest_abs_pps: ipt("-t mangle -A PREROUTING -m rateest --rateest1 a --rateest-pps 0x10 ! --rateest-eq").setup(ESTIMATORS).check(M);
    ipt_ext_b_rateest_abs_bps1: ipt("-t mangle -A PREROUTING -m rateest --rateest1 a --rateest-bps1 1000 --rateest-lt").setup(ESTIMATORS).check(M);
    ipt_ext_b_rateest_rates: ipt("-t mangle -A PREROUTING -m rateest --rateest a --rateest-bps 100000000000 --rateest-gt").setup(ESTIMATORS).check("iptables -t mangle -S\niptables -t mangle -L -n");
    ipt_ext_b_rateest_rate_units: ipt("-t mangle -A PREROUTING -m rateest --rateest a --rateest-bps 1KiBps --rateest-gt").setup(ESTIMATORS).check(M);
    ipt_ext_b_rateest_rel: ipt("-t mangle -A PREROUTING -m rateest --rateest1 a --rateest2 b --rateest-bps --rateest-pps --rateest-gt").setup(ESTIMATORS).check(M);
    ipt_ext_b_rateest_delta: ipt("-t mangle -A PREROUTING -m rateest --rateest1 a --rateest2 b --rateest-delta --rateest-bps1 10kbit --rateest-bps2 20kbit --rateest-eq").setup(ESTIMATORS).check(M);
    ipt_ext_b_rateest_mode_not_consumed: ipt("-t mangle -A PREROUTING -m rateest --rateest a --rateest-bps ! --rateest-lt").setup(ESTIMATORS).check(M);
    ipt_ext_b_rateest_modes: ipt("-t mangle -A PREROUTING -m rateest --rateest a --rateest-bps 1 --rateest-gt --rateest-lt").setup(ESTIMATORS).check(M);
    ipt_ext_b_rateest_no_mode: ipt("-t mangle -A PREROUTING -m rateest --rateest a --rateest-bps 1").setup(ESTIMATORS);
    ipt_ext_b_rateest_unknown_estimator: ipt("-t mangle -A PREROUTING -m rateest --rateest nope --rateest-bps 1 --rateest-gt").setup(ESTIMATORS);
    ipt_ext_b_rateest_long_name: ipt("-t mangle -A PREROUTING -m rateest --rateest 0123456789abcdefg --rateest-bps 5 --rateest-lt").setup(ESTIMATORS);
    ipt_ext_b_rateest_bad_rate: ipt("-t mangle -A PREROUTING -m rateest --rateest a --rateest-bps 1kb --rateest-gt");
    ipt_ext_b_rateest_bad_pps: ipt("-t mangle -A PREROUTING -m rateest --rateest a --rateest-pps 4294967296 --rateest-gt");
    ipt_ext_b_rateest_negative: ipt("-t mangle -A PREROUTING -m rateest --rateest a --rateest-bps -1 --rateest-gt");
    ipt_ext_b_rateest_inline: ipt("-t mangle -A PREROUTING -m rateest --rateest a --rateest-bps=5 --rateest-gt");
    ipt_ext_b_rateest_name_twice: ipt("-t mangle -A PREROUTING -m rateest --rateest a --rateest1 b");
    ipt_ext_b_rateest_pps_twice: ipt("-t mangle -A PREROUTING -m rateest --rateest a --rateest-pps 5 --rateest-pps2 6");
    ipt_ext_b_rateest_mode_twice: ipt("-t mangle -A PREROUTING -m rateest --rateest a --rateest-gt ! --rateest-gt");
    ipt_ext_b_rateest_delta_twice: ipt("-t mangle -A PREROUTING -m rateest --rateest-delta --rateest-delta");
    ipt_ext_b_rateest_name_inverted: ipt("-t mangle -A PREROUTING -m rateest ! --rateest2 a");
    ipt_ext_b_rateest_delta_inverted: ipt("-t mangle -A PREROUTING -m rateest ! --rateest-delta");
    ipt_ext_b_rateest_bps_inverted: ipt("-t mangle -A PREROUTING -m rateest ! --rateest-bps1 5");
    ipt_ext_b_rateest_list: ipt("-t mangle -L PREROUTING").setup(&rateest_rules());
    ipt_ext_b_rateest_list_numeric: ipt("-t mangle -L PREROUTING -n -v").setup(&rateest_rules());
    ipt_ext_b_rateest_dump: ipt("-t mangle -S").setup(&rateest_rules());
    ipt_ext_b_rateest_save: save().setup(&rateest_rules());
    ipt_ext_b_rateest_check: ipt("-t mangle -C PREROUTING -m rateest --rateest a --rateest-gt --rateest-bps 1000Kbit -j ACCEPT").setup(&rateest_rules());
    ipt_ext_b_rateest_check_other: ipt("-t mangle -C PREROUTING -m rateest --rateest a --rateest-gt --rateest-bps 1001Kbit -j ACCEPT").setup(&rateest_rules());
    ipt_ext_b_rateest_delete: ipt("-t mangle -D PREROUTING -m rateest --rateest-delta --rateest1 a --rateest-bps1 10000bit --rateest-eq --rateest-bps2 20000bit --rateest2 b").setup(&rateest_rules()).check(M);
    ipt_ext_b_rateest_delete_rel: ipt("-t mangle -D PREROUTING -m rateest --rateest1 a --rateest-gt --rateest-bps --rateest2 b").setup(&rateest_rules()).check(M);
    ipt_ext_b_rateest_delta_both_listed: ipt("-t mangle -L PREROUTING").setup(&format!("{ESTIMATORS}\niptables -t mangle -A PREROUTING -m rateest --rateest1 a --rateest2 b --rateest-delta --rateest-bps1 10kbit --rateest-bps2 20kbit --rateest-pps1 1 --rateest-pps2 2 --rateest-eq")).check(M);
    ipt_ext_b_rateest_delta_both_replayed: ipt("-t mangle -D PREROUTING -m rateest --rateest-delta --rateest1 a --rateest-bps1 10000bit --rateest-eq --rateest-bps2 20000bit --rateest-pps1 1 --rateest-eq --rateest-pps2 2 --rateest2 b");
    ipt_ext_b_rateest_restore: argv(["sh", "-c", "iptables-save | iptables-restore && iptables-save"]).norm(common::SAVE_DATES).setup(&rateest_rules()).check(M);
    ipt_ext_b_rateest_help: ipt("-m rateest -h");

    // all of them through iptables-restore and back
    ipt_ext_b_restore_roundtrip: argv(["sh", "-c", "iptables-save | iptables-restore && iptables-save"]).norm(common::SAVE_DATES)
        .setup(&format!("{TCPMSS}\n{CHECKSUM}\n{TTL}\n{TOS}\n{DSCP}\n{ECN}\n{LENGTH}\n{CLASSIFY}\n{NFQUEUE}\n{HMARK}\n{TCPOPTSTRIP}\n{RATEEST}\n{IDLETIMER}"))
        .check("nft list ruleset");
}
