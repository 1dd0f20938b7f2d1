//! `ip ntable` against iproute2 6.1: the neighbour tables shown (every selector, -s, -j,
//! -o, -c) and changed (every parameter, read back with the reference's `ip ntable show`).
//!
//! Normalised: a device's `reachable` (the kernel draws it at random around base_reachable,
//! anew in each sandbox) and, with `-s`, the table's configuration and counters (the tables
//! are the host's, shared by every namespace: entries, dates of the last flush and hash
//! change, the hash seed and every counter move on their own).

use crate::common::{argv, ip, Norm};

const VETH: &str = "ip link add v1 type veth peer name v0";

/// The number (or `"string"`) after each of these words or JSON keys becomes `N`.
const MOVING: &[&str] = &[
    "reachable",
    "entries",
    "last_flush",
    "last_rand",
    "hash_rnd",
    "hash_mask",
    "hash_chain_gc",
    "proxy_qlen",
    "allocs",
    "destroys",
    "hash_grows",
    "res_failed",
    "lookups",
    "hits",
    "rcv_probes_mcast",
    "rcv_probes_ucast",
    "periodic_gc_runs",
    "forced_gc_runs",
    "table_fulls",
];

/// The value after `word ` (plain) or `"word":` (JSON): a quoted string, a
/// `YYYY-MM-DD HH:MM:SS` date or a run of hex digits becomes `N`.
fn norm_moving(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < b.len() {
        let at_word = i == 0 || matches!(b[i - 1], b' ' | b'"' | b'{');
        let hit = at_word
            .then(|| {
                MOVING.iter().find_map(|k| {
                    let rest = &text[i..];
                    let after = rest.strip_prefix(k)?;
                    let sep = ["\": ", "\":", " "]
                        .iter()
                        .find(|s| after.starts_with(**s))?;
                    Some(k.len() + sep.len())
                })
            })
            .flatten();
        let Some(head) = hit else {
            let ch = text[i..].chars().next().unwrap_or(' ');
            out.push(ch);
            i += ch.len_utf8();
            continue;
        };
        out.push_str(&text[i..i + head]);
        i += head;
        let rest = &b[i..];
        let len = if rest.first() == Some(&b'"') {
            rest[1..]
                .iter()
                .position(|&c| c == b'"')
                .map_or(0, |p| p + 2)
        } else if rest.len() >= 19 && rest[4] == b'-' && rest[10] == b' ' {
            19
        } else {
            rest.iter().take_while(|c| c.is_ascii_hexdigit()).count()
        };
        if len > 0 {
            out.push('N');
            i += len;
        }
    }
    out
}

const MOVES: Norm = Norm {
    name: "ntable-moving",
    apply: norm_moving,
};

/// Every device's parameters, read back.
const SHOW: &str = "ip ntable show dev v0; ip -j ntable show dev lo";

cases! {
    // ------------------------------------------------------------------ show
    ntable_bare: ip("ntable").setup(VETH).norm(MOVES);
    ntable_show: ip("ntable show").setup(VETH).norm(MOVES);
    ntable_list: ip("ntable list").setup(VETH).norm(MOVES);
    ntable_lst: ip("ntable lst").setup(VETH).norm(MOVES);
    ntable_sh: ip("ntable sh").norm(MOVES);
    ntable_l: ip("ntable l").norm(MOVES);
    ntable_ntbl: ip("ntbl").norm(MOVES);
    ntable_v4: ip("-4 ntable").setup(VETH).norm(MOVES);
    ntable_v6: ip("-6 ntable show").setup(VETH).norm(MOVES);
    ntable_family_link: ip("-0 ntable");
    ntable_family_inet6: ip("-f inet6 ntable show dev v0").setup(VETH).norm(MOVES);
    ntable_dev: ip("ntable show dev v0").setup(VETH).norm(MOVES);
    ntable_dev_lo_twice: ip("ntable show dev v0 dev lo").setup(VETH).norm(MOVES);
    ntable_name: ip("ntable show name ndisc_cache").setup(VETH).norm(MOVES);
    ntable_name_dev: ip("ntable list name arp_cache dev lo").norm(MOVES);
    ntable_name_twice: ip("ntable show name arp_cache name ndisc_cache").norm(MOVES);
    ntable_name_none: ip("ntable show name nosuch");
    ntable_name_prefix: ip("ntable show name arp");
    ntable_json: ip("-j ntable").setup(VETH).norm(MOVES);
    ntable_json_pretty: ip("-j -p ntable show").setup(VETH).norm(MOVES);
    ntable_json_dev: ip("-j ntable show dev lo").norm(MOVES);
    ntable_json_none: ip("-j ntable show name nosuch");
    ntable_oneline: ip("-o ntable").setup(VETH).norm(MOVES);
    ntable_color: ip("-c ntable show dev v0").setup(VETH).norm(MOVES);
    ntable_details: ip("-d ntable show dev lo").norm(MOVES);
    ntable_stats: ip("-s ntable").setup(VETH).norm(MOVES);
    ntable_stats_dev: ip("-s ntable show dev lo").norm(MOVES);
    ntable_stats_name: ip("-s -s ntable show name arp_cache").norm(MOVES);
    ntable_stats_json: ip("-s -j ntable").norm(MOVES);
    ntable_stats_json_pretty: ip("-s -j -p ntable show name ndisc_cache").norm(MOVES);
    ntable_stats_oneline: ip("-s -o ntable").norm(MOVES);
    ntable_stats_color: ip("-c -s ntable show name arp_cache").norm(MOVES);
    // ------------------------------------------------------------------ show: errors
    ntable_show_dev_nosuch: ip("ntable show dev nosuch");
    ntable_show_dev_prefix: ip("ntable show dev l");
    ntable_show_dev_missing: ip("ntable show dev");
    ntable_show_dev_first: ip("ntable show dev nosuch name");
    ntable_show_name_missing: ip("ntable show name");
    ntable_show_unknown: ip("ntable show foo");
    ntable_show_help: ip("ntable show help");
    ntable_show_extra: ip("ntable show dev lo extra");
    ntable_unknown: ip("ntable foo");
    ntable_empty_command: argv(["ip", "ntable", "", "name", "arp_cache"]);
    ntable_ls: ip("ntable ls name arp_cache").norm(MOVES);
    ntable_change_empty_name: argv(["ip", "ntable", "change", "name", "", "dev", "lo", "queue", "3"]);
    ntable_change_empty_dev: argv(["ip", "ntable", "change", "name", "arp_cache", "dev", "", "queue", "3"]);
    ntable_show_empty_dev: argv(["ip", "ntable", "show", "dev", ""]);
    ntable_help: ip("ntable help");
    ntable_help_h: ip("ntable h x");
    // ------------------------------------------------------------------ change
    ntable_change_queue: ip("ntable change name arp_cache dev v0 queue 5").setup(VETH).check(SHOW).norm(MOVES);
    ntable_change_every_parameter: ip("ntable change name arp_cache dev v0 base_reachable 1000 retrans 33 gc_stale 4000 delay_probe 300 queue 7 app_probes 3 ucast_probes 4 mcast_probes 5 anycast_delay 1 proxy_delay 2 proxy_queue 9 locktime 12")
        .setup(VETH).check(SHOW).norm(MOVES);
    ntable_change_v6: ip("-6 ntable change name ndisc_cache dev lo retrans 2000 locktime 8 queue 0x10 proxy_queue 010")
        .check(SHOW).norm(MOVES);
    ntable_change_ndisc: ip("ntable chg name ndisc_cache dev v0 ucast_probes 9").setup(VETH).check("ip ntable show dev v0 name ndisc_cache").norm(MOVES);
    ntable_change_c: ip("ntbl c dev lo name arp_cache queue 1").check(SHOW).norm(MOVES);
    ntable_change_base_zero: ip("ntable change name arp_cache dev lo base_reachable 0").check(SHOW).norm(MOVES);
    ntable_change_two_devs: ip("ntable change name arp_cache dev v0 dev v1 queue 3").setup(VETH).check("ip ntable show name arp_cache").norm(MOVES);
    // the tables' own values: only in the initial namespace (the kernel says ENOENT)
    ntable_change_thresh: ip("ntable change name arp_cache thresh1 1 thresh2 2 thresh3 3 gc_int 4");
    ntable_change_table_parms: ip("ntable change name arp_cache queue 5").check("ip ntable show name arp_cache").norm(MOVES);
    ntable_change_thresh_dev: ip("ntable change name arp_cache dev lo thresh1 5 queue 9").check(SHOW).norm(MOVES);
    ntable_change_wrong_family: ip("-6 ntable change name arp_cache dev lo queue 5");
    ntable_change_wrong_family4: ip("-4 ntable change name ndisc_cache dev lo queue 5");
    ntable_change_nosuch_table: ip("ntable change name nosuch dev lo queue 5");
    ntable_change_gc_int_max: ip("ntable change name arp_cache gc_int -1");
    ntable_change_json: ip("-j ntable change name arp_cache dev lo queue 3").check(SHOW).norm(MOVES);
    // ------------------------------------------------------------------ change: errors
    ntable_change_bare: ip("ntable change");
    ntable_change_no_name: ip("ntable change dev lo queue 1");
    ntable_change_name_missing: ip("ntable change name");
    ntable_change_name_twice: ip("ntable change queue 9 dev lo name arp_cache name ndisc_cache");
    ntable_change_nothing: ip("ntable change name arp_cache");
    ntable_change_nothing_dev: ip("ntable change name arp_cache dev lo");
    ntable_change_dev_missing: ip("ntable change name arp_cache dev");
    ntable_change_dev_nosuch: ip("ntable change name arp_cache dev nosuch queue 1");
    ntable_change_dev_nosuch_first: ip("ntable change dev nosuch foo");
    ntable_change_unknown: ip("ntable change name arp_cache dev lo queue 3 foo");
    ntable_change_unknown_last: ip("ntable change name arp_cache help");
    ntable_change_reachable: ip("ntable change name arp_cache reachable 3");
    ntable_change_value_missing: ip("ntable change name arp_cache dev lo queue");
    ntable_change_thresh1_bad: ip("ntable change name arp_cache thresh1 5x");
    ntable_change_thresh2_bad: ip("ntable change name arp_cache thresh2 x");
    ntable_change_thresh3_bad: ip("ntable change name arp_cache thresh3 0x");
    ntable_change_gc_int_bad: ip("ntable change name arp_cache gc_int 18446744073709551616");
    ntable_change_base_reachable_bad: ip("ntable change name arp_cache base_reachable x");
    ntable_change_retrans_bad: ip("ntable change name arp_cache retrans x");
    ntable_change_gc_stale_bad: ip("ntable change name arp_cache gc_stale x");
    ntable_change_delay_probe_bad: ip("ntable change name arp_cache delay_probe x");
    ntable_change_queue_bad: ip("ntable change name arp_cache queue -1");
    ntable_change_queue_big: ip("ntable change name arp_cache queue 4294967296");
    ntable_change_app_probes_bad: ip("ntable change name arp_cache app_probes x");
    ntable_change_ucast_probes_bad: ip("ntable change name arp_cache ucast_probes x");
    ntable_change_mcast_probes_bad: ip("ntable change name arp_cache mcast_probes x");
    ntable_change_anycast_delay_bad: ip("ntable change name arp_cache anycast_delay x");
    ntable_change_proxy_delay_bad: ip("ntable change name arp_cache proxy_delay x");
    ntable_change_proxy_queue_bad: ip("ntable change name arp_cache proxy_queue x");
    ntable_change_locktime_bad: ip("ntable change name arp_cache locktime x");
}

#[test]
fn ntable_norm_replaces_only_the_moving_values() {
    let plain = "    config key_len 4 entry_size 336 entries 11 \n        last_flush 2026-12-05 02:44:16 last_rand 2026-12-05 14:47:00 \n    refcnt 1 reachable 40760 base_reachable 30000 \n        hash_rnd 3891705355 hash_mask 0000003f \n";
    assert_eq!(
        norm_moving(plain),
        "    config key_len 4 entry_size 336 entries N \n        last_flush N last_rand N \n    refcnt 1 reachable N base_reachable 30000 \n        hash_rnd N hash_mask N \n"
    );
    let json = "{\"entries\":11,\"last_flush\":\"2026-12-05 02:44:17\",\"hash_mask\":\"0x3f\",\"reachable\":5,\"base_reachable\":30000}";
    assert_eq!(
        norm_moving(json),
        "{\"entries\":N,\"last_flush\":N,\"hash_mask\":N,\"reachable\":N,\"base_reachable\":30000}"
    );
    let pretty = "        \"last_flush\": \"2026-12-05 02:44:17\",\n        \"reachable\": 5,\n";
    assert_eq!(
        norm_moving(pretty),
        "        \"last_flush\": N,\n        \"reachable\": N,\n"
    );
}
