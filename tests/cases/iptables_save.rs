//! `iptables-save` against iptables-nft-save 1.8.9: every table in its order, counters,
//! one table, options as getopt reads them, tables iptables cannot read, and the round trip
//! through `iptables-restore` (both directions, both tools). Dates are normalised.

use crate::common::{self, argv, Case};

fn save(args: &str) -> Case {
    let mut words = vec!["iptables-save"];
    words.extend(args.split_whitespace());
    argv(words.as_slice()).norm(common::SAVE_DATES)
}

/// Every table, user chains in several, counters, comments with quotes, a changed policy.
const ALL: &str = "\
iptables -t security -N Zsecurity
iptables -t raw -N Zraw
iptables -t raw -A PREROUTING -p udp --dport 53 -j ACCEPT
iptables -t mangle -N Zmangle
iptables -t mangle -A OUTPUT -j MARK --set-mark 0x10
iptables -t nat -N Znat
iptables -t nat -A POSTROUTING -s 10.0.0.0/8 ! -o lo -j MASQUERADE
iptables -t nat -A PREROUTING -p tcp --dport 80 -c 1 2 -j DNAT --to-destination 10.0.0.2:8080
iptables -N Zfilter
iptables -N A
iptables -A INPUT -s 1.2.3.4 -c 5 6 -j A
iptables -A A -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
iptables -P FORWARD DROP
iptables -A FORWARD -m physdev --physdev-is-bridged -m comment --comment \"a \\\"b\\\" c\" -j ACCEPT
iptables -A OUTPUT -p tcp -j REJECT --reject-with tcp-reset";

/// A nat table written by nft with a native masquerade, and a filter table iptables can read.
const FOREIGN: &str = "\
iptables -A INPUT -j ACCEPT
nft add table ip nat
nft add chain ip nat POSTROUTING '{ type nat hook postrouting priority 100; }'
nft add rule ip nat POSTROUTING ip saddr 10.0.0.0/8 masquerade
nft add table ip foo
nft add chain ip foo bar";

cases! {
    ipt_save_empty: save("");
    ipt_save_empty_table: save("-t nat");
    ipt_save_all: save("").setup(ALL);
    ipt_save_counters: save("-c").setup(ALL);
    ipt_save_one_table: save("-ct nat").setup(ALL);
    ipt_save_long_options: save("--counters --table=raw").setup(ALL);
    ipt_save_prefix_options: save("--c --t mangle").setup(ALL);
    ipt_save_modprobe: save("-M /bin/true -t filter").setup(ALL);
    ipt_save_binary: save("-b -t raw").setup(ALL);
    ipt_save_file: argv(["sh", "-c", "iptables-save -f /tmp/x.save; echo rc=$?; sed 's/ on .*/ on <date>/' /tmp/x.save"]).setup(ALL);
    ipt_save_file_unwritable: save("--file=/nonexistent/x");
    ipt_save_unknown_table: save("-t bogus");
    ipt_save_version: save("-V -t bogus");
    ipt_save_version_late: save("-t bogus --ver");
    ipt_save_bad_short: save("-x");
    ipt_save_bad_long: save("--help");
    ipt_save_missing_arg: save("-t");
    ipt_save_missing_long_arg: save("--table");
    ipt_save_arg_not_allowed: save("--counters=1");
    ipt_save_extra_word: save("extra");
    ipt_save_after_dashes: save("-- x");
    ipt_save_incompatible: save("").setup(FOREIGN);
    ipt_save_incompatible_one: save("-t nat").setup(FOREIGN);
    ipt_save_foreign_base_chain: save("-t nat").setup("\
iptables -t nat -A POSTROUTING -j MASQUERADE
nft add chain ip nat WEIRD '{ type nat hook input priority 5; }'");
}
