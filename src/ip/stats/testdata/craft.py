import struct, sys
def nla(t, payload):
    l = 4 + len(payload)
    return struct.pack("=HH", l, t) + payload + b"\0" * ((4 - l % 4) % 4)
def u64s(*v): return struct.pack("=%dQ" % len(v), *v)
base = int(sys.argv[1]) if len(sys.argv) > 1 else 1
big = lambda i: base * (1000003 * i + 7) ** 2
link64 = u64s(*[big(i) if i < 21 else 0 for i in range(24)])
mcast = u64s(*[i * base + 1 for i in range(30)])
stp = u64s(*[i * base + 11 for i in range(6)])
bond = b"".join(nla(i, u64s(i * base + 100)) for i in range(0, 9))
br = nla(1, nla(2, mcast) + nla(4, stp))
bo = nla(2, nla(1, bond))
x = br + bo
offl = nla(1, u64s(*[i * base + 5 if i < 21 else 0 for i in range(24)])) + nla(2, nla(3, nla(1, b"\x01") + nla(2, b"\x01"))) + nla(3, u64s(*[big(i) * 3 for i in range(9)]))
mpls = nla(28, nla(1, u64s(*[i * base + 3 for i in range(9)])))
attrs = nla(1, link64) + nla(2, x) + nla(3, x) + nla(4, offl) + nla(5, mpls)
body = struct.pack("=BBHII", 0, 0, 0, 9999, 31) + attrs
sys.stdout.buffer.write(struct.pack("=IHHII", 16 + len(body), 92, 0, 1, 0) + body)
