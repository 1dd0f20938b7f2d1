//! `iptables-restore` against iptables-nft-restore 1.8.9: the save format (chains, policies,
//! counters, quoted comments, blank and comment lines), flush and --noflush, -c, -T, --test,
//! errors with their line numbers, each COMMIT as one atomic batch, and round trips through
//! both tools' iptables-save. The state after a restore is checked with the reference's
//! iptables-nft-save and `nft list ruleset`.

use crate::common::{self, argv, Case};

/// `iptables-restore ARGS` reading INPUT (written as printf would read it: `\n`, `\047`,
/// `\\`) from a here-document.
fn restore(input: &str, args: &str) -> Case {
    argv([
        "sh",
        "-c",
        &format!(
            "iptables-restore {args} <<'EOF_RULES'\n{}EOF_RULES",
            text(input)
        ),
    ])
}

fn text(input: &str) -> String {
    input
        .replace("\\\\", "\u{1}")
        .replace("\\n", "\n")
        .replace("\\047", "'")
        .replace('\u{1}', "\\")
}

/// The state as iptables-nft-save prints it (without dates) and as nft stores it.
const STATE: &str = "iptables-nft-save -c | grep -v '^#'; nft list ruleset";

/// Something in filter and nat that a restore replaces (or keeps, with --noflush).
const BEFORE: &str = "\
iptables -N OLD
iptables -A OLD -j ACCEPT
iptables -A INPUT -j OLD
iptables -P FORWARD DROP
iptables -t nat -A POSTROUTING -s 10.0.0.0/8 -j MASQUERADE";

/// A user chain OLD reached from INPUT, counters on OUTPUT's rules, FORWARD dropping.
const KERNEL: &str = "\
iptables -N OLD
iptables -A OLD -j ACCEPT
iptables -A INPUT -j OLD
iptables -A OUTPUT -c 5 6 -j ACCEPT
iptables -A OUTPUT -c 9 9 -j RETURN
iptables -P FORWARD DROP";

/// Three rules in INPUT.
const THREE: &str = "\
iptables -A INPUT -s 1.1.1.1 -j ACCEPT
iptables -A INPUT -s 2.2.2.2 -j ACCEPT
iptables -A INPUT -s 3.3.3.3 -j ACCEPT";

const FULL: &str = r#"# written by hand\n*filter\n:INPUT ACCEPT [0:0]\n:FORWARD DROP [3:4]\n:OUTPUT ACCEPT [0:0]\n:MYCHAIN - [0:0]\n\n-A INPUT -s 1.2.3.4/32 -j MYCHAIN\n[5:6] -A MYCHAIN -m comment --comment "hello \\" world" -j ACCEPT\n  -A MYCHAIN -p tcp --dport 22 -j REJECT --reject-with tcp-reset  \n-A OUTPUT -s 1.1.1.1,2.2.2.2 -j DROP\nCOMMIT\n*nat\n:POSTROUTING ACCEPT [0:0]\n-A POSTROUTING -o eth0 -j MASQUERADE\n-I POSTROUTING -d 10.9.9.9 -j RETURN\nCOMMIT\n"#;

cases! {
    ipt_restore_full: restore(FULL, "").setup(BEFORE).check(STATE);
    ipt_restore_counters: restore(FULL, "-c").setup(BEFORE).check(STATE);
    ipt_restore_noflush: restore(FULL, "--noflush").setup(BEFORE).check(STATE);
    ipt_restore_one_table: restore(FULL, "-T nat").setup(BEFORE).check(STATE);
    ipt_restore_test_only: restore(FULL, "--test").setup(BEFORE).check(STATE);
    ipt_restore_file: argv(["iptables-restore", "/tmp/r.rules"]).setup(&format!("cat >/tmp/r.rules <<'EOF_RULES'\n{}EOF_RULES", text(FULL))).check(STATE);
    ipt_restore_chain_commands: restore("*filter\\n-N X\\n-A X -j ACCEPT\\n-P INPUT DROP\\n-A INPUT -j ACCEPT\\n-F INPUT\\n-A OUTPUT -j X\\nCOMMIT\\n", "").check(STATE);
    ipt_restore_delete_chains: restore("*filter\\n-X\\n-N Y\\nCOMMIT\\n", "-n").setup("iptables -N A\niptables -N B\niptables -A A -j ACCEPT").check(STATE);
    ipt_restore_twice_same_table: restore("*filter\\n-A INPUT -j ACCEPT\\nCOMMIT\\n*filter\\n-A OUTPUT -j ACCEPT\\nCOMMIT\\n", "").check(STATE);
    ipt_restore_other_tables: restore("*raw\\n-A PREROUTING -j ACCEPT\\nCOMMIT\\n*mangle\\n:OUTPUT ACCEPT [0:0]\\nCOMMIT\\n", "").check(STATE);
    ipt_restore_counter_prefix_forms: restore("*filter\\n[1:2]-A INPUT -j ACCEPT\\n[a:b] -A INPUT -j DROP\\nCOMMIT\\n", "-c").check(STATE);
    ipt_restore_noflush_chain_line_empties_user_chain: restore("*filter\\n:X - [0:0]\\n-A X -j RETURN\\n:INPUT ACCEPT [0:0]\\nCOMMIT\\n", "-n")
        .setup("iptables -N X\niptables -A X -j ACCEPT\niptables -A INPUT -j X\niptables -P INPUT DROP").check(STATE);
    ipt_restore_noflush_add_and_delete_chain: restore("*filter\\n:Y - [0:0]\\n-A Y -j RETURN\\n-X Y\\nCOMMIT\\n", "-n").check(STATE);
    ipt_restore_noflush_twice: argv(["sh", "-c", "iptables-restore -n /tmp/n; iptables-restore -n /tmp/n"])
        .setup("printf '*nat\\n-A POSTROUTING -j MASQUERADE\\nCOMMIT\\n' >/tmp/n").check(STATE);
    ipt_restore_user_chain_twice: restore("*filter\\n:FOO - [0:0]\\n:FOO - [0:0]\\n:BAR DROP [0:0]\\nCOMMIT\\n", "").check(STATE);

    // ------------------------------------------------------------------ rules by place or content
    ipt_restore_positional_noflush: restore("*filter\\n-D INPUT -s 2.2.2.2 -j ACCEPT\\n-A INPUT -s 4.4.4.4 -j ACCEPT\\n-I INPUT 2 -s 5.5.5.5 -j DROP\\n-R INPUT 1 -s 6.6.6.6 -j DROP\\n-C INPUT -s 4.4.4.4 -j ACCEPT\\n-D INPUT 4\\nCOMMIT\\n", "-n")
        .setup(THREE).check(STATE);
    ipt_restore_positional_in_batch: restore("*filter\\n-A INPUT -s 7.7.7.7 -j ACCEPT\\n-A INPUT -s 8.8.8.8 -j ACCEPT\\n-I INPUT 2 -s 9.9.9.9,9.9.9.10 -j DROP\\n-D INPUT -s 9.9.9.10 -j DROP\\n-A INPUT -s 11.0.0.1 -j ACCEPT\\n-D INPUT 4\\nCOMMIT\\n", "")
        .setup(THREE).check(STATE);
    ipt_restore_insert_lists: restore("*filter\\n-I INPUT 1 -s 1.2.3.4,1.2.3.5 -j ACCEPT\\n-I INPUT 3 -s 1.2.3.6,1.2.3.7 -j ACCEPT\\n-I INPUT -s 1.2.3.8,1.2.3.9 -j ACCEPT\\nCOMMIT\\n", "-n")
        .setup(THREE).check(STATE);
    ipt_restore_check_missing: restore("*filter\\n-C INPUT -s 99.9.9.9 -j ACCEPT\\nCOMMIT\\n", "-n").setup(THREE);
    ipt_restore_delete_num_too_big: restore("*filter\\n-D INPUT 99\\nCOMMIT\\n", "-n").setup(THREE);
    ipt_restore_insert_too_big: restore("*filter\\n-I INPUT 99 -j ACCEPT\\nCOMMIT\\n", "-n").setup(THREE);
    ipt_restore_replace_too_big: restore("*filter\\n-R INPUT 99 -j ACCEPT\\nCOMMIT\\n", "-n").setup(THREE);
    ipt_restore_delete_num_lazy_chain: restore("*filter\\n-D FORWARD 1\\nCOMMIT\\n", "-n").setup(THREE);
    ipt_restore_delete_missing_chain: restore("*filter\\n-D NOPE -j ACCEPT\\nCOMMIT\\n", "-n").setup(THREE);
    ipt_restore_check_missing_chain: restore("*filter\\n-C NOPE -j ACCEPT\\nCOMMIT\\n", "-n").setup(THREE);
    ipt_restore_delete_missing_rule: restore("*filter\\n-A INPUT -j ACCEPT\\n-D INPUT -j DROP\\nCOMMIT\\n", "").check(STATE);

    // ------------------------------------------------------------------ -S, -L, -Z, -E on a line
    ipt_restore_line_list_rules: restore("*filter\\n-A INPUT -j ACCEPT\\n-N X\\n-S\\n-S INPUT 1\\n-S OUTPUT\\n-S INPUT -v\\n-S INPUT 5\\n-P INPUT DROP\\n-S INPUT\\nCOMMIT\\n", "-n")
        .setup(KERNEL).check(STATE);
    ipt_restore_line_list_rules_flushed: restore("*filter\\n-A INPUT -j ACCEPT\\n-S\\nCOMMIT\\n", "").setup(KERNEL);
    ipt_restore_line_list_rules_missing: restore("*filter\\n-S NOPE\\nCOMMIT\\n", "-n").setup(KERNEL);
    ipt_restore_line_list: restore("*filter\\n-A INPUT -j ACCEPT\\n-N X\\n-A X -j OLD\\n-L\\n-L -n -v\\n-L X\\n-L INPUT 2\\n-L -n --line-numbers -x -v\\nCOMMIT\\n", "-n")
        .setup(KERNEL);
    ipt_restore_line_list_flushed: restore("*filter\\n-A INPUT -j ACCEPT\\n-L\\nCOMMIT\\n", "").setup(KERNEL);
    ipt_restore_line_list_missing: restore("*filter\\n-L NOPE\\nCOMMIT\\n", "-n").setup(KERNEL);
    ipt_restore_line_zero: restore("*filter\\n-Z OUTPUT 2\\nCOMMIT\\n", "-n").setup(KERNEL).check("iptables-nft -S -v");
    ipt_restore_line_zero_all: restore("*filter\\n-Z\\nCOMMIT\\n", "-n").setup(KERNEL).check("iptables-nft -S -v");
    ipt_restore_line_zero_missing: restore("*filter\\n-Z NOPE\\nCOMMIT\\n", "-n").setup(KERNEL);
    ipt_restore_line_rename: restore("*filter\\n-E OLD NEW\\nCOMMIT\\n", "-n").setup(KERNEL).check(STATE);
    ipt_restore_line_rename_then_use: restore("*filter\\n-E OLD NEW\\n-A NEW -j DROP\\nCOMMIT\\n", "-n").setup(KERNEL).check(STATE);
    ipt_restore_line_rename_new_chain: restore("*filter\\n-N Y\\n-E Y Z\\nCOMMIT\\n", "-n").setup(KERNEL).check(STATE);
    ipt_restore_line_rename_exists: restore("*filter\\n-N A\\n-E A INPUT\\nCOMMIT\\n", "-n").setup(KERNEL);

    // ------------------------------------------------------------------ errors change nothing
    ipt_restore_bad_option: restore("*filter\\n-A INPUT --bogus -j ACCEPT\\nCOMMIT\\n", "").setup(BEFORE).check(STATE);
    ipt_restore_twice_option: restore("*filter\\n-A INPUT -m comment --comment a --comment b -j ACCEPT\\nCOMMIT\\n", "").check(STATE);
    ipt_restore_nat_drop: restore("*nat\\n-A INPUT -j DROP\\nCOMMIT\\n", "").check(STATE);
    ipt_restore_kernel_refusal: restore("*filter\\n-A INPUT -j ACCEPT\\n-A OUTPUT -j MASQUERADE\\nCOMMIT\\n", "").setup(BEFORE).check(STATE);
    ipt_restore_no_commit: restore("*filter\\n-A INPUT -j ACCEPT\\n", "").setup(BEFORE).check(STATE);
    ipt_restore_bad_table: restore("*bogus\\nCOMMIT\\n", "");
    ipt_restore_chain_without_policy: restore("*filter\\n:X\\nCOMMIT\\n", "");
    ipt_restore_bad_policy: restore("*filter\\n:INPUT BOGUS [0:0]\\nCOMMIT\\n", "");
    ipt_restore_commit_without_table: restore("COMMIT\\n", "");
    ipt_restore_table_option: restore("*filter\\n-t nat -A INPUT -j ACCEPT\\nCOMMIT\\n", "");
    ipt_restore_table_inside_table: restore("*filter\\n-A INPUT -j ACCEPT\\n*nat\\nCOMMIT\\n", "").check(STATE);
    ipt_restore_single_quotes: restore("*filter\\n-A INPUT -m comment --comment \\047two words\\047 -j ACCEPT\\nCOMMIT\\n", "").check(STATE);
    ipt_restore_unknown_jump: restore("*filter\\n-A INPUT -j NOPE\\nCOMMIT\\n", "");
    ipt_restore_unknown_chain: restore("*filter\\n-A NOPE -j ACCEPT\\nCOMMIT\\n", "");
    ipt_restore_chain_exists: restore("*filter\\n-N X\\n-N X\\nCOMMIT\\n", "");
    ipt_restore_policy_user_chain: restore("*filter\\n-P FOO DROP\\nCOMMIT\\n", "");
    ipt_restore_second_table_fails: restore("*filter\\n-A INPUT -j ACCEPT\\nCOMMIT\\n*nat\\n-A POSTROUTING -j BOGUS\\nCOMMIT\\n", "").setup(BEFORE).check(STATE);

    ipt_restore_line_version: restore("*filter\\n-A INPUT -j ACCEPT\\n-V\\nCOMMIT\\n", "").check(STATE);
    ipt_restore_line_help: restore("*filter\\n-h\\nCOMMIT\\n", "");
    ipt_restore_line_table_without_value: restore("*filter\\n-t\\nCOMMIT\\n", "");
    ipt_restore_line_long_table: restore("*filter\\n--table=nat -A INPUT\\nCOMMIT\\n", "");
    ipt_restore_comment_dash_t: restore("*filter\\n-A INPUT -m comment --comment -t -j ACCEPT\\nCOMMIT\\n", "").check(STATE);
    ipt_restore_counter_bracket_open: restore("*filter\\n[\\nCOMMIT\\n", "");
    ipt_restore_counter_not_numeric: restore("*filter\\n[1:x] -A INPUT -j ACCEPT\\nCOMMIT\\n", "-c");
    ipt_restore_chain_line_empty: restore("*filter\\n:\\nCOMMIT\\n", "");
    ipt_restore_chain_line_dash: restore("*filter\\n: -\\nCOMMIT\\n", "");
    ipt_restore_chain_line_bang: restore("*filter\\n:!x ACCEPT\\nCOMMIT\\n", "");

    // ------------------------------------------------------------------ options
    ipt_restore_version: argv(["iptables-restore", "-V"]);
    ipt_restore_help: argv(["iptables-restore", "-h"]);
    ipt_restore_bad_long: argv(["iptables-restore", "--bogus"]);
    ipt_restore_bad_short: argv(["iptables-restore", "-x"]);
    ipt_restore_missing_arg: argv(["iptables-restore", "-T"]);
    ipt_restore_two_files: argv(["iptables-restore", "a", "b"]);
    ipt_restore_missing_file: argv(["iptables-restore", "/nonexistent"]);
    ipt_restore_wait: argv(["sh", "-c", "iptables-restore -w 5 -W 1000 </dev/null; echo rc=$?; iptables-restore -w5 </dev/null"]);
    ipt_restore_binary: argv(["sh", "-c", "iptables-restore -b </dev/null"]);
    ipt_restore_round_trip_other_way: argv(["sh", "-c", "iptables-save | iptables-nft-restore; echo rc=$?"]).setup(BEFORE).check(STATE);

    ipt_restore_save_not_root: argv(["sh", "-c", "iptables-restore -V >/dev/null; printf '*filter\\n-A INPUT -j ACCEPT\\nCOMMIT\\n' >/tmp/np.rules; chmod 644 /tmp/np.rules; for a in '' -n --test; do setpriv --reuid=65534 --regid=65534 --clear-groups iptables-restore $a /tmp/np.rules; echo rc=$?; done; setpriv --reuid=65534 --regid=65534 --clear-groups iptables-save; echo rc=$?"]);

    // ------------------------------------------------------------------ round trips
    ipt_restore_round_trip: argv(["sh", "-c", "iptables-save >/tmp/a; iptables-restore </tmp/a; iptables-save >/tmp/b; grep -v '^#' /tmp/a | diff - /tmp/b | grep -v '^[<>] #'; iptables-nft-save | iptables-restore; echo rc=$?; iptables-save | iptables-nft-restore; echo rc=$?"])
        .setup(concat!("iptables -N OLD\niptables -A OLD -m comment --comment \"a b\" -j ACCEPT\niptables -A INPUT -j OLD\n",
            "iptables -P FORWARD DROP\niptables -A FORWARD -m physdev --physdev-is-bridged -j ACCEPT\n",
            "iptables -t nat -A PREROUTING -p tcp --dport 80 -j DNAT --to-destination 10.0.0.2:8080\n",
            "iptables -t mangle -A OUTPUT -j MARK --set-mark 1"))
        .check(STATE);
}

/// A bad line in the middle of a 1,000-rule restore leaves the ruleset exactly as before.
#[test]
fn ipt_restore_atomic_1000() {
    let script = r#"
iptables -A INPUT -s 10.200.0.1 -j ACCEPT
iptables -t nat -A POSTROUTING -j MASQUERADE
nft list ruleset >/tmp/before
{ echo '*filter'; for i in $(seq 1 1000); do
    if [ $i = 500 ]; then echo '-A INPUT -m bogus -j ACCEPT'; else echo "-A INPUT -s 10.1.$((i / 256)).$((i % 256)) -j ACCEPT"; fi
  done; echo COMMIT; } >/tmp/bad.rules
iptables-restore </tmp/bad.rules 2>&1; echo "rc=$?"
nft list ruleset | diff /tmp/before - && echo unchanged
sed -i 's/-m bogus //' /tmp/bad.rules
iptables-restore </tmp/bad.rules; echo "rc=$?"
iptables -S INPUT | wc -l
iptables-nft -S INPUT | wc -l
"#;
    let Some(r) = common::sandbox_script("ipt_restore_atomic_1000", script) else {
        return;
    };
    assert_eq!(
        r.stdout_text(),
        "iptables-restore v1.8.9 (nf_tables): Couldn't load match `bogus':No such file or directory\n\n\
         Error occurred at line: 501\n\
         Try `iptables-restore -h' or 'iptables-restore --help' for more information.\n\
         rc=2\nunchanged\nrc=0\n1001\n1001\n",
        "stderr:\n{}",
        r.stderr_text()
    );
}

/// `-R` of a rule an earlier line of the same block adds (iptables-nft-restore 1.8.9 crashes
/// on it): the adding message is rewritten in the batch.
#[test]
fn ipt_restore_replace_rule_of_the_same_block() {
    let script = "printf '*filter\\n-A INPUT -s 7.7.7.7 -j ACCEPT\\n-A INPUT -s 8.8.8.8 -j ACCEPT\\n-R INPUT 1 -s 10.0.0.7 -j DROP\\n-I INPUT 2 -s 9.9.9.9 -j ACCEPT\\n-R INPUT 2 -s 9.9.9.8 -j ACCEPT\\nCOMMIT\\n' | iptables-restore; echo rc=$?; iptables-nft -S INPUT";
    let Some(r) = common::sandbox_script("ipt_restore_replace_rule_of_the_same_block", script)
    else {
        return;
    };
    assert_eq!(
        r.stdout_text(),
        "rc=0\n-P INPUT ACCEPT\n-A INPUT -s 10.0.0.7/32 -j DROP\n-A INPUT -s 9.9.9.8/32 -j ACCEPT\n-A INPUT -s 8.8.8.8/32 -j ACCEPT\n",
        "stderr:\n{}",
        r.stderr_text()
    );
}

/// Restore files made of random lines (table headers, chain lines, counters, commands with
/// iptables words, COMMITs): ipkit never panics and never hangs, with and without --noflush.
#[test]
fn ipt_restore_random_files_never_panic() {
    let script = r#"
words=(-A -I -D -R -C -S -L -F -Z -N -X -E -P -t -s -d -i -o -p tcp udp all -j -g -h -V
  MASQUERADE DNAT RETURN ACCEPT DROP REJECT -m tcp comment mac physdev --dport --comment
  --to-destination --mac-source 02:00:00:00:00:01 --physdev-in ! -c 1 2 x 1 2 0 -1 99
  INPUT FORWARD OUTPUT POSTROUTING X Y 10.0.0.1 1.2.3.4/8 80 '"a b"' '"' '\"' '[1:2]' '[' ']'
  : :X ':INPUT DROP [1:2]' ':Y - [0:0]' '*filter' '*nat' '*raw' '*bogus' COMMIT '#c' '')
RANDOM=7
for n in $(seq 1 150); do
  {
    case $((RANDOM % 3)) in 0) echo '*filter' ;; 1) echo '*nat' ;; esac
    lines=$((RANDOM % 8 + 1))
    for l in $(seq 1 $lines); do
      len=$((RANDOM % 7))
      line=""
      for k in $(seq 1 $len); do line="$line ${words[$((RANDOM % ${#words[@]}))]}"; done
      echo "$line"
    done
    [ $((RANDOM % 2)) = 0 ] && echo COMMIT
  } >/tmp/random.rules
  for flags in "" "-n" "-c -n"; do
    timeout 5 iptables-restore $flags /tmp/random.rules >/dev/null 2>&1
    case $? in 101|134|139|124) echo "BAD exit ($flags):"; cat /tmp/random.rules ;; esac
  done
done
echo done
"#;
    let Some(r) = common::sandbox_script("ipt_restore_random_files_never_panic", script) else {
        return;
    };
    assert_eq!(r.stdout_text(), "done\n", "stderr:\n{}", r.stderr_text());
}
