//! ip6tables' `-m eui64`: the xt `eui64` match, revision 0, no options (8 bytes of zeros
//! sent). The kernel takes it in PREROUTING, INPUT and FORWARD only.

use super::def::Def;

pub const DEF: Def = Def {
    name: "eui64",
    rev: 0,
    size: 8,
    cmp: 0,
    help: include_str!("../help/m_eui64.txt"),
    fams: super::def::V6_ONLY,
    ..Def::MATCH
};
