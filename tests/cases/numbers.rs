//! Number words, against iproute2 6.1: every option whose number parser is being merged into
//! one, with the same eleven awkward words (` 5`, `+5`, `0x10`, `010`, `08`, `-1`, `-0`,
//! `4294967296`, the empty word, `5 `, `0x`) and a few extras where a site truncates or has a
//! range check of its own. Each fixture is built so that the resulting value shows in the
//! output (a filter picks one of several objects, or the check script prints the new state).
//!
//! The reference's parsers, by site (iproute2 6.1):
//! - `get_unsigned` (strtoul, base 0, whole word; leading blanks and a sign are accepted, `-0`
//!   is 0, `-1` wraps beyond 32 bits and is refused): `-rcvbuf`; `neigh nud` (then: one bit or 0).
//! - `get_u32` (the same rules): `addr add metric`, `valid_lft`/`preferred_lft`.
//! - `get_integer` (strtol, base 0, whole word, must fit an int): `netns list-id nsid` /
//!   `target-nsid` (then >= 0), `netns set` (then >= 0), `link add mtu`, `txqueuelen`,
//!   `netns` (after trying the word as a name under /run/netns: the empty word opens the
//!   directory /run/netns itself, which the kernel refuses with EINVAL).
//! - `get_s32` (as get_integer): `netns attach` (then != 0).
//! - strtoul with `res > 255` refused (`rtnl_rtscope_a2n`): `addr show|flush|add scope`.
//! - strtol stored in an `int`, refused when negative (`rtnl_group_a2n`): `link show group`,
//!   `link add group`; `4294967296` truncates to 0 and `4294967301` to 5.
//! - `atoi`, refused when <= 0: `link add index` (`0x10` is 0, `08` is 8, `5 ` is 5).
//! - no number at all: `netns identify` takes an all-digits word as /proc/WORD (so `010` is
//!   looked up as /proc/010, which procfs does not have).

use crate::common::{self, argv, Case};

/// The command `template` (words separated by single spaces) with the word `N` replaced by `n`,
/// which may be empty or contain blanks.
fn with_n(template: &str, n: &str) -> Case {
    let words: Vec<&str> = template
        .split(' ')
        .map(|w| if w == "N" { n } else { w })
        .collect();
    argv(words.as_slice())
}

/// A veth pair `v0` (ifindex 3) / `v1` (ifindex 2) with fixed addresses, both down.
const PAIR: &str =
    "ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02";

/// Sleeping processes with PID 5 in namespace n5, PID 8 in n8 and PID 16 in n16 (the sandbox
/// has its own PID namespace; /proc/sys/kernel/ns_last_pid picks the next PID).
const PROCS_AT_5_8_16: &str = r#"for n in 5 8 16; do
  ip netns add n$n
  echo $((n - 1)) >/proc/sys/kernel/ns_last_pid
  ip netns exec n$n sleep 1000 >/dev/null 2>&1 &
  [ "$!" = "$n" ] || { echo "got PID $! instead of $n" >&2; exit 1; }
done
for n in 5 8 16; do
  want=$(stat -L -c 'net:[%i]' /run/netns/n$n)
  until [ "$(readlink /proc/$n/ns/net)" = "$want" ]; do sleep 0.01; done
done"#;

/// `ip -rcvbuf N`: only accepted or refused shows (the size goes to setsockopt).
fn rcvbuf(n: &str) -> Case {
    with_n("ip -rcvbuf N link show lo", n)
}

/// Links in groups 5 (g5), 16 (g16), 8 (g8) and 0 (g0, lo): the filter shows which group N is.
const GROUPS: &str = "\
ip link add g5 address 02:00:00:00:00:05 type veth peer name g16 address 02:00:00:00:00:16
ip link add g8 address 02:00:00:00:00:08 type veth peer name g0 address 02:00:00:00:00:10
ip link set g5 group 5; ip link set g16 group 16; ip link set g8 group 8";

fn link_show_group(n: &str) -> Case {
    with_n("ip -o link show group N", n).setup(GROUPS)
}

/// Addresses on v0 in scopes 5, 16, 8 and global (0).
const SCOPES: &str = "\
ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
ip addr add 10.0.0.5/32 dev v0 scope 5
ip addr add 10.0.0.16/32 dev v0 scope 16
ip addr add 10.0.0.8/32 dev v0 scope 8
ip addr add 10.0.0.1/32 dev v0";

fn addr_show_scope(n: &str) -> Case {
    with_n("ip addr show dev v0 scope N", n).setup(SCOPES)
}

fn addr_flush_scope(n: &str) -> Case {
    with_n("ip addr flush dev v0 scope N", n)
        .setup(SCOPES)
        .check("ip -o addr show dev v0")
}

fn addr_add_scope(n: &str) -> Case {
    with_n("ip addr add 10.0.0.1/32 dev v0 scope N", n)
        .setup(PAIR)
        .check("ip -o addr show dev v0")
}

/// Neighbours in the states NONE (0), STALE (4), NOARP (0x40) and PERMANENT (0x80).
const NUDS: &str = "\
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
ip neigh add 10.0.0.1 dev veth0 nud none
ip neigh add 10.0.0.4 lladdr 02:00:00:00:01:04 dev veth0 nud stale
ip neigh add 10.0.0.64 lladdr 02:00:00:00:01:40 dev veth0 nud noarp
ip neigh add 10.0.0.128 lladdr 02:00:00:00:01:80 dev veth0 nud permanent";

fn neigh_show_nud(n: &str) -> Case {
    with_n("ip neigh show nud N", n)
        .setup(NUDS)
        .norm(common::SORTED)
}

/// Namespaces n5, n16, n8 and n0 with those ids; inside each nX, nX itself has the id 10X.
const NSIDS: &str = "\
for n in 5 16 8 0; do ip netns add n$n; ip netns set n$n $n; ip -n n$n netns set n$n 10$n; done";

fn list_id_nsid(n: &str) -> Case {
    with_n("ip netns list-id nsid N", n).setup(NSIDS)
}

fn list_id_target(n: &str) -> Case {
    with_n("ip netns list-id target-nsid N", n).setup(NSIDS)
}

fn netns_set(n: &str) -> Case {
    with_n("ip netns set red N", n)
        .setup("ip netns add red")
        .check("ip netns list")
}

/// Which namespace `x` was bound to (by inode), and what /run/netns holds.
const WHICH_X: &str = "\
ls /run/netns
for n in n5 n8 n16; do
  [ \"$(stat -L -c %i /run/netns/x 2>/dev/null)\" = \"$(stat -L -c %i /run/netns/$n)\" ] && echo \"x is $n\"
done
true";

fn netns_attach(n: &str) -> Case {
    with_n("ip netns attach x N", n)
        .setup(PROCS_AT_5_8_16)
        .check(WHICH_X)
}

fn netns_identify(n: &str) -> Case {
    with_n("ip netns identify N", n).setup(PROCS_AT_5_8_16)
}

/// `ip link add v0 OPT N type veth peer name v1`, fixed addresses; the check shows `v0`.
fn link_add(opt: &str, n: &str) -> Case {
    let template = format!(
        "ip link add v0 address 02:00:00:00:00:01 {opt} N type veth peer name v1 address 02:00:00:00:00:02"
    );
    with_n(&template, n).check("ip link show v0")
}

/// veth refuses an MTU below 68 with a bare EINVAL: the small words only tell parse errors from
/// kernel errors; the 1400 variants show the value.
fn link_add_mtu(n: &str) -> Case {
    link_add("mtu", n)
}

fn link_add_txqueuelen(n: &str) -> Case {
    link_add("txqueuelen", n)
}

fn link_add_group(n: &str) -> Case {
    link_add("group", n)
}

/// The ifindex shows as `N: v0@v1:`.
fn link_add_index(n: &str) -> Case {
    link_add("index", n)
}

/// `netns PID`: the check tells which namespace v0 went to.
fn link_add_netns(n: &str) -> Case {
    link_add("netns", n).setup(PROCS_AT_5_8_16).check(
        "for n in n5 n8 n16; do ip -n $n link show v0 >/dev/null 2>&1 && echo \"v0 is in $n\"; done
ip link show v0 >/dev/null 2>&1 && echo 'v0 is in the main namespace'
true",
    )
}

fn addr_add_metric(n: &str) -> Case {
    with_n("ip addr add 10.0.0.1/24 dev v0 metric N", n)
        .setup(PAIR)
        .check("ip -o addr show dev v0")
}

/// The valid lifetime counts down while the case runs: the check prints the range it is in.
const LIFETIME_RANGE: &str = r#"ip -o addr show dev v0
v=$(ip -o addr show dev v0 | sed -n 's/.*valid_lft \([0-9a-z]*\).*/\1/p')
case $v in
  '') echo 'no address' ;;
  forever) echo 'lifetime: forever' ;;
  *sec) s=${v%sec}
    if [ "$s" -le 5 ]; then echo 'lifetime: 1 to 5'
    elif [ "$s" -le 8 ]; then echo 'lifetime: 6 to 8'
    elif [ "$s" -le 16 ]; then echo 'lifetime: 9 to 16'
    else echo "lifetime: more than 16"; fi ;;
  *) echo "lifetime: $v" ;;
esac"#;

fn addr_add_valid_lft(n: &str) -> Case {
    with_n(
        "ip addr add 10.0.0.1/24 dev v0 valid_lft N preferred_lft 0",
        n,
    )
    .setup(PAIR)
    .check(LIFETIME_RANGE)
    .norm(common::LIFETIMES)
}

cases! {
    // ip -rcvbuf N link show lo
    numbers_rcvbuf_lead_space: rcvbuf(" 5");
    numbers_rcvbuf_plus: rcvbuf("+5");
    numbers_rcvbuf_hex: rcvbuf("0x10");
    numbers_rcvbuf_octal: rcvbuf("010");
    numbers_rcvbuf_bad_octal: rcvbuf("08");
    numbers_rcvbuf_minus_one: rcvbuf("-1");
    numbers_rcvbuf_minus_zero: rcvbuf("-0");
    numbers_rcvbuf_u32_overflow: rcvbuf("4294967296");
    numbers_rcvbuf_empty: rcvbuf("");
    numbers_rcvbuf_trail_space: rcvbuf("5 ");
    numbers_rcvbuf_bare_0x: rcvbuf("0x");

    // ip link show group N
    numbers_link_show_group_lead_space: link_show_group(" 5");
    numbers_link_show_group_plus: link_show_group("+5");
    numbers_link_show_group_hex: link_show_group("0x10");
    numbers_link_show_group_octal: link_show_group("010");
    numbers_link_show_group_bad_octal: link_show_group("08");
    numbers_link_show_group_minus_one: link_show_group("-1");
    numbers_link_show_group_minus_zero: link_show_group("-0");
    numbers_link_show_group_u32_overflow: link_show_group("4294967296");
    numbers_link_show_group_empty: link_show_group("");
    numbers_link_show_group_trail_space: link_show_group("5 ");
    numbers_link_show_group_bare_0x: link_show_group("0x");
    numbers_link_show_group_u32_wrap_5: link_show_group("4294967301");
    numbers_link_show_group_int_overflow: link_show_group("2147483648");

    // ip addr show dev v0 scope N
    numbers_addr_show_scope_lead_space: addr_show_scope(" 5");
    numbers_addr_show_scope_plus: addr_show_scope("+5");
    numbers_addr_show_scope_hex: addr_show_scope("0x10");
    numbers_addr_show_scope_octal: addr_show_scope("010");
    numbers_addr_show_scope_bad_octal: addr_show_scope("08");
    numbers_addr_show_scope_minus_one: addr_show_scope("-1");
    numbers_addr_show_scope_minus_zero: addr_show_scope("-0");
    numbers_addr_show_scope_u32_overflow: addr_show_scope("4294967296");
    numbers_addr_show_scope_empty: addr_show_scope("");
    numbers_addr_show_scope_trail_space: addr_show_scope("5 ");
    numbers_addr_show_scope_bare_0x: addr_show_scope("0x");
    numbers_addr_show_scope_too_big: addr_show_scope("256");

    // ip addr flush dev v0 scope N
    numbers_addr_flush_scope_lead_space: addr_flush_scope(" 5");
    numbers_addr_flush_scope_plus: addr_flush_scope("+5");
    numbers_addr_flush_scope_hex: addr_flush_scope("0x10");
    numbers_addr_flush_scope_octal: addr_flush_scope("010");
    numbers_addr_flush_scope_bad_octal: addr_flush_scope("08");
    numbers_addr_flush_scope_minus_one: addr_flush_scope("-1");
    numbers_addr_flush_scope_minus_zero: addr_flush_scope("-0");
    numbers_addr_flush_scope_u32_overflow: addr_flush_scope("4294967296");
    numbers_addr_flush_scope_empty: addr_flush_scope("");
    numbers_addr_flush_scope_trail_space: addr_flush_scope("5 ");
    numbers_addr_flush_scope_bare_0x: addr_flush_scope("0x");

    // ip addr add 10.0.0.1/32 dev v0 scope N
    numbers_addr_add_scope_lead_space: addr_add_scope(" 5");
    numbers_addr_add_scope_plus: addr_add_scope("+5");
    numbers_addr_add_scope_hex: addr_add_scope("0x10");
    numbers_addr_add_scope_octal: addr_add_scope("010");
    numbers_addr_add_scope_bad_octal: addr_add_scope("08");
    numbers_addr_add_scope_minus_one: addr_add_scope("-1");
    numbers_addr_add_scope_minus_zero: addr_add_scope("-0");
    numbers_addr_add_scope_u32_overflow: addr_add_scope("4294967296");
    numbers_addr_add_scope_empty: addr_add_scope("");
    numbers_addr_add_scope_trail_space: addr_add_scope("5 ");
    numbers_addr_add_scope_bare_0x: addr_add_scope("0x");
    numbers_addr_add_scope_too_big: addr_add_scope("256");

    // ip neigh show nud N
    numbers_neigh_show_nud_lead_space: neigh_show_nud(" 5");
    numbers_neigh_show_nud_plus: neigh_show_nud("+5");
    numbers_neigh_show_nud_hex: neigh_show_nud("0x10");
    numbers_neigh_show_nud_octal: neigh_show_nud("010");
    numbers_neigh_show_nud_bad_octal: neigh_show_nud("08");
    numbers_neigh_show_nud_minus_one: neigh_show_nud("-1");
    numbers_neigh_show_nud_minus_zero: neigh_show_nud("-0");
    numbers_neigh_show_nud_u32_overflow: neigh_show_nud("4294967296");
    numbers_neigh_show_nud_empty: neigh_show_nud("");
    numbers_neigh_show_nud_trail_space: neigh_show_nud("5 ");
    numbers_neigh_show_nud_bare_0x: neigh_show_nud("0x");
    numbers_neigh_show_nud_lead_space_4: neigh_show_nud(" 4");
    numbers_neigh_show_nud_plus_4: neigh_show_nud("+4");
    numbers_neigh_show_nud_hex_0x80: neigh_show_nud("0x80");
    numbers_neigh_show_nud_octal_0100: neigh_show_nud("0100");
    numbers_neigh_show_nud_trail_space_4: neigh_show_nud("4 ");
    numbers_neigh_show_nud_not_one_bit: neigh_show_nud("3");
    numbers_neigh_show_nud_too_big: neigh_show_nud("256");

    // ip netns list-id nsid N
    numbers_netns_list_id_nsid_lead_space: list_id_nsid(" 5");
    numbers_netns_list_id_nsid_plus: list_id_nsid("+5");
    numbers_netns_list_id_nsid_hex: list_id_nsid("0x10");
    numbers_netns_list_id_nsid_octal: list_id_nsid("010");
    numbers_netns_list_id_nsid_bad_octal: list_id_nsid("08");
    numbers_netns_list_id_nsid_minus_one: list_id_nsid("-1");
    numbers_netns_list_id_nsid_minus_zero: list_id_nsid("-0");
    numbers_netns_list_id_nsid_u32_overflow: list_id_nsid("4294967296");
    numbers_netns_list_id_nsid_empty: list_id_nsid("");
    numbers_netns_list_id_nsid_trail_space: list_id_nsid("5 ");
    numbers_netns_list_id_nsid_bare_0x: list_id_nsid("0x");
    numbers_netns_list_id_nsid_u32_wrap_5: list_id_nsid("4294967301");
    numbers_netns_list_id_nsid_int_overflow: list_id_nsid("2147483648");

    // ip netns list-id target-nsid N
    numbers_netns_list_id_target_lead_space: list_id_target(" 5");
    numbers_netns_list_id_target_plus: list_id_target("+5");
    numbers_netns_list_id_target_hex: list_id_target("0x10");
    numbers_netns_list_id_target_octal: list_id_target("010");
    numbers_netns_list_id_target_bad_octal: list_id_target("08");
    numbers_netns_list_id_target_minus_one: list_id_target("-1");
    numbers_netns_list_id_target_minus_zero: list_id_target("-0");
    numbers_netns_list_id_target_u32_overflow: list_id_target("4294967296");
    numbers_netns_list_id_target_empty: list_id_target("");
    numbers_netns_list_id_target_trail_space: list_id_target("5 ");
    numbers_netns_list_id_target_bare_0x: list_id_target("0x");
    numbers_netns_list_id_target_u32_wrap_5: list_id_target("4294967301");

    // ip netns set red N
    numbers_netns_set_lead_space: netns_set(" 5");
    numbers_netns_set_plus: netns_set("+5");
    numbers_netns_set_hex: netns_set("0x10");
    numbers_netns_set_octal: netns_set("010");
    numbers_netns_set_bad_octal: netns_set("08");
    numbers_netns_set_minus_one: netns_set("-1");
    numbers_netns_set_minus_zero: netns_set("-0");
    numbers_netns_set_u32_overflow: netns_set("4294967296");
    numbers_netns_set_empty: netns_set("");
    numbers_netns_set_trail_space: netns_set("5 ");
    numbers_netns_set_bare_0x: netns_set("0x");
    numbers_netns_set_u32_wrap_5: netns_set("4294967301");

    // ip netns attach x PID
    numbers_netns_attach_lead_space: netns_attach(" 5");
    numbers_netns_attach_plus: netns_attach("+5");
    numbers_netns_attach_hex: netns_attach("0x10");
    numbers_netns_attach_octal: netns_attach("010");
    numbers_netns_attach_bad_octal: netns_attach("08");
    numbers_netns_attach_minus_one: netns_attach("-1");
    numbers_netns_attach_minus_zero: netns_attach("-0");
    numbers_netns_attach_u32_overflow: netns_attach("4294967296");
    numbers_netns_attach_empty: netns_attach("");
    numbers_netns_attach_trail_space: netns_attach("5 ");
    numbers_netns_attach_bare_0x: netns_attach("0x");
    numbers_netns_attach_u32_wrap_5: netns_attach("4294967301");

    // ip netns identify PID
    numbers_netns_identify_lead_space: netns_identify(" 5");
    numbers_netns_identify_plus: netns_identify("+5");
    numbers_netns_identify_hex: netns_identify("0x10");
    numbers_netns_identify_octal: netns_identify("010");
    numbers_netns_identify_bad_octal: netns_identify("08");
    numbers_netns_identify_minus_one: netns_identify("-1");
    numbers_netns_identify_minus_zero: netns_identify("-0");
    numbers_netns_identify_u32_overflow: netns_identify("4294967296");
    numbers_netns_identify_empty: netns_identify("");
    numbers_netns_identify_trail_space: netns_identify("5 ");
    numbers_netns_identify_bare_0x: netns_identify("0x");
    numbers_netns_identify_u32_wrap_5: netns_identify("4294967301");
    numbers_netns_identify_plain: netns_identify("5");

    // ip link add v0 mtu N type veth ...
    numbers_link_add_mtu_lead_space: link_add_mtu(" 5");
    numbers_link_add_mtu_plus: link_add_mtu("+5");
    numbers_link_add_mtu_hex: link_add_mtu("0x10");
    numbers_link_add_mtu_octal: link_add_mtu("010");
    numbers_link_add_mtu_bad_octal: link_add_mtu("08");
    numbers_link_add_mtu_minus_one: link_add_mtu("-1");
    numbers_link_add_mtu_minus_zero: link_add_mtu("-0");
    numbers_link_add_mtu_u32_overflow: link_add_mtu("4294967296");
    numbers_link_add_mtu_empty: link_add_mtu("");
    numbers_link_add_mtu_trail_space: link_add_mtu("5 ");
    numbers_link_add_mtu_bare_0x: link_add_mtu("0x");
    numbers_link_add_mtu_lead_space_1400: link_add_mtu(" 1400");
    numbers_link_add_mtu_plus_1400: link_add_mtu("+1400");
    numbers_link_add_mtu_hex_0x578: link_add_mtu("0x578");
    numbers_link_add_mtu_octal_02570: link_add_mtu("02570");
    numbers_link_add_mtu_trail_space_1400: link_add_mtu("1400 ");
    numbers_link_add_mtu_u32_max: link_add_mtu("4294967295");

    // ip link add v0 txqueuelen N type veth ...
    numbers_link_add_txqueuelen_lead_space: link_add_txqueuelen(" 5");
    numbers_link_add_txqueuelen_plus: link_add_txqueuelen("+5");
    numbers_link_add_txqueuelen_hex: link_add_txqueuelen("0x10");
    numbers_link_add_txqueuelen_octal: link_add_txqueuelen("010");
    numbers_link_add_txqueuelen_bad_octal: link_add_txqueuelen("08");
    numbers_link_add_txqueuelen_minus_one: link_add_txqueuelen("-1");
    numbers_link_add_txqueuelen_minus_zero: link_add_txqueuelen("-0");
    numbers_link_add_txqueuelen_u32_overflow: link_add_txqueuelen("4294967296");
    numbers_link_add_txqueuelen_empty: link_add_txqueuelen("");
    numbers_link_add_txqueuelen_trail_space: link_add_txqueuelen("5 ");
    numbers_link_add_txqueuelen_bare_0x: link_add_txqueuelen("0x");
    numbers_link_add_txqueuelen_u32_wrap_5: link_add_txqueuelen("4294967301");
    numbers_link_add_txqueuelen_int_overflow: link_add_txqueuelen("2147483648");

    // ip link add v0 group N type veth ...
    numbers_link_add_group_lead_space: link_add_group(" 5");
    numbers_link_add_group_plus: link_add_group("+5");
    numbers_link_add_group_hex: link_add_group("0x10");
    numbers_link_add_group_octal: link_add_group("010");
    numbers_link_add_group_bad_octal: link_add_group("08");
    numbers_link_add_group_minus_one: link_add_group("-1");
    numbers_link_add_group_minus_zero: link_add_group("-0");
    numbers_link_add_group_u32_overflow: link_add_group("4294967296");
    numbers_link_add_group_empty: link_add_group("");
    numbers_link_add_group_trail_space: link_add_group("5 ");
    numbers_link_add_group_bare_0x: link_add_group("0x");
    numbers_link_add_group_u32_wrap_5: link_add_group("4294967301");
    numbers_link_add_group_int_overflow: link_add_group("2147483648");

    // ip link add v0 index N type veth ...
    numbers_link_add_index_lead_space: link_add_index(" 5");
    numbers_link_add_index_plus: link_add_index("+5");
    numbers_link_add_index_hex: link_add_index("0x10");
    numbers_link_add_index_octal: link_add_index("010");
    numbers_link_add_index_bad_octal: link_add_index("08");
    numbers_link_add_index_minus_one: link_add_index("-1");
    numbers_link_add_index_minus_zero: link_add_index("-0");
    numbers_link_add_index_u32_overflow: link_add_index("4294967296");
    numbers_link_add_index_empty: link_add_index("");
    numbers_link_add_index_trail_space: link_add_index("5 ");
    numbers_link_add_index_bare_0x: link_add_index("0x");
    numbers_link_add_index_u32_wrap_5: link_add_index("4294967301");
    numbers_link_add_index_int_overflow: link_add_index("2147483648");

    // ip link add v0 netns PID type veth ...
    numbers_link_add_netns_lead_space: link_add_netns(" 5");
    numbers_link_add_netns_plus: link_add_netns("+5");
    numbers_link_add_netns_hex: link_add_netns("0x10");
    numbers_link_add_netns_octal: link_add_netns("010");
    numbers_link_add_netns_bad_octal: link_add_netns("08");
    numbers_link_add_netns_minus_one: link_add_netns("-1");
    numbers_link_add_netns_minus_zero: link_add_netns("-0");
    numbers_link_add_netns_u32_overflow: link_add_netns("4294967296");
    numbers_link_add_netns_empty: link_add_netns("");
    numbers_link_add_netns_trail_space: link_add_netns("5 ");
    numbers_link_add_netns_bare_0x: link_add_netns("0x");
    numbers_link_add_netns_u32_wrap_5: link_add_netns("4294967301");

    // ip addr add 10.0.0.1/24 dev v0 metric N
    numbers_addr_add_metric_lead_space: addr_add_metric(" 5");
    numbers_addr_add_metric_plus: addr_add_metric("+5");
    numbers_addr_add_metric_hex: addr_add_metric("0x10");
    numbers_addr_add_metric_octal: addr_add_metric("010");
    numbers_addr_add_metric_bad_octal: addr_add_metric("08");
    numbers_addr_add_metric_minus_one: addr_add_metric("-1");
    numbers_addr_add_metric_minus_zero: addr_add_metric("-0");
    numbers_addr_add_metric_u32_overflow: addr_add_metric("4294967296");
    numbers_addr_add_metric_empty: addr_add_metric("");
    numbers_addr_add_metric_trail_space: addr_add_metric("5 ");
    numbers_addr_add_metric_bare_0x: addr_add_metric("0x");
    numbers_addr_add_metric_u32_max: addr_add_metric("4294967295");
    numbers_addr_add_metric_u32_wrap_5: addr_add_metric("4294967301");

    // ip addr add 10.0.0.1/24 dev v0 valid_lft N preferred_lft 0
    numbers_addr_add_valid_lft_lead_space: addr_add_valid_lft(" 5");
    numbers_addr_add_valid_lft_plus: addr_add_valid_lft("+5");
    numbers_addr_add_valid_lft_hex: addr_add_valid_lft("0x10");
    numbers_addr_add_valid_lft_octal: addr_add_valid_lft("010");
    numbers_addr_add_valid_lft_bad_octal: addr_add_valid_lft("08");
    numbers_addr_add_valid_lft_minus_one: addr_add_valid_lft("-1");
    numbers_addr_add_valid_lft_minus_zero: addr_add_valid_lft("-0");
    numbers_addr_add_valid_lft_u32_overflow: addr_add_valid_lft("4294967296");
    numbers_addr_add_valid_lft_empty: addr_add_valid_lft("");
    numbers_addr_add_valid_lft_trail_space: addr_add_valid_lft("5 ");
    numbers_addr_add_valid_lft_bare_0x: addr_add_valid_lft("0x");
    numbers_addr_add_valid_lft_u32_max: addr_add_valid_lft("4294967295");
    numbers_addr_add_valid_lft_u32_wrap_5: addr_add_valid_lft("4294967301");
}
