#!/usr/bin/env python3
"""Writes events.tsv: NAME<TAB>one datagram (hex) of crafted mptcp_pm events (family id 0x1c,
the id this kernel gives mptcp_pm)."""
import struct, socket
FAM = 0x1c
def a(t, v):
    l = 4 + len(v)
    return struct.pack('HH', l, t) + v + b'\0' * ((4 - l % 4) % 4)
u8 = lambda t, x: a(t, struct.pack('B', x))
u16 = lambda t, x: a(t, struct.pack('H', x))
be16 = lambda t, x: a(t, struct.pack('>H', x))
u32 = lambda t, x: a(t, struct.pack('I', x))
s32 = lambda t, x: a(t, struct.pack('i', x))
v4 = lambda t, s: a(t, socket.inet_pton(socket.AF_INET, s))
v6 = lambda t, s: a(t, socket.inet_pton(socket.AF_INET6, s))
def msg(cmd, attrs, typ=FAM, ver=1):
    p = struct.pack('BBH', cmd, ver, 0) + b''.join(attrs)
    return struct.pack('IHHII', 16 + len(p), typ, 0, 0, 0) + p
ALL4 = [u32(1, 0xdeadbeef), u16(2, 2), u8(3, 7), u8(4, 9), v4(5, '10.0.0.1'), v4(7, '10.0.0.2'),
        be16(9, 1234), be16(10, 443), u8(11, 1), u8(12, 104), u16(13, 3), u32(14, 4000000000),
        s32(15, 5), u32(16, 4), u32(17, 7), u8(18, 1)]
ALL6 = [u32(1, 1), u16(2, 10), u8(3, 255), u8(4, 0), v6(6, '2001:db8::1'), v6(8, 'fe80::1:2'),
        be16(9, 65535), be16(10, 0), u8(11, 0), u8(12, 0), u16(13, 0), u32(14, 0),
        s32(15, -1), u32(16, 0), u32(17, 0), u8(18, 0)]
BOTH = [u32(1, 2), v4(5, '1.2.3.4'), v6(6, '::ffff:1.2.3.4'), v4(7, '5.6.7.8'), v6(8, '::2')]
cases = []
for cmd in list(range(0, 20)) + [255]:
    cases.append((f'all4_{cmd}', msg(cmd, ALL4)))
    cases.append((f'all6_{cmd}', msg(cmd, ALL6)))
    cases.append((f'rev4_{cmd}', msg(cmd, ALL4[::-1])))
    cases.append((f'none_{cmd}', msg(cmd, [])))
    cases.append((f'both_{cmd}', msg(cmd, BOTH)))
    cases.append((f'token_{cmd}', msg(cmd, [u32(1, 0xab)])))
for cmd in (1, 2, 3, 6, 7, 10, 11, 13):
    for i, x in enumerate(ALL4):
        cases.append((f'one{i}_{cmd}', msg(cmd, [x])))
    # attributes the kernel may repeat: the last one counts?
    cases.append((f'dup_{cmd}', msg(cmd, [u32(1, 1), u32(1, 2), u8(4, 3), u8(4, 4)])))
    # unknown attributes around
    cases.append((f'unk_{cmd}', msg(cmd, [u32(19, 1), u32(1, 3), a(0, b''), u32(100, 5)])))
    cases.append((f'flags_{cmd}', msg(cmd, [u32(1, 3), u16(13, 0xffff), s32(15, -2147483648), u32(16, 0xffffffff), u32(17, 0xffffffff), u8(12, 255), u8(11, 255), u8(18, 255), u32(14, 0xffffffff)])))
cases.append(('multi', msg(1, [u32(1, 1)]) + msg(3, [u32(1, 2)]) + msg(2, [u32(1, 3)])))
cases.append(('othertype', msg(1, [u32(1, 1)], typ=0x1d)))
cases.append(('noop', struct.pack('IHHII', 16, 1, 0, 0, 0)))
cases.append(('ver0', msg(1, [u32(1, 1)], ver=0)))
# odd datagrams: a payload shorter than struct genlmsghdr, other message types, bad lengths,
# a remnant, truncated and short attributes
tok = u32(1, 5)
ok = msg(1, [tok])
def raw(typ, payload, length=None):
    return struct.pack('IHHII', 16 + len(payload) if length is None else length, typ, 0, 0, 0) + payload
cases += [
    ('fam_short0', raw(FAM, b'')),
    ('fam_short2', raw(FAM, b'\x01\x01')),
    ('noop4', raw(1, b'\x01\x01\0\0' + tok)),
    ('noop_then', raw(1, b'') + ok),
    ('done', raw(3, b'\0\0\0\0')),
    ('err', raw(2, struct.pack('i', -1) + raw(FAM, b''))),
    ('overrun', raw(4, b'')),
    ('other_then', raw(0x1d, b'\x01\x01\0\0') + ok),
    ('badlen', raw(FAM, b'\x01\x01\0\0' + tok, 8)),
    ('toolong', raw(FAM, b'\x01\x01\0\0' + tok, 100)),
    ('ok_toolong', ok + raw(FAM, b'\x01\x01\0\0' + tok, 100)),
    ('tail8', ok + b'\0' * 8),
    ('tail16', ok + raw(0x1d, b'')),
    ('trunc_attr', raw(FAM, b'\x01\x01\0\0' + tok + struct.pack('HH', 40, 4) + b'\x01\0\0\0')),
    ('attr_len3', raw(FAM, b'\x01\x01\0\0' + tok + struct.pack('HH', 3, 4))),
    ('short_token', raw(FAM, b'\x01\x01\0\0' + struct.pack('HH', 6, 1) + b'\x01\x02\0\0')),
    ('token_end', raw(FAM, b'\x01\x01\0\0' + struct.pack('HH', 4, 1))),
    ('v6short', raw(FAM, b'\x01\x01\0\0' + tok + struct.pack('HH', 8, 6) + b'\x20\x01\x0d\xb8')),
    ('ctrl', raw(0x10, b'\x01\x01\0\0' + tok)),
    ('nested_flag', msg(1, [tok, a(0x8004, b'\x07')])),
]
with open('events.tsv', 'w') as f:
    for n, b in cases:
        f.write(f'{n}\t{b.hex()}\n')
