//! The manual pages, the install of pages and completions, the Makefile, the container
//! recipe, and the README's table of commands.

use crate::common::{self, code, ipkit, run, text, TempDir};
use std::path::Path;

const PAGES: &[&str] = &[
    "ipkit.1",
    "ip.8",
    "ip-netns.8",
    "ip-link.8",
    "ip-address.8",
    "ip-route.8",
    "ip-neighbour.8",
    "arp.8",
    "iptables.8",
    "iptables-save.8",
    "iptables-restore.8",
];

fn tool(name: &str) -> bool {
    std::process::Command::new("sh")
        .args(["-c", &format!("command -v {name}")])
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Every page is clean for mandoc's and groff's linters.
#[test]
fn manual_pages_lint_clean() {
    let dir = common::manifest_dir().join("man");
    let files: Vec<String> = PAGES
        .iter()
        .map(|p| dir.join(p).to_string_lossy().into_owned())
        .collect();
    let mut linted = false;
    if tool("mandoc") {
        let out = std::process::Command::new("mandoc")
            .args(["-Tlint", "-W", "warning"])
            .args(&files)
            .output()
            .expect("mandoc");
        assert!(
            out.status.success() && out.stdout.is_empty(),
            "mandoc -Tlint:\n{}{}",
            text(&out.stdout),
            text(&out.stderr)
        );
        linted = true;
    }
    if tool("groff") {
        let out = std::process::Command::new("groff")
            .args(["-ww", "-z", "-man"])
            .args(&files)
            .output()
            .expect("groff");
        assert!(
            out.status.success() && out.stderr.is_empty(),
            "groff -ww -z -man:\n{}",
            text(&out.stderr)
        );
        linted = true;
    }
    if !linted {
        common::skip("manual_pages_lint_clean", "neither mandoc nor groff");
    }
}

/// `ipkit --install DIR --man MANDIR --completions` writes the pages and completions the
/// repository holds, where man and the shells look for them.
#[test]
fn install_writes_pages_and_completions() {
    let root = TempDir::new("install-all");
    let bin = root.path().join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let man = root.path().join("share/man");
    let out = run(
        &ipkit(),
        &[
            "--install",
            &bin.to_string_lossy(),
            "--man",
            &man.to_string_lossy(),
            "--completions",
        ],
    );
    assert_eq!(code(&out), 0, "{}", text(&out.stderr));
    let repo = common::manifest_dir();
    for p in PAGES {
        let section = if p.ends_with(".1") { "man1" } else { "man8" };
        let got = std::fs::read(man.join(section).join(p)).unwrap();
        assert_eq!(got, std::fs::read(repo.join("man").join(p)).unwrap(), "{p}");
    }
    let share = root.path().join("share");
    let same = |installed: &Path, source: &str| {
        assert_eq!(
            std::fs::read(installed).unwrap_or_default(),
            std::fs::read(repo.join("completions").join(source)).unwrap(),
            "{}",
            installed.display()
        );
    };
    for c in ["ip", "arp", "iptables", "ipkit"] {
        same(
            &share.join("bash-completion/completions").join(c),
            "ipkit.bash",
        );
        same(
            &share.join(format!("fish/vendor_completions.d/{c}.fish")),
            "ipkit.fish",
        );
        assert!(bin.join(c).exists() || c == "ipkit", "{c}");
    }
    same(&share.join("zsh/site-functions/_ipkit"), "_ipkit");
    // man finds and renders an installed page
    if tool("man") {
        let out = std::process::Command::new("man")
            .env("MANPATH", &man)
            .env("MANWIDTH", "80")
            .env("MAN_KEEP_FORMATTING", "0")
            .args(["-P", "cat", "ip-netns"])
            .output()
            .expect("man");
        let page = text(&out.stdout);
        assert!(
            page.contains("named network namespaces") && page.contains("ip netns add red"),
            "{page}{}",
            text(&out.stderr)
        );
    }
    let out = run(&ipkit(), &["--install", &bin.to_string_lossy(), "--man"]);
    assert_eq!(code(&out), 1);
    assert!(text(&out.stderr).starts_with("ipkit: --install --man needs a directory\n"));
}
