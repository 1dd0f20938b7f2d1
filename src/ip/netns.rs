//! `ip netns`: named network namespaces under /run/netns.

use super::event::Event;
use super::ifnames::Names;
use super::nsfile::{self as ns, check_name, nsid_of_path, path, RUN_DIR};
use super::opts::{Opts, Out};
use super::{rtnl, usage};
use crate::cli::num::get_integer;
use crate::cli::{self, lookup, Args};
use crate::error::{exit, io_text, strerror, Error, Result};
use crate::netlink::rtnl::nsid::{self, NETNSA_CURRENT_NSID, NETNSA_NSID};
use crate::netlink::Msg;
use crate::output::Show;
use netlink_packet_route::nsid::{NsidAttribute, NsidMessage};
use netlink_packet_route::RouteNetlinkMessage;
use nix::mount::{mount, umount2, MntFlags, MsFlags};
use nix::sched::{setns, unshare, CloneFlags};
use std::fs::File;
use std::io::Write;
use std::os::fd::AsRawFd;
use std::os::unix::fs::DirBuilderExt;

type Sub = fn(&mut Args, &Opts) -> Result<()>;

/// Subcommands in the reference's order (so `s` is show, `a` is add).
const SUBS: &[(&str, Sub)] = &[
    ("list", list),
    ("show", list),
    ("lst", list),
    ("list-id", list_id),
    ("help", help),
    ("add", add),
    ("set", set),
    ("delete", delete),
    ("identify", identify),
    ("pids", pids),
    ("exec", exec),
    ("monitor", monitor),
    ("attach", attach),
];

/// The subcommands, in the parser's order (for completion).
pub fn sub_names() -> impl Iterator<Item = &'static str> {
    SUBS.iter().map(|(n, _)| *n)
}

fn help(_: &mut Args, _: &Opts) -> Result<()> {
    Err(Error::ip_usage_text(usage::NETNS))
}

/// `ip monitor`'s printer of namespace id events: `nsid N (iproute2 netns name: NAME)`.
pub fn event(p: &mut Out, e: &Event, names: &mut Names) -> bool {
    let Some(id) = e
        .payload
        .get(4..)
        .and_then(|a| crate::netlink::attr::find(a, NETNSA_NSID))
        .and_then(crate::netlink::attr::i32_of)
    else {
        return false;
    };
    e.start(p);
    p.value(Show::Any, Some("nsid"), format_args!("nsid {id} "), &id);
    if let Some(n) = names.netns_fresh(id) {
        p.value(
            Show::Any,
            Some("name"),
            format_args!("(iproute2 netns name: {n})"),
            n.as_str(),
        );
    }
    p.fp_str("\n");
    true
}

pub fn run(args: &mut Args, opts: &Opts) -> Result<()> {
    let Some(cmd) = args.next().map(str::to_string) else {
        return list(args, opts);
    };
    if let Some(first) = args.peek() {
        check_name(first)?;
    }
    match lookup(&cmd, SUBS) {
        Some(f) => f(args, opts),
        None => Err(Error::ip_usage(format_args!(
            "Command \"{cmd}\" is unknown, try \"ip netns help\"."
        ))),
    }
}

fn list(_: &mut Args, opts: &Opts) -> Result<()> {
    use std::os::unix::ffi::OsStrExt;
    // no directory: nothing at all, not even an empty JSON list
    let Ok(dir) = std::fs::read_dir(RUN_DIR) else {
        return Ok(());
    };
    let names: Vec<std::ffi::OsString> = dir.flatten().map(|e| e.file_name()).collect();
    let mut sock = if names.is_empty() {
        None
    } else {
        Some(rtnl::open()?)
    };
    let mut p = opts.printer();
    p.begin();
    for name in &names {
        // names are printed as the bytes they are
        let raw = name.as_bytes();
        p.open_object(None);
        p.json("name", raw);
        if !p.is_json() {
            p.out().write_all(raw)?;
        }
        if let Some(s) = sock.as_mut() {
            let file = std::path::Path::new(RUN_DIR).join(name);
            // the reference asks twice when the kernel refuses the file
            let id = match File::open(&file) {
                Ok(f) => nsid::of_fd(s, f.as_raw_fd()).unwrap_or_else(|fail| {
                    eprint!("{}", rtnl::answers(fail).text);
                    nsid_of_path(s, &file)
                }),
                Err(_) => -1,
            };
            if id >= 0 {
                p.value(Show::Any, Some("id"), format_args!(" (id: {id})"), &id);
            }
        }
        p.close_object();
        p.fp(format_args!("\n"));
    }
    p.end()?;
    Ok(())
}

fn list_id(args: &mut Args, opts: &Opts) -> Result<()> {
    let mut target: Option<i32> = None;
    let mut only: Option<i32> = None;
    while let Some(w) = args.next().map(str::to_string) {
        if w == "target-nsid" {
            if target.is_some() {
                return Err(cli::duparg("target-nsid", &w));
            }
            let v = args.value()?.to_string();
            let id = get_integer(&v)
                .ok_or_else(|| cli::invarg("\"target-nsid\" value is invalid", &v))?;
            if id < 0 {
                return Err(cli::invarg(
                    "\"target-nsid\" value should be >= 0",
                    "(null)",
                ));
            }
            target = Some(id);
        } else if w == "nsid" {
            if only.is_some() {
                return Err(cli::duparg("nsid", &w));
            }
            let v = args.value()?.to_string();
            let id = get_integer(&v).ok_or_else(|| cli::invarg("\"nsid\" value is invalid", &v))?;
            if id < 0 {
                return Err(cli::invarg("\"nsid\" value should be >= 0", "(null)"));
            }
            only = Some(id);
        } else {
            return Err(Error::ip_usage_text(usage::NETNS));
        }
    }
    let mut sock = rtnl::open()?;
    let mut entries: Vec<(i32, Option<i32>)> = Vec::new();
    let mut attrs = Vec::new();
    if let Some(t) = target {
        attrs.push(NsidAttribute::TargetNsid(t));
    }
    let mut collect = |m: Msg| {
        if let Some(id) = nsid::attr_of(m, NETNSA_NSID) {
            let cur = if target.is_some() {
                nsid::attr_of(m, NETNSA_CURRENT_NSID)
            } else {
                None
            };
            entries.push((id, cur));
        }
        Ok(())
    };
    match only {
        // one nsid: a plain request, the kernel's refusal is the answer
        Some(id) => {
            attrs.push(NsidAttribute::Id(id));
            rtnl::talk(&mut sock, nsid::get_request(attrs), 0, &mut collect)
                .map_err(rtnl::answers)?;
        }
        None => {
            rtnl::dump(&mut sock, nsid::get_request(attrs), &mut collect)
                .map_err(|f| rtnl::terminated(f, "Dump"))?;
        }
    }
    // nsid -> name, as the current namespace numbers the named ones
    let mut cache: Option<Vec<(i32, String)>> = None;
    let mut p = opts.printer();
    p.begin();
    for (id, cur) in entries {
        p.open_object(None);
        p.value(Show::Any, Some("nsid"), format_args!("nsid {id} "), &id);
        let key = if target.is_some() { cur } else { Some(id) };
        if target.is_some() {
            match cur {
                Some(c) if c >= 0 => p.value(
                    Show::Any,
                    Some("current-nsid"),
                    format_args!("current-nsid {c} "),
                    &c,
                ),
                _ => p.fp(format_args!("current-nsid unassigned ")),
            }
        }
        let names = cache.get_or_insert_with(|| ns::nsids(&mut sock));
        if let Some(k) = key.filter(|&k| k >= 0) {
            if let Some((_, n)) = names.iter().find(|(i, _)| *i == k) {
                p.value(
                    Show::Any,
                    Some("name"),
                    format_args!("(iproute2 netns name: {n})"),
                    n.as_str(),
                );
            }
        }
        p.close_object();
        p.fp(format_args!("\n"));
    }
    p.end()?;
    Ok(())
}

/// Make /run/netns exist and be a shared mount point, so namespaces bound there show up in
/// every mount namespace (binding it onto itself first when it is not a mount point yet).
fn prepare_run_dir() -> Result<()> {
    let _ = std::fs::DirBuilder::new().mode(0o755).create(RUN_DIR);
    let shared = |_: ()| {
        mount(
            Some("none"),
            RUN_DIR,
            Some("none"),
            MsFlags::MS_SHARED | MsFlags::MS_REC,
            None::<&str>,
        )
    };
    match shared(()) {
        Ok(()) => Ok(()),
        Err(nix::Error::EINVAL) => {
            mount(
                Some(RUN_DIR),
                RUN_DIR,
                Some("none"),
                MsFlags::MS_BIND | MsFlags::MS_REC,
                None::<&str>,
            )
            .map_err(|e| {
                Error::ip_fail(format_args!(
                    "mount --bind {RUN_DIR} {RUN_DIR} failed: {}",
                    strerror(e as i32)
                ))
            })?;
            shared(()).map_err(|e| {
                Error::ip_fail(format_args!(
                    "mount --make-shared {RUN_DIR} failed: {}",
                    strerror(e as i32)
                ))
            })
        }
        Err(e) => Err(Error::ip_fail(format_args!(
            "mount --make-shared {RUN_DIR} failed: {}",
            strerror(e as i32)
        ))),
    }
}

/// Create the namespace file exclusively and bind `source` (a /proc ns file) onto it;
/// with `source` None a brand-new namespace is made. The file is removed on failure.
/// Make namespace `name` (the word's bytes as given: a name need not be UTF-8).
fn create(name: &std::ffi::OsStr, pid: Option<&str>) -> Result<()> {
    prepare_run_dir()?;
    let file = std::path::Path::new(RUN_DIR).join(name);
    nix::fcntl::open(
        &file,
        nix::fcntl::OFlag::O_RDONLY | nix::fcntl::OFlag::O_CREAT | nix::fcntl::OFlag::O_EXCL,
        nix::sys::stat::Mode::empty(),
    )
    .map_err(|e| {
        Error::ip_fail(format_args!(
            "Cannot create namespace file \"{}\": {}",
            file.display(),
            strerror(e as i32)
        ))
    })?;
    let r = match pid {
        Some(pid) => bind(&format!("/proc/{pid}/ns/net"), &file),
        None => new_namespace(&name.to_string_lossy(), &file),
    };
    if r.is_err() {
        let _ = std::fs::remove_file(&file);
    }
    r
}

fn bind(src: &str, file: &std::path::Path) -> Result<()> {
    mount(
        Some(src),
        file,
        Some("none"),
        MsFlags::MS_BIND,
        None::<&str>,
    )
    .map_err(|e| {
        Error::ip_fail(format_args!(
            "Bind {src} -> {} failed: {}",
            file.display(),
            strerror(e as i32)
        ))
    })
}

/// unshare a new network namespace, pin it on `file`, and return to the one we came from.
fn new_namespace(name: &str, file: &std::path::Path) -> Result<()> {
    let home = File::open("/proc/self/ns/net").map_err(|e| {
        Error::ip_fail(format_args!(
            "Cannot open current network namespace: {}",
            io_text(&e)
        ))
    })?;
    unshare(CloneFlags::CLONE_NEWNET).map_err(|e| {
        Error::ip_fail(format_args!(
            "Failed to create a new network namespace \"{name}\": {}",
            strerror(e as i32)
        ))
    })?;
    let r = bind("/proc/self/ns/net", file);
    setns(&home, CloneFlags::CLONE_NEWNET).map_err(|e| {
        Error::ip_fail(format_args!(
            "setns to the original namespace failed: {}",
            strerror(e as i32)
        ))
    })?;
    r
}

fn name_arg(args: &mut Args) -> Result<&str> {
    args.next()
        .ok_or_else(|| Error::ip_fail("No netns name specified"))
}

fn add(args: &mut Args, _: &Opts) -> Result<()> {
    let raw = args.rest_raw().first().cloned();
    name_arg(args)?;
    create(&raw.unwrap_or_default(), None)
}

fn attach(args: &mut Args, _: &Opts) -> Result<()> {
    if args.len() < 2 {
        return Err(Error::ip_fail("No netns name and PID specified"));
    }
    let name = args.rest_raw().first().cloned().unwrap_or_default();
    args.next();
    let pid = args.next().unwrap_or_default().to_string();
    // the number as read (`+5`, `0x10`), not the word, names the process
    let Some(pid) = get_integer(&pid).filter(|&p| p != 0) else {
        return Err(Error::ip_fail(format_args!("Invalid PID: {pid}")));
    };
    create(&name, Some(&pid.to_string()))
}

fn remove(name: &str) -> Result<()> {
    let file = path(name);
    let _ = umount2(&file, MntFlags::MNT_DETACH);
    std::fs::remove_file(&file).map_err(|e| {
        Error::ip_fail(format_args!(
            "Cannot remove namespace file \"{}\": {}",
            file.display(),
            io_text(&e)
        ))
    })
}

fn delete(args: &mut Args, opts: &Opts) -> Result<()> {
    if opts.all {
        let mut result = Ok(());
        for name in ns::names() {
            if let Err(e) = remove(&name) {
                eprint!("{}", e.text);
                result = Err(Error::exit(exit::IP_FAIL));
            }
        }
        return result;
    }
    let name = name_arg(args)?.to_string();
    remove(&name)
}

fn set(args: &mut Args, _: &Opts) -> Result<()> {
    if args.len() < 2 {
        return Err(Error::ip_fail(if args.is_empty() {
            "No netns name specified"
        } else {
            "No nsid specified"
        }));
    }
    let name = args.next().unwrap_or_default().to_string();
    let v = args.next().unwrap_or_default().to_string();
    let id = if v == "auto" {
        -1
    } else {
        let id = get_integer(&v).ok_or_else(|| cli::invarg("Invalid \"netnsid\" value", &v))?;
        if id < 0 {
            return Err(cli::invarg("\"netnsid\" value should be >= 0", &v));
        }
        id
    };
    let file = File::open(path(&name)).map_err(|e| {
        Error::ip_fail(format_args!(
            "Cannot open network namespace \"{name}\": {}",
            io_text(&e)
        ))
    })?;
    let mut sock = rtnl::open()?;
    let mut m = NsidMessage::default();
    m.attributes = vec![
        NsidAttribute::Fd(file.as_raw_fd() as u32),
        NsidAttribute::Id(id),
    ];
    rtnl::ack(&mut sock, RouteNetlinkMessage::NewNsId(m), 0)
}

fn proc_ns(pid: Option<&str>) -> String {
    match pid {
        Some(p) => format!("/proc/{p}/ns/net"),
        None => "/proc/self/ns/net".to_string(),
    }
}

fn identify(args: &mut Args, _: &Opts) -> Result<()> {
    let pid = args.next().map(str::to_string);
    if !args.is_empty() {
        return Err(Error::ip_fail("extra arguments specified"));
    }
    if let Some(p) = &pid {
        // digits only; the word itself names the /proc entry
        if p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()) {
            return Err(Error::ip_fail(format_args!(
                "Specified string '{p}' is not a pid"
            )));
        }
    }
    let me = ns::ns_id(std::path::Path::new(&proc_ns(pid.as_deref()))).map_err(|e| {
        Error::ip_fail(format_args!(
            "Cannot open network namespace: {}",
            io_text(&e)
        ))
    })?;
    // The reference prints the last matching name in directory order.
    let found = ns::names()
        .into_iter()
        .rev()
        .find(|n| ns::ns_id(&path(n)).ok() == Some(me))
        .unwrap_or_default();
    let mut out = std::io::stdout().lock();
    writeln!(out, "{found}")?;
    Ok(())
}

fn pids(args: &mut Args, _: &Opts) -> Result<()> {
    let name = name_arg(args)?.to_string();
    if !args.is_empty() {
        return Err(Error::ip_fail("extra arguments specified"));
    }
    let target = ns::ns_id(&path(&name)).map_err(|e| {
        Error::ip_fail(format_args!(
            "Cannot open network namespace: {}",
            io_text(&e)
        ))
    })?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if let Ok(rd) = std::fs::read_dir("/proc") {
        for ent in rd.flatten() {
            let pid = ent.file_name();
            let Some(pid) = pid.to_str() else { continue };
            if !pid.bytes().all(|b| b.is_ascii_digit()) {
                continue;
            }
            if ns::ns_id(std::path::Path::new(&proc_ns(Some(pid)))).ok() == Some(target) {
                writeln!(out, "{pid}")?;
            }
        }
    }
    out.flush()?;
    Ok(())
}

/// Switch into `name` and replace this process with the command (never returns on success).
fn exec_in(name: &str, cmd: &[std::ffi::OsString]) -> Error {
    if let Err(e) = ns::switch(name) {
        return e;
    }
    let prog = cmd[0].to_string_lossy().into_owned();
    let err = execvp(cmd);
    Error::ip_fail(format_args!(
        "exec of \"{prog}\" failed: {}",
        strerror(err as i32)
    ))
}

/// execvp(3) as glibc does it: search PATH, and run a file without `#!` with /bin/sh.
fn execvp(cmd: &[std::ffi::OsString]) -> nix::Error {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    let cstr = |s: &std::ffi::OsStr| CString::new(s.as_bytes()).unwrap_or_default();
    let args: Vec<CString> = cmd.iter().map(|a| cstr(a)).collect();
    let err = match nix::unistd::execvp(&args[0], &args) {
        Err(e) => e,
        Ok(never) => match never {},
    };
    if err != nix::Error::ENOEXEC {
        return err;
    }
    // find the file execvp found, then hand it to the shell
    let name = cmd[0].as_bytes();
    let path = if name.contains(&b'/') {
        Some(std::path::PathBuf::from(&cmd[0]))
    } else {
        std::env::var_os("PATH")
            .unwrap_or_else(|| "/usr/local/bin:/bin:/usr/bin".into())
            .as_bytes()
            .split(|&b| b == b':')
            .map(|d| std::path::Path::new(std::ffi::OsStr::from_bytes(d)).join(&cmd[0]))
            .find(|p| p.is_file())
    };
    let Some(path) = path else { return err };
    let mut sh = vec![CString::from(c"/bin/sh"), cstr(path.as_os_str())];
    sh.extend(args.into_iter().skip(1));
    match nix::unistd::execv(&sh[0], &sh) {
        Err(_) => err,
        Ok(never) => match never {},
    }
}

/// Run `cmd` in `name` in a child process and wait for it; its exit status is returned.
fn exec_child(name: &str, cmd: &[std::ffi::OsString]) -> Result<i32> {
    use nix::sys::wait::{waitpid, WaitStatus};
    use nix::unistd::{fork, ForkResult};
    let _ = std::io::stdout().flush();
    // SAFETY: single-threaded program; the child only switches namespace and execs.
    match unsafe { fork() } {
        Ok(ForkResult::Child) => {
            let e = exec_in(name, cmd);
            let _ = std::io::stderr().write_all(e.text.as_bytes());
            std::process::exit(e.code);
        }
        Ok(ForkResult::Parent { child }) => loop {
            match waitpid(child, None) {
                Ok(WaitStatus::Exited(_, c)) => return Ok(c),
                Ok(WaitStatus::Signaled(_, s, _)) => return Ok(128 + s as i32),
                Ok(_) => continue,
                Err(nix::Error::EINTR) => continue,
                Err(e) => {
                    return Err(Error::ip_fail(format_args!(
                        "waitpid: {}",
                        strerror(e as i32)
                    )))
                }
            }
        },
        Err(e) => Err(Error::ip_fail(format_args!(
            "fork failed: {}",
            strerror(e as i32)
        ))),
    }
}

fn exec(args: &mut Args, opts: &Opts) -> Result<()> {
    if opts.all {
        let cmd = args.rest_raw().to_vec();
        if cmd.is_empty() {
            return Err(Error::ip_fail("No command specified"));
        }
        for name in ns::names() {
            let mut out = std::io::stdout().lock();
            write!(out, "\nnetns: {name}\n")?;
            out.flush()?;
            drop(out);
            exec_child(&name, &cmd)?;
        }
        return Ok(());
    }
    let name = name_arg(args)?.to_string();
    let cmd = args.rest_raw().to_vec();
    if cmd.is_empty() {
        return Err(Error::ip_fail("No command specified"));
    }
    if opts.batch {
        return match exec_child(&name, &cmd)? {
            0 => Ok(()),
            _ => Err(Error::exit(exit::IP_FAIL)),
        };
    }
    Err(exec_in(&name, &cmd))
}

/// `ip netns monitor`: report namespace files as they are added and removed.
fn monitor(_: &mut Args, _: &Opts) -> Result<()> {
    use nix::sys::inotify::{AddWatchFlags, InitFlags, Inotify};
    prepare_run_dir()?;
    let ino = Inotify::init(InitFlags::empty())
        .map_err(|e| Error::ip_fail(format_args!("inotify_init failed: {}", strerror(e as i32))))?;
    ino.add_watch(RUN_DIR, AddWatchFlags::IN_CREATE | AddWatchFlags::IN_DELETE)
        .map_err(|e| {
            Error::ip_fail(format_args!(
                "inotify_add_watch failed: {}",
                strerror(e as i32)
            ))
        })?;
    let mut out = std::io::stdout().lock();
    loop {
        let events = match ino.read_events() {
            Ok(ev) => ev,
            Err(nix::Error::EINTR) => continue,
            Err(e) => {
                return Err(Error::ip_fail(format_args!(
                    "read failed: {}",
                    strerror(e as i32)
                )))
            }
        };
        for ev in events {
            let Some(name) = ev.name else { continue };
            if ev.mask.contains(AddWatchFlags::IN_CREATE) {
                writeln!(out, "add {}", name.to_string_lossy())?;
            }
            if ev.mask.contains(AddWatchFlags::IN_DELETE) {
                writeln!(out, "delete {}", name.to_string_lossy())?;
            }
        }
        out.flush()?;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subcommand_prefixes_follow_reference_order() {
        let name = |p: &str| {
            SUBS.iter()
                .find(|(n, _)| cli::matches(p, n))
                .map(|(n, _)| *n)
        };
        assert_eq!(name("s"), Some("show"));
        assert_eq!(name("se"), Some("set"));
        assert_eq!(name("l"), Some("list"));
        assert_eq!(name("list-i"), Some("list-id"));
        assert_eq!(name("a"), Some("add"));
        assert_eq!(name("at"), Some("attach"));
        assert_eq!(name("d"), Some("delete"));
        assert_eq!(name("i"), Some("identify"));
        assert_eq!(name("p"), Some("pids"));
        assert_eq!(name("e"), Some("exec"));
        assert_eq!(name("m"), Some("monitor"));
        assert_eq!(name("h"), Some("help"));
    }
}
