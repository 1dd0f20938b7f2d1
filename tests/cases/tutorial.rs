//! The shared namespace tutorial (`../shared/tutorial/run.sh`) run with ipkit's links.
//!
//! Every step must pass: `N passed, 0 failed`, real pings and real NAT included.

use crate::common::{self, skip, TempDir, APPLETS};
use std::process::{Command, Stdio};

/// The sections of run.sh; every one must print steps, and every step must pass.
const SECTIONS: &[u32] = &[1, 2, 3, 4, 5, 6];

/// One `ok`/`FAIL` line of run.sh's output.
#[derive(Debug)]
struct Step {
    section: u32,
    ok: bool,
    /// The step's name: the command, `same output: …` or `check: …`.
    name: String,
    line: String,
}

fn step_name(rest: &str) -> String {
    if rest.starts_with("check: ") {
        rest.split(" [").next().unwrap_or(rest).to_string()
    } else if rest.starts_with("same output: ") {
        rest.to_string()
    } else {
        rest.split(" (exit ").next().unwrap_or(rest).to_string()
    }
}

fn parse(output: &str) -> (Vec<Step>, Option<(u32, u32)>) {
    let mut steps = Vec::new();
    let mut section = 0;
    let mut summary = None;
    for line in output.lines() {
        if let Some(title) = line.strip_prefix("# ") {
            section = title
                .split('.')
                .next()
                .and_then(|n| n.trim().parse().ok())
                .unwrap_or(section);
        } else if let Some(rest) = line.strip_prefix("ok   ") {
            steps.push(Step {
                section,
                ok: true,
                name: step_name(rest),
                line: line.to_string(),
            });
        } else if let Some(rest) = line.strip_prefix("FAIL ") {
            steps.push(Step {
                section,
                ok: false,
                name: step_name(rest),
                line: line.to_string(),
            });
        } else if let Some((p, f)) = line.split_once(" passed, ") {
            if let (Ok(p), Some(Ok(f))) = (p.parse(), f.strip_suffix(" failed").map(str::parse)) {
                summary = Some((p, f));
            }
        }
    }
    (steps, summary)
}

#[test]
fn tutorial_parser_reads_run_sh_output() {
    let sample = "# 1. namespaces\nok   ip netns add red\nFAIL ip link (exit 1) boom\n\
                  FAIL same output: ip -n red link\n       < x\n# 2. a pipe\n\
                  FAIL check: red pings blue [ip netns exec red ping]\n2 passed, 3 failed\n";
    let (steps, summary) = parse(sample);
    assert_eq!(summary, Some((2, 3)));
    let names: Vec<_> = steps
        .iter()
        .map(|s| (s.section, s.ok, s.name.as_str()))
        .collect();
    assert_eq!(
        names,
        [
            (1, true, "ip netns add red"),
            (1, false, "ip link"),
            (1, false, "same output: ip -n red link"),
            (2, false, "check: red pings blue"),
        ]
    );
}

#[test]
fn tutorial_run_sh() {
    let name = "tutorial_run_sh";
    let run_sh = common::manifest_dir().join("../shared/tutorial/run.sh");
    if !run_sh.exists() {
        // the shared tutorial lives beside the checkout, not in it: a checkout without it
        // has nothing to run (not a test skipped on a machine that could run it)
        return common::notice(&format!("SKIP {name}: {} not found", run_sh.display()));
    }
    if let Some(why) = common::sandbox_unavailable() {
        return skip(name, &why);
    }
    let bin = TempDir::new("tutorial-bin");
    for applet in APPLETS {
        std::os::unix::fs::symlink(common::ipkit(), bin.path().join(applet)).unwrap();
    }
    let out = Command::new("timeout")
        .args(["-k", "10", "900", "bash"])
        .arg(&run_sh)
        .arg(bin.path())
        .env("LC_ALL", "C")
        .stdin(Stdio::null())
        .output()
        .expect("run the tutorial");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    if out.status.code() == Some(2) && stderr.starts_with("run.sh: ") {
        return skip(name, stderr.trim());
    }
    let (steps, summary) = parse(&stdout);
    let Some((passed, failed)) = summary else {
        panic!(
            "run.sh printed no summary line (status {:?})\nstdout:\n{stdout}\nstderr:\n{stderr}",
            out.status
        );
    };
    common::notice(&format!("tutorial: {passed} passed, {failed} failed"));
    assert_eq!(
        steps.len() as u32,
        passed + failed,
        "the summary does not match the steps printed:\n{stdout}"
    );
    assert_eq!(
        out.status.success(),
        failed == 0,
        "run.sh's exit status disagrees with its summary"
    );

    for section in SECTIONS {
        assert!(
            steps.iter().any(|s| s.section == *section),
            "run.sh printed no steps for section {section}:\n{stdout}"
        );
    }
    let unexpected: Vec<String> = steps
        .iter()
        .filter(|s| !s.ok)
        .map(|s| s.line.clone())
        .collect();
    assert!(
        unexpected.is_empty(),
        "tutorial steps that must pass failed:\n{}\n\nfull output:\n{stdout}",
        unexpected.join("\n")
    );
}

/// `examples/tutorial.sh IPKIT` (the README's walk; run without an argument it builds first,
/// which .ci/run checks): every command does what the tutorial shows, the ping through
/// MASQUERADE and the HTTP request through DNAT included, and nothing is left behind.
#[test]
fn examples_tutorial_sh() {
    let name = "examples_tutorial_sh";
    if let Some(why) = common::sandbox_unavailable() {
        return skip(name, &why);
    }
    let script = common::manifest_dir().join("examples/tutorial.sh");
    let out = Command::new("timeout")
        .args(["-k", "10", "300"])
        .arg(&script)
        .arg(common::ipkit())
        .env("LC_ALL", "C")
        .stdin(Stdio::null())
        .output()
        .expect("run examples/tutorial.sh");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    if out.status.code() == Some(2) && stderr.starts_with("tutorial.sh: needs") {
        return skip(name, stderr.trim());
    }
    assert!(
        out.status.success() && stdout.ends_with("# the whole tutorial worked\n"),
        "status {:?}\nstdout:\n{stdout}\nstderr:\n{stderr}",
        out.status
    );
    for shown in [
        "$ ip netns add red\n",
        "$ iptables -t nat -A POSTROUTING -s 192.168.15.0/24 -j MASQUERADE\n",
        "1 packets transmitted, 1 received",
        "blue-says-hello\n",
        "(exit 1, as expected)\n",
        "$ ip netns del lan\n",
    ] {
        assert!(stdout.contains(shown), "{shown:?} not in:\n{stdout}");
    }
    // each command is shown before its output, as a transcript
    let first = stdout.find("$ ip netns\n").unwrap_or(usize::MAX);
    assert!(
        stdout[first..].starts_with("$ ip netns\nblue\nred\n"),
        "{stdout}"
    );
}
