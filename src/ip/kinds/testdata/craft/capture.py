#!/usr/bin/env python3
"""Capture the requests `ip OBJECT ARGS` sends (iproute2 reference) for each argv line of a
list, in one sandbox where the lines run in order (state accumulates). Lines starting with
'!' are setup commands (run, not captured). Prints requests.tsv lines.
usage: capture.py OBJECT TYPES(comma list of nlmsg types) < lines"""
import re, subprocess, sys
obj, types, hdr = sys.argv[1], {int(t) for t in sys.argv[2].split(',')}, 16 + int(sys.argv[3])
lines = [l.rstrip('\n') for l in sys.stdin if l.strip() and not l.startswith('#')]
script = ["ip link add v1 type veth peer name v0", "ip link add v3 type veth peer name v2",
          "for d in v0 v1 v2 v3; do ip link set $d up; done",
          "ip addr add 10.0.0.1/24 dev v0", "ip -6 addr add 2001:db8::1/64 dev v0 nodad",
          "ip addr add 10.1.0.1/24 dev v2", "ip link add br0 type bridge", "ip link set v3 master br0"]
for i, l in enumerate(lines):
    if l.startswith('!'):
        script.append(l[1:] + " >/dev/null 2>&1")
    else:
        g, r = (l.split(' ', 1) if l.startswith('-') else ('', l))
        script.append(f"strace -f -o /tmp/cap.{i}.st -e trace=sendmsg,sendto -e write=all -xx ip {g} {obj} {r} >/dev/null 2>/tmp/cap.{i}.err; echo $? >/tmp/cap.{i}.rc")
script.append("mkdir -p /tmp/jcap/out; cp /tmp/cap.* /tmp/jcap/out/")
subprocess.run(["rm", "-rf", "/tmp/jcap/out"])
subprocess.run(["/usr/local/bin/sbx", "\n".join(script)], check=True)
for i, l in enumerate(lines):
    if l.startswith('!'):
        continue
    st = open(f"/tmp/jcap/out/cap.{i}.st").read()
    msgs, cur = [], None
    for s in st.splitlines():
        if s.startswith(' | ') and cur is not None:
            cur.append(''.join(s[10:10 + 49].split()))
        elif "sendmsg(" in s or "sendto(" in s:
            cur = []
            msgs.append(cur)
    wire = '-'
    for m in msgs:
        h = ''.join(m)
        if len(h) >= 16 and int(h[10:12] + h[8:10], 16) in types:
            # zero the sequence number
            n = int(h[6:8] + h[4:6] + h[2:4] + h[0:2], 16)
            wire = h[:16] + "00000000" + h[24:n * 2]
            pass
    if wire != '-':
        b = bytearray.fromhex(wire)
        def walk(off, end):
            while off + 4 <= end:
                l = int.from_bytes(b[off:off+2], 'little'); t = int.from_bytes(b[off+2:off+4], 'little')
                if l < 4: break
                if t & 0x8000: walk(off + 4, off + l)
                al = (l + 3) & ~3
                for i in range(off + l, min(off + al, end)): b[i] = 0
                off += al
        walk(hdr, len(b))
        wire = b.hex()
    rc = open(f"/tmp/jcap/out/cap.{i}.rc").read().strip()
    err = open(f"/tmp/jcap/out/cap.{i}.err").read().replace('\\', '\\\\').replace('\t', '\\t').replace('\n', '\\n')
    if len(wire) <= 64: wire = '-'
    print(f"{l}\t{wire}\t{rc}\t{err}")
