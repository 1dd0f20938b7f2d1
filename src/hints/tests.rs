use super::context::command;
use super::*;
use crate::error::Error;

fn hint(applet: &str, line: &str, err: Error) -> Option<String> {
    let words: Vec<String> = line.split_whitespace().map(str::to_string).collect();
    find(applet, &words, &err)
}

fn ipt(line: &str, err: &str) -> Option<String> {
    hint("iptables", line, Error::ipt_param(err))
}

#[test]
fn iptables_hints_name_the_fix() {
    assert_eq!(
        ipt(
            "-t nat -A PREROUTING --dport 80 -j DNAT",
            "unknown option \"--dport\""
        )
        .as_deref(),
        Some("`--dport` is an option of a protocol: put `-p tcp` (or `-p udp`) before it")
    );
    // with a protocol, another cause: no hint
    assert_eq!(
        ipt("-p icmp --dport 80", "unknown option \"--dport\""),
        None
    );
    assert_eq!(
        ipt(
            "-p tcp --to-destination 10.0.0.2 -j DNAT",
            "unknown option \"--to-destination\""
        )
        .as_deref(),
        Some("`--to-destination` is an option of `-j DNAT`: put it after `-j DNAT`")
    );
    assert_eq!(
        ipt("--to-source 10.0.0.2", "unknown option \"--to-source\"").as_deref(),
        Some("`--to-source` is an option of a target (`-j SNAT`): put it after the `-j`")
    );
    assert_eq!(
        ipt("--A POSTROUTING", "unknown option \"--A\"").as_deref(),
        Some("`--A` has one dash too many: write `-A` (or `--append`)")
    );
    assert_eq!(ipt("--Q x", "unknown option \"--Q\""), None);
    assert_eq!(
        ipt(
            "-j SNAT --to-destination 10.0.0.2",
            "unknown option \"--to-destination\""
        )
        .as_deref(),
        Some("`--to-destination` is not an option of `-j SNAT`; it belongs to `-j DNAT`")
    );
    assert_eq!(
        ipt(
            "--to-destination 10.0.0.2 -j SNAT",
            "unknown option \"--to-destination\""
        )
        .as_deref(),
        Some("`--to-destination` is not an option of `-j SNAT`; it belongs to `-j DNAT`, after it")
    );
    let bad =
        |w: &str| Error::ipt_other_raw(format!("Bad argument `{w}'\n{}", crate::error::IPT_TRY));
    assert_eq!(
        hint("iptables", "-A POSTROUTING MASQUERADE", bad("MASQUERADE")).as_deref(),
        Some("a target follows `-j`: write `-j MASQUERADE`")
    );
    assert_eq!(hint("iptables", "-A POSTROUTING foo", bad("foo")), None);
}

#[test]
fn ip_hints_from_words_alone() {
    let obj = Error::ip_fail("Object \"arp\" is unknown, try \"ip help\".");
    assert_eq!(
        hint("ip", "arp", obj).as_deref(),
        Some(
            "`arp` is not an `ip` object: the neighbour table is `ip neigh` (or the `arp` command)"
        )
    );
    let obj = Error::ip_fail("Object \"red\" is unknown, try \"ip help\".");
    assert_eq!(
        hint("ip", "- n red link set veth-red up", obj).as_deref(),
        Some("`- n` has a space inside the option: `ip -n red link set veth-red up`")
    );
    // the table is per applet
    let obj = Error::ip_fail("Object \"arp\" is unknown, try \"ip help\".");
    assert_eq!(hint("iptables", "arp", obj), None);
}

#[test]
fn commands_quote_like_a_shell() {
    assert_eq!(command(&["ip", "-n", "red", "addr"]), "ip -n red addr");
    assert_eq!(command(&["ip", "a b", "it's"]), "ip 'a b' 'it'\\''s'");
}

#[test]
fn every_hint_is_listed() {
    assert_eq!(list().lines().count(), TABLE.len());
    assert!(list().starts_with("ip: "));
}
