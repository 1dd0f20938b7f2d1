//! The shell completions in `completions/`: their syntax, and what they offer in a sandbox
//! with two namespaces, a veth pair and the nat table (bash through COMP_WORDS/COMP_CWORD,
//! zsh through its `words`/`CURRENT` with `compadd` recorded, fish through `complete -C`).

use crate::common;

fn file(name: &str) -> String {
    std::fs::read_to_string(common::manifest_dir().join("completions").join(name))
        .unwrap_or_else(|e| panic!("completions/{name}: {e}"))
}

#[test]
fn completion_scripts_parse() {
    for (shell, name) in [
        ("bash", "ipkit.bash"),
        ("zsh", "_ipkit"),
        ("fish", "ipkit.fish"),
    ] {
        if !common::have_tool(shell) {
            common::skip("completion_scripts_parse", &format!("no {shell}"));
            continue;
        }
        let path = common::manifest_dir().join("completions").join(name);
        let out = std::process::Command::new(shell)
            .arg("-n")
            .arg(&path)
            .output()
            .expect("run the shell");
        assert!(
            out.status.success(),
            "{shell} -n completions/{name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// The sandbox: red and blue, veth-x/veth-y, a user chain in nat; the completion files
/// written to /tmp/c (the checkout may be under /tmp, which the sandbox covers).
fn setup() -> String {
    format!(
        "ip netns add red; ip netns add blue
ip link add veth-x type veth peer name veth-y
ip link add veth-r type veth peer name veth-b
ip link set veth-r netns red
iptables -t nat -N DOCKER
mkdir -p /tmp/c/fish
cat >/tmp/c/ipkit.bash <<'EOF_'
{}EOF_
cat >/tmp/c/_ipkit <<'EOF_'
{}EOF_
cat >/tmp/c/ipkit.fish <<'EOF_'
{}EOF_
for c in ip arp iptables ipkit; do cp /tmp/c/ipkit.fish /tmp/c/fish/$c.fish; done
",
        file("ipkit.bash"),
        file("_ipkit"),
        file("ipkit.fish")
    )
}

/// One completion per line of `cases` (`WORDS|CWORD`), answered by bash.
#[test]
fn bash_completes_keywords_and_live_names() {
    let script = format!(
        "{}{}",
        setup(),
        r#"source /tmp/c/ipkit.bash
t() { COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); COMPREPLY=(); _ipkit_complete; echo "${COMPREPLY[*]}"; }
t ip netns exec ''
t ip -n ''
t ip link set veth-
t ip li
t ip link set veth-x mtu 1400 netns ''
t ip route add 10.0.0.0/8 table ''
t iptables -t nat -A ''
t iptables -t nat -j ''
t iptables -t nat -A POSTROUTING -p tcp --dp
t arp -i veth-
t ip -n red link set ''
t ip netns exec red ip link set ''
t ip netns exec red iptables -t n
/tmp/.sandbox/ipkit --complete ip -all netns exec ''
# until now `ip` was found through its link; now ipkit is on PATH by its own name
mkdir -p /tmp/c/bin && ln -s "$(readlink -f "$(command -v ip)")" /tmp/c/bin/ipkit && PATH=/tmp/c/bin:$PATH
t ipkit --in
t ip netns exec ''
"#
    );
    let Some(r) = common::sandbox_script("bash_completes", &script) else {
        return;
    };
    let out = r.stdout_text();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines,
        [
            "blue red",
            "blue red",
            "veth-y veth-x veth-b",
            "link",
            "blue red",
            "unspec default main local",
            "PREROUTING INPUT OUTPUT POSTROUTING DOCKER",
            "ACCEPT DROP RETURN REJECT LOG MARK MASQUERADE SNAT DNAT REDIRECT NETMAP AUDIT NFLOG TRACE TCPMSS CHECKSUM TTL TOS DSCP ECN CLASSIFY NFQUEUE HMARK TCPOPTSTRIP RATEEST IDLETIMER LED CONNMARK CT NOTRACK CONNSECMARK SECMARK TPROXY SET TEE SYNPROXY CLUSTERIP ULOG DOCKER",
            "--dport",
            "veth-y veth-x veth-b",
            "lo veth-r",
            "lo veth-r",
            "nat",
            "@command",
            "--install",
            "blue red",
        ],
        "{out}{}",
        r.stderr_text()
    );
}

#[test]
fn zsh_and_fish_complete_namespaces() {
    let zsh = common::have_tool("zsh");
    let fish = common::have_tool("fish");
    if !zsh || !fish {
        common::skip("zsh_and_fish_complete_namespaces", "zsh or fish is missing");
        if !zsh && !fish {
            return;
        }
    }
    let mut script = setup();
    if zsh {
        script.push_str(
            r#"echo '== zsh'
zsh -c 'compadd() { local a; for a in "$@"; do [[ $a == -* ]] || print -r -- "$a"; done }
source /tmp/c/_ipkit
words=(ip netns exec ""); CURRENT=4; _ipkit
words=(iptables -t nat -A P); CURRENT=5; _ipkit'
"#,
        );
    }
    if fish {
        script.push_str(
            r#"echo '== fish'
fish -c 'set fish_complete_path /tmp/c/fish $fish_complete_path
complete -C "ip netns exec "
complete -C "ip -n r"
complete -C "iptables -t nat -A P"'
"#,
        );
    }
    let Some(r) = common::sandbox_script("zsh_and_fish_complete", &script) else {
        return;
    };
    let out = r.stdout_text();
    if zsh {
        assert!(
            out.contains("== zsh\nblue\nred\nPREROUTING\nPOSTROUTING\n"),
            "{out}{}",
            r.stderr_text()
        );
    }
    if fish {
        assert!(
            out.contains("== fish\nblue\nred\nred\nPOSTROUTING\nPREROUTING\n"),
            "{out}{}",
            r.stderr_text()
        );
    }
}
