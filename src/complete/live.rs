//! Live values for completion: what the system has now.

/// The links of the current namespace, by name.
pub fn links() -> Vec<String> {
    nix::net::if_::if_nameindex()
        .map(|list| {
            list.iter()
                .map(|i| i.name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default()
}

/// The named network namespaces, sorted.
pub fn namespaces() -> Vec<String> {
    let mut names = crate::ip::nsfile::names();
    names.sort();
    names
}
