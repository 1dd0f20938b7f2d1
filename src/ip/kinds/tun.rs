//! `tun` / `tap` details (`ip tuntap` devices): `type tap pi off vnet_hdr off … persist on`.
//! ipkit does not create them (`ip link add type tun` is not a kind the reference takes).

use crate::ip::ifnames::Names;
use crate::netlink::attr::Table;
use crate::output::{pr, Disp, Printer, Show};
use std::io::Write;

const IFLA_TUN_OWNER: u16 = 1;
const IFLA_TUN_GROUP: u16 = 2;
const IFLA_TUN_TYPE: u16 = 3;
const IFLA_TUN_PI: u16 = 4;
const IFLA_TUN_VNET_HDR: u16 = 5;
const IFLA_TUN_PERSIST: u16 = 6;
const IFLA_TUN_MULTI_QUEUE: u16 = 7;
const IFLA_TUN_NUM_QUEUES: u16 = 8;
const IFLA_TUN_NUM_DISABLED_QUEUES: u16 = 9;

/// `type tap pi off vnet_hdr off [multi_queue numqueues N numdisabled N] persist on
/// [user NAME] [group NAME] ` (`ip tuntap` devices).
pub fn print<W: Write>(p: &mut Printer<W>, data: &[u8], _: &mut Names) {
    if data.is_empty() {
        return;
    }
    let a: Table<16> = Table::new(data);
    if let Some(t) = a.u8(IFLA_TUN_TYPE) {
        match t {
            1 => pr!(p, Any, "type", "type {} ", "tun"),
            2 => pr!(p, Any, "type", "type {} ", "tap"),
            _ => pr!(
                p,
                Any,
                "type",
                "type {} ",
                Disp(format_args!("UNKNOWN:{t}"))
            ),
        }
    }
    let onoff = |p: &mut Printer<W>, v: Option<u8>, key: &str| {
        if let Some(v) = v {
            let on = v != 0;
            let s = if on { "on" } else { "off" };
            p.value(Show::Any, Some(key), format_args!("{key} {s} "), &on);
        }
    };
    onoff(p, a.u8(IFLA_TUN_PI), "pi");
    onoff(p, a.u8(IFLA_TUN_VNET_HDR), "vnet_hdr");
    // `"multi_queue":false` even when the kernel leaves the attribute out
    if a.u8(IFLA_TUN_MULTI_QUEUE).is_some_and(|mq| mq != 0) {
        p.value(
            Show::Any,
            Some("multi_queue"),
            format_args!("multi_queue "),
            &true,
        );
        if let Some(n) = a.u32(IFLA_TUN_NUM_QUEUES) {
            pr!(p, Any, "numqueues", "numqueues {} ", n);
        }
        if let Some(n) = a.u32(IFLA_TUN_NUM_DISABLED_QUEUES) {
            pr!(p, Any, "numdisabled", "numdisabled {} ", n);
        }
    } else {
        p.json("multi_queue", &false);
    }
    onoff(p, a.u8(IFLA_TUN_PERSIST), "persist");
    for (attr, key, file) in [
        (IFLA_TUN_OWNER, "user", USER_FILE),
        (IFLA_TUN_GROUP, "group", GROUP_FILE),
    ] {
        if let Some(id) = a.u32(attr) {
            match id_name(file, id) {
                Some(n) => p.value(Show::Any, Some(key), format_args!("{key} {n} "), n.as_str()),
                None => p.value(Show::Any, Some(key), format_args!("{key} {id} "), &id),
            }
        }
    }
}

/// Where user and group names are read.
pub const USER_FILE: &str = "/etc/passwd";
pub const GROUP_FILE: &str = "/etc/group";

/// The `name:x:id:…` lines of /etc/passwd or /etc/group as (name, id).
fn entries(text: &[u8]) -> impl Iterator<Item = (&[u8], u32)> {
    text.split(|&c| c == b'\n').filter_map(|line| {
        let mut f = line.split(|&c| c == b':');
        let name = f.next()?;
        let num = f.nth(1)?;
        let n: u32 = std::str::from_utf8(num).ok()?.parse().ok()?;
        Some((name, n))
    })
}

/// The id of user or group `name` in /etc/passwd or /etc/group (`ip tuntap add user NAME`).
pub fn id_of(file: &str, name: &str) -> Option<u32> {
    let text = std::fs::read(file).ok()?;
    let id = entries(&text)
        .find(|(n, _)| *n == name.as_bytes())
        .map(|(_, id)| id);
    id
}

/// The name of user or group `id` in /etc/passwd or /etc/group (`name:x:id:…`).
fn id_name(file: &str, id: u32) -> Option<String> {
    let text = std::fs::read(file).ok()?;
    let name = entries(&text)
        .find(|&(_, n)| n == id)
        .map(|(name, _)| String::from_utf8_lossy(name).into_owned());
    name
}
