//! The multi-call front end (`ipkit --list`, `--install`, argv[0] dispatch) and the `ip`
//! global options and object prefixes, as iproute2 6.1 parses them.

use crate::common::{self, argv, code, ip, ipkit, run, text, TempDir, APPLETS};
use std::fs;
use std::path::Path;

// ------------------------------------------------------------------------------------------
// ipkit's own interface (no reference: checked against the spec in the README)

#[test]
fn list_prints_each_applet_once() {
    let out = run(&ipkit(), &["--list"]);
    assert_eq!(code(&out), 0, "stderr: {}", text(&out.stderr));
    assert_eq!(text(&out.stderr), "");
    let stdout = text(&out.stdout);
    assert!(stdout.ends_with('\n'), "{stdout:?}");
    let mut names: Vec<&str> = stdout.lines().collect();
    names.sort_unstable();
    let mut expected = APPLETS.to_vec();
    expected.sort_unstable();
    assert_eq!(names, expected, "one applet name per line");
}

#[test]
fn bare_ipkit_prints_usage() {
    let out = run(&ipkit(), &[]);
    assert_eq!(code(&out), 0, "stderr: {}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(stdout.contains("Usage"), "{stdout}");
    for word in ["--list", "--install"].iter().chain(APPLETS) {
        assert!(
            stdout.contains(word),
            "usage should mention {word}:\n{stdout}"
        );
    }
}

#[test]
fn unknown_applet_is_an_error() {
    let out = run(&ipkit(), &["nosuchapplet"]);
    assert_eq!(code(&out), 1);
    assert!(
        text(&out.stderr).contains("nosuchapplet"),
        "the message should name the applet: {}",
        text(&out.stderr)
    );
}

#[test]
fn ip_version_exits_zero() {
    // Our -V prints our own version line, so only the exit code and a non-empty line are checked.
    let out = run(&ipkit(), &["ip", "-V"]);
    assert_eq!(code(&out), 0, "stderr: {}", text(&out.stderr));
    assert!(!text(&out.stdout).trim().is_empty());
}

fn assert_links_to_ipkit(dir: &Path) {
    let me = fs::canonicalize(ipkit()).unwrap();
    for applet in APPLETS {
        let link = dir.join(applet);
        let meta =
            fs::symlink_metadata(&link).unwrap_or_else(|e| panic!("{}: {e}", link.display()));
        assert!(
            meta.file_type().is_symlink(),
            "{} is not a symlink",
            link.display()
        );
        assert_eq!(
            fs::canonicalize(&link).unwrap(),
            me,
            "{} points elsewhere",
            link.display()
        );
    }
    let mut entries: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    entries.sort();
    let mut expected: Vec<String> = APPLETS.iter().map(|s| s.to_string()).collect();
    expected.sort();
    assert_eq!(
        entries, expected,
        "--install makes exactly one link per applet"
    );
}

#[test]
fn install_makes_links_and_can_run_twice() {
    let dir = TempDir::new("install");
    let target = dir.path().to_string_lossy().into_owned();
    for round in 1..=2 {
        let out = run(&ipkit(), &["--install", &target]);
        assert_eq!(
            code(&out),
            0,
            "round {round}: stderr: {}",
            text(&out.stderr)
        );
        assert_eq!(text(&out.stderr), "", "round {round}");
        assert_links_to_ipkit(dir.path());
    }
}

#[test]
fn install_refuses_to_replace_a_regular_file() {
    let dir = TempDir::new("install-file");
    let victim = dir.path().join("arp");
    fs::write(&victim, "precious\n").unwrap();
    let out = run(&ipkit(), &["--install", &dir.path().to_string_lossy()]);
    assert_eq!(code(&out), 1, "stdout: {}", text(&out.stdout));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains(&victim.to_string_lossy().into_owned()),
        "the message should name the file it refuses to replace: {stderr}"
    );
    assert_eq!(
        fs::read_to_string(&victim).unwrap(),
        "precious\n",
        "the file must be untouched"
    );
    assert!(fs::symlink_metadata(&victim).unwrap().file_type().is_file());
}

#[test]
fn install_without_a_directory_is_an_error() {
    let out = run(&ipkit(), &["--install"]);
    assert_eq!(code(&out), 1);
    assert!(!text(&out.stderr).is_empty());
}

#[test]
fn install_into_a_missing_directory_is_an_error() {
    let dir = TempDir::new("install-missing");
    let missing = dir.path().join("no").join("such").join("dir");
    let out = run(&ipkit(), &["--install", &missing.to_string_lossy()]);
    assert_eq!(code(&out), 1);
    assert!(!text(&out.stderr).is_empty());
    assert!(!missing.exists());
}

/// `DIR/ip ARGS` (a link named after the applet) behaves exactly like `ipkit ip ARGS`.
#[test]
fn argv0_dispatch_through_links() {
    let script = r#"
set -e
mkdir /tmp/links
for a in ip arp iptables; do ln -s "$(readlink -f /tmp/.sandbox/bin/ip)" /tmp/links/$a; done
# the same link name in a directory with another name, and a name that only ends like an applet
IPKIT=$(readlink -f /tmp/.sandbox/bin/ip)
for args in "ip -V" "ip help" "ip nosuchobject" "ip netns list" "ip -x" "arp -V" "iptables -V" "ip"; do
  set -- $args; applet=$1; shift
  set +e
  "/tmp/links/$applet" "$@" >/tmp/a.out 2>/tmp/a.err; a=$?
  "$IPKIT" "$applet" "$@" >/tmp/b.out 2>/tmp/b.err; b=$?
  set -e
  if [ $a != $b ] || ! cmp -s /tmp/a.out /tmp/b.out || ! cmp -s /tmp/a.err /tmp/b.err; then
    echo "DIFFERS: $args (link exit $a, ipkit $applet exit $b)"
    diff /tmp/a.out /tmp/b.out || true
    diff /tmp/a.err /tmp/b.err || true
  fi
  case $b in 101|134|139) echo "CRASH: $args exit $b"; cat /tmp/b.err ;; esac
done
echo done
"#;
    let Some(r) = common::sandbox_script("argv0_dispatch_through_links", script) else {
        return;
    };
    assert_eq!(r.stderr_text(), "", "stdout:\n{}", r.stdout_text());
    assert_eq!(
        r.stdout_text(),
        "done\n",
        "a link and `ipkit APPLET` must behave the same"
    );
    assert_eq!(r.code, 0);
}

// ------------------------------------------------------------------------------------------
// `ip` global options and object dispatch: differential cases against iproute2 6.1

/// The plain-function form of a differential case (the `cases!` table below is shorthand for it).
#[test]
fn ip_prefix_netn_list() {
    common::diff_case("ip_prefix_netn_list", "ip netns add red", "ip netn list");
}

const BATCH_FAILING: &str = "printf 'netns add a\\nnetns add a\\nnetns add b\\n' >/tmp/batch";
const BATCH_MIXED: &str = "netns add a\n# a comment\n\n   netns list\nnosuchobject\nnetns add c\n";

cases! {
    // usage and help
    ip_bare: ip("");
    ip_help: ip("help");
    ip_help_extra_words: ip("help me please");
    ip_help_prefix_h: ip("h");
    ip_help_prefix_he: ip("he");
    ip_opt_help: ip("-help");
    ip_opt_help_double_dash: ip("--help");
    ip_opt_h_alone_is_human: ip("-h");
    ip_opt_he: ip("-he");
    ip_opt_hu_alone: ip("-hu");
    ip_opt_h_with_object_is_human: ip("-h netns").setup("ip netns add red");
    ip_opt_dash_alone: ip("-");
    ip_opt_double_dash_alone: ip("--");

    // unknown options and objects
    ip_opt_unknown: ip("-x");
    ip_opt_unknown_first_wins: ip("-x -y");
    ip_opt_unknown_triple_dash: ip("---V");
    ip_opt_unknown_dd: ip("-dd netns");
    ip_opt_unknown_nu: ip("-nu netns");
    ip_opt_unknown_e: ip("-e netns");
    ip_opt_unknown_wrong_case: ip("-NUM netns");
    ip_opt_unknown_equals_form: ip("--netns=red netns").setup("ip netns add red");
    ip_object_unknown: ip("nosuchobject");
    ip_object_unknown_after_options: ip("-j -s nosuchobject");
    ip_object_empty: argv(["ip", ""]);
    ip_object_netns_too_long: ip("netnss");

    // object prefixes: first match in iproute2's table order
    ip_prefix_net_is_netns: ip("net").setup("ip netns add red; ip netns add blue");
    ip_prefix_a_is_address: ip("a");
    ip_prefix_l_is_link: ip("l");
    ip_prefix_r_is_route: ip("r");
    ip_prefix_n_is_neighbor: ip("n");
    ip_prefix_ne_is_neighbor: ip("ne");
    ip_basename_trick_not_for_ip: ip("netns").setup("ip netns add red");

    // -netns
    ip_opt_n_missing_namespace: ip("-n nope link");
    ip_opt_netns_missing_namespace: ip("-netns nope netns");
    ip_opt_ne_missing_namespace: ip("-ne nope netns");
    ip_opt_n_without_argument: ip("-n");
    ip_opt_netns_without_argument: ip("-netns");
    ip_opt_n_without_object: ip("-n red").setup("ip netns add red");
    ip_opt_n_twice: ip("-n red -n blue netns").setup("ip netns add red");
    ip_opt_n_then_netns_list: ip("-n red netns list").setup("ip netns add red; ip netns add blue");

    // -batch
    ip_batch_missing_file: ip("-b /nonexistent");
    ip_batch_without_argument: ip("-batch");
    ip_batch_empty_file: ip("-batch /dev/null");
    ip_batch_prefix_bat: ip("-bat /dev/null");
    ip_batch_stops_at_failing_line: ip("-batch /tmp/batch").setup(BATCH_FAILING).check("ip netns list");
    ip_batch_force_continues: ip("-force -batch /tmp/batch").setup(BATCH_FAILING).check("ip netns list");
    ip_batch_force_after_batch: ip("-batch /tmp/batch -force").setup(BATCH_FAILING).check("ip netns list");
    ip_batch_stdin: ip("-batch -").stdin("netns add red\nnetns add blue\nnetns list\n").check("ip netns list");
    ip_batch_stdin_comments_unknown_object: ip("-b -").stdin(BATCH_MIXED).check("ip netns list");
    ip_batch_stdin_force_unknown_object: ip("-force -b -").stdin(BATCH_MIXED).check("ip netns list");
    ip_batch_unknown_command_exits: ip("-force -b -")
        .stdin("netns add a\nnetns bogus\nnetns add c\n").check("ip netns list");
    ip_batch_failing_delete_with_force: ip("-force -b -")
        .stdin("netns add a\nnetns del zz\nnetns add c\nnetns list\n").check("ip netns list");
    ip_batch_quoted_words: ip("-b -").stdin("netns add \"x y\"\nnetns add 'q r'\nnetns list\n");
    ip_batch_last_line_without_newline: ip("-b -").stdin("netns add a\nnetns list");
    ip_batch_backslash_continuation: ip("-b -").stdin("netns add \\\nred\nnetns list\n");
    ip_batch_exec_line: ip("-b -").stdin("netns add x\nnetns exec x echo hi\nnetns list\n");
    ip_batch_options_on_a_line: ip("-b -").stdin("netns add x\n-n x link\n");
    ip_batch_ignores_extra_arguments: ip("-b - netns add zz").stdin("netns list\n").check("ip netns list");
    ip_batch_with_netns_option: ip("-n red -b -").setup("ip netns add red").stdin("netns identify\n");
    ip_batch_help_line_exits: ip("-b -").stdin("netns add a\nnetns help\nnetns add b\n").check("ip netns list");
    ip_batch_crlf_line_endings: ip("-b -").stdin("netns add a\r\nnetns add b\r\n").check("ip netns list | od -c");
    ip_batch_blank_lines_only: ip("-b -").stdin("\n   \n\t\n");
    ip_force_alone: ip("-force");
    ip_force_without_batch: ip("-force netns").setup("ip netns add red");

    // -family and its shortcuts
    ip_family_without_argument: ip("-family");
    ip_f_without_argument: ip("-f");
    ip_f_help: ip("-f help");
    ip_f_bogus: ip("-f bogus netns");
    ip_f_inet_netns: ip("-f inet netns").setup("ip netns add red");
    ip_f_link_netns: ip("-f link netns");
    ip_family_inet6_netns: ip("-family inet6 netns");
    ip_family_prefix_fam: ip("-fam inet netns");
    ip_f_mpls_netns: ip("-f mpls netns");
    ip_f_bridge_netns: ip("-f bridge netns");
    ip_opt_4_netns: ip("-4 netns").setup("ip netns add red");
    ip_opt_4_alone: ip("-4");
    ip_opt_4_and_6: ip("-4 -6 netns");
    ip_opt_0_netns: ip("-0 netns");
    ip_opt_m_netns: ip("-M netns");
    ip_opt_b_upper_netns: ip("-B netns");

    // output options
    ip_json_netns: ip("--json netns").setup("ip netns add red; ip netns add blue; ip netns set red 3");
    ip_json_netns_empty: ip("-j netns");
    ip_json_pretty_netns_empty: ip("-j -p netns");
    ip_json_alone: ip("-json");
    ip_json_unknown_object: ip("-j nosuch");
    ip_pretty_without_json: ip("-p netns").setup("ip netns add red");
    ip_pretty_alone: ip("-pretty");
    ip_color_never: ip("-c=never netns").setup("ip netns add red");
    ip_color_bogus: ip("-color=bogus netns");
    ip_color_empty_value: ip("-color= netns");
    ip_color_prefix_value: ip("-colo=never netns");
    ip_color_always_json: ip("-color=always -j netns").setup("ip netns add red");
    ip_color_always: ip("-c=always netns").setup("ip netns add red; ip netns set red 2");
    ip_color_plain: ip("--color netns").setup("ip netns add red");
    ip_color_c: ip("-c netns");
    ip_oneline_netns: ip("-oneline netns").setup("ip netns add red");
    ip_long_options_netns: ip("-stats -details -resolve -timestamp -tshort -brief -iec -human -Numeric netns")
        .setup("ip netns add red");
    ip_short_options_netns: ip("-s -s -d -r -t -ts -br -o -N netns").setup("ip netns add red");
    ip_all_without_object: ip("-all");
    ip_opt_a_is_all: ip("-a netns delete").setup("ip netns add red; ip netns add blue").check("ip netns list");
    ip_echo_netns: ip("-echo netns");

    // options with arguments
    ip_rcvbuf_without_argument: ip("-rc");
    ip_rcvbuf_bad: ip("-rc abc netns");
    ip_rcvbuf_ok: ip("-rcvbuf 100000 netns");
    ip_loops_without_argument: ip("-l");
    ip_loops_not_a_number: ip("-l x netns");
    ip_loops_ok: ip("-loops 3 netns");
}
