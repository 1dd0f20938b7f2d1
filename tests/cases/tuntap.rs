//! `ip tuntap` / `ip tap`: add and delete through /dev/net/tun (every keyword, prefix, error
//! and exit code), and the listing read from sysfs (plain, `-d` with the attached processes,
//! `-j`, `-j -p`, `-o`, `-c`) against iproute2 6.1.
//!
//! The sandbox keeps the host's /sys (mounted for the host's network namespace), where the
//! sandbox's devices are missing: setups mount a fresh sysfs (`mount -t sysfs sysfs /sys`, in
//! the sandbox's own mount namespace) so the listing is real; the `no_sysfs` cases keep the
//! host's and compare the reference's complaints. Crafted sysfs files (a tmpfs on /sys) give
//! every value the listing can meet. Tap devices get random MAC addresses (normalised).

use crate::common::{self, argv, ip};

/// A fresh sysfs for the sandbox's network namespace.
macro_rules! sysfs {
    () => {
        "mount -t sysfs sysfs /sys\n"
    };
}

/// `t0` (tun) and `tap0` (tap, every flag, user 1, group 2).
macro_rules! devs {
    () => {
        concat!(
            sysfs!(),
            "ip tuntap add t0 mode tun\n",
            "ip tuntap add tap0 mode tap user 1 group 2 pi vnet_hdr multi_queue one_queue\n"
        )
    };
}
const DEVS: &str = devs!();
const SYSFS: &str = sysfs!();

/// [`DEVS`] plus `q0` (multi-queue tap) and processes holding queues: one on `t0`, two on
/// `q0` (all started before any waiting, so their PIDs are the same on both sides).
const HELD: &str = concat!(
    devs!(),
    "ip tuntap add q0 mode tap multi_queue\n",
    r#"cat >/tmp/hold.py <<'PY'
import fcntl, os, struct, sys, time
fd = os.open('/dev/net/tun', os.O_RDWR)
fcntl.ioctl(fd, 0x400454ca, struct.pack('16sH22x', sys.argv[1].encode(), int(sys.argv[2], 0)))
open('/tmp/held.' + sys.argv[3], 'w').close()
time.sleep(1000)
PY
python3 /tmp/hold.py t0 0x1001 a >/dev/null 2>&1 &
python3 /tmp/hold.py q0 0x1102 b >/dev/null 2>&1 &
python3 /tmp/hold.py q0 0x1102 c >/dev/null 2>&1 &
for i in $(seq 500); do [ -e /tmp/held.a ] && [ -e /tmp/held.b ] && [ -e /tmp/held.c ] && break; sleep 0.01; done
"#
);

/// A crafted sysfs (tmpfs) for a real tun device `t0`: `F` flags, `O` owner, `G` group.
macro_rules! crafted {
    ($flags:literal, $owner:literal, $group:literal) => {
        concat!(
            "ip tuntap add t0 mode tun pi\nmount -t tmpfs crafted /sys\nmkdir -p /sys/class/net/t0\n",
            "printf '%b' '", $flags, "' >/sys/class/net/t0/tun_flags\n",
            "printf '%b' '", $owner, "' >/sys/class/net/t0/owner\n",
            "printf '%b' '", $group, "' >/sys/class/net/t0/group\n"
        )
    };
}

const CHECK: &str = "ip -d link show; ip tuntap";

cases! {
    // ---- the listing
    ip_tuntap_bare: ip("tuntap").setup(DEVS);
    ip_tuntap_show: ip("tuntap show").setup(DEVS);
    ip_tuntap_list: ip("tuntap list").setup(DEVS);
    ip_tuntap_lst: ip("tuntap lst").setup(DEVS);
    ip_tuntap_ls_prefix_of_lst: ip("tuntap ls").setup(DEVS);
    ip_tuntap_s: ip("tuntap s").setup(DEVS);
    ip_tuntap_l: ip("tuntap l").setup(DEVS);
    ip_tuntap_li: ip("tuntap li").setup(DEVS);
    ip_tuntap_show_dev_is_ignored: ip("tuntap show dev t0").setup(DEVS);
    ip_tuntap_show_words_are_ignored: ip("tuntap show tap0 mode tap bogus help").setup(DEVS);
    ip_tuntap_tap_object: ip("tap").setup(DEVS);
    ip_tuntap_tap_show: ip("tap show").setup(DEVS);
    ip_tuntap_json: ip("-j tuntap").setup(DEVS);
    ip_tuntap_json_pretty: ip("-j -p tuntap show").setup(DEVS);
    ip_tuntap_oneline: ip("-o tuntap").setup(DEVS);
    ip_tuntap_details: ip("-d tuntap").setup(DEVS);
    ip_tuntap_details_json: ip("-d -j tuntap").setup(DEVS);
    ip_tuntap_details_json_pretty: ip("-d -j -p tuntap").setup(DEVS);
    ip_tuntap_details_oneline: ip("-d -o tuntap").setup(DEVS);
    ip_tuntap_color: ip("-c tuntap").setup(DEVS);
    ip_tuntap_color_json: ip("-c -j -p tuntap").setup(DEVS);
    ip_tuntap_stats_ignored: ip("-s tuntap").setup(DEVS);
    ip_tuntap_empty: ip("tuntap").setup(SYSFS);
    ip_tuntap_empty_json: ip("-j tuntap").setup(SYSFS);
    ip_tuntap_empty_json_pretty: ip("-j -p tuntap").setup(SYSFS);
    ip_tuntap_empty_details_json: ip("-d -j tuntap").setup(SYSFS);
    ip_tuntap_other_links_not_listed: ip("tuntap")
        .setup(concat!(devs!(), "ip link add v0 type veth peer name v1\nip link add br0 type bridge\n"));
    ip_tuntap_many: ip("tuntap")
        .setup(concat!(sysfs!(), "for i in 0 1 2 3 4 5 6 7 8 9; do ip tuntap add mode tun; ip tuntap add mode tap pi; done\n"));
    // attached processes (`-d`)
    ip_tuntap_held_details: ip("-d tuntap").setup(HELD);
    ip_tuntap_held_details_json: ip("-d -j tuntap").setup(HELD);
    ip_tuntap_held_details_json_pretty: ip("-d -j -p tuntap").setup(HELD);
    ip_tuntap_held_details_oneline: ip("-d -o tuntap").setup(HELD);
    ip_tuntap_held_plain: ip("tuntap").setup(HELD);
    ip_tuntap_held_add_busy: ip("tuntap add mode tun t0").setup(HELD).check(CHECK).norm(common::MAC);
    ip_tuntap_held_add_queue: ip("tuntap add mode tap multi_queue q0").setup(HELD).check(CHECK).norm(common::MAC);
    ip_tuntap_held_del: ip("tuntap del mode tun t0").setup(HELD).check("ip -d tuntap");
    // no sysfs of this namespace: the reference's complaints, nothing listed, exit 0
    ip_tuntap_no_sysfs: ip("tuntap").setup("ip tuntap add t0 mode tun; ip tuntap add mode tap");
    ip_tuntap_no_sysfs_json: ip("-j tuntap").setup("ip tuntap add t0 mode tun");
    ip_tuntap_no_sysfs_details: ip("-d tuntap").setup("ip tuntap add t0 mode tun");
    ip_tuntap_no_sysfs_empty: ip("tuntap");

    // ---- crafted sysfs values
    ip_tuntap_sysfs_no_bits: ip("tuntap").setup(crafted!("0x0\\n", "5\\n", "7\\n"));
    ip_tuntap_sysfs_tun_and_tap: ip("tuntap").setup(crafted!("0x3\\n", "5\\n", "7\\n"));
    ip_tuntap_sysfs_unknown_bit: ip("tuntap").setup(crafted!("0x4\\n", "5\\n", "7\\n"));
    ip_tuntap_sysfs_all_low_bits: ip("tuntap").setup(crafted!("0xffff\\n", "5\\n", "7\\n"));
    ip_tuntap_sysfs_all_low_bits_json: ip("-j tuntap").setup(crafted!("0xffff\\n", "5\\n", "7\\n"));
    ip_tuntap_sysfs_high_bits: ip("tuntap").setup(crafted!("0x100000000\\n", "5\\n", "7\\n"));
    ip_tuntap_sysfs_all_bits: ip("tuntap").setup(crafted!("0xffffffff\\n", "5\\n", "7\\n"));
    ip_tuntap_sysfs_minus_one_flags: ip("-j tuntap").setup(crafted!("-1\\n", "5\\n", "7\\n"));
    ip_tuntap_sysfs_decimal_flags: ip("tuntap").setup(crafted!("12\\n", "5\\n", "7\\n"));
    ip_tuntap_sysfs_excl_bit: ip("tuntap").setup(crafted!("0x8001\\n", "5\\n", "7\\n"));
    ip_tuntap_sysfs_flags_garbage: ip("tuntap").setup(crafted!("0x1zz\\n", "5\\n", "7\\n"));
    ip_tuntap_sysfs_flags_garbage_json: ip("-j tuntap").setup(crafted!("0x1zz\\n", "5\\n", "7\\n"));
    ip_tuntap_sysfs_flags_out_of_range: ip("tuntap").setup(crafted!("0xffffffffffffffffff\\n", "5\\n", "7\\n"));
    ip_tuntap_sysfs_flags_empty_line: ip("tuntap").setup(crafted!("\\n", "5\\n", "7\\n"));
    ip_tuntap_sysfs_flags_empty_file: ip("tuntap").setup(crafted!("", "5\\n", "7\\n"));
    ip_tuntap_sysfs_flags_leading_blank: ip("tuntap").setup(crafted!(" 0x1\\n", "5\\n", "7\\n"));
    ip_tuntap_sysfs_flags_second_line: ip("tuntap").setup(crafted!("\\n0x1\\n", "5\\n", "7\\n"));
    ip_tuntap_sysfs_no_newline: ip("tuntap").setup(crafted!("0x1001", "3", "4"));
    ip_tuntap_sysfs_owner_unset: ip("tuntap").setup(crafted!("0x1\\n", "-1\\n", "-1\\n"));
    ip_tuntap_sysfs_owner_negative: ip("tuntap").setup(crafted!("0x1\\n", "-2\\n", "-0x5\\n"));
    ip_tuntap_sysfs_owner_negative_json: ip("-j tuntap").setup(crafted!("0x1\\n", "-2\\n", "-9223372036854775808\\n"));
    ip_tuntap_sysfs_owner_big: ip("-j tuntap").setup(crafted!("0x1\\n", "9223372036854775807\\n", "4294967295\\n"));
    ip_tuntap_sysfs_owner_octal_hex: ip("tuntap").setup(crafted!("0x1\\n", "0010\\n", "0x10\\n"));
    ip_tuntap_sysfs_owner_bad_octal: ip("tuntap").setup(crafted!("0x1\\n", "08\\n", "1\\n"));
    ip_tuntap_sysfs_owner_trailing_blank: ip("tuntap").setup(crafted!("0x1\\n", "3 \\n", "1\\n"));
    ip_tuntap_sysfs_owner_sign_only: ip("tuntap").setup(crafted!("0x1\\n", "-\\n", "1\\n"));
    ip_tuntap_sysfs_owner_out_of_range: ip("tuntap").setup(crafted!("0x1\\n", "9223372036854775808\\n", "1\\n"));
    ip_tuntap_sysfs_owner_out_of_range_json: ip("-j tuntap").setup(crafted!("0x1\\n", "-9223372036854775809\\n", "1\\n"));
    ip_tuntap_sysfs_group_garbage: ip("tuntap").setup(crafted!("0x1\\n", "1\\n", "5.5\\n"));
    ip_tuntap_sysfs_owner_long_line_cut: ip("tuntap")
        .setup(concat!(crafted!("0x1\\n", "1\\n", "1\\n"), "(head -c 79 /dev/zero | tr '\\0' 0; echo x) >/sys/class/net/t0/owner\n"));
    ip_tuntap_sysfs_owner_long_line_garbage: ip("tuntap")
        .setup(concat!(crafted!("0x1\\n", "1\\n", "1\\n"), "(head -c 78 /dev/zero | tr '\\0' 0; echo x) >/sys/class/net/t0/owner\n"));
    ip_tuntap_sysfs_no_group_file: ip("tuntap")
        .setup(concat!(crafted!("0x1\\n", "1\\n", "1\\n"), "rm /sys/class/net/t0/group\n"));
    ip_tuntap_sysfs_no_owner_file: ip("tuntap")
        .setup(concat!(crafted!("0x1\\n", "1\\n", "1\\n"), "rm /sys/class/net/t0/owner\n"));
    ip_tuntap_sysfs_group_is_directory: ip("tuntap")
        .setup(concat!(crafted!("0x1\\n", "1\\n", "1\\n"), "rm /sys/class/net/t0/group; mkdir /sys/class/net/t0/group\n"));
    ip_tuntap_sysfs_one_of_two_missing: ip("tuntap")
        .setup(concat!(crafted!("0x1\\n", "1\\n", "1\\n"), "ip tuntap add t1 mode tap\n"));

    // ---- add
    ip_tuntap_add_tun: ip("tuntap add mode tun").setup(SYSFS).check(CHECK);
    ip_tuntap_add_tap: ip("tuntap add mode tap").setup(SYSFS).check(CHECK).norm(common::MAC);
    ip_tuntap_add_named: ip("tuntap add t5 mode tun").setup(SYSFS).check(CHECK);
    ip_tuntap_add_dev: ip("tuntap add dev t5 mode tun").setup(SYSFS).check(CHECK);
    ip_tuntap_add_name: ip("tuntap add name t5 mode tun").setup(SYSFS).check(CHECK);
    ip_tuntap_add_every_flag: ip("tuntap add mode tap user 0 group 0 one_queue pi vnet_hdr multi_queue dev q0")
        .setup(SYSFS).check(CHECK).norm(common::MAC);
    ip_tuntap_add_tun_pi: ip("tuntap add mode tun pi t1").setup(SYSFS).check(CHECK);
    ip_tuntap_add_tun_one_queue_vnet_hdr: ip("tuntap add mode tun one_queue vnet_hdr t1").setup(SYSFS).check(CHECK);
    ip_tuntap_add_tun_multi_queue: ip("tuntap add mode tun multi_queue t1").setup(SYSFS).check(CHECK);
    ip_tuntap_add_user_name: ip("tuntap add mode tun user nobody group nogroup t1").setup(SYSFS).check(CHECK);
    ip_tuntap_add_user_number: ip("tuntap add mode tun user 12345 group 99 t1").setup(SYSFS).check(CHECK);
    ip_tuntap_add_user_decimal_only: ip("tuntap add mode tun user 010 group +5 t1").setup(SYSFS).check(CHECK);
    ip_tuntap_add_user_leading_blank: argv(["ip", "tuntap", "add", "mode", "tun", "user", " 5", "t1"]).setup(SYSFS).check(CHECK);
    ip_tuntap_add_user_minus_one: ip("tuntap add mode tun user -1 group -1 t1").setup(SYSFS).check(CHECK);
    ip_tuntap_add_user_all_ones: ip("tuntap add mode tun user 4294967295 t1").setup(SYSFS).check(CHECK);
    ip_tuntap_add_user_negative: ip("tuntap add mode tun user -2 group -5 t1").setup(SYSFS).check(CHECK);
    ip_tuntap_add_user_wraps: ip("tuntap add mode tun user 4294967296 group 99999999999 t1").setup(SYSFS).check(CHECK);
    ip_tuntap_add_user_saturates: ip("tuntap add mode tun user 99999999999999999999 group -99999999999999999999 t1")
        .setup(SYSFS).check(CHECK);
    ip_tuntap_add_user_last_wins: ip("tuntap add mode tun user 5 user 6 group 7 group 8 t1").setup(SYSFS).check(CHECK);
    ip_tuntap_add_user_number_before_name: ip("tuntap add mode tun user 5 group 9 t1")
        .private_etc()
        .setup(concat!(sysfs!(), "echo '5:x:7:7::/:/bin/sh' >>/etc/passwd\necho '9:x:3:' >>/etc/group\n"))
        .check(CHECK);
    ip_tuntap_add_user_unknown: ip("tuntap add mode tun user nosuchuser t1").setup(SYSFS).check(CHECK);
    ip_tuntap_add_user_hex: ip("tuntap add mode tun user 0x10 t1").setup(SYSFS).check(CHECK);
    ip_tuntap_add_user_trailing: ip("tuntap add mode tun user 1x t1").setup(SYSFS).check(CHECK);
    ip_tuntap_add_user_empty: argv(["ip", "tuntap", "add", "mode", "tun", "user", "", "t1"]).setup(SYSFS).check(CHECK);
    ip_tuntap_add_group_unknown: ip("tuntap add mode tun group nosuch t1").setup(SYSFS).check(CHECK);
    ip_tuntap_add_user_unknown_without_mode: ip("tuntap add user nosuch");
    ip_tuntap_add_prefixes: ip("tuntap ad m ta u 3 g 4 o p v mu n t1").setup(SYSFS).check(CHECK).norm(common::MAC);
    ip_tuntap_add_mode_prefix_t_is_tun: ip("tuntap add mode t d t1").setup(SYSFS).check(CHECK);
    ip_tuntap_add_mode_tu: ip("tuntap add mode tu t1").setup(SYSFS).check(CHECK);
    ip_tuntap_add_same_mode_twice: ip("tuntap add mode tap mode tap t1").setup(SYSFS).check(CHECK).norm(common::MAC);
    ip_tuntap_add_name_then_dev: ip("tuntap add mode tun name x4 dev x3").setup(SYSFS).check(CHECK);
    ip_tuntap_add_dev_then_dev: ip("tuntap add dev x27 dev x28 mode tun").setup(SYSFS).check(CHECK);
    ip_tuntap_add_longest_name: ip("tuntap add mode tun dev 0123456789abcde").setup(SYSFS).check(CHECK);
    ip_tuntap_add_no_mode: ip("tuntap add");
    ip_tuntap_add_no_mode_named: ip("tuntap add t1 pi").setup(SYSFS).check(CHECK);
    ip_tuntap_add_mode_missing: ip("tuntap add mode");
    ip_tuntap_add_mode_unknown: ip("tuntap add mode bogus");
    ip_tuntap_add_mode_upper_case: ip("tuntap add mode TUN");
    ip_tuntap_add_mode_empty: argv(["ip", "tuntap", "add", "mode", ""]);
    ip_tuntap_add_two_modes: ip("tuntap add mode tun mode tap");
    ip_tuntap_add_two_modes_tap_first: ip("tuntap add mode tap m tun");
    ip_tuntap_add_mode_unknown_after_good: ip("tuntap add mode tun mode bogus");
    ip_tuntap_add_dev_missing: ip("tuntap add mode tun dev");
    ip_tuntap_add_name_missing: ip("tuntap add mode tun name");
    ip_tuntap_add_user_missing: ip("tuntap add mode tun user");
    ip_tuntap_add_group_missing: ip("tuntap add mode tun group");
    ip_tuntap_add_two_names: ip("tuntap add mode tun x1 x2");
    ip_tuntap_add_dev_then_name: ip("tuntap add mode tun dev x3 name x4");
    ip_tuntap_add_dev_then_bare: ip("tuntap add mode tun dev x5 x6");
    ip_tuntap_add_dup_before_invalid: ip("tuntap add mode tun x1 0123456789abcdef");
    ip_tuntap_add_dev_too_long: ip("tuntap add mode tun dev 0123456789abcdef");
    ip_tuntap_add_name_too_long: ip("tuntap add mode tun name 0123456789abcdef");
    ip_tuntap_add_bare_too_long: ip("tuntap add mode tun 0123456789abcdef");
    ip_tuntap_add_dev_slash: ip("tuntap add mode tun dev a/b");
    ip_tuntap_add_name_blank: argv(["ip", "tuntap", "add", "mode", "tun", "name", "a b"]);
    ip_tuntap_add_bare_empty: argv(["ip", "tuntap", "add", "", "mode", "tun"]);
    ip_tuntap_add_dev_empty: argv(["ip", "tuntap", "add", "mode", "tun", "dev", ""]);
    ip_tuntap_add_exists: ip("tuntap add mode tun t0").setup(DEVS).check(CHECK).norm(common::MAC);
    ip_tuntap_add_exists_other_mode: ip("tuntap add mode tap t0").setup(DEVS).check(CHECK).norm(common::MAC);
    ip_tuntap_add_lo_busy: ip("tuntap add mode tun dev lo").setup(SYSFS).check(CHECK);
    ip_tuntap_add_veth_busy: ip("tuntap add mode tap v0")
        .setup(concat!(sysfs!(), "ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02\n"))
        .check(CHECK);
    ip_tuntap_add_help: ip("tuntap add help");
    ip_tuntap_add_h_after_words: ip("tuntap add mode tun dev x21 h");
    ip_tuntap_add_help_then_bad_mode: ip("tuntap add help mode bogus");
    ip_tuntap_add_bad_mode_then_help: ip("tuntap add mode bogus help");
    // in a user namespace of its own, an unmapped owner or group is refused (EINVAL)
    ip_tuntap_add_owner_refused: argv(["sh", "-c", "ip tuntap add mode tun user 12345 x0 && unshare -Urn ip tuntap add mode tun user 12345"])
        .setup(SYSFS).check(CHECK);
    ip_tuntap_add_group_refused: argv(["sh", "-c", "ip tuntap add mode tun group 12345 x0 && unshare -Urn ip tuntap add mode tun group 12345"])
        .setup(SYSFS).check(CHECK);
    ip_tuntap_add_in_user_namespace: argv(["sh", "-c", "ip tuntap add mode tun x0 && unshare -Urnm sh -c 'ip tuntap add mode tun user 0 group 0 t9 && mount -t sysfs sysfs /sys && ip tuntap'"]);
    ip_tuntap_add_no_device_file: ip("tuntap add mode tun").setup("mount -t tmpfs nodev /dev/net");
    ip_tuntap_add_device_file_not_tun: ip("tuntap add mode tun").setup("mount -t tmpfs nodev /dev/net; touch /dev/net/tun");

    // ---- del
    ip_tuntap_del: ip("tuntap del mode tun t0").setup(DEVS).check(CHECK).norm(common::MAC);
    ip_tuntap_delete: ip("tuntap delete mode tap tap0").setup(DEVS).check(CHECK).norm(common::MAC);
    ip_tuntap_delete_tap: ip("tuntap delete mode tap multi_queue tap0").setup(DEVS).check(CHECK);
    ip_tuntap_del_prefix_d: ip("tuntap d mode tun dev t0").setup(DEVS).check(CHECK).norm(common::MAC);
    ip_tuntap_del_prefix_dele: ip("tuntap dele mode tun name t0").setup(DEVS).check(CHECK).norm(common::MAC);
    ip_tuntap_del_tap_as_tun: ip("tuntap del mode tun tap0").setup(DEVS).check(CHECK).norm(common::MAC);
    ip_tuntap_del_multi_queue_without_it: ip("tuntap del mode tap q0")
        .setup(concat!(sysfs!(), "ip tuntap add q0 mode tap multi_queue\n")).check(CHECK).norm(common::MAC);
    ip_tuntap_del_multi_queue: ip("tuntap del mode tap multi_queue q0")
        .setup(concat!(sysfs!(), "ip tuntap add q0 mode tap multi_queue\n")).check(CHECK);
    ip_tuntap_del_flags_ignored: ip("tuntap del mode tun pi vnet_hdr one_queue t0").setup(DEVS).check(CHECK).norm(common::MAC);
    ip_tuntap_del_missing_device: ip("tuntap del mode tun nope").setup(SYSFS).check(CHECK);
    ip_tuntap_del_unnamed: ip("tuntap del mode tun").setup(DEVS).check(CHECK).norm(common::MAC);
    ip_tuntap_del_lo: ip("tuntap del mode tun lo").setup(SYSFS).check(CHECK);
    ip_tuntap_del_veth: ip("tuntap del mode tap v0")
        .setup(concat!(sysfs!(), "ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02\n"))
        .check(CHECK);
    ip_tuntap_del_no_mode: ip("tuntap del t0").setup(DEVS).check(CHECK).norm(common::MAC);
    ip_tuntap_del_bare: ip("tuntap del");
    ip_tuntap_del_user_is_a_name: ip("tuntap del mode tun user").setup(SYSFS).check(CHECK);
    ip_tuntap_del_user_value_is_garbage: ip("tuntap del mode tun user 1 group 1 t00");
    ip_tuntap_del_two_names: ip("tuntap del mode tun x1 x2");
    ip_tuntap_del_two_modes: ip("tuntap del mode tun mode tap x1");
    ip_tuntap_del_mode_unknown: ip("tuntap del mode bogus");
    ip_tuntap_del_dev_too_long: ip("tuntap del mode tun dev 0123456789abcdef");
    ip_tuntap_del_help: ip("tuntap del mode tun help");

    // ---- the rest
    ip_tuntap_help: ip("tuntap help");
    ip_tuntap_h: ip("tuntap h");
    ip_tuntap_tap_help: ip("tap help");
    ip_tuntap_unknown_command: ip("tuntap hx");
    ip_tuntap_empty_command: argv(["ip", "tuntap", ""]);
    ip_tuntap_in_netns: ip("-n g tuntap add mode tap pi g0")
        .setup("ip netns add g")
        .check("ip -n g -d link show g0 | sed 1d | sed 1d; ip -n g tuntap");
    ip_tuntap_batch: ip("-batch -")
        .stdin("tuntap add mode tun b0\ntuntap add mode tap b1\ntuntap\ntuntap del mode tun b0\ntap show\n")
        .setup(SYSFS)
        .check(CHECK)
        .norm(common::MAC);
}
