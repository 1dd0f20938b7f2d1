#!/usr/bin/env python3
"""ip6tables fixtures: `capture6.py SPECFILE` runs each spec line (the words after
`ip6tables -A`, `-t TABLE` first unless nat; `SETUP ;; SPEC` runs SETUP's ip6tables words
first) with ip6tables-nft under strace in its own `unshare --net --mount` namespace, reusing
inner.py's helpers, and prints rules.tsv lines (family byte 0a) on stdout."""
import json, os, shlex, struct, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def helpers():
    src = open(os.path.join(HERE, 'inner.py')).read().replace('\nmain()\n', '\n')
    g = {'__name__': 'inner6'}
    exec(compile(src, 'inner.py', 'exec'), g)
    g['IPT'] = '/usr/sbin/ip6tables-nft'
    return g


def inside(spec):
    g = helpers()
    setup, table, args = spec['setup'], spec['table'], spec['args']
    for a in setup:
        g['run'](a)
    out = {'setup': []}
    fd, tr = g['tempfile'].mkstemp(prefix='ip6t-strace-')
    os.close(fd)
    p = subprocess.run(['strace', '-o', tr, '-e', 'trace=sendmsg,sendto,recvmsg,recvfrom',
                        '-e', 'write=all', '-e', 'read=all', '-e', 'signal=none',
                        g['IPT'], '-t', table, '-A'] + args, capture_output=True, text=True)
    out['cmd'] = {'rc': p.returncode, 'stderr': p.stderr, 'calls': g['parse_strace'](tr)}
    os.unlink(tr)
    out['dump'] = g['nl_dump_rules'](10)
    out['S'] = g['run'](['-t', table, '-S'])
    print(json.dumps(out))


def line(text):
    setup = []
    if ';;' in text:
        pre, text = text.split(';;', 1)
        setup = [shlex.split(c) for c in pre.split(';') if c.strip()]
    args = shlex.split(text)
    table = 'nat'
    if args[:1] == ['-t']:
        table, args = args[1], args[2:]
    p = subprocess.run(['unshare', '--net', '--mount', sys.executable, os.path.abspath(__file__),
                        '--inside', json.dumps({'setup': setup, 'table': table, 'args': args})],
                       capture_output=True, text=True)
    r = json.loads(p.stdout)
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
    return '%s\t%s\t%s\t%s' % (text.strip(), ','.join(sent) or '-', ','.join(dumped) or '-',
                               sl.replace('\t', ' ').replace('\n', '\\n'))


if __name__ == '__main__':
    if sys.argv[1] == '--inside':
        inside(json.loads(sys.argv[2]))
    else:
        for t in open(sys.argv[1]):
            if t.strip() and not t.startswith('#'):
                print(line(t.rstrip('\n')))
