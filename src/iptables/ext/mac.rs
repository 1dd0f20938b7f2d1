//! `-m mac [!] --mac-source XX:XX:XX:XX:XX:XX`: the xt `mac` match, revision 0 (six address
//! bytes, two of padding, an int `invert`; 16 bytes as iptables-nft sends it).

use super::blob::bad;
use super::def::{Arg, Ctx, Def, Ext};
use super::values::parse_mac;
use crate::iptables::getopt::{opt, Has, Opt};

const ADDR: usize = 0;
const INVERT: usize = 8;

const OPTS: &[Opt] = &[opt("mac-source", Has::Required, 1).once().mand()];

pub const DEF: Def = Def {
    name: "mac",
    rev: 0,
    size: 16,
    cmp: 12,
    opts: OPTS,
    help: include_str!("../help/m_mac.txt"),
    parse,
    save,
    print,
    ..Def::MATCH
};

fn parse(e: &mut Ext, _: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    let addr = parse_mac(arg.value).ok_or_else(|| bad("Invalid MAC address specified."))?;
    e.put(ADDR, &addr);
    e.set_u32(INVERT, u32::from(arg.inv));
    Ok(())
}

fn text(e: &Ext, out: &mut String) {
    out.push(' ');
    for (i, b) in e.bytes(ADDR, 6).iter().enumerate() {
        if i > 0 {
            out.push(':');
        }
        out.push_str(&format!("{b:02x}"));
    }
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(if e.u32(INVERT) != 0 {
        " ! --mac-source"
    } else {
        " --mac-source"
    });
    text(e, out);
}

fn print(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(" MAC");
    if e.u32(INVERT) != 0 {
        out.push_str(" !");
    }
    text(e, out);
}

#[cfg(test)]
mod tests {
    use super::parse_mac;

    #[test]
    fn mac_fields_as_iptables_reads_them() {
        let ok = [
            ("02:00:00:0A:bc:01", [2, 0, 0, 0xa, 0xbc, 1]),
            ("2:0:0:0:0:1", [2, 0, 0, 0, 0, 1]),
            ("02:00:00:00:00:", [2, 0, 0, 0, 0, 0]),
            (":00:00:00:00:01", [0, 0, 0, 0, 0, 1]),
            (" 2:00:00:00:00:01", [2, 0, 0, 0, 0, 1]),
        ];
        for (s, want) in ok {
            assert_eq!(parse_mac(s), Some(want), "{s}");
        }
        for s in [
            "002:00:00:00:00:01",
            "0x2:00:00:00:00:01",
            "02:00:00:00:00:1x",
            "02-00-00-00-00-01",
            "02:00:00:00:00:01:",
            "02:00:00:00:00:fff",
            "02:00:00:00:00:1 ",
            "02:00:00:00:00",
        ] {
            assert_eq!(parse_mac(s), None, "{s}");
        }
    }
}
