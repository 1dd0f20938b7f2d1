//! `ip netns`: every subcommand, its errors and its prefix forms, against iproute2 6.1.
//!
//! Setups run with the reference tools in a fresh sandbox (private /run/netns, /tmp, /etc
//! overlay, PID namespace, so PIDs printed by `pids`/`identify` are the same on both sides).

use crate::common::{self, argv, ip};

/// Three namespaces; red has id 5, green gets an automatic id (0).
const THREE: &str = "ip netns add red; ip netns add blue; ip netns add green; ip netns set red 5; ip netns set green auto";

/// `$P` is a process (sleep) inside red; waits until it has really entered red.
const PROC_IN_RED: &str = r#"ip netns add red
ip netns exec red sleep 1000 >/dev/null 2>&1 &
P=$!
want=$(stat -L -c 'net:[%i]' /run/netns/red)
until [ "$(readlink /proc/$P/ns/net)" = "$want" ]; do sleep 0.01; done"#;

/// Two processes inside red (`$P1`, `$P2`), started before any polling so their PIDs are fixed.
const TWO_PROCS_IN_RED: &str = r#"ip netns add red
ip netns add blue
ip netns exec red sleep 1000 >/dev/null 2>&1 &
P1=$!
ip netns exec red sleep 1000 >/dev/null 2>&1 &
P2=$!
want=$(stat -L -c 'net:[%i]' /run/netns/red)
until [ "$(readlink /proc/$P1/ns/net)" = "$want" ] && [ "$(readlink /proc/$P2/ns/net)" = "$want" ]; do sleep 0.01; done"#;

/// Files under /etc/netns/red (the sandbox has a private overlay on /etc).
const ETC_NETNS_RED: &str = r#"mkdir -p /etc/netns/red
echo '10.9.9.9 red-host' >/etc/netns/red/hosts
ip netns add red"#;

cases! {
    // list / show and their prefixes
    netns_bare: ip("netns").setup(THREE);
    netns_bare_empty: ip("netns");
    netns_list: ip("netns list").setup(THREE);
    netns_show: ip("netns show").setup(THREE);
    netns_lst: ip("netns lst").setup(THREE);
    netns_prefix_s_is_show: ip("netns s").setup(THREE);
    netns_prefix_sh: ip("netns sh").setup(THREE);
    netns_prefix_l: ip("netns l").setup(THREE);
    netns_prefix_li: ip("netns li").setup(THREE);
    netns_prefix_lis: ip("netns lis").setup(THREE);
    netns_list_readdir_order: ip("netns list")
        .setup("for n in one two three four five six seven eight nine ten; do ip netns add $n; done");
    netns_list_extra_words: ip("netns list extra").setup(THREE);
    netns_list_invalid_name_word: ip("netns list a/b");
    netns_list_json: ip("-j netns list").setup(THREE);
    netns_list_json_pretty: ip("-j -p netns list").setup(THREE);
    netns_list_json_empty: ip("-j netns list");
    netns_list_json_pretty_empty: ip("-j -p netns list");
    netns_list_plain_file: ip("netns list").setup("ip netns add red; ip netns set red 3; touch /run/netns/junk");
    netns_list_plain_file_json: ip("-j netns list").setup("ip netns add red; ip netns set red 3; touch /run/netns/junk");
    netns_list_no_run_netns_dir: ip("netns list").setup("mount -t tmpfs tmpfs /run");
    netns_list_json_no_run_netns_dir: ip("-j netns list").setup("mount -t tmpfs tmpfs /run");
    netns_list_odd_names: argv(["ip", "netns", "list"])
        .setup("ip netns add -x; ip netns add 'a b'; ip netns add -; ip netns add 'q\"uote'");
    netns_list_odd_names_json: ip("-j netns list")
        .setup("ip netns add 'a b'; ip netns add 'q\"uote'; ip netns add 'back\\slash'");
    netns_list_non_utf8_name: ip("netns list").setup("ip netns add \"$(printf 'bad\\377name')\"");
    netns_list_non_utf8_name_json: ip("-j netns list").setup("ip netns add \"$(printf 'bad\\377name')\"");
    netns_list_control_chars_json: ip("-j netns list")
        .setup("ip netns add \"$(printf 'tab\\tname')\"; ip netns add \"$(printf 'ctl\\001x')\"");

    // add
    netns_add: ip("netns add red")
        .check("ip netns list; ip -n red -o link | wc -l; findmnt -n -o TARGET,FSTYPE,PROPAGATION /run/netns/red");
    netns_add_second: ip("netns add blue").setup("ip netns add red").check("ip netns list");
    netns_add_duplicate: ip("netns add red").setup("ip netns add red").check("ip netns list");
    netns_add_slash: ip("netns add a/b").check("ip netns list");
    netns_add_dotdot: ip("netns add ..").check("ip netns list");
    netns_add_dot: ip("netns add .").check("ip netns list");
    netns_add_empty_name: argv(["ip", "netns", "add", ""]);
    netns_add_missing_name: ip("netns add");
    netns_add_extra_words: ip("netns add red extra").check("ip netns list");
    netns_add_odd_names: argv(["ip", "netns", "add", "a b"]).check("ip netns list");
    netns_add_dash_name: ip("netns add -x").check("ip netns list");
    netns_add_255_chars: ip("netns add $LONG").setup("LONG=$(printf 'a%.0s' $(seq 255))").check("ip netns list | wc -c");
    netns_add_256_chars: ip("netns add $LONG").setup("LONG=$(printf 'a%.0s' $(seq 256))").check("ip netns list | wc -c");
    netns_add_prefix_a: ip("netns a x").check("ip netns list");
    netns_add_prefix_ad: ip("netns ad x").check("ip netns list");
    netns_add_creates_run_netns: ip("netns add red")
        .setup("mount -t tmpfs tmpfs /run")
        .check("ip netns list; findmnt -o TARGET,FSTYPE,PROPAGATION -R /run");
    netns_add_is_a_new_namespace: ip("netns add red")
        .check("[ \"$(readlink /proc/self/ns/net)\" != \"$(ip netns exec red readlink /proc/self/ns/net)\" ] && echo separate");
    netns_add_with_netns_option: ip("-n red netns add green").setup("ip netns add red").check("ip netns list");

    // attach
    netns_attach: ip("netns attach x $P").setup(PROC_IN_RED).check("ip netns list; ip netns identify $P");
    netns_attach_self: ip("netns attach me 1").check("ip netns list; ip netns identify 1");
    netns_attach_missing_pid: ip("netns attach x");
    netns_attach_missing_everything: ip("netns attach");
    netns_attach_bad_pid: ip("netns attach x abc");
    netns_attach_no_such_pid: ip("netns attach x 999999").check("ip netns list; ls /run/netns");
    netns_attach_existing_name: ip("netns attach x 1").setup("ip netns add x");
    netns_attach_invalid_name: ip("netns attach a/b 1");
    netns_attach_prefix_at: ip("netns at x 1").check("ip netns list");

    // delete
    netns_delete: ip("netns delete red").setup(THREE).check("ip netns list; ls /run/netns");
    netns_delete_missing: ip("netns delete nope");
    netns_delete_no_name: ip("netns delete");
    netns_delete_extra_words: ip("netns del red blue").setup(THREE).check("ip netns list");
    netns_delete_prefix_d: ip("netns d red").setup(THREE).check("ip netns list");
    netns_delete_prefix_del: ip("netns del red").setup(THREE).check("ip netns list");
    netns_delete_invalid_name: ip("netns delete ../red");
    netns_delete_plain_file: ip("netns delete junk").setup("touch /run/netns/junk").check("ls -A /run/netns");
    netns_delete_in_use: ip("netns delete red").setup(PROC_IN_RED).check("ip netns list; ip netns identify $P");
    netns_all_delete: ip("-all netns delete").setup(THREE).check("ip netns list; ls -A /run/netns");
    netns_all_delete_none: ip("-all netns delete");
    netns_all_delete_with_name: ip("-all netns delete red").setup(THREE).check("ip netns list");
    netns_all_delete_plain_file: ip("-all netns delete").setup("ip netns add red; touch /run/netns/junk")
        .check("ip netns list");

    // set
    netns_set_id: ip("netns set red 5").setup("ip netns add red").check("ip netns list; ip netns list-id");
    netns_set_auto: ip("netns set red auto").setup("ip netns add red; ip netns add blue; ip netns set blue 0")
        .check("ip netns list");
    netns_set_hex: ip("netns set red 0x10").setup("ip netns add red").check("ip netns list");
    netns_set_max: ip("netns set red 2147483647").setup("ip netns add red").check("ip netns list");
    netns_set_too_big: ip("netns set red 2147483648").setup("ip netns add red").check("ip netns list");
    netns_set_u32_max: ip("netns set red 4294967295").setup("ip netns add red");
    netns_set_not_a_number: ip("netns set red bad").setup("ip netns add red");
    netns_set_negative: ip("netns set red -5").setup("ip netns add red");
    netns_set_minus_one: ip("netns set red -1").setup("ip netns add red").check("ip netns list");
    netns_set_missing_namespace: ip("netns set nope 5");
    netns_set_missing_id: ip("netns set red").setup("ip netns add red");
    netns_set_missing_everything: ip("netns set");
    netns_set_already_has_id: ip("netns set red 6").setup("ip netns add red; ip netns set red 5")
        .check("ip netns list");
    netns_set_auto_already_has_id: ip("netns set red auto").setup("ip netns add red; ip netns set red 5")
        .check("ip netns list");
    netns_set_id_in_use: ip("netns set blue 5").setup("ip netns add red; ip netns add blue; ip netns set red 5");
    netns_set_prefix_se: ip("netns se red 4").setup("ip netns add red").check("ip netns list");
    netns_set_invalid_name: ip("netns set a/b 4");

    // identify
    netns_identify_none: ip("netns identify").setup(THREE);
    netns_identify_inside: ip("netns exec red ip netns identify").setup(THREE);
    netns_identify_with_netns_option: ip("-n red netns identify").setup(THREE);
    netns_identify_pid: ip("netns identify $P").setup(PROC_IN_RED);
    netns_identify_pid_two_names: ip("netns identify $P").setup(&format!("{PROC_IN_RED}\nip netns attach alias $P"));
    netns_identify_pid_1: ip("netns identify 1").setup(THREE);
    netns_identify_no_such_pid: ip("netns identify 999999");
    netns_identify_not_a_pid: ip("netns identify abc");
    netns_identify_extra_words: ip("netns identify 1 2");
    netns_identify_empty_word: argv(["ip", "netns", "identify", ""]);
    netns_identify_json: ip("-j netns identify $P").setup(PROC_IN_RED);
    netns_identify_prefix_i: ip("netns i $P").setup(PROC_IN_RED);

    // pids
    netns_pids: ip("netns pids red").setup(TWO_PROCS_IN_RED);
    netns_pids_empty: ip("netns pids blue").setup(TWO_PROCS_IN_RED);
    netns_pids_json: ip("-j netns pids red").setup(TWO_PROCS_IN_RED);
    netns_pids_missing_namespace: ip("netns pids nope");
    netns_pids_no_name: ip("netns pids");
    netns_pids_invalid_name: ip("netns pids ../x");
    netns_pids_prefix_p: ip("netns p red").setup(TWO_PROCS_IN_RED);

    // exec
    netns_exec_echo: ip("netns exec red echo hello").setup("ip netns add red");
    netns_exec_missing_command: ip("netns exec red nosuchcommand").setup("ip netns add red");
    netns_exec_missing_absolute_command: ip("netns exec red /nonexistent/cmd").setup("ip netns add red");
    netns_exec_not_executable: ip("netns exec red /tmp/script")
        .setup("ip netns add red; printf 'echo hi\\n' >/tmp/script; chmod 644 /tmp/script");
    netns_exec_script_without_shebang: ip("netns exec red /tmp/script")
        .setup("ip netns add red; printf 'echo no shebang\\nexit 3\\n' >/tmp/script; chmod 755 /tmp/script");
    netns_exec_directory: ip("netns exec red /tmp").setup("ip netns add red");
    netns_exec_exit_code: argv(["ip", "netns", "exec", "red", "sh", "-c", "echo out; echo err >&2; exit 7"])
        .setup("ip netns add red");
    netns_exec_killed_by_signal: argv(["ip", "netns", "exec", "red", "sh", "-c", "kill -TERM $$"])
        .setup("ip netns add red");
    netns_exec_replaces_the_process: argv(["ip", "netns", "exec", "red", "sh", "-c", "echo pid $$ parent $PPID"])
        .setup("ip netns add red");
    netns_exec_no_command: ip("netns exec red").setup("ip netns add red");
    netns_exec_no_name: ip("netns exec");
    netns_exec_missing_namespace: ip("netns exec nope true");
    netns_exec_invalid_name: ip("netns exec a/b true");
    netns_exec_options_go_to_command: ip("netns exec red ls -d /").setup("ip netns add red");
    netns_exec_stdin_passes_through: ip("netns exec red cat").setup("ip netns add red").stdin("to red\n");
    netns_exec_ip_link: ip("netns exec red ip link").setup("ip netns add red");
    netns_exec_nested_ipkit_identify: ip("netns exec red ip netns identify").setup("ip netns add red");
    netns_exec_sys_class_net: ip("netns exec red ls /sys/class/net")
        .setup("ip netns add red; ip link add v0 type veth peer name v1; ip link set v1 netns red")
        .check("ls /sys/class/net | grep -c '^v1$' || true");
    netns_exec_etc_netns_hosts: ip("netns exec red cat /etc/hosts").setup(ETC_NETNS_RED).private_etc()
        .check("grep -c red-host /etc/hosts || true");
    netns_exec_etc_netns_bind_failures: ip("netns exec red cat /etc/hosts")
        .setup(&format!("{ETC_NETNS_RED}\necho x >/etc/netns/red/newfile; mkdir /etc/netns/red/newdir"))
        .private_etc();
    netns_exec_prefix_e: ip("netns e red echo hi").setup("ip netns add red");
    netns_all_exec: ip("-all netns exec ip netns identify").setup(THREE);
    netns_all_exec_failing_command: argv(["ip", "-all", "netns", "exec", "sh", "-c", "exit 3"]).setup(THREE);
    netns_all_exec_missing_command: ip("-all netns exec nosuchcommand").setup(THREE);
    netns_all_exec_no_command: ip("-all netns exec").setup(THREE);
    netns_all_exec_no_namespaces: ip("-all netns exec true");
    netns_all_exec_stdout_order: argv(["ip", "-all", "netns", "exec", "sh", "-c", "echo out; echo err >&2"]).setup(THREE);

    // list-id
    netns_list_id_empty: ip("netns list-id");
    netns_list_id: ip("netns list-id").setup("ip netns add a; ip netns add b; ip netns set a 3; ip netns set b 9");
    netns_list_id_json: ip("-j netns list-id").setup("ip netns add a; ip netns add b; ip netns set a 3; ip netns set b 9");
    netns_list_id_json_pretty: ip("-j -p netns list-id").setup("ip netns add a; ip netns add b; ip netns set a 3; ip netns set b 9");
    netns_list_id_json_empty: ip("-j netns list-id");
    netns_list_id_nsid: ip("netns list-id nsid 9").setup("ip netns add a; ip netns add b; ip netns set a 3; ip netns set b 9");
    netns_list_id_nsid_none: ip("netns list-id nsid 4").setup("ip netns add a; ip netns set a 3");
    netns_list_id_target: ip("netns list-id target-nsid 3").setup("ip netns add a; ip netns set a 3; ip -n a netns set a 0");
    netns_list_id_target_and_nsid: ip("netns list-id target-nsid 3 nsid 0")
        .setup("ip netns add a; ip netns set a 3; ip -n a netns set a 0");
    netns_list_id_target_invalid: ip("netns list-id target-nsid 0");
    netns_list_id_nsid_missing_value: ip("netns list-id nsid");
    netns_list_id_nsid_not_a_number: ip("netns list-id nsid abc");
    netns_list_id_nsid_negative: ip("netns list-id nsid -1");
    netns_list_id_nsid_twice: ip("netns list-id nsid 0 nsid 1");
    netns_list_id_unknown_word: ip("netns list-id bogus");
    netns_list_id_with_netns_option: ip("-n red netns list-id").setup("ip netns add red; ip netns add blue; ip netns set blue 2");
    netns_list_id_plain_file: ip("netns list-id").setup("ip netns add red; ip netns set red 3; touch /run/netns/junk");
    netns_prefix_list_dash: ip("netns list-").setup("ip netns add a; ip netns set a 3");

    // monitor (runs until killed: 124 from `timeout`; stdout is a file, so nothing is flushed)
    netns_monitor: ip("netns monitor").timeout(1);
    netns_monitor_prefix_m: ip("netns m").timeout(1);

    // help, unknown subcommands, -netns
    netns_help: ip("netns help");
    netns_help_extra_words: ip("netns help me");
    netns_prefix_h: ip("netns h");
    netns_prefix_he: ip("netns he");
    netns_unknown_subcommand: ip("netns bogus");
    netns_with_netns_option: ip("-n red netns").setup(THREE);
    netns_with_missing_netns_option: ip("-n nope netns list");
}

/// `ip netns monitor` may be unsupported for now, but it must neither crash nor ignore a kill.
#[test]
fn netns_monitor_does_not_crash() {
    let script = r#"
timeout -k 2 3 ip netns monitor >/tmp/out 2>/tmp/err; rc=$?
echo "rc=$rc"
cat /tmp/err
"#;
    let Some(r) = common::sandbox_script("netns_monitor_does_not_crash", script) else {
        return;
    };
    let stdout = r.stdout_text();
    let rc: i32 = stdout
        .lines()
        .next()
        .and_then(|l| l.strip_prefix("rc="))
        .and_then(|c| c.parse().ok())
        .unwrap_or_else(|| panic!("no exit code in {stdout:?}"));
    let stderr: String = r
        .stdout_text()
        .lines()
        .skip(1)
        .collect::<Vec<_>>()
        .join("\n");
    assert!(!stderr.contains("panicked"), "ipkit panicked: {stderr}");
    match rc {
        124 => {} // still monitoring when killed: fine
        137 => panic!("`ip netns monitor` ignored SIGTERM and had to be killed"),
        101 | 134 | 139 => panic!("`ip netns monitor` crashed (exit {rc}): {stderr}"),
        0 => panic!("`ip netns monitor` exited 0 at once without monitoring"),
        _ => assert!(
            !stderr.trim().is_empty(),
            "`ip netns monitor` failed (exit {rc}) without saying why"
        ),
    }
}

/// `/run/netns/foo` a symbolic link to a process's namespace (as scripts link
/// `/run/netns/PID`), `dangling` one to nothing, and `red` a namespace of ip's own.
const LINKED: &str = "\
unshare --net sleep 60 &
for i in $(seq 100); do [ \"$(readlink /proc/$!/ns/net)\" != \"$(readlink /proc/self/ns/net)\" ] && break; sleep 0.02; done
ln -s /proc/$!/ns/net /run/netns/foo
ln -s /nonexistent /run/netns/dangling
ip netns add red
ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02";

cases! {
    // named namespaces that are symbolic links in /run/netns
    netns_symlink_list: ip("netns list").setup(LINKED);
    netns_symlink_list_json: ip("-j netns list").setup(LINKED);
    netns_symlink_exec: ip("netns exec foo ip link").setup(LINKED);
    netns_symlink_exec_dangling: ip("netns exec dangling ip link").setup(LINKED);
    netns_symlink_dash_n: ip("-n foo link").setup(LINKED);
    netns_symlink_dash_n_dangling: ip("-n dangling link").setup(LINKED);
    netns_symlink_link_set: ip("link set v0 netns foo").setup(LINKED).check("ip -n foo link show v0; ip netns list");
    netns_symlink_add_exists: ip("netns add foo").setup(LINKED).check("ls /run/netns");
    netns_symlink_del: ip("netns del foo").setup(LINKED).check("ls /run/netns");
    netns_symlink_del_dangling: ip("netns del dangling").setup(LINKED).check("ls /run/netns");
    netns_symlink_set_id: ip("netns set foo 7").setup(LINKED).check("ip netns list-id");
}

cases! {
    // a name that is not UTF-8 is made with its bytes as given
    netns_add_non_utf8_name: argv(["sh", "-c", "ip netns add \"$(printf 'bad\\377name')\""]).check("ls /run/netns | od -c; ip netns list | od -c");
    netns_attach_non_utf8_name: argv(["sh", "-c", "ip netns attach \"$(printf 'x\\377y')\" 1"]).check("ls /run/netns | od -c");
}
