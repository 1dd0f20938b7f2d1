import struct, sys
def nla(t, v):
    l = 4 + len(v)
    return struct.pack('<HH', l, t) + v + b'\0' * ((4 - l % 4) % 4)
def msg(t, payload, flags=0):
    return struct.pack('<IHHII', 16 + len(payload), t, flags, 0, 0) + payload
def nh(family, scope, proto, flags, attrs):
    return msg(104, struct.pack('<BBBBI', family, scope, proto, 0, flags) + b''.join(attrs))
u32 = lambda t, v: nla(t, struct.pack('<I', v))
u16 = lambda t, v: nla(t, struct.pack('<H', v))
def labels(*ls):
    out = b''
    for i, l in enumerate(ls):
        e = l << 12 | (0x100 if i == len(ls) - 1 else 0)
        out += struct.pack('>I', e)
    return out
msgs = [
  nh(2, 253, 0, 0, [u32(1, 1), nla(8 | 0x8000, nla(1, labels(100, 200)) + nla(2, b'\x05')), u16(7, 1), nla(6, bytes([10,0,0,2])), u32(5, 1)]),
  nh(2, 253, 0, 0, [u32(1, 2), nla(8 | 0x8000, nla(1, labels(16))), u16(7, 1), nla(6, bytes([10,0,0,2])), u32(5, 1)]),
  nh(2, 253, 4, 0x7f, [u32(1, 3), nla(6, bytes([10,0,0,3])), u32(5, 1)]),
  nh(0, 0, 0, 0, [u32(1, 4), nla(2, struct.pack('<IBBHIBBH', 1, 0, 0, 0, 2, 9, 0, 0)), u16(3, 1), nla(12 | 0x8000, u16(1, 4) + u32(2, 150) + u32(3, 0) + nla(4, struct.pack('<Q', 12345)))]),
  nh(10, 0, 0, 0, [u32(1, 5), nla(4, b'')]),
  nh(10, 253, 0, 0, [u32(1, 6), nla(6, bytes(16)), nla(11, b'')]),
  nh(2, 254, 0, 0, [u32(1, 7), nla(8 | 0x8000, nla(2, bytes([1,2,3,4])) ), u16(7, 2), u32(5, 1)]),
  msg(105, struct.pack('<BBBBI', 2, 253, 0, 0, 0) + u32(1, 8) + nla(6, bytes([10,0,0,8])) + u32(5, 1)),
]
hdr = struct.pack('<IHHII', 24, 15, 0, 0, 0) + struct.pack('<II', 0x6b1401ed, 0)
open(sys.argv[1], 'wb').write(hdr + b''.join(msgs))
for m in msgs: print(m.hex())
