"""Crafted multicast route dumps and what the reference prints for them.

    python3 capture.py > cases.tsv      (writes dumps.hex too; needs gcc and sbx)

The kernel here has no multicast routing (MRT_INIT: Protocol not available), so the
dumps are crafted: fake.c, preloaded into the reference `ip`, answers its RTM_GETROUTE
dump with a file's messages (sequence number and port patched in). Each case runs in a
fresh sandbox with `ip link add v0 type veth peer name v1` (lo=1, v1=2, v0=3).
"""
import os, shutil, socket, struct, subprocess, sys, tempfile

def nla(t, v):
    l = 4 + len(v)
    return struct.pack('<HH', l, t) + v + b'\0' * ((4 - l % 4) % 4)
def msg(t, payload, flags=2):
    return struct.pack('<IHHII', 16 + len(payload), t, flags, 0, 0) + payload
u32 = lambda t, v: nla(t, struct.pack('<I', v))
u64 = lambda t, v: nla(t, struct.pack('<Q', v))
ip4 = lambda s: socket.inet_pton(socket.AF_INET, s)
ip6 = lambda s: socket.inet_pton(socket.AF_INET6, s)
def rt(fam, table, flags, attrs, typ=24, rtype=5):
    dl = 128 if fam == 129 else 32
    return msg(typ, struct.pack('<BBBBBBBBI', fam, dl, dl, 0, table, 0, 0, rtype, flags) + b''.join(attrs))
def nh(ifindex, hops, flags=0):
    return struct.pack('<HBBi', 8, flags, hops, ifindex)
mp = lambda *n: nla(9, b''.join(n))
stats = lambda p, b, w: nla(17, struct.pack('<QQQ', p, b, w))
done = lambda: msg(3, struct.pack('<i', 0))

DUMPS = {
    'v4': [
        rt(128, 253, 0, [u32(15, 253), nla(2, ip4('10.0.0.1')), nla(1, ip4('239.1.1.1')), u32(3, 1), mp(nh(1, 1), nh(2, 5)), stats(100, 20000, 3), u64(23, 12345)]),
        rt(128, 253, 0x20, [u32(15, 253), nla(1, ip4('239.2.2.2'))]),
        rt(128, 5, 0, [u32(15, 5), nla(2, ip4('10.1.0.1')), nla(1, ip4('239.3.3.3')), u32(3, 2), u64(23, 7)]),
        rt(128, 252, 0x4000, [u32(15, 1000), nla(2, ip4('10.2.0.1')), nla(1, ip4('224.0.0.251')), u32(3, 7), mp(nh(7, 0), nh(1, 255), nh(3, 2))]),
        rt(128, 254, 0, [nla(2, ip4('10.3.0.1')), nla(1, ip4('239.4.4.4')), u32(3, 1), stats(0, 0, 5)]),
        rt(128, 253, 0, [u32(15, 253), nla(2, ip4('10.4.0.1')), u32(3, 3), nla(9, b''), u64(23, 2**64 - 1)]),
        rt(128, 253, 0, [u32(15, 253), nla(2, ip4('10.5.0.1')), nla(1, ip4('239.5.5.5')), u32(3, 3), mp(struct.pack('<HBBi', 16, 0, 3, 1) + u32(5, 1), nh(2, 2)), stats(2**64 - 1, 2**63, 0), u64(23, 12345678)], typ=25),
        rt(2, 253, 0, [u32(15, 253), nla(2, ip4('10.6.0.1')), nla(1, ip4('239.6.6.6')), u32(3, 1)]),
        rt(129, 253, 0, [u32(15, 253), nla(2, ip6('2001:db8::1')), nla(1, ip6('ff0e::1')), u32(3, 1)]),
    ],
    'v6': [
        rt(129, 253, 0, [u32(15, 253), nla(2, ip6('2001:db8:1234:5678:9abc:def0:1234:5678')), nla(1, ip6('ff0e::1')), u32(3, 1), mp(nh(1, 1), nh(3, 64)), stats(1, 2, 0), u64(23, 0)]),
        rt(129, 5, 0, [u32(15, 5), nla(1, ip6('ff0e::2')), u32(3, 2), u64(23, 7)]),
        rt(129, 254, 0x20, [nla(2, ip6('2001:db8::3')), nla(1, ip6('ff0e::3')), u32(3, 3), stats(0, 0, 5)]),
        rt(128, 253, 0, [u32(15, 253), nla(2, ip4('10.0.0.1')), nla(1, ip4('239.1.1.1')), u32(3, 1)]),
    ],
    # a unicast route ends the dump
    'unicast': [
        rt(128, 253, 0, [u32(15, 253), nla(2, ip4('10.0.0.1')), nla(1, ip4('239.0.0.1')), u32(3, 1)]),
        rt(129, 253, 0, [u32(15, 253), nla(1, ip6('ff0e::1'))], rtype=1),
        rt(128, 253, 0, [u32(15, 253), nla(2, ip4('10.0.0.2')), nla(1, ip4('239.0.0.2')), u32(3, 1)]),
    ],
    # another message type is named and passed over; a short one ends the dump
    'odd': [
        rt(128, 253, 0, [u32(15, 253), nla(2, ip4('10.0.0.1')), nla(1, ip4('239.0.0.1')), u32(3, 1)], typ=26),
        rt(128, 253, 0, [u32(15, 253), nla(2, ip4('10.0.0.1')), nla(1, ip4('239.0.0.1')), u32(3, 1)]),
        msg(24, b'\x80\x00'),
    ],
}

CASES = [
    ('v4', 'mroute'), ('v4', 'mroute show'), ('v4', '-s mroute show'),
    ('v4', '-s mroute show table all'), ('v4', 'mroute show table 5'), ('v4', 'mroute show table main'),
    ('v4', '-s mroute show table 1000'), ('v4', 'mroute show table 0'), ('v4', 'mroute show table all iif v1'),
    ('v4', 'mroute show table all iif lo'), ('v4', 'mroute show iif v0 iif lo'), ('v4', 'mroute show iif v0'),
    ('v4', 'mroute show table all to default from any'), ('v4', 'mroute list all'),
    ('v4', '-4 -s mroute show table all'), ('v4', '-6 -s mroute show table all'),
    ('v4', '-j mroute show table all'), ('v4', '-j -s mroute show table all'),
    ('v4', '-j -p -s mroute show table all'), ('v4', '-o -s mroute show table all'),
    ('v4', '-c -s mroute show table all'), ('v4', '-d mroute show table all'),
    ('v4', '-d mroute show'), ('v4', '-d mroute show table main'), ('v4', '-d -j mroute show table all'),
    ('v6', '-6 -d mroute'), ('v4', '-s mroute show table 5 table all'),
    ('v6', '-6 -s mroute'), ('v6', '-6 mroute show table 5'), ('v6', '-6 -s mroute show table main'),
    ('v6', '-6 -s mroute show table default'), ('v6', '-6 mroute show iif v0'),
    ('v6', '-6 -j -s mroute'), ('v6', '-6 -j -p -s mroute'), ('v6', '-s mroute show table all'),
    ('unicast', 'mroute'), ('unicast', '-j mroute'), ('unicast', '-6 mroute'),
    ('odd', 'mroute'), ('odd', '-j mroute'),
    ('v4', 'mroute show iif nosuch'), ('v4', 'mroute show 239.1.1.1'),
    ('v4', 'mroute show table bogus'), ('v4', 'mroute show iif'),
]

def esc(s):
    return s.replace('\\', '\\\\').replace('\n', '\\n').replace('\t', '\\t').replace('\x1b', '\\e')

here = os.path.dirname(os.path.abspath(__file__))
tmp = tempfile.mkdtemp(dir='/tmp')
subprocess.run(['gcc', '-shared', '-fPIC', '-O2', '-o', f'{tmp}/fake.so', f'{here}/fake.c', '-ldl'], check=True)
with open(f'{here}/dumps.hex', 'w') as h:
    for name, msgs in DUMPS.items():
        open(f'{tmp}/{name}.bin', 'wb').write(b''.join(msgs) + done())
        for m in msgs:
            h.write(f'{name}\t{m.hex()}\n')
print('# dump\targv after ip\texit\tstdout\tstderr   (\\n \\t \\e \\\\ escaped)')
for i, (dump, args) in enumerate(CASES):
    script = (f'ip link add v0 type veth peer name v1; FAKE_DUMP={tmp}/{dump}.bin '
              f'LD_PRELOAD={tmp}/fake.so ip {args} >{tmp}/o 2>{tmp}/e; echo $? >{tmp}/rc')
    subprocess.run(['sbx', script], check=True)
    out, err = open(f'{tmp}/o').read(), open(f'{tmp}/e').read()
    rc = open(f'{tmp}/rc').read().strip()
    print(f'{dump}\t{args}\t{rc}\t{esc(out)}\t{esc(err)}')
shutil.rmtree(tmp)
