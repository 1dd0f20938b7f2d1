//! `-m bpf --object-pinned PATH` against iptables-nft 1.8.9: the object opened with bpf(2)
//! (its descriptor is in the compared bytes, so `-C`/`-D` by spec only find a rule when both
//! tools number it alike), the failures when opening it (no such path, a plain file, the
//! bpf file system's directory or no bpf file system, an empty or a too long path) and the
//! kernel's refusals at the commit (a map, a program of another type, a path cut at 511
//! bytes), the listings, iptables-save and -restore. And the `time` match, which reads and
//! prints its dates in UTC whatever TZ says.
//!
//! Each sandbox mounts its own bpf file system and pins there, with the bpf(2) system call
//! (python3's ctypes), a socket filter `r0 = -1; exit` (prog), the same program as a tc
//! classifier (cls: the wrong type for xt_bpf) and an array map (map).

use crate::common::{self, argv, ipt};

/// The bpf file system with its three objects, and a plain file.
const PIN: &str = r#"mount -t bpf bpf /sys/fs/bpf
python3 - <<'PY'
import ctypes, struct
libc = ctypes.CDLL(None, use_errno=True)
def bpf(cmd, attr):
    buf = ctypes.create_string_buffer(attr, 128)
    r = libc.syscall(321, cmd, buf, 128)
    if r < 0:
        raise OSError(ctypes.get_errno(), "bpf command %d" % cmd)
    return r
def pin(fd, path):
    p = ctypes.create_string_buffer(path.encode())
    bpf(6, struct.pack("=QI", ctypes.addressof(p), fd))
# r0 = -1; exit
insns = ctypes.create_string_buffer(struct.pack("=BBhiBBhi", 0xb7, 0, 0, -1, 0x95, 0, 0, 0), 16)
lic = ctypes.create_string_buffer(b"MIT")
def prog(kind):
    return bpf(5, struct.pack("=IIQQ", kind, 2, ctypes.addressof(insns), ctypes.addressof(lic)))
pin(prog(1), "/sys/fs/bpf/prog")
pin(prog(3), "/sys/fs/bpf/cls")
pin(bpf(0, struct.pack("=IIII", 2, 4, 4, 1)), "/sys/fs/bpf/map")
PY
echo hi >/tmp/plain
ln -s /sys/fs/bpf/prog '/tmp/a b'"#;

/// PIN, then `more`.
fn pinned(more: &str) -> String {
    format!("{PIN}\n{more}")
}

/// Rules iptables-nft wrote with pinned objects.
const RULES: &str = "\
iptables -A INPUT -m bpf --object-pinned /sys/fs/bpf/prog
iptables -A INPUT -p tcp --dport 22 -m bpf --object-pinned /sys/fs/bpf/prog -j DROP
iptables -N CHAIN
iptables -A CHAIN -m bpf --object-pinned '/tmp/a b' -m bpf --bytecode '1,6 0 0 4294967295' -j ACCEPT
iptables -I CHAIN -m bpf --object-pinned /sys/fs/bpf/./prog -m comment --comment x -j RETURN";

/// The state as the reference shows it.
const STATE: &str =
    "iptables -S; iptables -L -n -v; iptables-save | grep -v '^#'; nft list ruleset";

/// The reference's -C and -D of the rule a restore or an -A wrote (its descriptor's number
/// is compared).
const CHECKED: &str = "iptables -C INPUT -m bpf --object-pinned /sys/fs/bpf/prog; echo $?; iptables -D INPUT -m bpf --object-pinned /sys/fs/bpf/prog; echo $?; iptables -S INPUT";

/// A path longer than the blob's 512 bytes (`len` bytes, naming prog when whole).
fn long_path(len: usize) -> String {
    let dots = "./".repeat((len - 16) / 2);
    let lead = if (len - 16) % 2 == 1 { "/" } else { "" };
    format!("{lead}/sys/fs/bpf/{dots}prog")
}

fn append(path: &str) -> crate::common::Case {
    argv([
        "iptables",
        "-A",
        "INPUT",
        "-m",
        "bpf",
        "--object-pinned",
        path,
    ])
}

cases! {
    // written, and read back
    ipt_bpf_pinned_append: ipt("-A INPUT -m bpf --object-pinned /sys/fs/bpf/prog").setup(PIN).check(STATE);
    ipt_bpf_pinned_append_checked: ipt("-A INPUT -m bpf --object-pinned /sys/fs/bpf/prog").setup(PIN).check(CHECKED);
    ipt_bpf_pinned_append_two: ipt("-A INPUT -m bpf --object-pinned /sys/fs/bpf/prog -m bpf --object-pinned /sys/fs/bpf/prog -j ACCEPT").setup(PIN).check(STATE);
    ipt_bpf_pinned_insert_with_others: ipt("-I INPUT -p tcp --dport 22 -m bpf --object-pinned /sys/fs/bpf/prog -j DROP").setup(PIN).check(STATE);
    ipt_bpf_pinned_symlink_space: append("/tmp/a b").setup(PIN).check(STATE);
    ipt_bpf_pinned_relative: argv(["sh", "-c", "iptables -A INPUT -m bpf --object-pinned fs/bpf/prog; cd /sys && iptables -A INPUT -m bpf --object-pinned fs/bpf/prog && iptables -S INPUT"]).setup(PIN);
    ipt_bpf_pinned_replace: ipt("-R INPUT 1 -m bpf --object-pinned /sys/fs/bpf/prog -j ACCEPT").setup(&pinned("iptables -A INPUT -j DROP")).check(STATE);
    ipt_bpf_pinned_dump: ipt("-S").setup(&pinned(RULES));
    ipt_bpf_pinned_list: ipt("-L").setup(&pinned(RULES));
    ipt_bpf_pinned_list_numeric: ipt("-L -n").setup(&pinned(RULES));
    ipt_bpf_pinned_list_verbose: ipt("-L -n -v").setup(&pinned(RULES));
    ipt_bpf_pinned_list_line_numbers: ipt("-L CHAIN -n -v --line-numbers -x").setup(&pinned(RULES));
    ipt_bpf_pinned_save: argv(["iptables-save"]).norm(common::SAVE_DATES).setup(&pinned(RULES));
    ipt_bpf_pinned_save_restore: argv(["sh", "-c", "iptables-save | iptables-restore && iptables-save"]).norm(common::SAVE_DATES).setup(&pinned(RULES)).check(STATE);

    // -C and -D by spec: the descriptor's number is compared too
    ipt_bpf_pinned_check: ipt("-C INPUT -m bpf --object-pinned /sys/fs/bpf/prog").setup(&pinned(RULES));
    ipt_bpf_pinned_check_with_others: ipt("-C INPUT -p tcp --dport 22 -m bpf --object-pinned /sys/fs/bpf/prog -j DROP").setup(&pinned(RULES));
    ipt_bpf_pinned_check_other_path: ipt("-C INPUT -m bpf --object-pinned /sys/fs/bpf/./prog").setup(&pinned(RULES));
    ipt_bpf_pinned_check_two: ipt("-C CHAIN -m bpf --object-pinned /sys/fs/bpf/./prog -m comment --comment x -j RETURN").setup(&pinned(RULES));
    ipt_bpf_pinned_check_missing: ipt("-C INPUT -m bpf --object-pinned /sys/fs/bpf/nope").setup(&pinned(RULES));
    ipt_bpf_pinned_check_other_fd: argv(["sh", "-c", "iptables -C INPUT -m bpf --object-pinned /sys/fs/bpf/prog 4</dev/null"]).setup(&pinned(RULES));
    ipt_bpf_pinned_delete: ipt("-D INPUT -m bpf --object-pinned /sys/fs/bpf/prog").setup(&pinned(RULES)).check(STATE);
    ipt_bpf_pinned_delete_with_others: ipt("-D INPUT -p tcp --dport 22 -m bpf --object-pinned /sys/fs/bpf/prog -j DROP").setup(&pinned(RULES)).check("iptables -S");
    ipt_bpf_pinned_delete_other_path: ipt("-D INPUT -m bpf --object-pinned /sys/fs/bpf/./prog").setup(&pinned(RULES)).check("iptables -S");
    ipt_bpf_pinned_delete_ours: argv(["sh", "-c", "iptables -A INPUT -m bpf --object-pinned /sys/fs/bpf/prog && iptables -C INPUT -m bpf --object-pinned /sys/fs/bpf/prog && iptables -D INPUT -m bpf --object-pinned /sys/fs/bpf/prog && iptables -S INPUT"]).setup(PIN);

    // iptables-restore: each object's descriptor stays open, later ones count the earlier
    ipt_bpf_pinned_restore: argv(["sh", "-c", "iptables-restore <<'EOF'\n*filter\n-A INPUT -m bpf --object-pinned /sys/fs/bpf/prog\n-A INPUT -m bpf --object-pinned /sys/fs/bpf/prog -m bpf --object-pinned /sys/fs/bpf/prog\nCOMMIT\n*filter\n-A INPUT -m bpf --object-pinned /sys/fs/bpf/prog\nCOMMIT\nEOF\niptables -C INPUT -m bpf --object-pinned /sys/fs/bpf/prog; echo $?"]).setup(PIN).check(STATE);
    ipt_bpf_pinned_restore_one_block: argv(["sh", "-c", "iptables-restore <<'EOF'\n*filter\n-A INPUT -m bpf --object-pinned /sys/fs/bpf/prog\nCOMMIT\nEOF"]).setup(PIN).check(CHECKED);
    ipt_bpf_pinned_restore_file: argv(["sh", "-c", "iptables-restore /tmp/rules && iptables -D INPUT -m bpf --object-pinned /sys/fs/bpf/prog; echo $?"]).setup(&pinned("printf '*filter\\n-A INPUT -m bpf --object-pinned /sys/fs/bpf/prog\\nCOMMIT\\n*filter\\n-A INPUT -m bpf --object-pinned /sys/fs/bpf/prog\\nCOMMIT\\n' >/tmp/rules")).check(STATE);
    ipt_bpf_pinned_restore_noflush_delete: argv(["sh", "-c", "iptables-restore --noflush <<'EOF'\n*filter\n-D INPUT -m bpf --object-pinned /sys/fs/bpf/prog\n-A INPUT -m bpf --object-pinned /sys/fs/bpf/prog\nCOMMIT\nEOF"]).setup(&pinned("iptables -A INPUT -m bpf --object-pinned /sys/fs/bpf/prog")).check(STATE);
    ipt_bpf_pinned_restore_missing: argv(["sh", "-c", "iptables-restore <<'EOF'\n*filter\n-A INPUT -m bpf --object-pinned /sys/fs/bpf/prog\n-A INPUT -m bpf --object-pinned /sys/fs/bpf/nope\nCOMMIT\nEOF"]).setup(PIN).check(STATE);
    ipt_bpf_pinned_restore_map: argv(["sh", "-c", "iptables-restore <<'EOF'\n*filter\n-A INPUT -m bpf --object-pinned /sys/fs/bpf/prog\n-A INPUT -m bpf --object-pinned /sys/fs/bpf/map\nCOMMIT\nEOF"]).setup(PIN).check(STATE);
    ipt_bpf_pinned_restore_test: argv(["sh", "-c", "iptables-restore --test <<'EOF'\n*filter\n-A INPUT -m bpf --object-pinned /sys/fs/bpf/prog\n-A INPUT -m bpf --object-pinned /tmp/plain\nCOMMIT\nEOF"]).setup(PIN).check(STATE);

    // what opening the object refuses
    ipt_bpf_pinned_no_such_path: ipt("-A INPUT -m bpf --object-pinned /nonexistent").setup(PIN).check(STATE);
    ipt_bpf_pinned_no_such_object: ipt("-A INPUT -m bpf --object-pinned /sys/fs/bpf/nope").setup(PIN);
    ipt_bpf_pinned_plain_file: ipt("-A INPUT -m bpf --object-pinned /tmp/plain").setup(PIN);
    ipt_bpf_pinned_directory: ipt("-A INPUT -m bpf --object-pinned /sys/fs/bpf").setup(PIN);
    ipt_bpf_pinned_not_mounted: ipt("-A INPUT -m bpf --object-pinned /sys/fs/bpf/prog").setup("umount /sys/fs/bpf 2>/dev/null || :").check(STATE);
    ipt_bpf_pinned_empty: append("").setup(PIN);
    ipt_bpf_pinned_too_long_to_open: append(&long_path(4096)).setup(PIN).check(STATE);
    ipt_bpf_pinned_delete_missing: ipt("-D INPUT -m bpf --object-pinned /tmp/plain").setup(&pinned(RULES));
    // opened, refused by the kernel at the commit
    ipt_bpf_pinned_map: ipt("-A INPUT -m bpf --object-pinned /sys/fs/bpf/map").setup(PIN).check(STATE);
    ipt_bpf_pinned_wrong_type: ipt("-A INPUT -m bpf --object-pinned /sys/fs/bpf/cls").setup(PIN).check(STATE);
    ipt_bpf_pinned_path_511: append(&long_path(511)).setup(PIN).check(STATE);
    ipt_bpf_pinned_path_512: append(&long_path(512)).setup(PIN).check(STATE);
    ipt_bpf_pinned_path_600: append(&long_path(600)).setup(PIN).check(STATE);
    // the options
    ipt_bpf_pinned_and_bytecode: argv(["iptables", "-A", "INPUT", "-m", "bpf", "--object-pinned", "/sys/fs/bpf/prog", "--bytecode", "1,6 0 0 0"]).setup(PIN).check(STATE);
    ipt_bpf_pinned_after_bytecode: argv(["iptables", "-A", "INPUT", "-m", "bpf", "--bytecode", "1,6 0 0 0", "--object-pinned", "/sys/fs/bpf/prog"]).setup(PIN);
    ipt_bpf_pinned_missing_after_bytecode: argv(["iptables", "-A", "INPUT", "-m", "bpf", "--bytecode", "1,6 0 0 0", "--object-pinned", "/nonexistent"]).setup(PIN);
    ipt_bpf_pinned_bad_bytecode_first: argv(["iptables", "-A", "INPUT", "-m", "bpf", "--bytecode", "2,6 0 0 0", "--object-pinned", "/nonexistent"]).setup(PIN);
    ipt_bpf_pinned_inverted: ipt("-A INPUT -m bpf ! --object-pinned /sys/fs/bpf/prog").setup(PIN);
    ipt_bpf_pinned_twice: ipt("-A INPUT -m bpf --object-pinned /sys/fs/bpf/prog --object-pinned /sys/fs/bpf/prog").setup(PIN);
    ipt_bpf_pinned_no_argument: ipt("-A INPUT -m bpf --object-pinned").setup(PIN);

    // the time match: dates read and printed in UTC whatever TZ says
    ipt_bpf_pinned_time_tz: argv(["sh", "-c", "iptables -N T && TZ=Asia/Kolkata iptables -A T -m time --datestart 2024-01-02T03:04:05 --datestop 2024-06-30T23:00 --timestart 10:00 && TZ=America/New_York iptables -S T && TZ=Pacific/Chatham iptables -L T -n && TZ=Asia/Tokyo iptables -C T -m time --timestart 10:00 --datestop 2024-06-30T23:00 --datestart 2024-01-02T03:04:05 && TZ=UTC iptables -D T -m time --datestart 2024-01-02T03:04:05 --datestop 2024-06-30T23:00 --timestart 10:00 && iptables -S T"]);
}
