//! `ip tuntap` (also `ip tap`): add and delete persistent tun/tap devices through
//! /dev/net/tun (sys/tun.rs); the listing is print.rs.

mod print;

use super::kinds::tun::{GROUP_FILE, USER_FILE};
use super::opts::Opts;
use super::{ifnames, usage};
use crate::cli::num::strtol_c;
use crate::cli::{duparg2, invarg, matches, Args};
use crate::error::{strerror, Error, Result};
use crate::sys::tun::{
    self, IfReq, IFF_MULTI_QUEUE, IFF_NO_PI, IFF_ONE_QUEUE, IFF_TAP, IFF_TUN, IFF_TUN_EXCL,
    IFF_VNET_HDR,
};

pub fn run(args: &mut Args, opts: &Opts) -> Result<()> {
    let Some(cmd) = args.next().map(str::to_string) else {
        return print::show(opts);
    };
    if matches(&cmd, "add") {
        add(args, true)
    } else if matches(&cmd, "delete") {
        add(args, false)
    } else if matches(&cmd, "show") || matches(&cmd, "lst") || matches(&cmd, "list") {
        // the reference reads no selector: every word after `show` is ignored
        print::show(opts)
    } else if matches(&cmd, "help") {
        Err(help())
    } else {
        Err(Error::ip_usage(format_args!(
            "Command \"{cmd}\" is unknown, try \"ip tuntap help\"."
        )))
    }
}

fn help() -> Error {
    Error::ip_usage_text(usage::TUNTAP)
}

/// `user`/`group` values: a decimal number (C `strtol`, cut to 32 bits) first, else a name.
fn id(v: &str, file: &str, what: &str) -> Result<u32> {
    if let Some((n, _, used)) = strtol_c(v, 10) {
        if used == v.len() {
            return Ok(n as u32);
        }
    }
    super::kinds::tun::id_of(file, v)
        .ok_or_else(|| Error::ip_usage(format_args!("invalid {what} \"{v}\"")))
}

/// What `add`/`del` read: the ifreq flags, the name, owner and group (`u32::MAX`: unset).
struct Request {
    flags: u16,
    name: Option<String>,
    uid: u32,
    gid: u32,
}

/// The words of `add` (`create`) or `del`; `del` takes no `user`/`group` (they are names).
fn parse(args: &mut Args, create: bool) -> Result<Request> {
    let mut r = Request {
        flags: IFF_NO_PI | if create { IFF_TUN_EXCL } else { 0 },
        name: None,
        uid: u32::MAX,
        gid: u32::MAX,
    };
    let both = || Error::ip_usage("You managed to ask for more than one tunnel mode.");
    while let Some(w) = args.next().map(str::to_string) {
        if matches(&w, "mode") {
            let v = args.value()?;
            if matches(v, "tun") {
                if r.flags & IFF_TAP != 0 {
                    return Err(both());
                }
                r.flags |= IFF_TUN;
            } else if matches(v, "tap") {
                if r.flags & IFF_TUN != 0 {
                    return Err(both());
                }
                r.flags |= IFF_TAP;
            } else {
                return Err(Error::ip_usage(format_args!("Unknown tunnel mode \"{v}\"")));
            }
        } else if create && matches(&w, "user") {
            r.uid = id(args.value()?, USER_FILE, "user")?;
        } else if create && matches(&w, "group") {
            r.gid = id(args.value()?, GROUP_FILE, "group")?;
        } else if matches(&w, "one_queue") {
            r.flags |= IFF_ONE_QUEUE;
        } else if matches(&w, "pi") {
            r.flags &= !IFF_NO_PI;
        } else if matches(&w, "vnet_hdr") {
            r.flags |= IFF_VNET_HDR;
        } else if matches(&w, "multi_queue") {
            r.flags |= IFF_MULTI_QUEUE;
        } else if matches(&w, "dev") {
            // `dev` replaces any name given before it
            let v = args.value()?;
            if !ifnames::valid_ifname(v, true) {
                return Err(invarg("\"dev\" not a valid ifname", v));
            }
            r.name = Some(v.to_string());
        } else if matches(&w, "help") {
            return Err(help());
        } else {
            let v = if matches(&w, "name") {
                args.value()?.to_string()
            } else {
                w
            };
            if r.name.is_some() {
                return Err(duparg2("name", &v));
            }
            if !ifnames::valid_ifname(&v, true) {
                return Err(invarg("\"name\" not a valid ifname", &v));
            }
            r.name = Some(v);
        }
    }
    Ok(r)
}

/// `add` (`create`) or `del`: attach to the device (created by the kernel when missing), set
/// owner and group, and make it persistent — or not, which deletes it when we let go.
fn add(args: &mut Args, create: bool) -> Result<()> {
    let r = parse(args, create)?;
    if r.flags & (IFF_TUN | IFF_TAP) == 0 {
        return Err(Error::ip_fail("You failed to specify a tunnel mode"));
    }
    let fail = |what: &str, e: nix::errno::Errno| {
        Error::ip_fail(format_args!("{what}: {}", strerror(e as i32)))
    };
    let fd = tun::open().map_err(|e| fail("open", e))?;
    let req = IfReq::new(r.name.as_deref().unwrap_or(""), r.flags);
    tun::set_iff(&fd, &req).map_err(|e| fail("ioctl(TUNSETIFF)", e))?;
    if create && r.uid != u32::MAX {
        tun::set_owner(&fd, r.uid).map_err(|e| fail("ioctl(TUNSETOWNER)", e))?;
    }
    if create && r.gid != u32::MAX {
        tun::set_group(&fd, r.gid).map_err(|e| fail("ioctl(TUNSETGROUP)", e))?;
    }
    tun::set_persist(&fd, create).map_err(|e| fail("ioctl(TUNSETPERSIST)", e))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(words: &[&str], create: bool) -> Result<Request> {
        parse(&mut Args::from_strs(words), create)
    }

    #[test]
    fn add_flags_as_the_reference_sends_them() {
        // LD_PRELOAD capture of the reference's TUNSETIFF ifreq flags
        let f = |w: &[&str]| parsed(w, true).map(|r| r.flags).ok();
        assert_eq!(f(&["mode", "tun"]), Some(0x9001));
        assert_eq!(f(&["mode", "tap"]), Some(0x9002));
        assert_eq!(f(&["mode", "tap", "one_queue"]), Some(0xb002));
        assert_eq!(f(&["mode", "tap", "pi"]), Some(0x8002));
        assert_eq!(f(&["mode", "tap", "vnet_hdr"]), Some(0xd002));
        assert_eq!(f(&["mode", "tap", "multi_queue"]), Some(0x9102));
        let d = |w: &[&str]| parsed(w, false).map(|r| r.flags).ok();
        assert_eq!(d(&["mode", "tun", "x1"]), Some(0x1001));
        assert_eq!(d(&["mode", "tap", "pi", "x9"]), Some(0x0002));
        assert_eq!(
            d(&["mode", "tap", "one_queue", "vnet_hdr", "multi_queue"]),
            Some(0x7102)
        );
    }

    #[test]
    fn names_and_ids() {
        let r = parsed(&["name", "x4", "dev", "x3", "mode", "tun"], true).ok();
        assert_eq!(r.and_then(|r| r.name).as_deref(), Some("x3"));
        let r = parsed(&["user", "010", "group", "-2", "mode", "tun"], true).ok();
        assert_eq!(r.map(|r| (r.uid, r.gid)), Some((10, 4294967294)));
        // strtol saturates: LONG_MAX cut to 32 bits is -1 (no owner), LONG_MIN is 0
        let r = parsed(&["user", "99999999999999999999"], true).ok();
        assert_eq!(r.map(|r| r.uid), Some(u32::MAX));
        let r = parsed(&["user", "-99999999999999999999"], true).ok();
        assert_eq!(r.map(|r| r.uid), Some(0));
        // `del` reads `user` as the device's name
        let r = parsed(&["mode", "tun", "user"], false).ok();
        assert_eq!(r.and_then(|r| r.name).as_deref(), Some("user"));
        let e = parsed(&["mode", "tun", "x1", "x2"], true).err();
        assert_eq!(
            e.map(|e| e.text).as_deref(),
            Some("Error: either \"name\" is duplicate, or \"x2\" is a garbage.\n")
        );
    }
}
