//! The manual pages, the install of pages and completions, the Makefile, the container
//! recipe, and the README's table of commands.

use crate::common::{self, code, have_tool as tool, ipkit, run, text, TempDir};
use std::path::Path;

const PAGES: &[&str] = &[
    "ipkit.1",
    "ip.8",
    "ip-netns.8",
    "ip-link.8",
    "ip-address.8",
    "ip-route.8",
    "ip-rule.8",
    "ip-neighbour.8",
    "ip-nexthop.8",
    "ip-maddress.8",
    "ip-tcp_metrics.8",
    "ip-tuntap.8",
    "ip-monitor.8",
    "ip-netconf.8",
    "ip-mroute.8",
    "ip-token.8",
    "ip-ntable.8",
    "ip-stats.8",
    "ip-xfrm.8",
    "arp.8",
    "iptables.8",
    "iptables-save.8",
    "iptables-restore.8",
];

/// Every page is clean for mandoc's and groff's linters.
#[test]
fn manual_pages_lint_clean() {
    let dir = common::manifest_dir().join("man");
    let files: Vec<String> = PAGES
        .iter()
        .map(|p| dir.join(p).to_string_lossy().into_owned())
        .collect();
    let mut linted = false;
    for (linter, args) in [
        ("mandoc", &["-Tlint", "-W", "warning"][..]),
        ("groff", &["-ww", "-z", "-man"][..]),
    ] {
        if !tool(linter) {
            continue;
        }
        let out = std::process::Command::new(linter)
            .args(args)
            .args(&files)
            .output()
            .expect("run the linter");
        assert!(
            out.status.success() && out.stdout.is_empty() && out.stderr.is_empty(),
            "{linter} {}:\n{}{}",
            args.join(" "),
            text(&out.stdout),
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
    // the pages are gzip-compressed (build.rs); gzip gives back every byte
    for p in PAGES {
        let section = if p.ends_with(".1") { "man1" } else { "man8" };
        let gz = man.join(section).join(format!("{p}.gz"));
        let out = std::process::Command::new("gzip")
            .arg("-dc")
            .arg(&gz)
            .output()
            .expect("gzip");
        assert!(
            out.status.success(),
            "gzip -dc {}: {}",
            gz.display(),
            text(&out.stderr)
        );
        assert_eq!(
            out.stdout,
            std::fs::read(repo.join("man").join(p)).unwrap(),
            "{p}"
        );
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
    // a page that is not ipkit's (iproute2's) is left alone
    let other = man.join("man8/ip.8.gz");
    std::fs::write(&other, ".TH IP 8 \"iproute2\"\n").unwrap();
    let out = run(
        &ipkit(),
        &[
            "--install",
            &bin.to_string_lossy(),
            "--man",
            &man.to_string_lossy(),
        ],
    );
    assert_eq!(code(&out), 1);
    assert_eq!(
        text(&out.stderr),
        format!(
            "ipkit: {} exists and is not ipkit's; not replacing it\n",
            other.display()
        )
    );
    assert_eq!(
        std::fs::read_to_string(&other).unwrap(),
        ".TH IP 8 \"iproute2\"\n"
    );
}

/// The minimal container (examples/Dockerfile): a root holding only the binary, /proc,
/// /sys and /run/netns. `ipkit --install /bin` makes the applets, and the tutorial's `ip`,
/// `iptables` and `arp` commands work there, `ip netns exec` included.
#[test]
fn empty_root_runs_the_tutorial_commands() {
    let script = r#"
R=/tmp/root; mkdir -p $R; mount -t tmpfs root $R; mkdir -p $R/bin $R/proc $R/sys $R/run/netns
cp /tmp/.sandbox/ipkit $R/bin/ipkit
mount -t proc proc $R/proc; mount --rbind /sys $R/sys; mount -t tmpfs netns $R/run/netns
c() { echo "\$ $*"; chroot $R "$@" 2>&1; echo "rc=$?"; }
c /bin/ipkit --install /bin
ls $R
ls $R/bin
c /bin/ip netns add red
c /bin/ip link add veth-red type veth peer name veth-blue
c /bin/ip link set veth-red netns red
c /bin/ip -n red addr add 192.168.15.1/24 dev veth-red
c /bin/ip -n red link set veth-red up
c /bin/ip addr add 192.168.15.5/24 dev veth-blue
c /bin/ip link set veth-blue up
c /bin/ip -n red -4 -br addr show dev veth-red
c /bin/ip netns exec red /bin/ip -o -4 addr show dev veth-red
c /bin/ip -n red route add default via 192.168.15.5
c /bin/ip -n red route
c /bin/iptables -t nat -A POSTROUTING -s 192.168.15.0/24 -j MASQUERADE
c /bin/iptables -t nat -S POSTROUTING
c /bin/ip neigh add 192.168.15.1 lladdr 02:00:00:00:00:01 dev veth-blue nud permanent
c /bin/arp -n
c /bin/iptables-save -t nat
c /bin/ip netns del red
c /bin/ip netns
"#;
    let Some(r) = common::sandbox_script("empty_root", script) else {
        return;
    };
    let out = r.stdout_text();
    let expect = [
        "$ /bin/ipkit --install /bin\nrc=0\nbin\nproc\nrun\nsys\narp\nip\nip6tables\nip6tables-restore\nip6tables-save\nipkit\niptables\niptables-restore\niptables-save\n",
        "$ /bin/ip -n red -4 -br addr show dev veth-red\nveth-red@if",
        "UP             192.168.15.1/24 \nrc=0\n",
        "3: veth-red    inet 192.168.15.1/24 scope global veth-red",
        "$ /bin/ip -n red route\ndefault via 192.168.15.5 dev veth-red \n192.168.15.0/24 dev veth-red proto kernel scope link src 192.168.15.1 \nrc=0\n",
        "-P POSTROUTING ACCEPT\n-A POSTROUTING -s 192.168.15.0/24 -j MASQUERADE\nrc=0\n",
        "192.168.15.1             ether   02:00:00:00:00:01   CM                    veth-blue\n",
        "*nat\n",
        "$ /bin/ip netns\nrc=0\n",
    ];
    for e in expect {
        assert!(out.contains(e), "{e:?} not in:\n{out}{}", r.stderr_text());
    }
    assert!(
        !out.contains("rc=1") && !out.contains("rc=2") && !out.contains("rc=255"),
        "{out}"
    );
}

/// `make install DESTDIR=… PREFIX=/usr` installs the binary, relative applet links (the
/// ones `ipkit --list` names), the pages and completions; `make uninstall` removes them.
#[test]
fn makefile_install_and_uninstall() {
    if !tool("make") {
        return common::skip("makefile_install_and_uninstall", "no make");
    }
    let dest = TempDir::new("make-install");
    let make = |target: &str| {
        std::process::Command::new("make")
            .arg("-s")
            .arg("-C")
            .arg(common::manifest_dir())
            .arg(target)
            .arg(format!("DESTDIR={}", dest.path().display()))
            .arg("PREFIX=/usr")
            .arg(format!("IPKIT={}", ipkit().display()))
            .output()
            .expect("make")
    };
    let out = make("install");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let usr = dest.path().join("usr");
    let listed = text(&run(&ipkit(), &["--list"]).stdout);
    for applet in listed.lines() {
        let link = usr.join("sbin").join(applet);
        assert_eq!(
            std::fs::read_link(&link).ok().as_deref(),
            Some(Path::new("ipkit")),
            "{}",
            link.display()
        );
    }
    for p in PAGES {
        let section = if p.ends_with(".1") { "man1" } else { "man8" };
        assert!(usr.join("share/man").join(section).join(p).is_file(), "{p}");
    }
    assert!(usr.join("share/bash-completion/completions/ip").is_file());
    assert!(usr.join("share/zsh/site-functions/_ipkit").is_file());
    assert!(usr
        .join("share/fish/vendor_completions.d/iptables.fish")
        .is_file());
    // a second install keeps what is ipkit's; a file of someone else's stops it
    let out = make("install");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let arp = usr.join("sbin/arp");
    std::fs::remove_file(&arp).unwrap();
    std::fs::write(&arp, "net-tools\n").unwrap();
    let out = make("install");
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("is not ipkit's; not replacing it"),
        "{}",
        text(&out.stderr)
    );
    std::fs::remove_file(&arp).unwrap();
    let out = make("uninstall");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let left = std::process::Command::new("find")
        .arg(&usr)
        .args(["-not", "-type", "d"])
        .output()
        .expect("find");
    assert_eq!(text(&left.stdout), "", "make uninstall left files");
}

/// The README's table of supported commands is what the binary completes (and so what the
/// parsers accept): each `ip` object's commands in order, iptables' tables, matches,
/// targets and commands, arp's and the other applets' options, and the applets themselves.
#[test]
fn readme_table_is_true() {
    let readme = std::fs::read_to_string(common::manifest_dir().join("README.md")).unwrap();
    let start = readme.find("## Supported commands").expect("the section");
    let rows: Vec<Vec<String>> = readme[start..]
        .lines()
        .skip_while(|l| !l.starts_with('|'))
        .take_while(|l| l.starts_with('|'))
        .skip(2)
        .map(|l| {
            l.trim_matches('|')
                .split('|')
                .map(|c| c.trim().replace('`', ""))
                .collect()
        })
        .collect();
    // what the binary completes, asked in a sandbox (chain lookups stay off the host)
    let mut script = String::new();
    let mut asks = Vec::new();
    let mut ask = |words: &str| {
        script.push_str(&format!(
            "echo '== {words}'; /tmp/.sandbox/ipkit --complete {words} '' | paste -sd, | sed 's/,/, /g'\n"
        ));
        asks.push(words.to_string());
    };
    for obj in [
        "address",
        "route",
        "neighbour",
        "link",
        "tunnel",
        "netns",
        "nexthop",
        "maddress",
        "tcpmetrics",
        "tcp_metrics",
        "ntable",
        "stats",
    ] {
        ask(&format!("ip {obj}"));
    }
    for q in ["iptables -t", "iptables -m", "iptables -j"] {
        ask(q);
    }
    script.push_str("echo '== iptables -'; /tmp/.sandbox/ipkit --complete iptables - | paste -sd, | sed 's/,/, /g'\n");
    script.push_str(
        "echo '== arp -'; /tmp/.sandbox/ipkit --complete arp - | paste -sd, | sed 's/,/, /g'\n",
    );
    script.push_str("echo '== list'; /tmp/.sandbox/ipkit --list | paste -sd, | sed 's/,/, /g'\n");
    let Some(r) = common::sandbox_script("readme_table", &script) else {
        return;
    };
    let out = r.stdout_text();
    let answer = |q: &str| -> String {
        let mark = format!("== {q}\n");
        let at = out.find(&mark).unwrap_or_else(|| panic!("{q}: {out}")) + mark.len();
        out[at..].lines().next().unwrap_or("").to_string()
    };
    let mut applets = Vec::new();
    let mut last_applet = String::new();
    for row in &rows {
        let [applet, what, commands] = &row[..] else {
            panic!("a row of three cells: {row:?}");
        };
        if !applet.is_empty() {
            last_applet = applet.clone();
            if !applets.contains(applet) {
                applets.push(applet.clone());
            }
        }
        let listed: Vec<&str> = commands
            .split(", ")
            .map(|c| c.split_whitespace().next().unwrap_or(""))
            .collect();
        match (last_applet.as_str(), what.as_str()) {
            ("ip", obj) => assert_eq!(commands, &answer(&format!("ip {obj}")), "ip {obj}"),
            ("iptables", "matches") => assert_eq!(commands, &answer("iptables -m")),
            ("iptables", "targets") => assert_eq!(commands, &answer("iptables -j")),
            ("iptables", tables) => {
                assert_eq!(tables, &answer("iptables -t"));
                let options = answer("iptables -");
                for c in listed {
                    assert!(options.split(", ").any(|o| o == c), "iptables {c}");
                }
            }
            ("arp", _) => {
                let options = answer("arp -");
                // each letter of `-a`, `-Ds` … is an option
                for word in commands.split(|c: char| !(c.is_ascii_alphabetic() || c == '-')) {
                    for letter in word.strip_prefix('-').unwrap_or("").chars() {
                        let o = format!("-{letter}");
                        assert!(options.split(", ").any(|x| x == o), "arp {o}");
                    }
                }
            }
            _ => {}
        }
    }
    assert_eq!(applets.join(", "), answer("list"), "the applets");
}
