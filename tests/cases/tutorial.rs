//! The shared namespace tutorial (`../shared/tutorial/run.sh`) run with ipkit's links.
//!
//! The final goal is `N passed, 0 failed`. Until every object is implemented, this test enforces
//! the sections listed in [`ENFORCED_SECTIONS`], minus the steps in [`NOT_YET_IMPLEMENTED`];
//! FAIL lines elsewhere are printed as expected-for-now. Shrink the list / grow the sections as
//! features land.

use crate::common::{self, skip, TempDir, APPLETS};
use std::process::{Command, Stdio};

/// Sections of the tutorial whose steps must all pass (except the tolerated ones below).
const ENFORCED_SECTIONS: &[u32] = &[1, 2, 3, 4, 5, 6];

/// Steps of the enforced sections that may still FAIL, because they use objects that are not
/// implemented yet. Written as run.sh names the step: the command,
/// `same output: <command>` or `check: <description>`.
/// (`ip link`, `ip -n red link`, `arp`, `ip -n red neigh`, `ip route` … left this list as they
/// landed; what is left needs the iptables applet.)
const NOT_YET_IMPLEMENTED: &[&str] = &[
    "iptables -t nat -A POSTROUTING -s 192.168.15.0/24 -j MASQUERADE",
    "check: iptables-nft sees the rule",
    "check: with MASQUERADE blue reaches the LAN",
    "same output: iptables -t nat -S",
    "same output: iptables -t nat -L -n",
    "iptables -t nat -A PREROUTING -p tcp --dport 80 -j DNAT --to-destination 192.168.15.2:80",
    "check: iptables-nft sees the DNAT rule",
    "check: the LAN reaches blue's web server through the host's port 80",
    "iptables -t nat -D PREROUTING -p tcp --dport 80 -j DNAT --to-destination 192.168.15.2:80",
    "iptables -t nat -D POSTROUTING -s 192.168.15.0/24 -j MASQUERADE",
];

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
        return skip(name, &format!("{} not found", run_sh.display()));
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

    for section in ENFORCED_SECTIONS {
        assert!(
            steps.iter().any(|s| s.section == *section),
            "run.sh printed no steps for enforced section {section}:\n{stdout}"
        );
    }
    let mut unexpected = Vec::new();
    for s in steps.iter().filter(|s| !s.ok) {
        let enforced = ENFORCED_SECTIONS.contains(&s.section);
        if enforced && !NOT_YET_IMPLEMENTED.contains(&s.name.as_str()) {
            unexpected.push(s.line.clone());
        } else {
            common::notice(&format!(
                "tutorial: expected for now (section {}): {}",
                s.section, s.line
            ));
        }
    }
    for tolerated in NOT_YET_IMPLEMENTED {
        if steps.iter().any(|s| s.ok && s.name == *tolerated) {
            common::notice(&format!(
                "tutorial: `{tolerated}` passes now: remove it from NOT_YET_IMPLEMENTED in tests/cases/tutorial.rs"
            ));
        }
    }
    assert!(
        unexpected.is_empty(),
        "tutorial steps that must pass failed:\n{}\n\nfull output:\n{stdout}",
        unexpected.join("\n")
    );
}
