//! `iptables -h`: the reference's help screen word for word, followed by the help of the
//! target and the matches loaded so far (the `-p` protocol's match when no other was).

const BASE: &str = include_str!("base.txt");

/// An extension's help section (it starts with an empty line).
fn section(name: &str) -> Option<&'static str> {
    Some(match name {
        "tcp" => include_str!("m_tcp.txt"),
        "udp" => include_str!("m_udp.txt"),
        "icmp" => include_str!("m_icmp.txt"),
        "multiport" => include_str!("m_multiport.txt"),
        "comment" => include_str!("m_comment.txt"),
        "addrtype" => include_str!("m_addrtype.txt"),
        "mark" => include_str!("m_mark.txt"),
        "conntrack" => include_str!("m_conntrack.txt"),
        "state" => include_str!("m_state.txt"),
        "limit" => include_str!("m_limit.txt"),
        "iprange" => include_str!("m_iprange.txt"),
        "statistic" => include_str!("m_statistic.txt"),
        "owner" => include_str!("m_owner.txt"),
        "MASQUERADE" => include_str!("t_MASQUERADE.txt"),
        "SNAT" => include_str!("t_SNAT.txt"),
        "DNAT" => include_str!("t_DNAT.txt"),
        "REDIRECT" => include_str!("t_REDIRECT.txt"),
        "MARK" => include_str!("t_MARK.txt"),
        "LOG" => include_str!("t_LOG.txt"),
        "REJECT" => include_str!("t_REJECT.txt"),
        "mac" => include_str!("m_mac.txt"),
        "physdev" => include_str!("m_physdev.txt"),
        _ => return None,
    })
}

/// The help screen with the sections of `target` (an extension's name) and `matches`.
pub fn text<'a>(target: Option<&str>, matches: impl Iterator<Item = &'a str>) -> String {
    let mut t = BASE.to_string();
    if let Some(s) = target.and_then(section) {
        t.push_str(s);
    }
    for m in matches {
        if let Some(s) = section(m) {
            t.push_str(s);
        }
    }
    t
}
