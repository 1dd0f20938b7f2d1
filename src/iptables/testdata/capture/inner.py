#!/usr/bin/env python3
"""Runs INSIDE a fresh `unshare --net --mount` namespace.
argv[1] = JSON {"setup": [[args...]...], "cmd": [args...] | null, "dump": bool, "S": bool}
Prints JSON result on stdout."""
import json, os, re, socket, struct, subprocess, sys, tempfile

# IPT=/usr/sbin/ip6tables-nft FAMILY=10 in the environment capture ip6tables' rules
IPT = os.environ.get('IPT', '/usr/sbin/iptables-nft')
FAMILY = int(os.environ.get('FAMILY', '2'))


def run(args):
    p = subprocess.run([IPT] + args, capture_output=True, text=True)
    return {'args': args, 'rc': p.returncode, 'stdout': p.stdout, 'stderr': p.stderr}


HEX_RE = re.compile(r'^ \| ([0-9a-f]{5,})  ')
CALL_RE = re.compile(r'^(?:\[pid\s+\d+\] |\d+ +)?(sendmsg|sendto|recvmsg|recvfrom|write|read)\((\d+),')


def parse_strace(path):
    """-> list of {'call','fd','dir','hex'}; buffers concatenated in order."""
    calls = []
    cur = None
    for line in open(path, errors='replace'):
        line = line.rstrip('\n')
        m = CALL_RE.match(line)
        if m:
            cur = {'call': m.group(1), 'fd': int(m.group(2)),
                   'dir': 'send' if m.group(1).startswith(('send', 'write')) else 'recv',
                   'bytes': bytearray(), 'line': line[:200]}
            calls.append(cur)
            continue
        if line.startswith(' * ') or cur is None:
            continue
        if HEX_RE.match(line):
            # hex area is fixed width: 16 bytes -> "xx xx xx xx xx xx xx xx  xx ..."
            off_end = line.index('  ', 3) + 2
            hexarea = line[off_end:off_end + 48]
            cur['bytes'] += bytes.fromhex(''.join(hexarea.split()))
    out = []
    for c in calls:
        out.append({'call': c['call'], 'fd': c['fd'], 'dir': c['dir'], 'hex': bytes(c['bytes']).hex(),
                    'line': c['line']})
    return out


def nl_dump_rules(family=2):
    s = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, 12)
    s.bind((0, 0))
    seq = 4242
    msg = struct.pack('<IHHII', 20, 0x0a07, 0x1 | 0x300, seq, 0) + struct.pack('>BBH', family, 0, 0)
    s.send(msg)
    res = []
    done = False
    while not done:
        data = s.recv(1 << 20)
        off = 0
        while off + 16 <= len(data):
            ln, typ, fl, sq, pid = struct.unpack_from('<IHHII', data, off)
            if typ == 3:
                done = True
                break
            if typ == 2:
                err = struct.unpack_from('<i', data, off + 16)[0]
                res.append({'type': typ, 'error': err})
                done = True
                break
            res.append({'type': typ, 'flags': fl, 'payload': data[off + 16:off + ln].hex()})
            off += (ln + 3) & ~3
    s.close()
    return res


def main():
    spec = json.loads(sys.argv[1])
    out = {'setup': [run(a) for a in spec.get('setup', [])]}
    cmd = spec.get('cmd')
    if cmd:
        fd, tr = tempfile.mkstemp(prefix='ipt-strace-')
        os.close(fd)
        p = subprocess.run(['strace', '-o', tr, '-e', 'trace=sendmsg,sendto,recvmsg,recvfrom',
                            '-e', 'write=all', '-e', 'read=all', '-e', 'signal=none',
                            IPT] + cmd, capture_output=True, text=True)
        out['cmd'] = {'args': cmd, 'rc': p.returncode, 'stdout': p.stdout, 'stderr': p.stderr,
                      'calls': parse_strace(tr)}
        os.unlink(tr)
    for a in spec.get('post', []):
        out.setdefault('post', []).append(run(a))
    if spec.get('dump', True):
        out['dump'] = nl_dump_rules(spec.get('family', FAMILY))
    if spec.get('S', True):
        out['S'] = run(['-t', spec.get('table', 'nat'), '-S'])
    print(json.dumps(out))


main()
