//! getopt_long as iptables uses it: long options match exactly or by an unambiguous prefix
//! of the options known at that point (the base ones and those of the extensions loaded so
//! far), an argument after `=` or in the next word.

/// Whether an option takes an argument.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Has {
    No,
    Required,
    Optional,
}

/// A long option: its name, argument, and the id its owner knows it by.
#[derive(Debug, Clone, Copy)]
pub struct Opt {
    pub name: &'static str,
    pub has: Has,
    pub id: u8,
}

pub const fn opt(name: &'static str, has: Has, id: u8) -> Opt {
    Opt { name, has, id }
}

/// Which of `sets` (lists of options, in order) holds the option `word` names: an exact
/// name, or a prefix of exactly one option (prefixes of several options that are the same
/// option of the same owner are not ambiguous). Returns (set index, option).
pub fn find(word: &str, sets: &[&[Opt]]) -> Option<(usize, Opt)> {
    let mut hit: Option<(usize, Opt)> = None;
    let mut ambiguous = false;
    for (i, set) in sets.iter().enumerate() {
        for o in set.iter() {
            if o.name == word {
                return Some((i, *o));
            }
            if o.name.starts_with(word) {
                match hit {
                    None => hit = Some((i, *o)),
                    Some((j, h)) if j == i && h.id == o.id && h.has == o.has => {}
                    Some(_) => ambiguous = true,
                }
            }
        }
    }
    if ambiguous {
        None
    } else {
        hit
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: &[Opt] = &[
        opt("list", Has::Optional, b'L'),
        opt("list-rules", Has::Optional, b'S'),
        opt("line-numbers", Has::No, b'0'),
        opt("source", Has::Required, b's'),
        opt("src", Has::Required, b's'),
    ];
    const B: &[Opt] = &[
        opt("dport", Has::Required, 1),
        opt("sport", Has::Required, 2),
    ];

    #[test]
    fn prefixes() {
        assert_eq!(find("list", &[A]).map(|(_, o)| o.id), Some(b'L'));
        assert!(find("li", &[A]).is_none(), "ambiguous");
        assert_eq!(find("list-", &[A]).map(|(_, o)| o.id), Some(b'S'));
        assert_eq!(
            find("s", &[A]).map(|(_, o)| o.id),
            Some(b's'),
            "same option twice"
        );
        assert_eq!(find("dp", &[A, B]).map(|(i, o)| (i, o.id)), Some((1, 1)));
        assert!(find("so", &[A, B]).is_some());
        assert!(find("nope", &[A, B]).is_none());
    }
}
