//! Chains iptables-nft 1.8.9 does not own, as `nft` (firewalld, docker's nft backend) leaves
//! them in the tables iptables uses. A base chain is iptables' builtin only when its name is a
//! builtin of the table and its hook, priority and type are the builtin's (the policy does not
//! matter); every chain without a hook is a user chain, whoever made it. Any other base chain is
//! foreign: no command sees it (`No chain/target/match by that name.`, and `-S`/`-L` call it
//! incompatible), full listings and iptables-save start with the notice "# Table `filter'
//! contains incompatible base-chains, ...", a whole-table `-F` still flushes it, `-Z` does not
//! zero it, and restore with flush deletes it with the table. A foreign chain with a builtin's
//! name leaves that builtin missing: listed empty with policy ACCEPT, while the commands that
//! create a missing builtin (-A, -I, -F CHAIN, -P, restore's policy lines) get the kernel's
//! refusal. The rules are in /work/research/chains.md.

use crate::common::{self, argv, ipt, Case};

fn save(args: &str) -> Case {
    let mut words = vec!["iptables-save"];
    words.extend(args.split_whitespace());
    argv(words.as_slice()).norm(common::SAVE_DATES)
}

/// `iptables-restore ARGS` reading INPUT on stdin.
fn restore(args: &str, input: &str) -> Case {
    let mut words = vec!["iptables-restore"];
    words.extend(args.split_whitespace());
    argv(words.as_slice()).stdin(input)
}

/// The state after a command, as nft stores it.
const NFT: &str = "nft list ruleset";

/// a) A base chain whose name is no builtin of the table (`WEIRD`, hook input priority 5) with a
/// rule iptables could read, next to iptables' own INPUT.
const WEIRD: &str = "\
iptables -A INPUT -s 1.1.1.1 -c 7 70 -j ACCEPT
nft add chain ip filter WEIRD '{ type filter hook input priority 5; }'
nft add rule ip filter WEIRD ip saddr 3.3.3.3 counter packets 5 bytes 50 accept";

/// WEIRD, and an iptables user chain MINE that INPUT and WEIRD jump to.
const WEIRD_MINE: &str = "\
iptables -N MINE
iptables -A INPUT -s 1.1.1.1 -j MINE
nft add chain ip filter WEIRD '{ type filter hook input priority 5; }'
nft add rule ip filter WEIRD jump MINE";

/// The same chain in a filter table nft made, without any chain of iptables.
const WEIRD_ONLY: &str = "\
nft add table ip filter
nft add chain ip filter WEIRD '{ type filter hook input priority 5; }'
nft add rule ip filter WEIRD ip saddr 3.3.3.3 counter packets 5 bytes 50 accept";

/// g) Two base chains on the input hook at priority 0: iptables' INPUT and nft's WEIRD.
const TWO: &str = "\
iptables -A INPUT -s 1.1.1.1 -c 7 70 -j ACCEPT
nft add chain ip filter WEIRD '{ type filter hook input priority 0; }'
nft add rule ip filter WEIRD ip saddr 3.3.3.3 counter packets 5 bytes 50 accept";

/// Empty chains: an iptables user chain, WEIRD, and a user chain nft made.
const EMPTIES: &str = "\
iptables -N MINE
nft add chain ip filter WEIRD '{ type filter hook input priority 5; }'
nft add chain ip filter NFTEMPTY";

/// b) A builtin name at another priority: INPUT at priority 10 (made by nft, with a rule), and
/// iptables' OUTPUT.
const PRIO: &str = "\
nft add table ip filter
nft add chain ip filter INPUT '{ type filter hook input priority 10; }'
nft add rule ip filter INPUT ip saddr 3.3.3.3 counter packets 5 bytes 50 accept
iptables -A OUTPUT -s 1.1.1.1 -c 7 70 -j ACCEPT";

/// PRIO and an iptables user chain X.
const PRIO_USER: &str = "\
nft add table ip filter
nft add chain ip filter INPUT '{ type filter hook input priority 10; }'
nft add rule ip filter INPUT ip saddr 3.3.3.3 counter packets 5 bytes 50 accept
iptables -A OUTPUT -s 1.1.1.1 -c 7 70 -j ACCEPT
iptables -N X
iptables -A X -j RETURN";

/// INPUT at priority -1.
const PRIO_NEG: &str = "\
nft add table ip filter
nft add chain ip filter INPUT '{ type filter hook input priority -1; }'
nft add rule ip filter INPUT ip saddr 3.3.3.3 counter packets 5 bytes 50 accept";

/// INPUT at priority 10 with policy drop.
const PRIO_DROP: &str = "\
nft add table ip filter
nft add chain ip filter INPUT '{ type filter hook input priority 10; policy drop; }'
nft add rule ip filter INPUT ip saddr 3.3.3.3 counter packets 5 bytes 50 accept";

/// INPUT as iptables makes it (priority filter = 0), made by nft with policy drop: compatible.
const POLICY_DROP: &str = "\
nft add table ip filter
nft add chain ip filter INPUT '{ type filter hook input priority filter; policy drop; }'
nft add rule ip filter INPUT ip saddr 3.3.3.3 counter packets 5 bytes 50 accept
iptables -A OUTPUT -s 1.1.1.1 -c 7 70 -j ACCEPT";

/// c) A builtin name on another hook: INPUT on hook forward.
const HOOK: &str = "\
nft add table ip filter
nft add chain ip filter INPUT '{ type filter hook forward priority 0; }'
nft add rule ip filter INPUT ip saddr 3.3.3.3 counter packets 5 bytes 50 accept
iptables -A OUTPUT -s 1.1.1.1 -c 7 70 -j ACCEPT";

/// d) A builtin name with another type: filter INPUT as `type nat` (hook input, priority 0).
const TYPE_NAT: &str = "\
nft add table ip filter
nft add chain ip filter INPUT '{ type nat hook input priority 0; }'
nft add rule ip filter INPUT ip saddr 3.3.3.3 counter packets 5 bytes 50 accept
iptables -A OUTPUT -s 1.1.1.1 -c 7 70 -j ACCEPT";

/// d) mangle OUTPUT as `type filter` (iptables makes it `type route`), at mangle's priority -150.
const MANGLE_TYPE: &str = "\
nft add table ip mangle
nft add chain ip mangle OUTPUT '{ type filter hook output priority -150; }'
nft add rule ip mangle OUTPUT ip saddr 3.3.3.3 counter packets 5 bytes 50 accept
iptables -t mangle -A INPUT -s 1.1.1.1 -c 7 70 -j ACCEPT";

/// d) nat PREROUTING as `type filter` (iptables makes it `type nat`), at priority -100.
const NAT_TYPE: &str = "\
nft add table ip nat
nft add chain ip nat PREROUTING '{ type filter hook prerouting priority -100; }'
nft add rule ip nat PREROUTING ip saddr 3.3.3.3 counter packets 5 bytes 50 accept
iptables -t nat -A POSTROUTING -s 1.1.1.1 -c 7 70 -j ACCEPT";

/// e) A builtin name of another table: FORWARD (hook forward) in nat.
const WRONG_TABLE: &str = "\
nft add table ip nat
nft add chain ip nat FORWARD '{ type filter hook forward priority 0; }'
nft add rule ip nat FORWARD ip saddr 3.3.3.3 counter packets 5 bytes 50 accept
iptables -t nat -A POSTROUTING -s 1.1.1.1 -c 7 70 -j ACCEPT";

/// Base chains with a builtin name of other tables: PREROUTING in filter, INPUT in raw.
const OTHER_NAMES: &str = "\
iptables -A INPUT -j ACCEPT
nft add chain ip filter PREROUTING '{ type filter hook prerouting priority 0; }'
iptables -t raw -A PREROUTING -j ACCEPT
nft add chain ip raw INPUT '{ type filter hook input priority -300; }'";

/// f) A user chain nft made (no hook), with a rule iptables reads and one with an anonymous set.
const USER: &str = "\
iptables -A INPUT -s 1.1.1.1 -c 7 70 -j ACCEPT
nft add chain ip filter NFTUSER
nft add rule ip filter NFTUSER ip saddr 3.3.3.3 counter packets 5 bytes 50 accept
nft add rule ip filter NFTUSER ip saddr '{ 4.4.4.4, 5.5.5.5 }' counter drop";

/// A user chain (no hook) nft made with a builtin's name, INPUT, and iptables' OUTPUT.
const USER_INPUT: &str = "\
nft add table ip filter
nft add chain ip filter INPUT
nft add rule ip filter INPUT ip saddr 3.3.3.3 counter packets 5 bytes 50 accept
iptables -A OUTPUT -s 1.1.1.1 -c 7 70 -j ACCEPT";

/// A rule iptables cannot read (`ct mark set`) in WEIRD.
const NATIVE_IN_WEIRD: &str = "\
iptables -A INPUT -s 1.1.1.1 -j ACCEPT
nft add chain ip filter WEIRD '{ type filter hook input priority 5; }'
nft add rule ip filter WEIRD ct mark set 5";

/// The same rule in a user chain nft made, next to WEIRD.
const NATIVE_IN_USER: &str = "\
iptables -A INPUT -s 1.1.1.1 -j ACCEPT
nft add chain ip filter WEIRD '{ type filter hook input priority 5; }'
nft add chain ip filter NFTUSER
nft add rule ip filter NFTUSER ct mark set 5";

/// Incompatible base chains in four tables.
const TABLES: &str = "\
iptables -A INPUT -j ACCEPT
nft add chain ip filter WEIRD '{ type filter hook input priority 5; }'
iptables -t raw -A PREROUTING -j ACCEPT
nft add chain ip raw INPUT '{ type filter hook input priority -300; }'
nft add table ip security
nft add chain ip security WEIRD '{ type filter hook input priority 7; }'
nft add table ip nat
nft add chain ip nat FORWARD '{ type filter hook forward priority 0; }'";

cases! {
    // a) a base chain with a name no builtin has: not there for any command; a notice on full
    // listings; a whole-table -F flushes it
    ipt_foreign_weird_dump: ipt("-S").setup(WEIRD);
    ipt_foreign_weird_dump_chain: ipt("-S WEIRD").setup(WEIRD);
    ipt_foreign_weird_dump_builtin: ipt("-S INPUT").setup(WEIRD);
    ipt_foreign_weird_list: ipt("-L").setup(WEIRD);
    ipt_foreign_weird_list_chain: ipt("-L WEIRD").setup(WEIRD);
    ipt_foreign_weird_flush: ipt("-F").setup(WEIRD).check(NFT);
    ipt_foreign_weird_flush_chain: ipt("-F WEIRD").setup(WEIRD).check(NFT);
    ipt_foreign_weird_zero: ipt("-Z").setup(WEIRD).check(NFT);
    ipt_foreign_weird_zero_chain: ipt("-Z WEIRD").setup(WEIRD).check(NFT);
    ipt_foreign_weird_list_zero: ipt("-L -Z").setup(WEIRD).check(NFT);
    ipt_foreign_weird_delete_chains: ipt("-X").setup(WEIRD).check(NFT);
    ipt_foreign_weird_delete_chain: ipt("-X WEIRD").setup(WEIRD).check(NFT);
    ipt_foreign_weird_append: ipt("-A WEIRD -s 2.2.2.2 -j ACCEPT").setup(WEIRD).check(NFT);
    ipt_foreign_weird_replace: ipt("-R WEIRD 1 -s 2.2.2.2 -j ACCEPT").setup(WEIRD).check(NFT);
    ipt_foreign_weird_delete_num: ipt("-D WEIRD 1").setup(WEIRD).check(NFT);
    ipt_foreign_weird_check: ipt("-C WEIRD -s 3.3.3.3 -j ACCEPT").setup(WEIRD).check(NFT);
    ipt_foreign_weird_rename: ipt("-E WEIRD NEWNAME").setup(WEIRD).check(NFT);
    ipt_foreign_weird_rename_to: ipt("-E MINE WEIRD").setup(WEIRD_MINE).check(NFT);
    ipt_foreign_weird_policy: ipt("-P WEIRD DROP").setup(WEIRD).check(NFT);
    ipt_foreign_weird_new: ipt("-N WEIRD").setup(WEIRD).check(NFT);
    ipt_foreign_weird_jump: ipt("-A INPUT -j WEIRD").setup(WEIRD).check(NFT);
    ipt_foreign_weird_append_builtin: ipt("-A INPUT -s 2.2.2.2 -j ACCEPT").setup(WEIRD).check(NFT);
    ipt_foreign_weird_check_builtin: ipt("-C INPUT -s 1.1.1.1 -j ACCEPT").setup(WEIRD);
    ipt_foreign_weird_save: save("").setup(WEIRD);
    ipt_foreign_weird_save_counters: save("-c -t filter").setup(WEIRD);
    ipt_foreign_weird_only_dump: ipt("-S").setup(WEIRD_ONLY);
    ipt_foreign_weird_only_append_builtin: ipt("-A INPUT -s 2.2.2.2 -j ACCEPT").setup(WEIRD_ONLY).check(NFT);

    // WEIRD's jump counts as a reference to MINE, and keeps MINE busy
    ipt_foreign_weird_jumps_list: ipt("-L MINE").setup(WEIRD_MINE);
    ipt_foreign_weird_jumps_delete: ipt("-X MINE").setup(WEIRD_MINE).check(NFT);

    // g) two base chains on one hook: only the one with the builtin's name is iptables'
    ipt_foreign_two_dump: ipt("-S").setup(TWO);
    ipt_foreign_two_flush: ipt("-F").setup(TWO).check(NFT);
    ipt_foreign_two_append: ipt("-A WEIRD -j ACCEPT").setup(TWO).check(NFT);
    ipt_foreign_two_policy: ipt("-P INPUT DROP").setup(TWO).check(NFT);

    // -X deletes every user chain, nft's too, and leaves base chains alone
    ipt_foreign_empties_delete_chains: ipt("-X").setup(EMPTIES).check(NFT);

    // restore with flush deletes the table, nft's chains and all; --noflush leaves them
    ipt_foreign_weird_restore: restore("", "*filter\n-A INPUT -s 9.9.9.9 -j ACCEPT\nCOMMIT\n").setup(WEIRD).check(NFT);
    ipt_foreign_weird_restore_empty: restore("", "*filter\nCOMMIT\n").setup(WEIRD).check(NFT);
    ipt_foreign_weird_restore_other_table: restore("", "*mangle\n-A INPUT -j ACCEPT\nCOMMIT\n").setup(WEIRD).check(NFT);
    ipt_foreign_weird_restore_noflush: restore("--noflush", "*filter\n-A INPUT -s 9.9.9.9 -j ACCEPT\nCOMMIT\n").setup(WEIRD).check(NFT);
    ipt_foreign_weird_restore_declare: restore("", "*filter\n:WEIRD - [0:0]\n-A WEIRD -s 9.9.9.9 -j ACCEPT\nCOMMIT\n").setup(WEIRD).check(NFT);
    ipt_foreign_weird_restore_declare_noflush: restore("--noflush", "*filter\n:WEIRD - [0:0]\n-A WEIRD -s 9.9.9.9 -j ACCEPT\nCOMMIT\n").setup(WEIRD).check(NFT);
    ipt_foreign_weird_restore_append_noflush: restore("--noflush", "*filter\n-A WEIRD -s 9.9.9.9 -j ACCEPT\nCOMMIT\n").setup(WEIRD).check(NFT);
    ipt_foreign_weird_restore_jump_noflush: restore("--noflush", "*filter\n-A INPUT -j WEIRD\nCOMMIT\n").setup(WEIRD).check(NFT);
    ipt_foreign_weird_restore_flush_noflush: restore("--noflush", "*filter\n-F\nCOMMIT\n").setup(WEIRD).check(NFT);
    ipt_foreign_weird_restore_flush_chain_noflush: restore("--noflush", "*filter\n-F WEIRD\nCOMMIT\n").setup(WEIRD).check(NFT);

    // b) a builtin name at another priority: the builtin counts as missing (no rules, ACCEPT);
    // commands that make a missing builtin ask the kernel to create it, which refuses
    ipt_foreign_prio_dump: ipt("-S").setup(PRIO);
    ipt_foreign_prio_dump_chain: ipt("-S INPUT").setup(PRIO);
    ipt_foreign_prio_dump_other_builtin: ipt("-S OUTPUT").setup(PRIO);
    ipt_foreign_prio_dump_user: ipt("-S X").setup(PRIO_USER);
    ipt_foreign_prio_list: ipt("-L").setup(PRIO);
    ipt_foreign_prio_list_chain: ipt("-L INPUT -n -v").setup(PRIO);
    ipt_foreign_prio_flush: ipt("-F").setup(PRIO).check(NFT);
    ipt_foreign_prio_flush_chain: ipt("-F INPUT").setup(PRIO).check(NFT);
    ipt_foreign_prio_zero: ipt("-Z").setup(PRIO).check(NFT);
    ipt_foreign_prio_zero_chain: ipt("-Z INPUT").setup(PRIO).check(NFT);
    ipt_foreign_prio_list_zero: ipt("-L -Z").setup(PRIO).check(NFT);
    ipt_foreign_prio_list_zero_other: ipt("-L OUTPUT -Z").setup(PRIO).check(NFT);
    ipt_foreign_prio_delete_chain: ipt("-X INPUT").setup(PRIO).check(NFT);
    ipt_foreign_prio_append: ipt("-A INPUT -s 2.2.2.2 -j ACCEPT").setup(PRIO).check(NFT);
    ipt_foreign_prio_replace: ipt("-R INPUT 1 -s 2.2.2.2 -j ACCEPT").setup(PRIO).check(NFT);
    ipt_foreign_prio_delete_num: ipt("-D INPUT 1").setup(PRIO).check(NFT);
    ipt_foreign_prio_delete_spec: ipt("-D INPUT -s 3.3.3.3 -j ACCEPT").setup(PRIO).check(NFT);
    ipt_foreign_prio_check: ipt("-C INPUT -s 3.3.3.3 -j ACCEPT").setup(PRIO);
    ipt_foreign_prio_check_other: ipt("-C OUTPUT -s 1.1.1.1 -j ACCEPT").setup(PRIO);
    ipt_foreign_prio_rename: ipt("-E INPUT NEWNAME").setup(PRIO).check(NFT);
    ipt_foreign_prio_rename_to: ipt("-E X INPUT").setup(PRIO_USER).check(NFT);
    ipt_foreign_prio_policy: ipt("-P INPUT DROP").setup(PRIO).check(NFT);
    ipt_foreign_prio_new: ipt("-N INPUT").setup(PRIO).check(NFT);
    ipt_foreign_prio_jump: ipt("-A OUTPUT -j INPUT").setup(PRIO).check(NFT);
    ipt_foreign_prio_append_other: ipt("-A FORWARD -j ACCEPT").setup(PRIO).check(NFT);
    ipt_foreign_prio_save: save("").setup(PRIO);
    ipt_foreign_prio_restore: restore("", "*filter\n:INPUT DROP [0:0]\n-A INPUT -s 9.9.9.9 -j ACCEPT\nCOMMIT\n").setup(PRIO).check(NFT);
    ipt_foreign_prio_restore_noflush: restore("--noflush", "*filter\n:INPUT DROP [0:0]\n-A INPUT -s 9.9.9.9 -j ACCEPT\nCOMMIT\n").setup(PRIO).check(NFT);
    ipt_foreign_prio_restore_append_noflush: restore("--noflush", "*filter\n-A INPUT -s 9.9.9.9 -j ACCEPT\nCOMMIT\n").setup(PRIO).check(NFT);
    ipt_foreign_prio_restore_policy_noflush: restore("--noflush", "*filter\n-P INPUT DROP\nCOMMIT\n").setup(PRIO).check(NFT);
    ipt_foreign_prio_restore_zero_noflush: restore("--noflush", "*filter\n-Z\nCOMMIT\n").setup(PRIO).check(NFT);
    ipt_foreign_prio_neg_append: ipt("-A INPUT -j ACCEPT").setup(PRIO_NEG).check(NFT);

    // the missing builtin shows policy ACCEPT whatever nft's chain has
    ipt_foreign_prio_drop_dump_chain: ipt("-S INPUT").setup(PRIO_DROP);

    // the policy is no part of compatibility
    ipt_foreign_policy_drop_dump: ipt("-S").setup(POLICY_DROP);
    ipt_foreign_policy_drop_policy: ipt("-P INPUT ACCEPT").setup(POLICY_DROP).check(NFT);
    ipt_foreign_policy_drop_delete_chain: ipt("-X INPUT").setup(POLICY_DROP).check(NFT);

    // c) d) a builtin name on another hook or with another type: as at another priority (a type
    // mismatch makes the kernel answer EEXIST instead of EOPNOTSUPP)
    ipt_foreign_hook_dump: ipt("-S").setup(HOOK);
    ipt_foreign_hook_flush_chain: ipt("-F INPUT").setup(HOOK).check(NFT);
    ipt_foreign_hook_append_forward: ipt("-A FORWARD -s 2.2.2.2 -j ACCEPT").setup(HOOK).check(NFT);
    ipt_foreign_type_nat_append: ipt("-A INPUT -s 2.2.2.2 -j ACCEPT").setup(TYPE_NAT).check(NFT);
    ipt_foreign_mangle_type_dump: ipt("-t mangle -S").setup(MANGLE_TYPE);
    ipt_foreign_mangle_type_append: ipt("-t mangle -A OUTPUT -s 2.2.2.2 -j ACCEPT").setup(MANGLE_TYPE).check(NFT);
    ipt_foreign_mangle_type_zero: ipt("-t mangle -Z").setup(MANGLE_TYPE).check(NFT);
    ipt_foreign_mangle_type_restore_noflush: restore("--noflush", "*mangle\n:OUTPUT ACCEPT [0:0]\nCOMMIT\n").setup(MANGLE_TYPE).check(NFT);
    ipt_foreign_mangle_type_restore: restore("", "*mangle\n:OUTPUT ACCEPT [0:0]\nCOMMIT\n").setup(MANGLE_TYPE).check(NFT);
    ipt_foreign_nat_type_list: ipt("-t nat -L").setup(NAT_TYPE);
    ipt_foreign_nat_type_append: ipt("-t nat -A PREROUTING -s 2.2.2.2 -j ACCEPT").setup(NAT_TYPE).check(NFT);
    ipt_foreign_nat_type_policy: ipt("-t nat -P PREROUTING ACCEPT").setup(NAT_TYPE).check(NFT);

    // e) a builtin name of another table: like any other name (WEIRD)
    ipt_foreign_wrong_table_dump: ipt("-t nat -S").setup(WRONG_TABLE);
    ipt_foreign_wrong_table_dump_chain: ipt("-t nat -S FORWARD").setup(WRONG_TABLE);
    ipt_foreign_wrong_table_append: ipt("-t nat -A FORWARD -s 2.2.2.2 -j ACCEPT").setup(WRONG_TABLE).check(NFT);
    ipt_foreign_wrong_table_new: ipt("-t nat -N FORWARD").setup(WRONG_TABLE).check(NFT);
    ipt_foreign_wrong_table_policy: ipt("-t nat -P FORWARD ACCEPT").setup(WRONG_TABLE).check(NFT);
    ipt_foreign_wrong_table_jump: ipt("-t nat -A POSTROUTING -j FORWARD").setup(WRONG_TABLE).check(NFT);
    ipt_foreign_wrong_table_restore_noflush: restore("--noflush", "*nat\n:FORWARD - [0:0]\n-A FORWARD -j RETURN\nCOMMIT\n").setup(WRONG_TABLE).check(NFT);
    ipt_foreign_wrong_table_restore: restore("", "*nat\n:FORWARD ACCEPT [0:0]\nCOMMIT\n").setup(WRONG_TABLE).check(NFT);
    ipt_foreign_other_names_dump_chain: ipt("-S PREROUTING").setup(OTHER_NAMES);
    ipt_foreign_other_names_flush_chain: ipt("-F PREROUTING").setup(OTHER_NAMES).check(NFT);
    ipt_foreign_other_names_raw_list: ipt("-t raw -L").setup(OTHER_NAMES);

    // f) a user chain nft made is iptables' own (a rule's set lookup is dropped from its text)
    ipt_foreign_user_dump: ipt("-S").setup(USER);
    ipt_foreign_user_flush_chain: ipt("-F NFTUSER").setup(USER).check(NFT);
    ipt_foreign_user_zero: ipt("-Z").setup(USER).check(NFT);
    ipt_foreign_user_delete_chain: ipt("-X NFTUSER").setup(USER).check(NFT);
    ipt_foreign_user_append: ipt("-A NFTUSER -s 2.2.2.2 -j ACCEPT").setup(USER).check(NFT);
    ipt_foreign_user_rename: ipt("-E NFTUSER NEWNAME").setup(USER).check(NFT);
    ipt_foreign_user_check_lookup: ipt("-C NFTUSER -j DROP").setup(USER);
    ipt_foreign_user_delete_lookup: ipt("-D NFTUSER -j DROP").setup(USER).check(NFT);
    ipt_foreign_user_new: ipt("-N NFTUSER").setup(USER).check(NFT);
    ipt_foreign_user_jump: ipt("-A INPUT -j NFTUSER").setup(USER).check(NFT);
    ipt_foreign_user_save: save("").setup(USER);
    ipt_foreign_user_restore: restore("", "*filter\n-A OUTPUT -s 9.9.9.9 -j ACCEPT\nCOMMIT\n").setup(USER).check(NFT);
    ipt_foreign_user_restore_declare_noflush: restore("--noflush", "*filter\n:NFTUSER - [0:0]\n-A NFTUSER -s 9.9.9.9 -j ACCEPT\nCOMMIT\n").setup(USER).check(NFT);

    // a user chain named INPUT: listed twice, as the missing builtin and as a user chain
    ipt_foreign_user_input_dump: ipt("-S").setup(USER_INPUT);
    ipt_foreign_user_input_dump_chain: ipt("-S INPUT").setup(USER_INPUT);
    ipt_foreign_user_input_append: ipt("-A INPUT -s 2.2.2.2 -j ACCEPT").setup(USER_INPUT).check(NFT);
    ipt_foreign_user_input_replace: ipt("-R INPUT 1 -s 2.2.2.2 -j ACCEPT").setup(USER_INPUT).check(NFT);
    ipt_foreign_user_input_delete_num: ipt("-D INPUT 1").setup(USER_INPUT).check(NFT);
    ipt_foreign_user_input_zero_chain: ipt("-Z INPUT").setup(USER_INPUT).check(NFT);
    ipt_foreign_user_input_jump: ipt("-A OUTPUT -j INPUT").setup(USER_INPUT).check(NFT);
    ipt_foreign_user_input_save: save("").setup(USER_INPUT);

    // rules iptables cannot read: not looked at in an incompatible base chain, fatal in a user
    // chain
    ipt_foreign_native_in_weird_dump: ipt("-S").setup(NATIVE_IN_WEIRD);
    ipt_foreign_native_in_user_dump: ipt("-S").setup(NATIVE_IN_USER);
    ipt_foreign_native_in_user_dump_builtin: ipt("-S INPUT").setup(NATIVE_IN_USER);
    ipt_foreign_native_in_user_save: save("").setup(NATIVE_IN_USER);
    ipt_foreign_tables_save: save("").setup(TABLES);
}
