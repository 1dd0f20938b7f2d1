#!/usr/bin/env python3
"""ip6tables-nft fixtures: `capture6.py 'SPEC' ...` (or one spec a line on stdin) prints
rules.tsv lines (spec as in capture.py: `-t TABLE CHAIN ...`, else the nat table) captured
from /usr/sbin/ip6tables-nft, each in its own `unshare --net --mount` namespace."""
import json, os, shlex, struct, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def inner(spec):
    env = dict(os.environ, IPT='/usr/sbin/ip6tables-nft')
    p = subprocess.run(['unshare', '--net', '--mount', sys.executable, os.path.join(HERE, 'inner.py'),
                        json.dumps(spec)], capture_output=True, text=True, env=env)
    if p.returncode != 0:
        raise RuntimeError(p.stderr)
    return json.loads(p.stdout)


def line(s):
    args = shlex.split(s)
    table = 'nat'
    if args[:1] == ['-t']:
        table, args = args[1], args[2:]
    r = inner({'setup': [], 'cmd': ['-t', table, '-A'] + args, 'dump': True, 'S': True,
               'table': table, 'family': 10})
    sent = []
    for c in r['cmd']['calls']:
        if c['dir'] != 'send':
            continue
        b = bytes.fromhex(c['hex'])
        off = 0
        while off + 16 <= len(b):
            ln, typ = struct.unpack_from('<IH', b, off)
            if typ == 0x0a06:
                sent.append(b[off + 16:off + ln].hex())
            off += (ln + 3) & ~3
    dumped = [d['payload'] for d in r['dump'] if d.get('type') == 0x0a06]
    if r['cmd']['rc'] != 0:
        sl = 'ERROR(rc=%d): %s' % (r['cmd']['rc'], r['cmd']['stderr'].strip())
    else:
        sl = '\\n'.join(l for l in r['S']['stdout'].splitlines() if l.startswith(('-A', '-N')))
    return '%s\t%s\t%s\t%s' % (s, ','.join(sent) or '-', ','.join(dumped) or '-',
                               sl.replace('\t', ' ').replace('\n', '\\n'))


if __name__ == '__main__':
    specs = sys.argv[1:] or [l.rstrip('\n') for l in sys.stdin if l.strip()]
    for s in specs:
        print(line(s))
