//! `-m conntrack` and `-m state` against iptables-nft 1.8.9 (research: /work/research/conntrack.md).
//! Every option written by the argv and checked as the reference prints it and as the kernel
//! stores it (the match blob in hex, dumped by a small netlink script); rules written by the
//! reference and listed by the argv (-S, -L, -L -n -v, iptables-save); blobs of other revisions
//! (conntrack 1 and 2, `state` 0) and odd revision-3 blobs crafted over netlink and listed;
//! -C/-D by spec; every error and the help sections.

use crate::common::{self, argv, ipt, Case};

/// For arguments with empty words or spaces.
fn ipt_words(words: &[&str]) -> Case {
    let mut all = vec!["iptables"];
    all.extend_from_slice(words);
    argv(all.as_slice())
}

/// `/tmp/ct.py`: `ct REV key=value...` appends `[match conntrack REV blob][counter][accept]` to
/// filter INPUT (keys: os od rs rd = ADDR[/MASKHEX], exp=MIN[:MAX], proto, osp odp rsp rdp =
/// LO[:HI], flags, inv, state, status); `raw NAME REV HEX` appends any match blob; `dump` prints
/// every rule's expressions with each match's name/revision and blob in hex.
const CT_PY: &str = r#"cat >/tmp/ct.py <<'PY'
import socket, struct, sys
def nla(t, p):
    n = 4 + len(p)
    return struct.pack('<HH', n, t) + p + bytes(-n % 4)
def attrs(b):
    o = 0
    while o + 4 <= len(b):
        n, t = struct.unpack_from('<HH', b, o)
        if n < 4:
            break
        yield t & 0x3fff, b[o + 4:o + n]
        o += (n + 3) & ~3
def talk(msgs):
    s = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, 12)
    s.bind((0, 0))
    s.send(msgs)
    return s
def msg(t, fl, seq, p, res=0):
    p = bytes([2, 0]) + struct.pack('>H', res) + p
    return struct.pack('<IHHII', 16 + len(p), t, fl, seq, 0) + p
def blob(rev, kv):
    b = bytearray({1: 152, 2: 160, 3: 168}[rev])
    for k, o in (('os', 0), ('od', 32), ('rs', 64), ('rd', 96)):
        if k in kv:
            a, _, m = kv[k].partition('/')
            b[o:o + 4] = socket.inet_aton(a)
            m = bytes.fromhex(m) if m else bytes([255]) * 16
            b[o + 16:o + 16 + len(m)] = m
    if 'exp' in kv:
        lo, _, hi = kv['exp'].partition(':')
        struct.pack_into('<II', b, 128, int(lo), int(hi or lo))
    struct.pack_into('<H', b, 136, int(kv.get('proto', '0')))
    for i, k in enumerate(('osp', 'odp', 'rsp', 'rdp')):
        if k in kv:
            lo, _, hi = kv[k].partition(':')
            if rev == 3:
                struct.pack_into('<H', b, 138 + 2 * i, int(lo))
                struct.pack_into('<H', b, 154 + 2 * i, int(hi or lo))
            else:
                struct.pack_into('>H', b, 138 + 2 * i, int(lo))
    struct.pack_into('<HH', b, 146, int(kv.get('flags', '0'), 0), int(kv.get('inv', '0'), 0))
    st, ss = int(kv.get('state', '0'), 0), int(kv.get('status', '0'), 0)
    if rev == 1:
        b[150], b[151] = st, ss
    else:
        struct.pack_into('<HH', b, 150, st, ss)
    return bytes(b)
def add(name, rev, info):
    def ex(n, *d):
        return nla(0x8001, nla(1, n.encode() + b'\0') + nla(0x8002, b''.join(d)))
    es = nla(0x8004, ex('match', nla(1, name.encode() + b'\0'), nla(2, struct.pack('>I', rev)), nla(3, info))
             + ex('counter', nla(1, bytes(8)), nla(2, bytes(8)))
             + ex('immediate', nla(1, bytes(4)), nla(0x8002, nla(0x8002, nla(1, struct.pack('>I', 1))))))
    body = nla(1, b'filter\0') + nla(2, b'INPUT\0') + es
    s = talk(msg(0x10, 1, 1, b'', 10) + msg(0x0a06, 0xc05, 2, body) + msg(0x11, 1, 3, b'', 10))
    d = s.recv(65536)
    err = struct.unpack_from('<i', d, 16)[0]
    if err:
        sys.exit('kernel refused the rule: %d' % err)
def dump():
    s = talk(msg(0x0a07, 0x301, 1, b''))
    while True:
        d = s.recv(1 << 20)
        o = 0
        while o + 16 <= len(d):
            n, t = struct.unpack_from('<IH', d, o)
            if t in (2, 3):
                return
            a = dict(attrs(d[o + 20:o + n]))
            out = [a[2].rstrip(b'\0').decode()]
            for _, e in attrs(a.get(4, b'')):
                e = dict(attrs(e))
                name = e[1].rstrip(b'\0').decode()
                if name in ('match', 'target'):
                    x = dict(attrs(e[2]))
                    out.append('%s %s/%d %s' % (name, x[1].rstrip(b'\0').decode(), struct.unpack('>I', x[2])[0], x[3].hex()))
                else:
                    out.append(name)
            print(' | '.join(out))
            o += (n + 3) & ~3
if sys.argv[1] == 'dump':
    dump()
elif sys.argv[1] == 'raw':
    add(sys.argv[2], int(sys.argv[3]), bytes.fromhex(sys.argv[4]))
else:
    rev = int(sys.argv[2])
    add('conntrack', rev, blob(rev, dict(a.split('=', 1) for a in sys.argv[3:])))
PY"#;

/// The state after a write: the reference's -S and the kernel's blob bytes.
fn blob() -> String {
    format!("{CT_PY}\niptables-nft -S INPUT\npython3 /tmp/ct.py dump")
}

/// A setup that crafts rules over netlink (after the table and chain exist).
fn crafted(lines: &str) -> String {
    format!("{CT_PY}\niptables -P INPUT ACCEPT\n{lines}")
}

const S: &str = "iptables-nft -S INPUT";

/// Every option, plain and inverted, as the reference writes them.
const ALL: &str = "\
iptables -A INPUT -m conntrack --ctstate NEW -j ACCEPT
iptables -A INPUT -m conntrack ! --ctstate INVALID,NEW,RELATED,ESTABLISHED,UNTRACKED,SNAT,DNAT -j DROP
iptables -A INPUT -m conntrack --ctproto tcp --ctorigsrc 1.2.3.4 ! --ctorigdst 10.0.0.0/8 --ctreplsrc 10.0.0.1/255.255.255.254 ! --ctrepldst 0.0.0.0/0 -j ACCEPT
iptables -A INPUT -m conntrack ! --ctproto 47 --ctorigsrcport 80 ! --ctorigdstport 80:90 --ctreplsrcport 90:80 --ctrepldstport ssh -j ACCEPT
iptables -A INPUT -m conntrack --ctstatus NONE -j ACCEPT
iptables -A INPUT -m conntrack ! --ctstatus EXPECTED,SEEN_REPLY,ASSURED,CONFIRMED --ctexpire 10 -j ACCEPT
iptables -A INPUT -m conntrack ! --ctexpire 10:20 --ctdir REPLY -j ACCEPT
iptables -A INPUT -m conntrack --ctexpire 5: --ctdir ORIGINAL -j ACCEPT
iptables -A INPUT -m conntrack --ctdir REPLY --ctexpire 5 --ctstatus ASSURED --ctrepldstport 4 --ctreplsrcport 3 --ctorigdstport 2 --ctorigsrcport 1 --ctrepldst 4.4.4.4 --ctreplsrc 3.3.3.3 --ctorigdst 2.2.2.2 --ctorigsrc 1.1.1.1 --ctproto udp --ctstate NEW -j ACCEPT
iptables -A INPUT -p tcp -m conntrack --ctstate NEW -m state --state ESTABLISHED -m conntrack --ctproto 17 -j DROP
iptables -A INPUT -m state --state untracked,invalid,established,related,new -j ACCEPT
iptables -A INPUT -m state ! --state NEW -j ACCEPT";

/// Addresses that have names in /etc/hosts or /etc/networks (with .private_etc()).
const NAMES: &str = "\
echo '10.9.8.7 hostx' >>/etc/hosts
iptables -A INPUT -m conntrack --ctorigsrc 127.0.0.1 -j ACCEPT
iptables -A INPUT -m conntrack --ctorigsrc 127.0.0.1/8 -j ACCEPT
iptables -A INPUT -m conntrack --ctorigdst 127.0.0.0/8 -j ACCEPT
iptables -A INPUT -m conntrack --ctreplsrc 169.254.0.0 -j ACCEPT
iptables -A INPUT -m conntrack --ctrepldst 0.0.0.0/24 -j ACCEPT
iptables -A INPUT -m conntrack --ctorigsrc 0.0.0.0 -j ACCEPT
iptables -A INPUT -m conntrack --ctorigsrc 1.2.3.4/0 -j ACCEPT
iptables -A INPUT -m conntrack ! --ctorigsrc 10.9.8.7/31 -j ACCEPT
iptables -A INPUT -m conntrack --ctorigsrc 10.9.8.0/24 -j ACCEPT";

/// Revision-3 blobs iptables-nft does not write: a high port of 0, a reversed expiry, masks that
/// are not prefixes or longer than 4 bytes, an empty state list, status bits without names, the
/// state alias with other options or alone, no flags, an unknown flag, ctdir with every invert
/// bit, unknown state bits, a protocol above 255.
const ODD: &str = "\
python3 /tmp/ct.py ct 3 flags=0x100 osp=5:0
python3 /tmp/ct.py ct 3 flags=0x200 odp=0:5
python3 /tmp/ct.py ct 3 flags=0x80 exp=5:0
python3 /tmp/ct.py ct 3 flags=0x80 exp=0:0
python3 /tmp/ct.py ct 3 flags=0x4 os=1.2.3.4/ff00ff00
python3 /tmp/ct.py ct 3 flags=0x8 od=1.2.3.4/ffffff00ff
python3 /tmp/ct.py ct 3 flags=0x10 rs=0.0.0.0/ffffff
python3 /tmp/ct.py ct 3 flags=0x20 inv=0x20 rd=0.0.0.0/ffffffff
python3 /tmp/ct.py ct 3 flags=0x1 state=0
python3 /tmp/ct.py ct 3 flags=0x1 inv=0x1 state=0x200
python3 /tmp/ct.py ct 3 flags=0x1 state=0xffff
python3 /tmp/ct.py ct 3 flags=0x40 status=0x10
python3 /tmp/ct.py ct 3 flags=0x40 inv=0x40 status=0
python3 /tmp/ct.py ct 3 flags=0x40 status=0xffff
python3 /tmp/ct.py ct 3 flags=0x2 proto=300
python3 /tmp/ct.py ct 3 flags=0x2003 proto=6 state=8
python3 /tmp/ct.py ct 3 flags=0x2001 inv=1 state=0
python3 /tmp/ct.py ct 3 flags=0x2000
python3 /tmp/ct.py ct 3 flags=0
python3 /tmp/ct.py ct 3 flags=0x4000
python3 /tmp/ct.py ct 3 flags=0x1000 inv=0xffff
python3 /tmp/ct.py ct 3 flags=0x1001 state=0x1ff";

/// Revision 2 (`xt_conntrack_mtinfo2`, 160 bytes, ports in network order): iptables-nft reads it
/// with the revision-3 layout (ports come out byte-swapped). Nothing here reads past its end.
const REV2: &str = "\
python3 /tmp/ct.py ct 2 flags=0x1 state=0x0a
python3 /tmp/ct.py ct 2 flags=0x1 inv=1 state=0x1cf
python3 /tmp/ct.py ct 2 flags=0xff inv=0x20 os=1.1.1.1 od=2.2.2.0/ffffff rs=3.3.3.3/ffffffff rd=4.4.4.4/ff00ff00 exp=5:6 proto=6 state=0x8 status=0x4
python3 /tmp/ct.py ct 2 flags=0x700 inv=0x200 osp=80 odp=443 rsp=1
python3 /tmp/ct.py ct 2 flags=0x2001 state=0x8
python3 /tmp/ct.py ct 2 flags=0x1040 inv=0x1000 status=0";

/// Revision 1 (`xt_conntrack_mtinfo1`, 152 bytes, u8 state and status masks): only the state,
/// read as a u16 together with the status byte after it.
const REV1: &str = "\
python3 /tmp/ct.py ct 1 flags=0x1 state=0x0a
python3 /tmp/ct.py ct 1 flags=0x1 state=0x08 status=0x04
python3 /tmp/ct.py ct 1 flags=0x1 inv=1 state=0xcf";

/// The old `state` match, revision 0 (`xt_state_info`: a u32 mask, 8 bytes with padding):
/// UNTRACKED prints for bit 8 (conntrack's), not the kernel's bit 6; an empty mask prints
/// `--state ` with its space.
const STATE0: &str = "\
python3 /tmp/ct.py raw state 0 0a00000000000000
python3 /tmp/ct.py raw state 0 4f00000000000000
python3 /tmp/ct.py raw state 0 0001000000000000
python3 /tmp/ct.py raw state 0 0000000000000000
python3 /tmp/ct.py raw state 0 ffffffff00000000";

cases! {
    // ------------------------------------------------------------ writes: --ctstate
    ipt_ct_state_new: ipt("-A INPUT -m conntrack --ctstate NEW -j ACCEPT").check(&blob());
    ipt_ct_state_all_reversed: ipt("-A INPUT -m conntrack --ctstate DNAT,SNAT,UNTRACKED,ESTABLISHED,RELATED,NEW,INVALID -j ACCEPT").check(&blob());
    ipt_ct_state_inverted: ipt("-A INPUT -m conntrack ! --ctstate INVALID -j DROP").check(&blob());
    ipt_ct_state_repeated_word: ipt("-A INPUT -m conntrack --ctstate NEW,NEW,Related -j ACCEPT").check(&blob());
    ipt_ct_state_each: ipt("-A INPUT -m conntrack --ctstate UNTRACKED -m conntrack --ctstate SNAT -m conntrack --ctstate DNAT -m conntrack --ctstate RELATED -j ACCEPT").check(&blob());

    // ------------------------------------------------------------ writes: --ctproto
    ipt_ct_proto_name: ipt("-A INPUT -m conntrack --ctproto tcp -j ACCEPT").check(&blob());
    ipt_ct_proto_number_inverted: ipt("-A INPUT -m conntrack ! --ctproto 47 -j ACCEPT").check(&blob());
    ipt_ct_proto_all: ipt("-A INPUT -m conntrack --ctproto all -j ACCEPT").check(&blob());
    ipt_ct_proto_alias: ipt("-A INPUT -m conntrack --ctproto TCP -m conntrack --ctproto IP -j ACCEPT").check(&blob());
    ipt_ct_proto_bases: ipt("-A INPUT -m conntrack --ctproto 0x11 -m conntrack --ctproto 010 -m conntrack --ctproto +6 -j ACCEPT").check(&blob());
    ipt_ct_proto_long_name: ipt("-A INPUT -m conntrack --ctproto ipv6-icmp -m conntrack --ctproto udplite -j ACCEPT").check(&blob());

    // ------------------------------------------------------------ writes: addresses and masks
    ipt_ct_addr_prefix32: ipt("-A INPUT -m conntrack --ctorigsrc 1.2.3.4/32 -j ACCEPT").check(&blob());
    ipt_ct_addr_host_bits_kept: ipt("-A INPUT -m conntrack ! --ctorigsrc 1.2.3.5/24 -j ACCEPT").check(&blob());
    ipt_ct_addr_dotted_mask: ipt("-A INPUT -m conntrack --ctorigdst 10.0.0.0/255.255.0.0 -j ACCEPT").check(&blob());
    ipt_ct_addr_noncontiguous_mask: ipt("-A INPUT -m conntrack --ctreplsrc 10.0.0.1/255.0.255.0 -j ACCEPT").check(&blob());
    ipt_ct_addr_zero: ipt("-A INPUT -m conntrack --ctrepldst 0.0.0.0/0 -m conntrack --ctorigsrc 0/0 -m conntrack --ctorigdst 0.0.0.0 -j ACCEPT").check(&blob());
    ipt_ct_mask_too_long: ipt("-A INPUT -m conntrack --ctorigsrc 1.2.3.4/33 -m conntrack --ctorigdst 1.2.3.4/128 -m conntrack --ctreplsrc 1.2.3.4/1000 -j ACCEPT").check(&blob());
    ipt_ct_mask_number_bases: ipt("-A INPUT -m conntrack --ctorigsrc 1.2.3.4/0x8 -m conntrack --ctorigdst 1.2.3.4/010 -m conntrack --ctreplsrc 1.2.3.4/+8 -m conntrack --ctrepldst 1.2.3.4/00 -j ACCEPT").check(&blob());
    ipt_ct_mask_as_address: ipt("-A INPUT -m conntrack --ctorigsrc 1.2.3.4/4294967040 -m conntrack --ctorigdst 1.2.3.4/1.2.3 -m conntrack --ctreplsrc 1.2.3.4/0377.0377.0377.0 -m conntrack --ctrepldst 1.2.3.4/2147483648 -j ACCEPT").check(&blob());
    ipt_ct_mask_leading_space: ipt_words(&["-A", "INPUT", "-m", "conntrack", "--ctorigsrc", "1.2.3.4/ 8", "-m", "conntrack", "--ctorigdst", "1.2.3.4/0.0.0.0", "-j", "ACCEPT"]).check(&blob());
    ipt_ct_addr_partial: ipt("-A INPUT -m conntrack --ctorigsrc 1.2.3 -m conntrack --ctorigdst 1 -m conntrack --ctreplsrc 0x01020304 -j ACCEPT").check(&blob());
    ipt_ct_addr_hostname: ipt("-A INPUT -m conntrack --ctorigsrc hostx/24 -m conntrack --ctorigdst localhost -j ACCEPT").private_etc()
        .setup("echo '10.9.8.7 hostx' >>/etc/hosts").check(&blob());
    ipt_ct_addr_repeated_host: ipt("-A INPUT -m conntrack --ctorigsrc beta -j ACCEPT").private_etc()
        .setup("printf '10.0.0.2 beta\\n10.0.0.2 beta\\n' >>/etc/hosts").check(&blob());

    // ------------------------------------------------------------ writes: ports
    ipt_ct_port_range_inverted: ipt("-A INPUT -m conntrack ! --ctorigdstport 80:90 -j ACCEPT").check(&blob());
    ipt_ct_port_range_reversed: ipt("-A INPUT -m conntrack --ctreplsrcport 90:80 -j ACCEPT").check(&blob());
    ipt_ct_port_service: ipt("-A INPUT -m conntrack --ctrepldstport ssh -m conntrack --ctorigsrcport http:https -m conntrack --ctorigdstport bootps -j ACCEPT").check(&blob());
    ipt_ct_port_open_ranges: ipt("-A INPUT -m conntrack --ctorigsrcport :90 --ctorigdstport 80: --ctreplsrcport : --ctrepldstport ssh: -j ACCEPT").check(&blob());
    ipt_ct_port_empty: ipt_words(&["-A", "INPUT", "-m", "conntrack", "--ctorigsrcport", "", "--ctorigdstport", " 80", "-j", "ACCEPT"]).check(&blob());
    ipt_ct_port_truncated: ipt("-A INPUT -m conntrack --ctorigsrcport 65536 --ctorigdstport 99999999999 --ctreplsrcport 1:65536 --ctrepldstport 70000:3 -j ACCEPT").check(&blob());
    ipt_ct_port_decimal_only: ipt("-A INPUT -m conntrack --ctorigsrcport 010 --ctorigdstport +80 --ctreplsrcport -0 --ctrepldstport 2147483647 -j ACCEPT").check(&blob());

    // ------------------------------------------------------------ writes: --ctstatus, --ctexpire, --ctdir
    ipt_ct_status_none: ipt("-A INPUT -m conntrack --ctstatus NONE -j ACCEPT").check(&blob());
    ipt_ct_status_all: ipt("-A INPUT -m conntrack --ctstatus CONFIRMED,ASSURED,SEEN_REPLY,EXPECTED -j ACCEPT").check(&blob());
    ipt_ct_status_inverted_lower: ipt("-A INPUT -m conntrack ! --ctstatus assured -j ACCEPT").check(&blob());
    ipt_ct_status_none_and_other: ipt("-A INPUT -m conntrack --ctstatus CONFIRMED,NONE -m conntrack --ctstatus none -j ACCEPT").check(&blob());
    ipt_ct_expire_range: ipt("-A INPUT -m conntrack --ctexpire 10:20 -j ACCEPT").check(&blob());
    ipt_ct_expire_reversed_inverted: ipt("-A INPUT -m conntrack ! --ctexpire 20:10 -j ACCEPT").check(&blob());
    ipt_ct_expire_open: ipt("-A INPUT -m conntrack --ctexpire :5 -m conntrack --ctexpire 5: -m conntrack --ctexpire : -j ACCEPT").check(&blob());
    ipt_ct_expire_bases: ipt("-A INPUT -m conntrack --ctexpire 010:0x10 -m conntrack --ctexpire +5 -j ACCEPT").check(&blob());
    ipt_ct_expire_empty: ipt_words(&["-A", "INPUT", "-m", "conntrack", "--ctexpire", "", "-j", "ACCEPT"]).check(&blob());
    ipt_ct_expire_max: ipt("-A INPUT -m conntrack ! --ctexpire 0:4294967295 -m conntrack --ctexpire 4294967295:0 -j ACCEPT").check(&blob());
    ipt_ct_dir_reply_lower: ipt("-A INPUT -m conntrack --ctdir reply -j ACCEPT").check(&blob());

    // ------------------------------------------------------------ writes: combinations, -m state
    ipt_ct_every_option_reversed: ipt("-A INPUT -m conntrack --ctdir REPLY --ctexpire 5 --ctstatus ASSURED --ctrepldstport 4 --ctreplsrcport 3 --ctorigdstport 2 --ctorigsrcport 1 --ctrepldst 4.4.4.4 --ctreplsrc 3.3.3.3 --ctorigdst 2.2.2.2 --ctorigsrc 1.1.1.1 --ctproto tcp --ctstate NEW -j ACCEPT").check(&blob());
    ipt_ct_every_option_inverted: ipt("-A INPUT -m conntrack ! --ctstate NEW ! --ctproto tcp ! --ctorigsrc 1.1.1.1 ! --ctorigdst 2.2.2.2 ! --ctreplsrc 3.3.3.3 ! --ctrepldst 4.4.4.4 ! --ctorigsrcport 1 ! --ctorigdstport 2 ! --ctreplsrcport 3 ! --ctrepldstport 4 ! --ctstatus ASSURED ! --ctexpire 5 --ctdir ORIGINAL -j ACCEPT").check(&blob());
    ipt_ct_with_state_and_proto: ipt("-A INPUT -p tcp -m conntrack --ctstate NEW -m state --state ESTABLISHED -m conntrack --ctproto 17 -j DROP").check(&blob());
    ipt_ct_state_match: ipt("-A INPUT -m state --state NEW -j ACCEPT").check(&blob());
    ipt_ct_state_match_inverted_all: ipt("-A INPUT -m state ! --state untracked,invalid,established,related,new -j ACCEPT").check(&blob());
    ipt_ct_abbreviated_options: ipt("-A INPUT -m conntrack --ctorigsrcp 80 -m state --st NEW -j ACCEPT").check(&blob());

    // ------------------------------------------------------------ listings of the reference's rules
    ipt_ct_list_dump: ipt("-S INPUT").setup(ALL);
    ipt_ct_list: ipt("-L INPUT").setup(ALL);
    ipt_ct_list_numeric: ipt("-L INPUT -n").setup(ALL);
    ipt_ct_list_verbose: ipt("-L INPUT -v").setup(ALL);
    ipt_ct_list_line_numbers_exact: ipt("-L INPUT -n -v -x --line-numbers").setup(ALL);
    ipt_ct_save: argv(["iptables-save"]).norm(common::SAVE_DATES).setup(ALL);
    ipt_ct_list_names: ipt("-L INPUT").private_etc().setup(NAMES);
    ipt_ct_list_names_numeric: ipt("-L INPUT -n").private_etc().setup(NAMES);
    ipt_ct_dump_names: ipt("-S INPUT").private_etc().setup(NAMES);

    // ------------------------------------------------------------ crafted blobs
    ipt_ct_odd_dump: ipt("-S INPUT").setup(&crafted(ODD));
    ipt_ct_odd_list: ipt("-L INPUT").setup(&crafted(ODD));
    ipt_ct_odd_list_numeric: ipt("-L INPUT -n -v").setup(&crafted(ODD));
    ipt_ct_odd_check_unknown_state_bit: ipt("-C INPUT -m conntrack --ctstate NEW -j ACCEPT").setup(&crafted("python3 /tmp/ct.py ct 3 flags=1 state=0x208"));
    ipt_ct_odd_check_unused_field: ipt("-C INPUT -m conntrack --ctstate NEW -j ACCEPT").setup(&crafted("python3 /tmp/ct.py ct 3 flags=1 state=8 os=9.9.9.9"));
    ipt_ct_odd_check_same: ipt("-C INPUT -m conntrack --ctstate NEW -j ACCEPT").setup(&crafted("python3 /tmp/ct.py ct 3 flags=1 state=8"));
    ipt_ct_rev2_dump: ipt("-S INPUT").setup(&crafted(REV2));
    ipt_ct_rev2_list: ipt("-L INPUT -n").setup(&crafted(REV2));
    ipt_ct_rev2_delete_by_spec: ipt("-D INPUT -m conntrack --ctstate NEW,ESTABLISHED -j ACCEPT").setup(&crafted(REV2)).check(S);
    ipt_ct_rev2_delete_by_number: ipt("-D INPUT 1").setup(&crafted(REV2)).check(S);
    ipt_ct_rev1_dump: ipt("-S INPUT").setup(&crafted(REV1));
    ipt_ct_state_rev0_dump: ipt("-S INPUT").setup(&crafted(STATE0));
    ipt_ct_state_rev0_list: ipt("-L INPUT -n").setup(&crafted(STATE0));
    ipt_ct_state_rev0_check_by_spec: ipt("-C INPUT -m state --state NEW,ESTABLISHED -j ACCEPT").setup(&crafted(STATE0));
    ipt_ct_state_rev0_delete_by_number: ipt("-D INPUT 2").setup(&crafted(STATE0)).check(S);

    // ------------------------------------------------------------ -C / -D by spec
    ipt_ct_check_state_order: ipt("-C INPUT -m conntrack --ctstate NEW,ESTABLISHED -j ACCEPT").setup("iptables -A INPUT -m conntrack --ctstate ESTABLISHED,NEW -j ACCEPT");
    ipt_ct_check_state_case: ipt("-C INPUT -m conntrack --ctstate new,established,NEW -j ACCEPT").setup("iptables -A INPUT -m conntrack --ctstate ESTABLISHED,NEW -j ACCEPT");
    ipt_ct_delete_state_order: ipt("-D INPUT -m conntrack --ctstate NEW,ESTABLISHED -j ACCEPT").setup("iptables -A INPUT -m conntrack --ctstate ESTABLISHED,NEW -j ACCEPT").check(S);
    ipt_ct_check_state_subset: ipt("-C INPUT -m conntrack --ctstate NEW -j ACCEPT").setup("iptables -A INPUT -m conntrack --ctstate ESTABLISHED,NEW -j ACCEPT");
    ipt_ct_check_inverted: ipt("-C INPUT -m conntrack ! --ctstate NEW -j ACCEPT").setup("iptables -A INPUT -m conntrack --ctstate NEW -j ACCEPT");
    ipt_ct_check_state_vs_conntrack: ipt("-C INPUT -m state --state NEW -j ACCEPT").setup("iptables -A INPUT -m conntrack --ctstate NEW -j ACCEPT");
    ipt_ct_delete_conntrack_vs_state: ipt("-D INPUT -m conntrack --ctstate NEW -j ACCEPT").setup("iptables -A INPUT -m state --state NEW -j ACCEPT").check(S);
    ipt_ct_delete_state: ipt("-D INPUT -m state --state new -j ACCEPT").setup("iptables -A INPUT -m state --state NEW -j ACCEPT").check(S);
    ipt_ct_check_host_bits: ipt("-C INPUT -m conntrack --ctorigsrc 1.2.3.0/24 -j ACCEPT").setup("iptables -A INPUT -m conntrack --ctorigsrc 1.2.3.4/24 -j ACCEPT");
    ipt_ct_check_dotted_mask: ipt("-C INPUT -m conntrack --ctorigsrc 1.2.3.4/255.255.255.0 -j ACCEPT").setup("iptables -A INPUT -m conntrack --ctorigsrc 1.2.3.4/24 -j ACCEPT");
    ipt_ct_check_prefix32: ipt("-C INPUT -m conntrack --ctorigsrc 5.6.7.8/32 -j ACCEPT").setup("iptables -A INPUT -m conntrack --ctorigsrc 5.6.7.8 -j ACCEPT");
    ipt_ct_check_prefix33: ipt("-C INPUT -m conntrack --ctorigsrc 5.6.7.8/33 -j ACCEPT").setup("iptables -A INPUT -m conntrack --ctorigsrc 5.6.7.8 -j ACCEPT");
    ipt_ct_check_port_forms: ipt("-C INPUT -m conntrack --ctorigdstport http:80 -j ACCEPT").setup("iptables -A INPUT -m conntrack --ctorigdstport 80 -j ACCEPT");
    ipt_ct_delete_status_none_twice: ipt("-D INPUT -m conntrack --ctstatus NONE,NONE -j ACCEPT").setup("iptables -A INPUT -m conntrack --ctstatus NONE -j ACCEPT").check(S);
    ipt_ct_check_status_other: ipt("-C INPUT -m conntrack --ctstatus CONFIRMED -j ACCEPT").setup("iptables -A INPUT -m conntrack --ctstatus NONE -j ACCEPT");
    ipt_ct_check_option_order: ipt("-C INPUT -m conntrack --ctproto 6 --ctstate NEW -j ACCEPT").setup("iptables -A INPUT -m conntrack --ctstate NEW --ctproto tcp -j ACCEPT");
    ipt_ct_check_split_matches: ipt("-C INPUT -m conntrack --ctstate NEW -m conntrack --ctproto 6 -j ACCEPT").setup("iptables -A INPUT -m conntrack --ctstate NEW --ctproto tcp -j ACCEPT");
    ipt_ct_check_dir_other: ipt("-C INPUT -m conntrack --ctdir REPLY -j ACCEPT").setup("iptables -A INPUT -m conntrack --ctdir ORIGINAL -j ACCEPT");

    // ------------------------------------------------------------ errors: conntrack
    ipt_ct_err_no_option: ipt("-A INPUT -m conntrack -j ACCEPT");
    ipt_ct_err_bad_state: ipt("-A INPUT -m conntrack --ctstate FOO -j ACCEPT");
    ipt_ct_err_bad_state_rest: ipt("-A INPUT -m conntrack --ctstate NEW,FOO,RELATED -j ACCEPT");
    ipt_ct_err_state_trailing_comma: ipt("-A INPUT -m conntrack --ctstate NEW, -j ACCEPT");
    ipt_ct_err_state_double_comma: ipt("-A INPUT -m conntrack --ctstate NEW,,NEW -j ACCEPT");
    ipt_ct_err_state_empty: ipt_words(&["-A", "INPUT", "-m", "conntrack", "--ctstate", "", "-j", "ACCEPT"]);
    ipt_ct_err_state_eats_jump: ipt("-A INPUT -m conntrack --ctstate -j ACCEPT");
    ipt_ct_err_state_missing: ipt("-A INPUT -m conntrack --ctstate");
    ipt_ct_err_state_bang_after: ipt("-A INPUT -m conntrack --ctstate ! NEW -j ACCEPT");
    ipt_ct_err_state_twice: ipt("-A INPUT -m conntrack --ctstate NEW ! --ctstate NEW -j ACCEPT");
    ipt_ct_err_proto_unknown: ipt("-A INPUT -m conntrack --ctproto foo -j ACCEPT");
    ipt_ct_err_proto_256: ipt("-A INPUT -m conntrack --ctproto 256 -j ACCEPT");
    ipt_ct_err_proto_all_upper: ipt("-A INPUT -m conntrack --ctproto ALL -j ACCEPT");
    ipt_ct_err_proto_list: ipt("-A INPUT -m conntrack --ctproto tcp,udp -j ACCEPT");
    ipt_ct_err_proto_twice: ipt("-A INPUT -m conntrack --ctproto tcp --ctproto udp -j ACCEPT");
    ipt_ct_err_addr_twice: ipt("-A INPUT -m conntrack --ctorigsrc 1.1.1.1 --ctorigsrc 2.2.2.2 -j ACCEPT");
    ipt_ct_err_mask_negative: ipt("-A INPUT -m conntrack --ctorigsrc 1.2.3.4/-1 -j ACCEPT");
    ipt_ct_err_mask_octal_digit: ipt("-A INPUT -m conntrack --ctorigdst 1.2.3.4/08 -j ACCEPT");
    ipt_ct_err_mask_empty: ipt("-A INPUT -m conntrack --ctreplsrc 1.2.3.4/ -j ACCEPT");
    ipt_ct_err_mask_too_big: ipt("-A INPUT -m conntrack --ctorigsrc 1.2.3.4/4294967296 -j ACCEPT");
    ipt_ct_err_mask_trailing_space: ipt_words(&["-A", "INPUT", "-m", "conntrack", "--ctorigsrc", "1.2.3.4/8 ", "-j", "ACCEPT"]);
    ipt_ct_err_addr_list: ipt("-A INPUT -m conntrack --ctorigsrc 1.2.3.4,5.6.7.8 -j ACCEPT");
    ipt_ct_err_addr_ipv6: ipt("-A INPUT -m conntrack --ctorigsrc ::1 -j ACCEPT");
    ipt_ct_err_addr_many: ipt("-A INPUT -m conntrack --ctorigdst multi -j ACCEPT").private_etc()
        .setup("printf '10.9.8.8 multi\\n10.9.8.9 multi\\n' >>/etc/hosts");
    ipt_ct_err_port_name: ipt("-A INPUT -m conntrack --ctorigsrcport foo -j ACCEPT");
    ipt_ct_err_port_dash_range: ipt("-A INPUT -m conntrack --ctorigdstport 80-90 -j ACCEPT");
    ipt_ct_err_port_hex: ipt("-A INPUT -m conntrack --ctreplsrcport 0x50 -j ACCEPT");
    ipt_ct_err_port_three: ipt("-A INPUT -m conntrack --ctrepldstport 80:90:100 -j ACCEPT");
    ipt_ct_err_port_negative: ipt("-A INPUT -m conntrack --ctorigsrcport 1:-1 -j ACCEPT");
    ipt_ct_err_port_int_negative: ipt("-A INPUT -m conntrack --ctorigsrcport 2147483648 -j ACCEPT");
    ipt_ct_err_port_twice: ipt("-A INPUT -m conntrack --ctorigsrcport 1 --ctorigsrcport 2 -j ACCEPT");
    ipt_ct_err_status_bad: ipt("-A INPUT -m conntrack --ctstatus SEEN-REPLY -j ACCEPT");
    ipt_ct_err_status_rest: ipt("-A INPUT -m conntrack --ctstatus FOO,NONE -j ACCEPT");
    ipt_ct_err_status_trailing_comma: ipt("-A INPUT -m conntrack --ctstatus NONE, -j ACCEPT");
    ipt_ct_err_expire_word: ipt("-A INPUT -m conntrack --ctexpire foo -j ACCEPT");
    ipt_ct_err_expire_negative: ipt("-A INPUT -m conntrack --ctexpire -1 -j ACCEPT");
    ipt_ct_err_expire_too_big: ipt("-A INPUT -m conntrack --ctexpire 5:4294967296 -j ACCEPT");
    ipt_ct_err_expire_three: ipt("-A INPUT -m conntrack --ctexpire 1:2:3 -j ACCEPT");
    ipt_ct_err_expire_dash: ipt("-A INPUT -m conntrack --ctexpire 1-2 -j ACCEPT");
    ipt_ct_err_expire_octal_digit: ipt("-A INPUT -m conntrack --ctexpire 09 -j ACCEPT");
    ipt_ct_err_expire_bad_first: ipt("-A INPUT -m conntrack --ctexpire x:5 -j ACCEPT");
    ipt_ct_err_expire_bad_second: ipt("-A INPUT -m conntrack --ctexpire 5:x -j ACCEPT");
    ipt_ct_err_dir_bad: ipt("-A INPUT -m conntrack --ctdir ORIG -j ACCEPT");
    ipt_ct_err_dir_empty: ipt_words(&["-A", "INPUT", "-m", "conntrack", "--ctdir", "", "-j", "ACCEPT"]);
    ipt_ct_err_dir_inverted: ipt("-A INPUT -m conntrack ! --ctdir ORIGINAL -j ACCEPT");
    ipt_ct_err_dir_twice: ipt("-A INPUT -m conntrack --ctdir ORIGINAL --ctdir REPLY -j ACCEPT");
    ipt_ct_err_unknown_option: ipt("-A INPUT -m conntrack --ctfoo 1 -j ACCEPT");
    ipt_ct_err_ambiguous_option: ipt("-A INPUT -m conntrack --ctst NEW -j ACCEPT");
    ipt_ct_err_state_option: ipt("-A INPUT -m conntrack --state NEW -j ACCEPT");
    ipt_ct_err_double_bang: ipt("-A INPUT -m conntrack ! ! --ctstate NEW -j ACCEPT");
    ipt_ct_err_bang_before_match: ipt("-A INPUT ! -m conntrack --ctstate NEW -j ACCEPT");
    ipt_ct_err_bang_at_end: ipt("-A INPUT -m conntrack --ctstate NEW !");

    // ------------------------------------------------------------ errors: state
    ipt_ct_err_state_match_no_option: ipt("-A INPUT -m state -j ACCEPT");
    ipt_ct_err_state_match_bad: ipt("-A INPUT -m state --state FOO -j ACCEPT");
    ipt_ct_err_state_match_rest: ipt("-A INPUT -m state --state foo,NEW -j ACCEPT");
    ipt_ct_err_state_match_snat: ipt("-A INPUT -m state --state new,untracked,snat -j ACCEPT");
    ipt_ct_err_state_match_trailing_comma: ipt("-A INPUT -m state --state NEW, -j ACCEPT");
    ipt_ct_err_state_match_empty: ipt_words(&["-A", "INPUT", "-m", "state", "--state", "", "-j", "ACCEPT"]);
    ipt_ct_err_state_match_twice: ipt("-A INPUT -m state --state NEW --state NEW -j ACCEPT");
    ipt_ct_err_state_match_ctstate: ipt("-A INPUT -m state --ctstate NEW -j ACCEPT");

    // ------------------------------------------------------------ help
    ipt_ct_help_conntrack: ipt("-m conntrack -h");
    ipt_ct_help_state: ipt("-m state -h");
    ipt_ct_help_both: ipt("-m state -m conntrack -h");
    ipt_ct_help_stops_at_h: ipt("-m conntrack -h -m state");
}
