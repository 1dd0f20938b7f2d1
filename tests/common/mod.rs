//! Test harness: sandboxes, differential cases against the reference tools, and goldens.
//!
//! Every test that touches networking runs inside its own sandbox:
//! `unshare --net --mount --pid --kill-child --mount-proc --propagation private`, with
//! private tmpfs mounts on `/tmp` and `/run/netns`, an overlay on `/etc` (so a case may
//! create `/etc/netns/NAME/...` without changing the host) and `lo` brought up by the
//! reference `ip`. The host's network, firewall and files are never touched.
//! The private PID namespace makes PIDs deterministic and kills every process a case
//! left behind when the sandbox ends.
//!
//! A differential case ([`Case`], [`diff_case`]) runs
//!   1. a setup script (reference tools on `PATH`),
//!   2. one command line, the *argv*, with `ip`/`arp`/`iptables` resolving to the side under test,
//!   3. an optional check script (reference tools again),
//!
//! once with ipkit and once with the reference tools, each in a fresh sandbox, and asserts that
//! stdout, stderr and exit code of the argv (and of the check script) are byte-identical.
//! The reference result is also kept in `tests/golden/<case>/`; when the reference tool is not
//! installed (or is another version than the goldens were recorded from), ipkit is compared with
//! the golden instead. `IPKIT_RECORD=1 cargo test` rewrites the goldens from the live reference;
//! `IPKIT_NO_REFERENCE=1` ignores installed reference tools (golden-only mode, setup and check
//! scripts then run with ipkit); `IPKIT_KEEP_TMP=1` keeps the sandboxes' work directories.

#![allow(dead_code)] // each test module uses a different part of the harness

use std::collections::HashSet;
use std::fmt::Write as _;
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};

/// The applets ipkit provides, as `ipkit --list` must print them.
pub const APPLETS: &[&str] = &[
    "ip",
    "arp",
    "iptables",
    "iptables-save",
    "iptables-restore",
    "ip6tables",
    "ip6tables-save",
    "ip6tables-restore",
];

/// A DNS server inside the sandbox (127.0.0.53, named in /etc/resolv.conf with a 1 s
/// timeout and one attempt): PTR records for 10.0.0.2, 10.0.0.3 and 2001:db8::2, A records
/// for gw.example.org and far.example.org, AAAA records for gw6.example.org and
/// far.example.org, NXDOMAIN for everything else; in `silent` mode it
/// never answers. A setup script's text (a literal, for `concat!`).
#[macro_export]
macro_rules! dns_server {
    ($mode:literal) => {
        concat!(
            "sysctl -qw net.ipv6.conf.default.disable_ipv6=1 net.ipv6.conf.all.disable_ipv6=1
ip link set lo up
ip addr add 127.0.0.53/8 dev lo 2>/dev/null
cat >/tmp/dns.py <<'PY'
import socket, sys
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(('127.0.0.53', 53))
open('/tmp/dns.ready', 'w').close()
names = {'2.0.0.10.in-addr.arpa': 'gw.example.org', '3.0.0.10.in-addr.arpa': 'a-very-long-name-for-three.example.org',
         '2.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa': 'gw6.example.org'}
addrs = {'gw.example.org': bytes([10, 0, 0, 2]), 'far.example.org': bytes([10, 0, 0, 9])}
addrs6 = {'gw6.example.org': bytes.fromhex('20010db8000000000000000000000002'), 'far.example.org': bytes.fromhex('20010db8000000000000000000000009')}
while True:
    q, peer = s.recvfrom(512)
    if sys.argv[1] == 'silent':
        continue
    i, labels = 12, []
    while q[i]:
        labels.append(q[i + 1:i + 1 + q[i]].decode())
        i += 1 + q[i]
    qtype, qend, name = int.from_bytes(q[i + 1:i + 3], 'big'), i + 5, '.'.join(labels).lower()
    hdr = bytearray(q[:12]); hdr[2] = 0x81; hdr[3] = 0x80; hdr[6:12] = bytes(6)
    ans = b''
    if qtype == 12 and name in names:
        rd = b''.join(bytes([len(p)]) + p.encode() for p in names[name].split('.')) + b'\\0'
        ans = b'\\xc0\\x0c\\x00\\x0c\\x00\\x01\\x00\\x00\\x00\\x3c' + len(rd).to_bytes(2, 'big') + rd
    elif qtype == 1 and name in addrs:
        ans = b'\\xc0\\x0c\\x00\\x01\\x00\\x01\\x00\\x00\\x00\\x3c\\x00\\x04' + addrs[name]
    elif qtype == 28 and name in addrs6:
        ans = b'\\xc0\\x0c\\x00\\x1c\\x00\\x01\\x00\\x00\\x00\\x3c\\x00\\x10' + addrs6[name]
    if ans:
        hdr[7] = 1
    else:
        hdr[3] = 0x83
    s.sendto(bytes(hdr) + q[12:qend] + ans, peer)
PY
python3 /tmp/dns.py ", $mode, " >/dev/null 2>&1 &
for i in $(seq 100); do [ -e /tmp/dns.ready ] && break; sleep 0.02; done
printf 'nameserver 127.0.0.53\\noptions timeout:1 attempts:1\\n' >/etc/resolv.conf
"
        )
    };
}

/// Runs its arguments with stderr on a new terminal (raw mode: no `\r` added) and stdout as
/// it is; copies what the terminal got to its own stderr and exits with the command's code.
const ON_TTY: &str = r#"import os, pty, select, subprocess, sys, tty
m, s = pty.openpty()
tty.setraw(s)
p = subprocess.Popen(sys.argv[1:], stderr=s)
os.close(s)
got = b''
while True:
    try:
        ready, _, _ = select.select([m], [], [], 0.05)
        if ready:
            d = os.read(m, 4096)
            if not d:
                break
            got += d
        elif p.poll() is not None:
            break
    except OSError:
        break
p.wait()
sys.stderr.buffer.write(got)
sys.exit(p.returncode)
"#;

/// Exit code of the sandbox script when the environment cannot provide a sandbox (skip).
const PRELUDE_FAILED: i32 = 97;
/// Exit code of the sandbox script when the tools under test are unusable (fail).
const PRELUDE_BROKEN: i32 = 98;
/// Where the prelude copies the ipkit binary inside the sandbox.
const SANDBOX_IPKIT: &str = "/tmp/.sandbox/ipkit";

/// Wall-clock limit for one sandbox (the argv has its own, shorter, limit when a case sets one).
const SANDBOX_TIMEOUT_SECS: u32 = 120;

// ------------------------------------------------------------------------------------------
// Paths and small helpers

/// The ipkit binary under test.
pub fn ipkit() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_ipkit"))
}

/// Whether a program is on `PATH` (for tests that need a shell, a linter or make).
pub fn have_tool(name: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {name}")])
        .output()
        .is_ok_and(|o| o.status.success())
}

pub fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn golden_root() -> PathBuf {
    manifest_dir().join("tests").join("golden")
}

/// Print a line straight to the process's stderr. libtest captures `eprintln!` of passing tests;
/// SKIP and golden notices must stay visible, so they bypass the capture.
pub fn notice(line: &str) {
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "{line}");
}

/// Whether this run is CI's (`CI=true`): root, the reference tools installed, every tool a
/// test needs there (`.ci/run` sees to all of it). There nothing may pass without being
/// checked: a SKIP, or a comparison with a stored golden instead of the live reference,
/// fails the test.
pub fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true" || v == "1")
}

/// `SKIP <name>: <why>` on stderr (visible even though the test passes); a failure in CI.
pub fn skip(name: &str, why: &str) {
    assert!(!in_ci(), "{name} would be skipped in CI: {why}");
    notice(&format!("SKIP {name}: {why}"));
}

/// How many differential cases this run compared with the live reference tools; printed on
/// stderr when the test process ends.
static LIVE: AtomicUsize = AtomicUsize::new(0);

extern "C" fn print_live_count() {
    let n = LIVE.load(Ordering::Relaxed);
    notice(&format!("live comparisons with the reference tools: {n}"));
}

/// One more live comparison (and, the first time, the count printed at exit).
fn count_live() {
    static AT_EXIT: OnceLock<()> = OnceLock::new();
    AT_EXIT.get_or_init(|| {
        // SAFETY: atexit stores a function pointer to a function that stays valid for the
        // whole process and that only reads an atomic and writes to stderr.
        unsafe {
            nix::libc::atexit(print_live_count);
        }
    });
    LIVE.fetch_add(1, Ordering::Relaxed);
}

fn env_flag(name: &str) -> bool {
    std::env::var_os(name).is_some_and(|v| !v.is_empty() && v != "0")
}

fn recording() -> bool {
    env_flag("IPKIT_RECORD")
}

/// A fresh, unique directory for one sandbox run (tests run in parallel).
pub fn unique_dir(label: &str) -> PathBuf {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let base = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("ipkit-tests");
    fs::create_dir_all(&base).expect("create the test tmp dir");
    loop {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let dir = base.join(format!("{label}.{}.{n}", std::process::id()));
        match fs::create_dir(&dir) {
            Ok(()) => return dir,
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => panic!("cannot create {}: {e}", dir.display()),
        }
    }
}

/// A temporary directory removed on drop.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(label: &str) -> Self {
        TempDir(unique_dir(label))
    }
    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        if !env_flag("IPKIT_KEEP_TMP") {
            let _ = fs::remove_dir_all(&self.0);
        }
    }
}

/// Quote one word for bash. Words of the form `$NAME` are left to the shell (double-quoted), so an
/// argv can refer to a variable the setup script set, e.g. a PID: `ip netns identify $PID`.
pub fn sh_quote(word: &str) -> String {
    let is_var = word.len() > 1
        && word.starts_with('$')
        && word[1..]
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !word[1..].starts_with(|c: char| c.is_ascii_digit());
    if is_var {
        return format!("\"{word}\"");
    }
    if !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./=:,+@%^".contains(c))
    {
        return word.to_string();
    }
    format!("'{}'", word.replace('\'', r"'\''"))
}

pub fn sh_join(argv: &[String]) -> String {
    argv.iter()
        .map(|w| sh_quote(w))
        .collect::<Vec<_>>()
        .join(" ")
}

fn which(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    let mut dirs: Vec<PathBuf> = std::env::split_paths(&path).collect();
    for extra in ["/usr/local/sbin", "/usr/sbin", "/sbin", "/usr/bin", "/bin"] {
        dirs.push(PathBuf::from(extra));
    }
    dirs.into_iter().map(|d| d.join(name)).find(|p| {
        fs::metadata(p).is_ok_and(|m| {
            m.is_file() && std::os::unix::fs::PermissionsExt::mode(&m.permissions()) & 0o111 != 0
        })
    })
}

fn effective_uid() -> Option<u32> {
    let status = fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("Uid:"))?;
    line.split_whitespace().nth(2)?.parse().ok()
}

// ------------------------------------------------------------------------------------------
// Sandbox

/// Why sandboxes cannot run here (not root, no unshare, namespaces refused), or `None`.
pub fn sandbox_unavailable() -> Option<String> {
    static WHY: OnceLock<Option<String>> = OnceLock::new();
    WHY.get_or_init(|| {
        if effective_uid() != Some(0) {
            return Some("not root (sandboxes need CAP_SYS_ADMIN for unshare)".into());
        }
        for tool in ["unshare", "timeout", "bash", "mount"] {
            if which(tool).is_none() {
                return Some(format!("`{tool}` is not installed"));
            }
        }
        let out = Command::new("unshare")
            .args(UNSHARE_ARGS)
            .args(["bash", "-c", "mount -t tmpfs ipkit-probe /tmp"])
            .stdin(Stdio::null())
            .output();
        match out {
            Ok(o) if o.status.success() => None,
            Ok(o) => Some(format!(
                "unshare does not work here: {}",
                String::from_utf8_lossy(&o.stderr).trim()
            )),
            Err(e) => Some(format!("cannot run unshare: {e}")),
        }
    })
    .clone()
}

const UNSHARE_ARGS: &[&str] = &[
    "--net",
    "--mount",
    "--pid",
    "--kill-child",
    "--mount-proc",
    "--propagation",
    "private",
];

/// The tools one side of a comparison puts on `PATH` as `ip`, `arp` and `iptables`.
#[derive(Clone, Debug)]
pub struct Tools {
    pub ip: PathBuf,
    pub arp: PathBuf,
    pub iptables: PathBuf,
}

impl Tools {
    /// All three applets are the ipkit binary.
    pub fn ipkit() -> Self {
        let bin = ipkit();
        Tools {
            ip: bin.clone(),
            arp: bin.clone(),
            iptables: bin,
        }
    }

    /// The reference tools where installed (and of the pinned version), ipkit for the others.
    pub fn reference_or_ipkit() -> Self {
        let refs = references();
        let bin = ipkit();
        let pick = |a: &str| {
            refs.get(a)
                .map(|r| r.path.clone())
                .unwrap_or_else(|| bin.clone())
        };
        Tools {
            ip: pick("ip"),
            arp: pick("arp"),
            iptables: pick("iptables"),
        }
    }

    /// Shell commands making `dir/{ip,arp,iptables}`. The ipkit binary is used through the copy
    /// the prelude makes (its real path may be under /tmp, which the sandbox covers).
    fn links(&self, dir: &str) -> String {
        let me = ipkit();
        let target = |p: &PathBuf| {
            if *p == me {
                SANDBOX_IPKIT.to_string()
            } else {
                sh_quote(&p.to_string_lossy())
            }
        };
        let mut s = format!("mkdir -p {dir}");
        // iptables-save/-restore come with iptables: ipkit's, or the reference's siblings.
        let sibling = |name: &str| {
            if self.iptables == me {
                me.clone()
            } else {
                self.iptables.with_file_name(name)
            }
        };
        let (save, restore) = (
            sibling("iptables-nft-save"),
            sibling("iptables-nft-restore"),
        );
        let (ip6, save6, restore6) = (
            sibling("ip6tables-nft"),
            sibling("ip6tables-nft-save"),
            sibling("ip6tables-nft-restore"),
        );
        for (applet, path) in [
            ("ip", &self.ip),
            ("arp", &self.arp),
            ("iptables", &self.iptables),
            ("iptables-save", &save),
            ("iptables-restore", &restore),
            ("ip6tables", &ip6),
            ("ip6tables-save", &save6),
            ("ip6tables-restore", &restore6),
        ] {
            let _ = write!(
                s,
                " && ln -s {t} {dir}/{applet} && {{ [ -x {dir}/{applet} ] || die_broken '{dir}/{applet} -> '{t}' is not executable'; }}",
                t = target(path)
            );
        }
        s
    }
}

/// What one sandbox run produced.
#[derive(Clone, Debug, Default)]
pub struct RunResult {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub code: i32,
    /// stdout, stderr and exit code of the check script, when the case has one.
    pub check: Option<(Vec<u8>, Vec<u8>, i32)>,
    /// A problem of the sandbox preparation worth showing when the case fails (not compared).
    pub warning: Option<String>,
    /// A hint case: the argv again with stderr on a terminal — its stderr, its stderr with
    /// `IPKIT_HINTS=0`, and its exit code.
    pub tty: Option<(Vec<u8>, Vec<u8>, i32)>,
}

impl RunResult {
    pub fn stdout_text(&self) -> String {
        text(&self.stdout)
    }
    pub fn stderr_text(&self) -> String {
        text(&self.stderr)
    }
}

/// One sandbox run of a case, with `tools` as `ip`/`arp`/`iptables` for the argv.
struct SandboxRun<'a> {
    case: &'a Case,
    tools: Tools,
    label: &'static str,
}

enum SandboxError {
    /// The environment cannot provide what the case needs: skip.
    Unavailable(String),
    /// The case itself is broken (setup failed, timeout): fail.
    Broken(String),
}

impl SandboxRun<'_> {
    fn script(&self, work: &Path) -> String {
        let case = self.case;
        let reference = Tools::reference_or_ipkit();
        let mut s = String::new();
        let _ = write!(
            s,
            r#"# generated by tests/common/mod.rs for case {name} ({label})
exec 9<{work} || exit {failed}
W=/proc/$$/fd/9   # the work dir stays reachable after /tmp is covered
die() {{ printf 'sandbox: %s\n' "$*" >"$W/prelude.err"; exit {failed}; }}
die_broken() {{ printf 'sandbox: %s\n' "$*" >"$W/prelude.err"; exit {broken}; }}
export LC_ALL=C LANG=C
unset COLORFGBG IP_COLOR
exec 8<{ipkit} || die_broken 'cannot open the ipkit binary'
mount -t tmpfs -o mode=1777 ipkit-tmp /tmp || die 'cannot mount a tmpfs on /tmp'
mkdir -p /tmp/.sandbox && cp /proc/$$/fd/8 {sandbox_ipkit} && chmod 755 {sandbox_ipkit} || die_broken 'cannot copy ipkit'
exec 8<&-
mkdir -p /run/netns || die 'cannot create /run/netns'
mount -t tmpfs ipkit-netns /run/netns || die 'cannot mount a tmpfs on /run/netns'
mkdir -p /tmp/.sandbox/etc-upper /tmp/.sandbox/etc-work || die 'mkdir'
if mount -t overlay ipkit-etc -o lowerdir=/etc,upperdir=/tmp/.sandbox/etc-upper,workdir=/tmp/.sandbox/etc-work /etc 2>/dev/null; then
  PRIVATE_ETC=1
elif [ -d /etc/netns ] && mount -t tmpfs ipkit-etc-netns /etc/netns; then
  PRIVATE_ETC=1
else
  PRIVATE_ETC=0
fi
[ {needs_etc} = 0 ] || [ $PRIVATE_ETC = 1 ] || die 'cannot make /etc/netns private (no overlayfs)'
{ref_links} || die_broken 'cannot create the reference tool links'
{side_links} || die_broken 'cannot create the tool links'
export PATH="/tmp/.sandbox/ref:$PATH"
ip link set lo up 2>/dev/null || ifconfig lo up 2>/dev/null ||
  echo 'lo is down: `ip link set lo up` failed in the prelude' >"$W/prelude.warn"
cd /tmp
set -e
{{
{setup}
}} </dev/null >"$W/setup.out" 2>"$W/setup.err" 9<&-
set +e
echo 0 >"$W/setup.code"
PATH="/tmp/.sandbox/bin:$PATH" {timeout}{argv} <{stdin} >"$W/stdout" 2>"$W/stderr" 9<&-
echo $? >"$W/code"
"#,
            name = case.name,
            label = self.label,
            work = sh_quote(&work.to_string_lossy()),
            failed = PRELUDE_FAILED,
            broken = PRELUDE_BROKEN,
            ipkit = sh_quote(&ipkit().to_string_lossy()),
            sandbox_ipkit = SANDBOX_IPKIT,
            needs_etc = u8::from(case.private_etc),
            ref_links = reference.links("/tmp/.sandbox/ref"),
            side_links = self.tools.links("/tmp/.sandbox/bin"),
            setup = if case.setup.trim().is_empty() {
                ":"
            } else {
                &case.setup
            },
            timeout = case
                .timeout
                .map(|t| format!("timeout -k 2 {t} "))
                .unwrap_or_default(),
            argv = sh_join(&case.argv),
            stdin = if let Some(p) = &case.stdin_path {
                sh_join(std::slice::from_ref(p))
            } else if case.stdin.is_some() {
                "\"$W/stdin\"".to_string()
            } else {
                "/dev/null".to_string()
            },
        );
        if case.hint.is_some() {
            let run = format!(
                "PATH=\"/tmp/.sandbox/bin:$PATH\" python3 /tmp/.sandbox/on_tty.py {argv} </dev/null >/dev/null 9<&-",
                argv = sh_join(&case.argv)
            );
            let _ = write!(
                s,
                r#"cat >/tmp/.sandbox/on_tty.py <<'PY'
{ON_TTY}PY
{run} 2>"$W/tty.stderr"
echo $? >"$W/tty.code"
IPKIT_HINTS=0 {run} 2>"$W/tty0.stderr"
"#
            );
        }
        if let Some(check) = &case.check {
            let _ = write!(
                s,
                r#"{{
{check}
}} </dev/null >"$W/check.stdout" 2>"$W/check.stderr" 9<&-
echo $? >"$W/check.code"
"#
            );
        }
        s.push_str("exit 0\n");
        s
    }

    fn run(&self) -> Result<RunResult, SandboxError> {
        let tmp = TempDir::new(&format!("{}.{}", self.case.name, self.label));
        let work = tmp.path();
        let script = work.join("sandbox.sh");
        fs::write(&script, self.script(work)).expect("write sandbox script");
        if let Some(input) = &self.case.stdin {
            fs::write(work.join("stdin"), input).expect("write stdin");
        }
        let out = Command::new("timeout")
            .args(["-k", "5", &SANDBOX_TIMEOUT_SECS.to_string(), "unshare"])
            .args(UNSHARE_ARGS)
            .arg("bash")
            .arg(&script)
            .stdin(Stdio::null())
            .output()
            .map_err(|e| SandboxError::Unavailable(format!("cannot run unshare: {e}")))?;
        let bytes = |f: &str| fs::read(work.join(f)).ok();
        let read = |f: &str| bytes(f).map(|b| text(&b));
        let code_of = |f: &str| read(f).and_then(|c| c.trim().parse::<i32>().ok());
        let outer = String::from_utf8_lossy(&out.stderr).into_owned();
        match out.status.code() {
            Some(PRELUDE_FAILED) => {
                let why = read("prelude.err").unwrap_or(outer);
                return Err(SandboxError::Unavailable(why.trim().to_string()));
            }
            Some(PRELUDE_BROKEN) => {
                let why = read("prelude.err").unwrap_or_default();
                return Err(SandboxError::Broken(format!("{}\n{outer}", why.trim())));
            }
            Some(124) | Some(137) | None => {
                return Err(SandboxError::Broken(format!(
                    "the sandbox did not finish within {SANDBOX_TIMEOUT_SECS}s (status {:?})",
                    out.status
                )))
            }
            _ => {}
        }
        if code_of("setup.code").is_none() {
            return Err(SandboxError::Broken(format!(
                "the setup script failed ({} side)\n--- setup:\n{}\n--- its stdout:\n{}--- its stderr:\n{}--- sandbox stderr:\n{outer}",
                self.label,
                self.case.setup,
                read("setup.out").unwrap_or_default(),
                read("setup.err").unwrap_or_default(),
            )));
        }
        let Some(code) = code_of("code") else {
            return Err(SandboxError::Broken(format!(
                "the sandbox ended before the command's exit code was written ({} side)\n{outer}",
                self.label
            )));
        };
        let check = match &self.case.check {
            None => None,
            Some(_) => Some((
                bytes("check.stdout").unwrap_or_default(),
                bytes("check.stderr").unwrap_or_default(),
                code_of("check.code").ok_or_else(|| {
                    SandboxError::Broken(format!(
                        "the check script did not finish ({} side)\n{outer}",
                        self.label
                    ))
                })?,
            )),
        };
        let tty = match &self.case.hint {
            None => None,
            Some(_) => Some((
                bytes("tty.stderr").unwrap_or_default(),
                bytes("tty0.stderr").unwrap_or_default(),
                code_of("tty.code").ok_or_else(|| {
                    SandboxError::Broken(format!(
                        "the argv at a terminal did not finish ({} side)\n{outer}",
                        self.label
                    ))
                })?,
            )),
        };
        Ok(RunResult {
            stdout: bytes("stdout").unwrap_or_default(),
            stderr: bytes("stderr").unwrap_or_default(),
            code,
            check,
            warning: read("prelude.warn"),
            tty,
        })
    }
}

/// Run a bash script in a fresh sandbox (same preparation as a differential case, the ipkit
/// links first on `PATH` as `ip`, `arp`, `iptables`). Returns `None` (after printing SKIP) when
/// sandboxes are unavailable. For tests that are not differential.
pub fn sandbox_script(name: &str, script: &str) -> Option<RunResult> {
    if let Some(why) = sandbox_unavailable() {
        skip(name, &why);
        return None;
    }
    let case = Case {
        name: name.to_string(),
        setup: String::new(),
        argv: vec!["bash".into(), "-c".into(), script.to_string()],
        ..Case::default()
    };
    match (SandboxRun {
        case: &case,
        tools: Tools::ipkit(),
        label: "ipkit",
    })
    .run()
    {
        Ok(r) => Some(r),
        Err(SandboxError::Unavailable(why)) => {
            skip(name, &why);
            None
        }
        Err(SandboxError::Broken(why)) => panic!("{name}: {why}"),
    }
}

// ------------------------------------------------------------------------------------------
// Reference tools

#[derive(Clone, Debug)]
pub struct Reference {
    pub path: PathBuf,
    /// First line of the tool's version output.
    pub version: String,
}

/// Reference tools found on this machine, by applet, of the version the goldens pin
/// (or any version when there is no VERSION line yet).
pub fn references() -> &'static std::collections::HashMap<String, Reference> {
    static REFS: OnceLock<std::collections::HashMap<String, Reference>> = OnceLock::new();
    REFS.get_or_init(|| {
        let mut map = std::collections::HashMap::new();
        if env_flag("IPKIT_NO_REFERENCE") {
            assert!(!recording(), "IPKIT_RECORD needs the reference tools; unset IPKIT_NO_REFERENCE");
            return map; // compare with the goldens only, as on a machine without the tools
        }
        let me = fs::canonicalize(ipkit()).ok();
        for (applet, binary, flag, marker) in [
            ("ip", "ip", "-V", "iproute2"),
            ("arp", "arp", "-V", "net-tools"),
            ("iptables", "iptables-nft", "-V", "nf_tables"),
            ("iptables-save", "iptables-nft-save", "-V", "nf_tables"),
            ("iptables-restore", "iptables-nft-restore", "-V", "nf_tables"),
            ("ip6tables", "ip6tables-nft", "-V", "nf_tables"),
            ("ip6tables-save", "ip6tables-nft-save", "-V", "nf_tables"),
            ("ip6tables-restore", "ip6tables-nft-restore", "-V", "nf_tables"),
        ] {
            let Some(path) = which(binary) else { continue };
            if fs::canonicalize(&path).ok() == me {
                continue; // an ipkit link, not the reference
            }
            let Ok(out) = Command::new(&path).arg(flag).output() else { continue };
            let text = format!(
                "{}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
            let version = text.lines().next().unwrap_or("").trim().to_string();
            if !version.contains(marker) {
                continue;
            }
            if let Some(pinned) = pinned_versions().get(applet) {
                if *pinned != version && !recording() {
                    notice(&format!(
                        "NOTE reference {applet} is `{version}`, the goldens are from `{pinned}`: comparing with goldens only"
                    ));
                    continue;
                }
            }
            map.insert(applet.to_string(), Reference { path, version });
        }
        map
    })
}

/// `tests/golden/VERSION`: one `applet: version line` per reference tool.
fn pinned_versions() -> std::collections::HashMap<String, String> {
    let text = fs::read_to_string(golden_root().join("VERSION")).unwrap_or_default();
    text.lines()
        .filter_map(|l| l.split_once(": "))
        .map(|(a, v)| (a.trim().to_string(), v.trim().to_string()))
        .collect()
}

fn write_version_file() {
    static DONE: OnceLock<()> = OnceLock::new();
    DONE.get_or_init(|| {
        let mut pinned = pinned_versions();
        for (applet, r) in references() {
            pinned.insert(applet.clone(), r.version.clone());
        }
        let mut text = String::new();
        for applet in APPLETS {
            if let Some(v) = pinned.get(*applet) {
                let _ = writeln!(text, "{applet}: {v}");
            }
        }
        write_atomic(&golden_root().join("VERSION"), text.as_bytes());
    });
}

fn write_atomic(path: &Path, data: &[u8]) {
    let dir = path.parent().expect("parent");
    fs::create_dir_all(dir).expect("create golden dir");
    let tmp = dir.join(format!(
        ".{}.{}.tmp",
        path.file_name().unwrap().to_string_lossy(),
        std::process::id()
    ));
    fs::write(&tmp, data).expect("write golden");
    fs::rename(&tmp, path).expect("rename golden");
}

// ------------------------------------------------------------------------------------------
// Normalisers: only for values that are random by nature. Applied to both sides by name.

/// A named rewrite applied to stdout, stderr and check output of both sides before comparing.
#[derive(Clone, Copy)]
pub struct Norm {
    pub name: &'static str,
    pub apply: fn(&str) -> String,
}

impl std::fmt::Debug for Norm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name)
    }
}

/// MAC addresses (`aa:bb:cc:dd:ee:ff`) become `<mac>`; the all-zero and broadcast ones stay.
pub const MAC: Norm = Norm {
    name: "mac",
    apply: norm_mac,
};
/// `valid_lft 1234sec` / `preferred_lft 1234sec` (and JSON `"valid_life_time":1234`) become `<n>`.
pub const LIFETIMES: Norm = Norm {
    name: "lifetimes",
    apply: norm_lifetimes,
};
/// Numbers on the lines after an `RX:`/`TX:` header (`ip -s link`) become `<n>`.
pub const COUNTERS: Norm = Norm {
    name: "counters",
    apply: norm_counters,
};

/// The seconds of bridge and bridge-port timers (`hello_timer    0.00`, JSON `"gc_timer":12.34`)
/// become `<t>`: they run while a bridge is up.
pub const BRIDGE_TIMERS: Norm = Norm {
    name: "bridge-timers",
    apply: norm_bridge_timers,
};
/// The ages in neighbour statistics (`used 0/60/0`, JSON `"used":0,"confirmed":60,"updated":0`)
/// become `<n>`: they are seconds since the entry was used, and tick while a case runs.
pub const NEIGH_TIMES: Norm = Norm {
    name: "neigh-times",
    apply: norm_neigh_times,
};
/// The date of iptables-save's `# Generated by … on DATE` and `# Completed on DATE` lines
/// becomes `<date>`: it is the time of the run.
pub const SAVE_DATES: Norm = Norm {
    name: "save-dates",
    apply: norm_save_dates,
};
/// A route's expiry countdown (`expires 99sec`, `"expires":99`) becomes `N`: the two sides
/// read the clock a moment apart.
pub const EXPIRES: Norm = Norm {
    name: "expires",
    apply: norm_expires,
};

fn norm_expires(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("expires") {
        let (head, tail) = rest.split_at(at + "expires".len());
        out.push_str(head);
        let sep = tail.len() - tail.trim_start_matches([' ', '"', ':']).len();
        let digits = tail[sep..].bytes().take_while(u8::is_ascii_digit).count();
        out.push_str(&tail[..sep]);
        if digits > 0 {
            out.push('N');
        }
        rest = &tail[sep + digits..];
    }
    out.push_str(rest);
    out
}

/// All lines sorted: neighbour dumps come out in the kernel's per-namespace hash order.
pub const SORTED: Norm = Norm {
    name: "sorted",
    apply: norm_sorted,
};
/// The first line kept, the others sorted (`arp`: the header, then rows in hash order).
pub const SORTED_AFTER_HEADER: Norm = Norm {
    name: "sorted-after-header",
    apply: norm_sorted_after_header,
};

fn norm_mac(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    let is_mac_at = |i: usize| -> bool {
        if i + 17 > b.len() {
            return false;
        }
        (0..17).all(|k| {
            if k % 3 == 2 {
                b[i + k] == b':'
            } else {
                b[i + k].is_ascii_hexdigit()
            }
        }) && (i == 0 || !(b[i - 1].is_ascii_hexdigit() || b[i - 1] == b':'))
            && (i + 17 == b.len() || !(b[i + 17].is_ascii_hexdigit() || b[i + 17] == b':'))
    };
    while i < b.len() {
        if is_mac_at(i) {
            let mac = &text[i..i + 17];
            if mac == "00:00:00:00:00:00" || mac.eq_ignore_ascii_case("ff:ff:ff:ff:ff:ff") {
                out.push_str(mac);
            } else {
                out.push_str("<mac>");
            }
            i += 17;
        } else {
            let ch = text[i..].chars().next().unwrap();
            out.push(ch);
            i += ch.len_utf8();
        }
    }
    out
}

/// Replace the run of digits that follows each `marker` with `<n>`.
fn replace_number_after(text: &str, marker: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(pos) = rest.find(marker) {
        let end = pos + marker.len();
        out.push_str(&rest[..end]);
        rest = &rest[end..];
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if digits > 0 {
            out.push_str("<n>");
            rest = &rest[digits..];
        }
    }
    out.push_str(rest);
    out
}

/// The local date of `ip -s xfrm`'s `add YYYY-MM-DD HH:MM:SS` (when an SA or policy was made)
/// becomes `<date>`: the two sandboxes make theirs a moment apart.
pub const XFRM_DATES: Norm = Norm {
    name: "xfrm-dates",
    apply: norm_xfrm_dates,
};

fn norm_xfrm_dates(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("add ") {
        let (head, tail) = rest.split_at(at + 4);
        out.push_str(head);
        let date = tail.get(..19).filter(|d| {
            d.bytes().enumerate().all(|(i, c)| match i {
                4 | 7 => c == b'-',
                10 => c == b' ',
                13 | 16 => c == b':',
                _ => c.is_ascii_digit(),
            })
        });
        match date {
            Some(_) => {
                out.push_str("<date>");
                rest = &tail[19..];
            }
            None => rest = tail,
        }
    }
    out.push_str(rest);
    out
}

fn norm_save_dates(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        match line.rfind(" on ") {
            Some(at)
                if line.starts_with("# Generated by ") || line.starts_with("# Completed on ") =>
            {
                out.push_str(&line[..at + 4]);
                out.push_str("<date>");
                if line.ends_with('\n') {
                    out.push('\n');
                }
            }
            _ => out.push_str(line),
        }
    }
    out
}

fn norm_lifetimes(text: &str) -> String {
    let mut t = text.to_string();
    for marker in [
        "valid_lft ",
        "preferred_lft ",
        "\"valid_life_time\":",
        "\"preferred_life_time\":",
        "\"valid_life_time\": ",
        "\"preferred_life_time\": ",
    ] {
        t = replace_number_after(&t, marker);
    }
    t
}

/// Replace the number (digits, dots, leading spaces) after each `marker` with `<t>`.
fn replace_decimal_after(text: &str, marker: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(pos) = rest.find(marker) {
        let end = pos + marker.len();
        out.push_str(&rest[..end]);
        rest = &rest[end..];
        let spaces = rest.bytes().take_while(|b| *b == b' ').count();
        let len = rest[spaces..]
            .bytes()
            .take_while(|b| b.is_ascii_digit() || *b == b'.')
            .count();
        if len > 0 {
            out.push_str("<t>");
            rest = &rest[spaces + len..];
        }
    }
    out.push_str(rest);
    out
}

fn norm_bridge_timers(text: &str) -> String {
    let mut t = text.to_string();
    for marker in ["_timer", "_timer\":"] {
        t = replace_decimal_after(&t, marker);
    }
    t
}

fn norm_neigh_times(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(pos) = rest.find("used ") {
        let end = pos + "used ".len();
        out.push_str(&rest[..end]);
        rest = &rest[end..];
        // `used A/B/C`: each of the three numbers
        for k in 0..3 {
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            if digits == 0 {
                break;
            }
            out.push_str("<n>");
            rest = &rest[digits..];
            if k < 2 {
                match rest.strip_prefix('/') {
                    Some(r) => {
                        out.push('/');
                        rest = r;
                    }
                    None => break,
                }
            }
        }
    }
    out.push_str(rest);
    let mut t = out;
    for marker in [
        "\"used\":",
        "\"confirmed\":",
        "\"updated\":",
        "\"used\": ",
        "\"confirmed\": ",
        "\"updated\": ",
    ] {
        t = replace_number_after(&t, marker);
    }
    t
}

/// Sort lines; every line keeps (or gains) its newline, so a missing final newline still shows.
fn sorted_lines(text: &str) -> String {
    let mut lines: Vec<&str> = text.lines().collect();
    lines.sort_unstable();
    let mut out: String = lines.iter().map(|l| format!("{l}\n")).collect();
    if !text.ends_with('\n') && !text.is_empty() {
        out.push_str("(no final newline)\n");
    }
    out
}

fn norm_sorted(text: &str) -> String {
    sorted_lines(text)
}

fn norm_sorted_after_header(text: &str) -> String {
    match text.split_once('\n') {
        Some((head, body)) => format!("{head}\n{}", sorted_lines(body)),
        None => text.to_string(),
    }
}

fn norm_counters(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut after_header = false;
    for line in text.split_inclusive('\n') {
        if after_header {
            let mut l = String::new();
            let mut in_num = false;
            for ch in line.chars() {
                if ch.is_ascii_digit() {
                    if !in_num {
                        l.push_str("<n>");
                    }
                    in_num = true;
                } else {
                    in_num = false;
                    l.push(ch);
                }
            }
            out.push_str(&l);
        } else {
            out.push_str(line);
        }
        let t = line.trim_start();
        after_header = t.starts_with("RX:") || t.starts_with("TX:");
    }
    out
}

// ------------------------------------------------------------------------------------------
// Differential cases

/// A command line: either exact words, or a string split on whitespace (for the simple cases).
pub trait IntoArgv {
    fn into_argv(self) -> Vec<String>;
}
impl IntoArgv for &str {
    fn into_argv(self) -> Vec<String> {
        self.split_whitespace().map(str::to_string).collect()
    }
}
impl IntoArgv for &[&str] {
    fn into_argv(self) -> Vec<String> {
        self.iter().map(|s| s.to_string()).collect()
    }
}
impl<const N: usize> IntoArgv for [&str; N] {
    fn into_argv(self) -> Vec<String> {
        self.iter().map(|s| s.to_string()).collect()
    }
}
impl<const N: usize> IntoArgv for &[&str; N] {
    fn into_argv(self) -> Vec<String> {
        self.iter().map(|s| s.to_string()).collect()
    }
}

/// One differential case. Build with [`Case::new`], finish with [`Case::run`].
#[derive(Clone, Debug, Default)]
pub struct Case {
    pub name: String,
    /// bash, run first with the reference tools; must succeed (it runs under `set -e`).
    /// Variables it sets are visible to the argv (`$NAME` words) and the check script.
    pub setup: String,
    /// The command under test; its first word is `ip`, `arp` or `iptables`.
    pub argv: Vec<String>,
    /// Bytes fed to the argv's stdin (default: /dev/null).
    pub stdin: Option<Vec<u8>>,
    /// A file inside the sandbox (made by the setup) as the argv's stdin.
    pub stdin_path: Option<String>,
    /// bash, run after the argv with the reference tools; its output and exit code are compared too.
    pub check: Option<String>,
    pub norms: Vec<Norm>,
    /// Kill the argv after this many seconds (exit code 124, as `timeout` reports it).
    pub timeout: Option<u32>,
    /// The case writes under /etc/netns: skip when /etc cannot be made private.
    pub private_etc: bool,
    /// A hint case: with stderr on a terminal, ipkit prints the reference's stderr and then
    /// this line (and exactly the reference's stderr with `IPKIT_HINTS=0`).
    pub hint: Option<String>,
}

/// A case whose argv is `ip ARGS` (ARGS split on whitespace); name it with [`cases!`].
pub fn ip(args: &str) -> Case {
    let mut argv = vec!["ip".to_string()];
    argv.extend(args.into_argv());
    Case {
        argv,
        ..Case::default()
    }
}

/// A case with exactly these words as argv (for empty words or words with spaces).
pub fn argv(words: impl IntoArgv) -> Case {
    Case {
        argv: words.into_argv(),
        ..Case::default()
    }
}

/// A case whose argv is `iptables ARGS` (ARGS split on whitespace); name it with [`cases!`].
pub fn ipt(args: &str) -> Case {
    let mut words = vec!["iptables"];
    words.extend(args.split_whitespace());
    argv(words.as_slice())
}

/// `ip6tables ARGS` (split at blanks).
pub fn ip6t(args: &str) -> Case {
    let mut words = vec!["ip6tables"];
    words.extend(args.split_whitespace());
    argv(words.as_slice())
}

/// Define one `#[test]` per differential case, named after the test function:
/// `cases! { netns_add_dup: ip("netns add red").setup("ip netns add red"); }`
#[macro_export]
macro_rules! cases {
    ($( $(#[$meta:meta])* $name:ident : $case:expr ;)*) => {
        $(
            $(#[$meta])*
            #[test]
            fn $name() {
                let case: $crate::common::Case = $case;
                case.named(stringify!($name)).run();
            }
        )*
    };
}

impl Case {
    pub fn new(name: &str, argv: impl IntoArgv) -> Self {
        Case {
            name: name.to_string(),
            argv: argv.into_argv(),
            ..Case::default()
        }
    }
    pub fn named(mut self, name: &str) -> Self {
        self.name = name.to_string();
        self
    }
    pub fn setup(mut self, script: &str) -> Self {
        self.setup = script.to_string();
        self
    }
    pub fn check(mut self, script: &str) -> Self {
        self.check = Some(script.to_string());
        self
    }
    pub fn stdin(mut self, input: &str) -> Self {
        self.stdin = Some(input.as_bytes().to_vec());
        self
    }
    pub fn stdin_file(mut self, path: &str) -> Self {
        self.stdin_path = Some(path.to_string());
        self
    }
    pub fn norm(mut self, norm: Norm) -> Self {
        self.norms.push(norm);
        self
    }
    pub fn timeout(mut self, secs: u32) -> Self {
        self.timeout = Some(secs);
        self
    }
    pub fn private_etc(mut self) -> Self {
        self.private_etc = true;
        self
    }
    /// The line ipkit adds after the reference's error when stderr is a terminal.
    pub fn hint(mut self, line: &str) -> Self {
        self.hint = Some(line.to_string());
        self
    }

    /// The applet under test: argv[0], or the first word of an `sh -c SCRIPT` pipeline
    /// (whose applets run from the side's PATH).
    fn applet(&self) -> &str {
        match self.argv.as_slice() {
            [sh, c, script] if sh == "sh" && c == "-c" => {
                script.split_whitespace().next().unwrap_or("")
            }
            _ => self.argv.first().map(String::as_str).unwrap_or(""),
        }
    }

    /// The text stored as `tests/golden/<case>/cmd`, to notice goldens recorded for another command.
    fn describe(&self) -> String {
        let mut s = String::new();
        let _ = writeln!(s, "setup:\n{}", self.setup.trim_end());
        let _ = writeln!(s, "argv: {}", sh_join(&self.argv));
        if let Some(input) = &self.stdin {
            let _ = writeln!(s, "stdin:\n{}", String::from_utf8_lossy(input).trim_end());
        }
        if let Some(t) = self.timeout {
            let _ = writeln!(s, "timeout: {t}");
        }
        if let Some(check) = &self.check {
            let _ = writeln!(s, "check:\n{}", check.trim_end());
        }
        if self.hint.is_some() {
            let _ = writeln!(s, "at a terminal too");
        }
        if !self.norms.is_empty() {
            let names: Vec<_> = self.norms.iter().map(|n| n.name).collect();
            let _ = writeln!(s, "normalisers: {}", names.join(", "));
        }
        s
    }

    fn normalise(&self, mut r: RunResult) -> RunResult {
        for n in &self.norms {
            // output that is not UTF-8 is compared as it is
            let apply = |b: &mut Vec<u8>| {
                if let Ok(t) = std::str::from_utf8(b) {
                    *b = (n.apply)(t).into_bytes();
                }
            };
            apply(&mut r.stdout);
            apply(&mut r.stderr);
            if let Some((o, e, _)) = &mut r.check {
                apply(o);
                apply(e);
            }
        }
        r
    }

    /// Run the case: ipkit against the live reference (or the golden), and panic with a readable
    /// diff when they differ.
    pub fn run(self) {
        register_name(&self.name);
        assert!(
            APPLETS.contains(&self.applet()),
            "case {}: argv must start with an applet ({APPLETS:?})",
            self.name
        );
        if let Some(why) = sandbox_unavailable() {
            skip(&self.name, &why);
            return;
        }
        let live = references().get(self.applet()).cloned();
        let golden = Golden::load(&self.name);

        let case = &self;
        let ipkit_run = SandboxRun {
            case,
            tools: Tools::ipkit(),
            label: "ipkit",
        };
        let (ours, reference) = std::thread::scope(|s| {
            let reference = live.as_ref().map(|r| {
                let mut tools = Tools::reference_or_ipkit();
                match self.applet() {
                    "ip" => tools.ip = r.path.clone(),
                    "arp" => tools.arp = r.path.clone(),
                    _ => tools.iptables = r.path.clone(),
                }
                s.spawn(move || {
                    SandboxRun {
                        case,
                        tools,
                        label: "reference",
                    }
                    .run()
                })
            });
            let ours = ipkit_run.run();
            (ours, reference.map(|h| h.join().expect("reference thread")))
        });

        let ours = match ours {
            Ok(r) => self.normalise(r),
            Err(SandboxError::Unavailable(why)) => return skip(&self.name, &why),
            Err(SandboxError::Broken(why)) => panic!("case {}: {why}", self.name),
        };

        let expected = match reference {
            Some(Ok(r)) => {
                count_live();
                let r = self.normalise(r);
                self.keep_golden(golden.as_ref(), &r);
                Expected {
                    result: r,
                    source: format!(
                        "the reference ({})",
                        live.as_ref().map(|l| l.version.as_str()).unwrap_or("")
                    ),
                }
            }
            Some(Err(SandboxError::Unavailable(why))) => return skip(&self.name, &why),
            Some(Err(SandboxError::Broken(why))) => panic!("case {}: {why}", self.name),
            None => {
                let Some(g) = golden else {
                    return skip(
                        &self.name,
                        &format!(
                            "no reference `{}` and no golden in tests/golden/{}",
                            self.applet(),
                            self.name
                        ),
                    );
                };
                assert!(
                    !in_ci(),
                    "case {}: no live reference `{}` in CI (a stored golden is no comparison)",
                    self.name,
                    self.applet()
                );
                notice(&format!("SKIP live comparison: {}", self.name));
                assert_eq!(
                    g.cmd,
                    self.describe(),
                    "case {}: tests/golden/{}/cmd was recorded for another command; re-record with IPKIT_RECORD=1",
                    self.name,
                    self.name
                );
                Expected {
                    result: g.result,
                    source: format!("the golden tests/golden/{}", self.name),
                }
            }
        };

        if let Some(hint) = &self.hint {
            self.compare_at_terminal(hint, &expected, &ours);
        }
        if let Some(report) = compare(&expected.result, &ours) {
            let warning = ours
                .warning
                .as_deref()
                .map(|w| format!("(sandbox: {})\n", w.trim()))
                .unwrap_or_default();
            panic!(
                "\ncase {}: ipkit differs from {}\n{}\n{report}{warning}",
                self.name,
                expected.source,
                indent(&self.describe())
            );
        }
    }

    /// A hint case: at a terminal the reference prints what it prints elsewhere; ipkit prints
    /// that and the hint, or exactly that with `IPKIT_HINTS=0`, with the same exit code.
    fn compare_at_terminal(&self, hint: &str, expected: &Expected, ours: &RunResult) {
        let reference = &expected.result;
        if let Some((at_tty, _, code)) = &reference.tty {
            assert_eq!(
                (text(at_tty), *code),
                (reference.stderr_text(), reference.code),
                "case {}: the reference prints something else at a terminal",
                self.name
            );
        }
        let Some((hinted, plain, code)) = &ours.tty else {
            panic!("case {}: no run at a terminal", self.name);
        };
        let want = match hint {
            "" => reference.stderr_text(),
            dimmed if dimmed.starts_with('\x1b') => {
                format!("{}{dimmed}\n", reference.stderr_text())
            }
            _ => format!("{}hint: {hint}\n", reference.stderr_text()),
        };
        assert_eq!(
            text(hinted),
            want,
            "case {}: ipkit's stderr at a terminal (expected: {}'s, then the hint)",
            self.name,
            expected.source
        );
        assert_eq!(
            text(plain),
            reference.stderr_text(),
            "case {}: with IPKIT_HINTS=0 ipkit's stderr at a terminal differs from {}",
            self.name,
            expected.source
        );
        assert_eq!(
            *code, reference.code,
            "case {}: exit code at a terminal",
            self.name
        );
    }

    /// Write the golden when missing or when recording; report a golden that disagrees.
    fn keep_golden(&self, golden: Option<&Golden>, live: &RunResult) {
        let cmd = self.describe();
        match golden {
            Some(g) if !recording() => {
                if g.cmd != cmd {
                    notice(&format!(
                        "GOLDEN STALE {}: recorded for another command; re-record with IPKIT_RECORD=1",
                        self.name
                    ));
                } else if let Some(diff) = compare(&g.result, live) {
                    notice(&format!(
                        "GOLDEN DIFFERS {}: the live reference disagrees with tests/golden/{} (re-record with IPKIT_RECORD=1)\n{diff}",
                        self.name, self.name
                    ));
                }
            }
            _ => {
                Golden {
                    cmd,
                    result: live.clone(),
                }
                .store(&self.name);
                write_version_file();
                if golden.is_none() {
                    notice(&format!("GOLDEN NEW {}", self.name));
                }
            }
        }
    }
}

struct Expected {
    result: RunResult,
    source: String,
}

/// `diff_case(name, setup, argv)`: the common form of a differential case.
pub fn diff_case(name: &str, setup: &str, argv: impl IntoArgv) {
    Case::new(name, argv).setup(setup).run();
}

fn register_name(name: &str) {
    static NAMES: OnceLock<Mutex<HashSet<String>>> = OnceLock::new();
    let fresh = NAMES
        .get_or_init(Default::default)
        .lock()
        .unwrap()
        .insert(name.to_string());
    assert!(
        fresh,
        "two cases are named {name}: golden directories would collide"
    );
    assert!(
        !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-'),
        "case name {name:?}: use [A-Za-z0-9_-] (it names a golden directory)"
    );
}

// ------------------------------------------------------------------------------------------
// Goldens: tests/golden/<case>/{cmd,stdout,stderr,code}[,check.stdout,check.stderr,check.code]

struct Golden {
    cmd: String,
    result: RunResult,
}

impl Golden {
    fn load(name: &str) -> Option<Golden> {
        let dir = golden_root().join(name);
        let bytes = |f: &str| fs::read(dir.join(f)).ok();
        let read = |f: &str| bytes(f).map(|b| text(&b));
        let code = |f: &str| read(f).and_then(|c| c.trim().parse::<i32>().ok());
        let check = match (
            bytes("check.stdout"),
            bytes("check.stderr"),
            code("check.code"),
        ) {
            (Some(o), Some(e), Some(c)) => Some((o, e, c)),
            _ => None,
        };
        Some(Golden {
            cmd: read("cmd")?,
            result: RunResult {
                stdout: bytes("stdout")?,
                stderr: bytes("stderr")?,
                code: code("code")?,
                check,
                warning: None,
                tty: None,
            },
        })
    }

    fn store(&self, name: &str) {
        let dir = golden_root().join(name);
        let r = &self.result;
        write_atomic(&dir.join("cmd"), self.cmd.as_bytes());
        write_atomic(&dir.join("stdout"), &r.stdout);
        write_atomic(&dir.join("stderr"), &r.stderr);
        write_atomic(&dir.join("code"), format!("{}\n", r.code).as_bytes());
        match &r.check {
            Some((o, e, c)) => {
                write_atomic(&dir.join("check.stdout"), o);
                write_atomic(&dir.join("check.stderr"), e);
                write_atomic(&dir.join("check.code"), format!("{c}\n").as_bytes());
            }
            None => {
                for f in ["check.stdout", "check.stderr", "check.code"] {
                    let _ = fs::remove_file(dir.join(f));
                }
            }
        }
    }
}

// ------------------------------------------------------------------------------------------
// Comparison and readable diffs

/// `None` when equal, else a report of every stream that differs (`-` expected, `+` ipkit).
pub fn compare(expected: &RunResult, actual: &RunResult) -> Option<String> {
    let mut report = String::new();
    stream_diff(&mut report, "stdout", &expected.stdout, &actual.stdout);
    stream_diff(&mut report, "stderr", &expected.stderr, &actual.stderr);
    if expected.code != actual.code {
        let _ = writeln!(
            report,
            "--- exit code: expected {}, ipkit {}",
            expected.code, actual.code
        );
    }
    match (&expected.check, &actual.check) {
        (Some((eo, ee, ec)), Some((ao, ae, ac))) => {
            stream_diff(&mut report, "check script stdout", eo, ao);
            stream_diff(&mut report, "check script stderr", ee, ae);
            if ec != ac {
                let _ = writeln!(
                    report,
                    "--- check script exit code: expected {ec}, ipkit {ac}"
                );
            }
        }
        (None, None) => {}
        _ => report.push_str("--- one side has check output and the other has none\n"),
    }
    (!report.is_empty()).then_some(report)
}

/// Append a diff of one output stream to `report` when the bytes differ.
fn stream_diff(report: &mut String, what: &str, expected: &[u8], actual: &[u8]) {
    if expected == actual {
        return;
    }
    let _ = writeln!(report, "--- {what}: expected (-) vs ipkit (+)");
    let (e, a) = (text(expected), text(actual));
    if e == a {
        // the difference is in bytes that are not UTF-8: show them escaped
        let esc = |b: &[u8]| b.escape_ascii().to_string();
        let _ = writeln!(report, "-{}\n+{}", esc(expected), esc(actual));
    } else {
        report.push_str(&line_diff(&e, &a));
    }
}

fn indent(text: &str) -> String {
    text.lines().map(|l| format!("    {l}\n")).collect()
}

/// Make a line's invisible differences visible: tabs, control characters, trailing spaces.
fn visible(line: &str) -> String {
    let trimmed = line.trim_end_matches(' ');
    let mut s = String::new();
    for ch in trimmed.chars() {
        match ch {
            '\t' => s.push_str("\\t"),
            '\r' => s.push_str("\\r"),
            c if c.is_control() => {
                let _ = write!(s, "\\x{:02x}", c as u32);
            }
            c => s.push(c),
        }
    }
    for _ in 0..line.len() - trimmed.len() {
        s.push('\u{b7}'); // a trailing space
    }
    s
}

/// A unified-style line diff (longest common subsequence), with the missing final newline noted.
pub fn line_diff(expected: &str, actual: &str) -> String {
    let e: Vec<&str> = expected.lines().collect();
    let a: Vec<&str> = actual.lines().collect();
    let mut out = String::new();
    if e.len() * a.len() > 4_000_000 {
        out.push_str("(too long for a line diff; showing both)\n");
        for l in &e {
            let _ = writeln!(out, "-{}", visible(l));
        }
        for l in &a {
            let _ = writeln!(out, "+{}", visible(l));
        }
    } else {
        // lcs[i][j] = length of the LCS of e[i..] and a[j..]
        let mut lcs = vec![vec![0u32; a.len() + 1]; e.len() + 1];
        for i in (0..e.len()).rev() {
            for j in (0..a.len()).rev() {
                lcs[i][j] = if e[i] == a[j] {
                    lcs[i + 1][j + 1] + 1
                } else {
                    lcs[i + 1][j].max(lcs[i][j + 1])
                };
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < e.len() || j < a.len() {
            if i < e.len() && j < a.len() && e[i] == a[j] {
                let _ = writeln!(out, " {}", visible(e[i]));
                i += 1;
                j += 1;
            } else if j < a.len() && (i == e.len() || lcs[i][j + 1] >= lcs[i + 1][j]) {
                let _ = writeln!(out, "+{}", visible(a[j]));
                j += 1;
            } else {
                let _ = writeln!(out, "-{}", visible(e[i]));
                i += 1;
            }
        }
    }
    let ends = |t: &str| t.is_empty() || t.ends_with('\n');
    if ends(expected) != ends(actual) {
        let _ = writeln!(
            out,
            "(expected {} with a newline, ipkit's {})",
            if ends(expected) {
                "ends"
            } else {
                "does not end"
            },
            if ends(actual) { "does" } else { "does not" }
        );
    }
    if e == a && expected != actual {
        let _ = writeln!(out, "(the texts differ only in line endings)");
    }
    out
}

// ------------------------------------------------------------------------------------------
// Running ipkit directly (no sandbox): for tests of ipkit's own options

/// Run `program args`, with stdin closed and LC_ALL=C.
pub fn run(program: &Path, args: &[&str]) -> Output {
    Command::new(program)
        .args(args)
        .env("LC_ALL", "C")
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", program.display()))
}

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The process's exit code; panics (with its output) when it died of a signal.
pub fn code(out: &Output) -> i32 {
    out.status.code().unwrap_or_else(|| {
        panic!(
            "killed by a signal: {:?}\nstdout:\n{}\nstderr:\n{}",
            out.status,
            text(&out.stdout),
            text(&out.stderr)
        )
    })
}

#[cfg(test)]
mod self_tests {
    use super::*;

    #[test]
    fn harness_quotes_words_for_bash() {
        assert_eq!(sh_quote("netns"), "netns");
        assert_eq!(sh_quote(""), "''");
        assert_eq!(sh_quote("a b"), "'a b'");
        assert_eq!(sh_quote("it's"), r"'it'\''s'");
        assert_eq!(sh_quote("$PID"), "\"$PID\"");
        assert_eq!(sh_quote("$1"), "'$1'");
        assert_eq!(sh_quote("a$b"), "'a$b'");
    }

    #[test]
    fn harness_normalisers() {
        assert_eq!(
            norm_mac("link/ether 0a:1b:2c:3d:4e:5f brd ff:ff:ff:ff:ff:ff x 00:00:00:00:00:00"),
            "link/ether <mac> brd ff:ff:ff:ff:ff:ff x 00:00:00:00:00:00"
        );
        assert_eq!(norm_mac("fe80::1:2:3:4"), "fe80::1:2:3:4");
        assert_eq!(
            norm_lifetimes("valid_lft 3599sec preferred_lft forever"),
            "valid_lft <n>sec preferred_lft forever"
        );
        assert_eq!(
            norm_bridge_timers(
                "hello_timer    0.00 tcn_timer   12.34 x \"gc_timer\":1.50,\"a\": 1"
            ),
            "hello_timer<t> tcn_timer<t> x \"gc_timer\":<t>,\"a\": 1"
        );
        assert_eq!(
            norm_neigh_times("x  used 0/60/12probes 0 STALE {\"used\":3,\"confirmed\": 60}"),
            "x  used <n>/<n>/<n>probes 0 STALE {\"used\":<n>,\"confirmed\": <n>}"
        );
        assert_eq!(norm_sorted("b\na\nc\n"), "a\nb\nc\n");
        assert_eq!(norm_sorted(""), "");
        assert_eq!(norm_sorted("b\na"), "a\nb\n(no final newline)\n");
        assert_eq!(norm_sorted_after_header("Head\n2\n1\n"), "Head\n1\n2\n");
        assert_eq!(
            norm_counters("    RX:  bytes packets\n    120 3\n    lo\n"),
            "    RX:  bytes packets\n    <n> <n>\n    lo\n"
        );
    }

    #[test]
    fn harness_diff_shows_changes() {
        let d = line_diff("a\nb\nc\n", "a\nB\nc");
        assert!(
            d.contains("-b\n") && d.contains("+B\n") && d.contains(" a\n"),
            "{d}"
        );
        assert!(d.contains("newline"), "{d}");
        assert!(line_diff("x\ty\n", "x    y\n").contains("-x\\ty"));
        let same = RunResult {
            stdout: b"a\n".to_vec(),
            ..RunResult::default()
        };
        assert!(compare(&same, &same).is_none());
        let other = RunResult {
            code: 1,
            ..same.clone()
        };
        assert!(compare(&same, &other).unwrap().contains("exit code"));
    }
}
