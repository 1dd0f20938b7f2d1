//! `ip token` against iproute2 6.1: list/get on veth pairs, a bridge and devices that take
//! no token (lo, a NOARP veth, a tun), set/del read back with `ip token`, and the failures.

use crate::common::ip;

/// Devices of every sort the list passes over or shows, two with tokens.
const DEVS: &str = "\
ip link add v0 type veth peer name v1
ip link add v2 type veth peer name v3
ip link add br0 type bridge
ip tuntap add t0 mode tun
ip link set v2 arp off
ip link set v3 up
ip token set ::1/64 dev v1
ip token set ::ffff:1.2.3.4/64 dev br0";

const STATE: &str = "ip token; ip -6 -d link show v0 | grep -o 'addrgenmode [a-z0-9_]*'";

cases! {
    // list and get
    token_bare: ip("token").setup(DEVS);
    token_list: ip("token list").setup(DEVS);
    token_lst: ip("token lst").setup(DEVS);
    token_ls: ip("token ls").setup(DEVS);
    token_show: ip("token show").setup(DEVS);
    token_s: ip("token s").setup(DEVS);
    token_l: ip("token l").setup(DEVS);
    token_get_all: ip("token get").setup(DEVS);
    token_get_dev: ip("token get dev v1").setup(DEVS);
    token_g_dev: ip("token g dev br0").setup(DEVS);
    token_get_dev_unset: ip("token get dev v0").setup(DEVS);
    token_get_dev_noarp: ip("token get dev v2").setup(DEVS);
    token_get_dev_lo: ip("token get dev lo").setup(DEVS);
    token_get_dev_tun: ip("token get dev t0").setup(DEVS);
    token_get_dev_twice: ip("token get dev v1 dev v0").setup(DEVS);
    token_get_dev_then_bad: ip("token get dev v1 dev nosuch").setup(DEVS);
    token_get_dev_trailing: ip("token get dev v1 dev").setup(DEVS);
    token_get_words_ignored: ip("token get bogus dev v1 help").setup(DEVS);
    token_get_ifn: ip("token get dev if5").setup(DEVS);
    token_list_help_ignored: ip("token list help").setup(DEVS);
    token_show_dev: ip("token show dev br0").setup(DEVS);
    token_json: ip("-j token").setup(DEVS);
    token_json_pretty: ip("-j -p token").setup(DEVS);
    token_json_get: ip("-j token get dev v1").setup(DEVS);
    token_json_empty: ip("-j token get dev v2").setup(DEVS);
    token_oneline: ip("-o token").setup(DEVS);
    token_color: ip("-c token").setup(DEVS);
    token_inet: ip("-4 token").setup(DEVS);
    token_no_devices: ip("token");
    // set and del, read back
    token_set: ip("token set ::2/64 dev v0").setup(DEVS).check(STATE);
    token_set_plain: ip("token set ::3 dev v0").setup(DEVS).check(STATE);
    token_set_compat: ip("token set ::1:2/64 dev v0").setup(DEVS).check(STATE);
    token_set_wide: ip("token set 1:2:3:4:5:6:7:8 dev v0").setup(DEVS).check(STATE);
    token_set_default: ip("token set default dev v1").setup(DEVS).check(STATE);
    token_set_zero: ip("token set ::/0 dev v1").setup(DEVS).check(STATE);
    token_set_any: ip("token set any dev v0").setup(DEVS).check(STATE);
    token_set_lo: ip("token set ::1 dev lo").setup(DEVS).check(STATE);
    token_set_noarp: ip("token set ::1 dev v2").setup(DEVS).check(STATE);
    token_set_tun: ip("token set ::1 dev t0").setup(DEVS).check(STATE);
    token_set_up: ip("token set ::4/64 dev v3").setup(DEVS).check(STATE);
    token_se: ip("token se ::5 dev v0").setup(DEVS).check(STATE);
    token_add: ip("token add ::6 dev v0").setup(DEVS).check(STATE);
    token_a: ip("token a ::7 dev v0").setup(DEVS).check(STATE);
    token_set_dev_first: ip("token set dev v0 ::8").setup(DEVS).check(STATE);
    token_set_two_devs: ip("token set ::9 dev v0 dev v1").setup(DEVS).check(STATE);
    token_set_two_tokens: ip("token set ::a bogus dev v0").setup(DEVS).check(STATE);
    token_set_second_dev_unknown: ip("token set ::b dev v0 dev nosuch").setup(DEVS).check(STATE);
    token_set_ifn: ip("token set ::c dev if2").setup(DEVS).check(STATE);
    token_del: ip("token del dev v1").setup(DEVS).check(STATE);
    token_del_token_ignored: ip("token del ::1/129 dev br0").setup(DEVS).check(STATE);
    token_delete: ip("token delete dev br0").setup(DEVS).check(STATE);
    token_d: ip("token d dev v1").setup(DEVS).check(STATE);
    token_del_two_devs: ip("token del dev v1 dev br0").setup(DEVS).check(STATE);
    token_del_unset: ip("token del dev v0").setup(DEVS).check(STATE);
    token_del_lo: ip("token del dev lo").setup(DEVS).check(STATE);
    // failures
    token_help: ip("token help");
    token_h: ip("token h");
    token_unknown: ip("token flush");
    token_empty_word: crate::common::argv(["ip", "token", ""]);
    token_set_bare: ip("token set");
    token_set_no_dev: ip("token set ::1/64");
    token_set_no_token: ip("token set dev lo");
    token_del_bare: ip("token del");
    token_del_no_dev: ip("token del ::1");
    token_set_dev_missing: ip("token set ::1 dev");
    token_set_dev_missing_after: ip("token set ::1 dev lo dev");
    token_del_dev_missing: ip("token del dev");
    token_get_dev_missing: ip("token get dev");
    token_set_dev_unknown: ip("token set ::1 dev nosuch");
    token_del_dev_unknown: ip("token del dev nosuch");
    token_get_dev_unknown: ip("token get dev nosuch");
    token_list_dev_unknown: ip("token list dev nosuch");
    token_set_dev_if0: ip("token set ::1 dev if0");
    token_set_inet: ip("token set 10.0.0.1 dev lo");
    token_set_bogus: ip("token set bogus dev lo");
    token_set_len: ip("token set ::1/129 dev lo");
    token_set_help: ip("token set help");
    token_set_help_prefix: ip("token set h dev lo");
    token_set_help_after: ip("token set ::1 dev lo he");
    token_set_dev_help: ip("token set ::1 dev help");
    token_del_help: ip("token del dev lo help");
}
