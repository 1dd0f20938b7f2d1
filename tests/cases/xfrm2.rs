//! `ip xfrm policy add|update`, `ip xfrm state add|update` and `ip xfrm monitor` against
//! iproute2 6.1: policies are made live and read back with the reference; this kernel has no
//! ESP/AH/IPcomp, so `state add` is compared on the kernel's refusal (its request bytes are
//! checked by src/ip/xfrm/tests.rs).

use crate::common::{argv, ip, XFRM_DATES};
use crate::monitor::TIMESTAMPS;

const SHOW: &str = "ip -s -d xfrm policy";

/// A live monitor case (as tests/cases/monitor.rs does it): `ip ARGS` in the background
/// until its NETLINK_XFRM socket listens, the reference ($R) changes policies and SAs, the
/// output settles, the monitor is interrupted; its exit code, output and errors.
fn monitor(args: &str, changes: &str) -> crate::common::Case {
    let script = format!(
        "ip -V >/dev/null
R=/tmp/.sandbox/ref/ip
listening() {{ for i in $(seq 200); do awk 'NR > 1 && $2 == 6 && $4 != \"00000000\" {{ f = 1 }} END {{ exit !f }}' /proc/net/netlink && break; sleep 0.01; done; sleep 0.2; }}
settle() {{ a=-1; n=0; while [ $n -lt 3 ]; do sleep 0.1; b=$(wc -c </tmp/m); if [ \"$b\" = \"$a\" ]; then n=$((n + 1)); else n=0; a=$b; fi; done; }}
env --default-signal=INT ip {args} >/tmp/m 2>/tmp/e & P=$!
listening
{changes}
settle
kill -INT $P; wait $P; echo \"rc=$?\"
cat /tmp/m; cat /tmp/e >&2"
    );
    argv(["sh", "-c", &script]).timeout(30)
}

/// Policies and SAs added, updated, deleted, flushed; the default policies changed.
const EVENTS: &str = "$R xfrm policy add src 10.1.0.0/16 dst 10.2.0.0/16 dir out priority 100 tmpl src 10.0.0.1 dst 10.0.0.2 proto esp reqid 1 mode tunnel
$R xfrm policy update src 10.1.0.0/16 dst 10.2.0.0/16 dir out priority 10 mark 4 if_id 3
$R xfrm policy delete src 10.1.0.0/16 dst 10.2.0.0/16 dir out
$R xfrm policy add dir in src 2001:db8::/64 proto tcp dport 22 ptype sub flag icmp
$R xfrm policy flush ptype sub
$R xfrm policy add dir fwd src 1.1.1.1 action block
$R xfrm policy flush
$R xfrm state allocspi src 10.0.0.1 dst 10.0.0.2 proto esp mode tunnel reqid 5 mark 3 min 0x100 max 0x100 >/dev/null
$R xfrm state delete src 10.0.0.1 dst 10.0.0.2 proto esp spi 0x100 mark 3
$R xfrm state allocspi src 2001:db8::1 dst 2001:db8::2 proto ah min 0x200 max 0x200 >/dev/null
$R xfrm state flush proto ah
$R xfrm state allocspi src 10.0.0.1 dst 10.0.0.2 proto comp min 0x300 max 0x300 >/dev/null
$R xfrm state flush
$R xfrm policy setdefault in block fwd accept
$R xfrm policy setdefault out block";

/// Crafted XFRM messages the kernel sends when no SA serves a policy (ACQUIRE), on replay
/// and lifetime changes (NEWAE, each cause), on a NAT mapping change (MAPPING) and on a
/// report (REPORT, a selector of no family), written for `ip xfrm monitor file`.
const ACQUIRE_FILE: &str = r"printf '\050\001\000\000\027\000\000\000\000\000\000\000\000\000\000\000\012\000\000\002\000\000\000\000\000\000\000\000\000\000\000\000\000\000\022\064\062\000\000\000\012\000\000\001\000\000\000\000\000\000\000\000\000\000\000\000\012\002\000\000\000\000\000\000\000\000\000\000\000\000\000\000\012\001\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\002\000\020\020\006\000\000\000\000\000\000\000\000\000\000\000\012\002\000\000\000\000\000\000\000\000\000\000\000\000\000\000\012\001\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\002\000\020\020\006\000\000\000\000\000\000\000\000\000\000\000\377\377\377\377\377\377\377\377\377\377\377\377\377\377\377\377\377\377\377\377\377\377\377\377\377\377\377\377\377\377\377\377\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\005\000\000\000\021\000\000\000\001\000\000\000\000\000\000\000\001\000\000\000\002\000\000\000\003\000\000\000\115\000\000\000' >/tmp/acq.bin";
const OTHER_FILE: &str = r"printf '\204\000\000\000\036\000\000\000\000\000\000\000\000\000\000\000\012\000\000\002\000\000\000\000\000\000\000\000\000\000\000\000\000\000\022\064\002\000\062\000\012\000\000\001\000\000\000\000\000\000\000\000\000\000\000\000\177\000\000\000\005\000\000\000\020\000\012\000\001\000\000\000\002\000\000\000\003\000\000\000\044\000\011\000\001\000\000\000\000\000\000\000\002\000\000\000\000\000\000\000\003\000\000\000\000\000\000\000\004\000\000\000\000\000\000\000\010\000\013\000\011\000\000\000\010\000\014\000\010\000\000\000\204\000\000\000\036\000\000\000\000\000\000\000\000\000\000\000\012\000\000\002\000\000\000\000\000\000\000\000\000\000\000\000\000\000\022\064\002\000\062\000\012\000\000\001\000\000\000\000\000\000\000\000\000\000\000\000\020\000\000\000\005\000\000\000\020\000\012\000\001\000\000\000\002\000\000\000\003\000\000\000\044\000\011\000\001\000\000\000\000\000\000\000\002\000\000\000\000\000\000\000\003\000\000\000\000\000\000\000\004\000\000\000\000\000\000\000\010\000\013\000\011\000\000\000\010\000\014\000\010\000\000\000\204\000\000\000\036\000\000\000\000\000\000\000\000\000\000\000\012\000\000\002\000\000\000\000\000\000\000\000\000\000\000\000\000\000\022\064\002\000\062\000\012\000\000\001\000\000\000\000\000\000\000\000\000\000\000\000\040\000\000\000\005\000\000\000\020\000\012\000\001\000\000\000\002\000\000\000\003\000\000\000\044\000\011\000\001\000\000\000\000\000\000\000\002\000\000\000\000\000\000\000\003\000\000\000\000\000\000\000\004\000\000\000\000\000\000\000\010\000\013\000\011\000\000\000\010\000\014\000\010\000\000\000\204\000\000\000\036\000\000\000\000\000\000\000\000\000\000\000\012\000\000\002\000\000\000\000\000\000\000\000\000\000\000\000\000\000\022\064\002\000\062\000\012\000\000\001\000\000\000\000\000\000\000\000\000\000\000\000\100\000\000\000\005\000\000\000\020\000\012\000\001\000\000\000\002\000\000\000\003\000\000\000\044\000\011\000\001\000\000\000\000\000\000\000\002\000\000\000\000\000\000\000\003\000\000\000\000\000\000\000\004\000\000\000\000\000\000\000\010\000\013\000\011\000\000\000\010\000\014\000\010\000\000\000\204\000\000\000\036\000\000\000\000\000\000\000\000\000\000\000\012\000\000\002\000\000\000\000\000\000\000\000\000\000\000\000\000\000\022\064\002\000\062\000\012\000\000\001\000\000\000\000\000\000\000\000\000\000\000\000\002\000\000\000\005\000\000\000\020\000\012\000\001\000\000\000\002\000\000\000\003\000\000\000\044\000\011\000\001\000\000\000\000\000\000\000\002\000\000\000\000\000\000\000\003\000\000\000\000\000\000\000\004\000\000\000\000\000\000\000\010\000\013\000\011\000\000\000\010\000\014\000\010\000\000\000\204\000\000\000\036\000\000\000\000\000\000\000\000\000\000\000\012\000\000\002\000\000\000\000\000\000\000\000\000\000\000\000\000\000\022\064\002\000\062\000\012\000\000\001\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\005\000\000\000\020\000\012\000\001\000\000\000\002\000\000\000\003\000\000\000\044\000\011\000\001\000\000\000\000\000\000\000\002\000\000\000\000\000\000\000\003\000\000\000\000\000\000\000\004\000\000\000\000\000\000\000\010\000\013\000\011\000\000\000\010\000\014\000\010\000\000\000\120\000\000\000\046\000\000\000\000\000\000\000\000\000\000\000\012\000\000\002\000\000\000\000\000\000\000\000\000\000\000\000\000\000\022\064\002\000\062\000\001\000\000\000\012\000\000\011\000\000\000\000\000\000\000\000\000\000\000\000\012\000\000\010\000\000\000\000\000\000\000\000\000\000\000\000\021\224\021\225\114\000\000\000\040\000\000\000\000\000\000\000\000\000\000\000\063\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000' >/tmp/ae.bin";

/// A policy that expires after a second.
const EXPIRY: &str = "$R xfrm policy add dir in src 5.5.5.5 limit time-hard 1 tmpl proto esp
sleep 1.5";

cases! {
    // ------------------------------------------------------------------ policy add
    xfrm2_padd_min: ip("xfrm policy add dir in").check(SHOW).norm(XFRM_DATES);
    xfrm2_padd_sel: ip("xfrm policy add src 10.1.0.0/16 dst 10.2.0.0/16 dir out").check(SHOW).norm(XFRM_DATES);
    xfrm2_padd_all: argv(["ip", "xfrm", "policy", "add", "dir", "fwd", "src", "1.1.1.1", "dst", "2.2.2.2", "proto", "tcp", "sport", "1", "dport", "2", "dev", "lo", "mark", "3", "mask", "4", "if_id", "5", "index", "10", "ptype", "sub", "action", "block", "priority", "9", "flag", "localok", "icmp", "limit", "time-soft", "100", "limit", "time-hard", "200", "limit", "time-use-soft", "30", "limit", "time-use-hard", "40", "limit", "byte-soft", "5", "limit", "byte-hard", "6", "limit", "packet-soft", "7", "limit", "packet-hard", "8", "tmpl", "src", "3.3.3.3", "dst", "4.4.4.4", "proto", "esp", "spi", "0x10", "mode", "tunnel", "reqid", "7", "level", "use", "tmpl", "proto", "ah", "level", "required"]).check(SHOW).norm(XFRM_DATES);
    xfrm2_padd_v6: ip("xfrm policy add dir in src 2001:db8::/64 dst 2001:db8:1::/64 proto ipv6-icmp type 128 code 0 tmpl src 2001:db8::1 dst 2001:db8::2 proto ah spi 0x55 mode beet tmpl proto comp mode transport").check(SHOW).norm(XFRM_DATES);
    xfrm2_padd_v6_opt: ip("-6 xfrm policy add dir out tmpl proto esp").check(SHOW).norm(XFRM_DATES);
    xfrm2_padd_gre: ip("xfrm policy add dir out src 3.3.3.3 dst 4.4.4.4 proto gre key 1.2.3.4 mark 0x10 mask 0xf0").check(SHOW).norm(XFRM_DATES);
    xfrm2_padd_gre_num: ip("xfrm policy add dir out src 7.7.7.7 dst 8.8.8.8 proto 47 key 77").check(SHOW).norm(XFRM_DATES);
    xfrm2_padd_icmp: ip("xfrm policy add dir fwd src 5.5.5.0/24 dst 6.6.6.0/24 proto icmp type 8 code 0 priority 4294967295").check(SHOW).norm(XFRM_DATES);
    xfrm2_padd_modes: ip("xfrm policy add dir out src 3.3.3.3 dst 4.4.4.8 proto udp dport 7 tmpl src 1.1.1.1 dst 2.2.2.2 proto route2 mode in_trigger tmpl src 1.1.1.1 dst 2.2.2.2 proto hao mode tunnel tmpl dst 9.9.9.10 proto esp mode ro").check(SHOW).norm(XFRM_DATES);
    xfrm2_padd_flag_hex: ip("xfrm policy add dir fwd src 3.3.3.3 dst 4.4.4.9 flag 0xff").check(SHOW).norm(XFRM_DATES);
    xfrm2_padd_ctx: ip("xfrm policy add dir in src 1.1.1.1 ctx foo").check(SHOW).norm(XFRM_DATES);
    xfrm2_padd_mark0: ip("xfrm policy add dir in src 1.1.1.1 mark 1 mask 0 if_id 0").check(SHOW).norm(XFRM_DATES);
    xfrm2_padd_tmpl_after: ip("xfrm policy add dir in tmpl proto esp mode tunnel src 1.1.1.1 dst 2.2.2.2").check(SHOW).norm(XFRM_DATES);
    xfrm2_padd_index_dir: ip("xfrm policy add dir fwd index 8");
    xfrm2_padd_exists: ip("xfrm policy add dir in src 1.1.1.1").setup("ip xfrm policy add dir in src 1.1.1.1");
    xfrm2_padd_family_change: ip("xfrm policy add dir out tmpl proto esp src 2001:db8::7");
    xfrm2_padd_tmpl_noproto: ip("xfrm policy add dir in tmpl mode tunnel");
    xfrm2_pupdate: ip("xfrm policy update dir in src 1.1.1.1 priority 7 action block").setup("ip xfrm policy add dir in src 1.1.1.1").check(SHOW).norm(XFRM_DATES);
    xfrm2_pupdate_new: ip("xfrm policy update dir out src 1.1.1.1 tmpl proto esp").check(SHOW).norm(XFRM_DATES);
    xfrm2_padd_prefix: ip("xfrm policy a dir in src 1.1.1.1").check(SHOW).norm(XFRM_DATES);
    xfrm2_pupdate_prefix: ip("xfrm policy u dir in src 1.1.1.1").check(SHOW).norm(XFRM_DATES);
    // ------------------------------------------------------------------ policy add errors
    xfrm2_padd_nodir: ip("xfrm policy add src 1.1.1.1");
    xfrm2_padd_bare: ip("xfrm policy add");
    xfrm2_padd_dir_incomplete: ip("xfrm policy add dir");
    xfrm2_padd_dir_bad: ip("xfrm policy add dir foo");
    xfrm2_padd_dir_dup: ip("xfrm policy add dir in dir out");
    xfrm2_padd_index_bad: ip("xfrm policy add dir in index x");
    xfrm2_padd_ptype_bad: ip("xfrm policy add dir in ptype 1");
    xfrm2_padd_ptype_dup: ip("xfrm policy add dir in ptype main ptype sub");
    xfrm2_padd_action_bad: ip("xfrm policy add dir in action foo");
    xfrm2_padd_priority_bad: ip("xfrm policy add dir in priority 4294967296");
    xfrm2_padd_flag_incomplete: ip("xfrm policy add dir in flag");
    xfrm2_padd_flag_name: ip("xfrm policy add dir in flag foo");
    xfrm2_padd_flag_dec: ip("xfrm policy add dir in flag localok 4");
    xfrm2_padd_flag_big: ip("xfrm policy add dir in flag 0x300");
    xfrm2_padd_limit_incomplete: ip("xfrm policy add dir in limit");
    xfrm2_padd_limit_bad: ip("xfrm policy add dir in limit foo 1");
    xfrm2_padd_limit_value: ip("xfrm policy add dir in limit byte-soft 1k");
    xfrm2_padd_limit_novalue: ip("xfrm policy add dir in limit time-soft");
    xfrm2_padd_tmpl_incomplete: ip("xfrm policy add dir in tmpl");
    xfrm2_padd_tmpl_unknown: ip("xfrm policy add dir in tmpl foo");
    xfrm2_padd_tmpl_proto_bad: ip("xfrm policy add dir in tmpl proto 50");
    xfrm2_padd_tmpl_mode_bad: ip("xfrm policy add dir in tmpl proto esp mode 1");
    xfrm2_padd_tmpl_level_bad: ip("xfrm policy add dir in tmpl proto esp level 1");
    xfrm2_padd_tmpl_reqid_bad: ip("xfrm policy add dir in tmpl proto esp reqid -1");
    xfrm2_padd_tmpl_spi_bad: ip("xfrm policy add dir in tmpl proto esp spi 0x100000000");
    xfrm2_padd_tmpl_src_bad: ip("xfrm policy add dir in tmpl src x");
    xfrm2_padd_tmpl_family: ip("xfrm policy add dir in tmpl dst ::1 src 1.1.1.1");
    xfrm2_padd_tmpl_spi_route2: ip("xfrm policy add dir in tmpl proto route2 spi 5");
    xfrm2_padd_tmpl_id_twice: ip("xfrm policy add dir in src 4.4.4.4 tmpl proto ah level use proto esp");
    xfrm2_padd_ctx_dup: ip("xfrm policy add dir in ctx a ctx b");
    xfrm2_padd_mark_bad: ip("xfrm policy add dir in mark x");
    xfrm2_padd_mask_bad: ip("xfrm policy add dir in mark 1 mask x");
    xfrm2_padd_mask_incomplete: ip("xfrm policy add dir in mark 1 mask");
    xfrm2_padd_if_id_bad: ip("xfrm policy add dir in if_id x");
    xfrm2_padd_unknown: ip("xfrm policy add dir in foo");
    xfrm2_padd_help: ip("xfrm policy add help");
    xfrm2_padd_sel_split: ip("xfrm policy add src 1.1.1.1 dir in dst 2.2.2.2");
    xfrm2_padd_sel_family: ip("xfrm policy add dir in src 1.1.1.1 dst ::1");
    xfrm2_padd_sel_type: ip("xfrm policy add dir in proto tcp type 1");
    xfrm2_padd_sel_key: ip("xfrm policy add dir in proto udp key 1");
    xfrm2_padd_sel_dev: ip("xfrm policy add dir in dev nosuch");
    xfrm2_padd_sel_prefix: ip("xfrm policy add dir in src 1.1.1.1/33");
    // ------------------------------------------------------------------ state add
    xfrm2_sadd_enc: ip("xfrm state add src 1.1.1.1 dst 2.2.2.2 proto esp spi 0x100 enc cbc(aes) 0x00112233445566778899aabbccddeeff").check("ip xfrm state");
    xfrm2_sadd_update_larval: ip("xfrm state update src 10.0.0.1 dst 10.0.0.2 proto esp spi 0x100 enc cbc(aes) 0x0011 mode tunnel").setup("ip xfrm state allocspi src 10.0.0.1 dst 10.0.0.2 proto esp mode tunnel min 0x100 max 0x100 >/dev/null").check("ip xfrm state");
    xfrm2_sadd_all: ip("xfrm state add src 1.1.1.1 dst 2.2.2.2 proto esp spi 1 enc aes 0x11 auth-trunc hmac(sha256) secret 96 mode tunnel mark 1 mask 2 reqid 3 seq 4 replay-window 300 replay-seq 5 replay-oseq 6 replay-seq-hi 7 replay-oseq-hi 8 flag noecn esn sel src 10.0.0.0/8 proto tcp dport 80 limit time-soft 10 encap espinudp 4500 4500 3.3.3.3 ctx foo extra-flag dont-encap-dscp offload dev lo dir in output-mark 5 mask 6 if_id 7 tfcpad 8");
    xfrm2_sadd_aead: ip("xfrm state add src 2001:db8::1 dst 2001:db8::2 proto esp spi 1 aead rfc4106(gcm(aes)) 0x0011223344556677 128");
    xfrm2_sadd_ah: ip("xfrm state add src 1.1.1.1 dst 2.2.2.2 proto ah spi 1 auth sha1 0x11");
    xfrm2_sadd_comp: ip("xfrm state add src 1.1.1.1 dst 2.2.2.2 proto comp spi 1 comp deflate");
    xfrm2_sadd_route2: ip("xfrm state add src 2001:db8::1 dst 2001:db8::2 proto route2 mode ro coa 2001:db8::9");
    xfrm2_sadd_hao: ip("xfrm state update src 2001:db8::1 dst 2001:db8::2 proto hao mode ro coa 2001:db8::9/64");
    xfrm2_sadd_bare: ip("xfrm state add");
    xfrm2_sadd_noid: ip("xfrm state add mode tunnel");
    xfrm2_sadd_noproto: ip("xfrm state add src 1.1.1.1 dst 2.2.2.2");
    xfrm2_sadd_help: ip("xfrm state add help");
    xfrm2_sadd_esp_noenc: ip("xfrm state add src 1.1.1.1 dst 2.2.2.2 proto esp spi 1");
    xfrm2_sadd_esp_comp: ip("xfrm state add src 1.1.1.1 dst 2.2.2.2 proto esp spi 1 enc aes 0x11 comp deflate");
    xfrm2_sadd_ah_noauth: ip("xfrm state add src 1.1.1.1 dst 2.2.2.2 proto ah spi 1");
    xfrm2_sadd_ah_enc: ip("xfrm state add src 1.1.1.1 dst 2.2.2.2 proto ah spi 1 enc aes 0x11");
    xfrm2_sadd_comp_none: ip("xfrm state add src 1.1.1.1 dst 2.2.2.2 proto comp spi 1");
    xfrm2_sadd_comp_auth: ip("xfrm state add src 1.1.1.1 dst 2.2.2.2 proto comp spi 1 auth sha1 0x11");
    xfrm2_sadd_route2_spi: ip("xfrm state add src 1.1.1.1 dst 2.2.2.2 proto route2 spi 1");
    xfrm2_sadd_route2_algo: ip("xfrm state add src 1.1.1.1 dst 2.2.2.2 proto route2 mode ro coa 2.2.2.2 enc aes 0x11");
    xfrm2_sadd_route2_nomode: ip("xfrm state add src 1.1.1.1 dst 2.2.2.2 proto route2 coa 2.2.2.2");
    xfrm2_sadd_hao_nocoa: ip("xfrm state add src 1.1.1.1 dst 2.2.2.2 proto hao mode ro");
    xfrm2_sadd_esp_coa: ip("xfrm state add src 1.1.1.1 dst 2.2.2.2 proto esp spi 1 enc aes 0x11 coa 3.3.3.3");
    xfrm2_sadd_algo_dup: ip("xfrm state add src 1.1.1.1 dst 2.2.2.2 proto esp spi 1 enc aes 0x11 aead gcm 0x11 64");
    xfrm2_sadd_auth_dup: ip("xfrm state add src 1.1.1.1 dst 2.2.2.2 proto esp spi 1 auth sha1 0x11 auth-trunc sha1 0x11 96");
    xfrm2_sadd_algo_noname: ip("xfrm state add src 1.1.1.1 dst 2.2.2.2 proto esp spi 1 enc");
    xfrm2_sadd_algo_nokey: ip("xfrm state add src 1.1.1.1 dst 2.2.2.2 proto esp spi 1 enc aes");
    xfrm2_sadd_algo_notrunc: ip("xfrm state add src 1.1.1.1 dst 2.2.2.2 proto esp spi 1 auth-trunc sha1 0x11");
    xfrm2_sadd_algo_badtrunc: ip("xfrm state add src 1.1.1.1 dst 2.2.2.2 proto esp spi 1 auth-trunc sha1 0x11 x");
    xfrm2_sadd_algo_badicv: ip("xfrm state add src 1.1.1.1 dst 2.2.2.2 proto esp spi 1 aead gcm 0x11 -1");
    xfrm2_sadd_key_bad: ip("xfrm state add src 1.1.1.1 dst 2.2.2.2 proto esp spi 1 enc aes 0x0g");
    xfrm2_sadd_esn_nowindow: ip("xfrm state add src 1.1.1.1 dst 2.2.2.2 proto esp spi 1 enc aes 0x11 flag esn");
    xfrm2_sadd_window_big: ip("xfrm state add src 1.1.1.1 dst 2.2.2.2 proto esp spi 1 enc aes 0x11 replay-window 4097");
    xfrm2_sadd_flag_bad: ip("xfrm state add src 1.1.1.1 dst 2.2.2.2 proto esp spi 1 enc aes 0x11 flag 0x100");
    xfrm2_sadd_extra_bad: ip("xfrm state add src 1.1.1.1 dst 2.2.2.2 proto esp spi 1 enc aes 0x11 extra-flag 0x100000000");
    xfrm2_sadd_extra_name: ip("xfrm state add src 1.1.1.1 dst 2.2.2.2 proto esp spi 1 enc aes 0x11 extra-flag foo");
    xfrm2_sadd_sel_incomplete: ip("xfrm state add src 1.1.1.1 dst 2.2.2.2 proto esp spi 1 enc aes 0x11 sel");
    xfrm2_sadd_sel_type: ip("xfrm state add src 1.1.1.1 dst 2.2.2.2 proto esp spi 1 enc aes 0x11 sel proto tcp type 1");
    xfrm2_sadd_encap_type: ip("xfrm state add src 1.1.1.1 dst 2.2.2.2 proto esp spi 1 enc aes 0x11 encap foo 1 2 3.3.3.3");
    xfrm2_sadd_encap_sport: ip("xfrm state add src 1.1.1.1 dst 2.2.2.2 proto esp spi 1 enc aes 0x11 encap espinudp 70000 2 3.3.3.3");
    xfrm2_sadd_encap_dport: ip("xfrm state add src 1.1.1.1 dst 2.2.2.2 proto esp spi 1 enc aes 0x11 encap espinudp 1 x 3.3.3.3");
    xfrm2_sadd_encap_oa: ip("xfrm state add src 1.1.1.1 dst 2.2.2.2 proto esp spi 1 enc aes 0x11 encap espinudp 1 2 1.1.1.0/24");
    xfrm2_sadd_coa_bad: ip("xfrm state add src 1.1.1.1 dst 2.2.2.2 proto esp spi 1 enc aes 0x11 coa x");
    xfrm2_sadd_ctx_dup: ip("xfrm state add src 1.1.1.1 dst 2.2.2.2 proto esp spi 1 enc aes 0x11 ctx a ctx b");
    xfrm2_sadd_offload_dev: ip("xfrm state add src 1.1.1.1 dst 2.2.2.2 proto esp spi 1 enc aes 0x11 offload dev nosuch dir in");
    xfrm2_sadd_offload_word: ip("xfrm state add src 1.1.1.1 dst 2.2.2.2 proto esp spi 1 enc aes 0x11 offload foo");
    xfrm2_sadd_offload_dir: ip("xfrm state add src 1.1.1.1 dst 2.2.2.2 proto esp spi 1 enc aes 0x11 offload dir foo");
    xfrm2_sadd_output_mask: ip("xfrm state add src 1.1.1.1 dst 2.2.2.2 proto esp spi 1 enc aes 0x11 output-mark 1 mask x");
    xfrm2_sadd_tfcpad_bad: ip("xfrm state add src 1.1.1.1 dst 2.2.2.2 proto esp spi 1 enc aes 0x11 tfcpad 4294967296");
    xfrm2_sadd_mode_bad: ip("xfrm state add src 1.1.1.1 dst 2.2.2.2 proto esp spi 1 enc aes 0x11 mode foo");
    xfrm2_sadd_seq_bad: ip("xfrm state add src 1.1.1.1 dst 2.2.2.2 proto esp spi 1 enc aes 0x11 seq x");
    xfrm2_sadd_replay_bad: ip("xfrm state add src 1.1.1.1 dst 2.2.2.2 proto esp spi 1 enc aes 0x11 replay-oseq-hi x");
    xfrm2_sadd_unknown: ip("xfrm state add src 1.1.1.1 dst 2.2.2.2 proto esp spi 1 enc aes 0x11 src 3.3.3.3");
    xfrm2_sadd_incomplete: ip("xfrm state add src 1.1.1.1 dst 2.2.2.2 proto esp spi 1 enc aes 0x11 encap espinudp 1");
    // ------------------------------------------------------------------ monitor
    xfrm2_mon_all: monitor("xfrm monitor", EVENTS);
    xfrm2_mon_all_word: monitor("xfrm monitor all", EVENTS);
    xfrm2_mon_policy: monitor("xfrm monitor policy", EVENTS);
    xfrm2_mon_policy_prefix: monitor("xfrm monitor p", EVENTS);
    xfrm2_mon_sa: monitor("xfrm monitor SA", EVENTS);
    xfrm2_mon_acquire_report: monitor("xfrm monitor acquire aevent report", EVENTS);
    xfrm2_mon_policy_all: monitor("xfrm monitor policy all", EVENTS);
    xfrm2_mon_nokeys_nsid: monitor("xfrm monitor nokeys all-nsid", EVENTS);
    xfrm2_mon_nsid_prefix: monitor("xfrm monitor a", EVENTS);
    xfrm2_mon_stats: monitor("-s xfrm monitor", EVENTS).norm(XFRM_DATES);
    xfrm2_mon_oneline: monitor("-o xfrm monitor", EVENTS);
    xfrm2_mon_oneline_stats: monitor("-o -s xfrm monitor", EVENTS).norm(XFRM_DATES);
    xfrm2_mon_time: monitor("-t xfrm monitor", EVENTS).norm(TIMESTAMPS);
    xfrm2_mon_tshort: monitor("-ts xfrm monitor", EVENTS).norm(TIMESTAMPS);
    xfrm2_mon_expire: monitor("xfrm monitor expire", EXPIRY);
    xfrm2_mon_expire_policy: monitor("xfrm monitor", EXPIRY);
    xfrm2_mon_expire_stats: monitor("-s -o xfrm monitor e", EXPIRY).norm(XFRM_DATES);
    xfrm2_mon_help: ip("xfrm monitor help");
    xfrm2_mon_help_prefix: ip("xfrm monitor h");
    xfrm2_mon_unknown: ip("xfrm monitor foo");
    xfrm2_mon_sa_lower: ip("xfrm monitor sa");
    xfrm2_mon_nokeys_prefix: ip("xfrm monitor nok");
    xfrm2_mon_unknown_after: ip("xfrm monitor policy foo");
    xfrm2_mon_dev: ip("xfrm monitor dev lo");
    xfrm2_mon_file_incomplete: ip("xfrm monitor file");
    xfrm2_mon_object_prefix: monitor("xfrm m", EVENTS);
    xfrm2_mon_file_acquire: ip("xfrm monitor file /tmp/acq.bin").setup(ACQUIRE_FILE);
    xfrm2_mon_file_acquire_stats: ip("-s xfrm monitor file /tmp/acq.bin").setup(ACQUIRE_FILE);
    xfrm2_mon_file_acquire_oneline: ip("-o -s xfrm monitor file /tmp/acq.bin").setup(ACQUIRE_FILE);
    xfrm2_mon_file_nsid: ip("xfrm monitor all-nsid file /tmp/acq.bin").setup(ACQUIRE_FILE);
    xfrm2_mon_file_events: ip("xfrm monitor file /tmp/ae.bin").setup(OTHER_FILE);
    xfrm2_mon_file_events_oneline: ip("-o xfrm monitor f /tmp/ae.bin").setup(OTHER_FILE);
    xfrm2_mon_file_missing: ip("xfrm monitor file /tmp/nosuch.bin");
    // ------------------------------------------------------------------ policy set
    xfrm2_pset_v4: ip("xfrm policy set hthresh4 10 20").check("ip -s -s xfrm policy count");
    xfrm2_pset_both: ip("xfrm policy set hthresh6 64 128 hthresh4 32 0").check("ip -s -s xfrm policy count");
    xfrm2_pset_none: ip("xfrm policy set").check("ip -s -s xfrm policy count");
    xfrm2_pset_incomplete: ip("xfrm policy set hthresh4 10");
    xfrm2_pset_lbits: ip("xfrm policy set hthresh4 33 1");
    xfrm2_pset_rbits: ip("xfrm policy set hthresh6 1 129");
    xfrm2_pset_unknown: ip("xfrm policy set foo");
    xfrm2_pset_dup: ip("xfrm policy set hthresh4 1 2 hthresh4 3 4");
}
