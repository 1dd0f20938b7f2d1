//! Live values for completion: what the system has now.

/// Enter the named namespace (for the rest of this process); false when it cannot.
pub fn enter(name: &str) -> bool {
    std::fs::File::open(crate::ip::nsfile::path(name))
        .is_ok_and(|f| nix::sched::setns(&f, nix::sched::CloneFlags::CLONE_NEWNET).is_ok())
}

/// The links of the named namespace (None: this one), by name; none when it cannot be
/// entered.
pub fn links(netns: Option<&str>) -> Vec<String> {
    if netns.is_some_and(|n| !enter(n)) {
        return Vec::new();
    }
    nix::net::if_::if_nameindex()
        .map(|list| {
            list.iter()
                .map(|i| i.name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default()
}
