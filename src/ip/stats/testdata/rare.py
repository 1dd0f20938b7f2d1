"""The rarely set link counters (rx/tx_compressed, rx_nohandler, rx_otherhost_dropped) in
`ip stats`: crafted RTM_NEWSTATS messages and what the reference prints for them.

    python3 rare.py > rare.tsv      (writes rareN.hex too; needs gcc and sbx)

rare1.hex: IFLA_STATS_LINK_64 with all 25 fields of struct rtnl_link_stats64 1..25, the
offload cpu_hit counters wide ((i+1)*10^(i%13)); rare2.hex: the other way round, with only
some of the four rare counters set. shim.c hands the message to `ip stats show dev v1` in
place of the kernel's answer (ifindex 9999: if9999).
"""
import os, shutil, struct, subprocess, tempfile

def nla(t, payload):
    l = 4 + len(payload)
    return struct.pack("=HH", l, t) + payload + b"\0" * ((4 - l % 4) % 4)

def u64s(*v):
    return struct.pack("=%dQ" % len(v), *v)

def msg(link, cpu):
    attrs = nla(1, u64s(*link)) + nla(4, nla(1, u64s(*cpu)))
    body = struct.pack("=BBHII", 0, 0, 0, 9999, 31) + attrs
    return struct.pack("=IHHII", 16 + len(body), 92, 0, 1, 0) + body

SEQ = list(range(1, 26))
WIDE = [(i + 1) * 10 ** (i % 13) for i in range(25)]
MSGS = {'rare1': msg(SEQ, WIDE), 'rare2': msg(WIDE[:21] + [0, 5, 0, 7], SEQ[:21] + [0, 0, 9, 0])}
ARGS = ['', '-s -s', '-j', '-j -s -s', '-h -s -s', '-h -iec -s -s', '-o -s -s']
GROUPS = ['group link', 'group offload subgroup cpu_hit']
CASES = [(m, a, g) for m in MSGS for a in ARGS for g in GROUPS]

def esc(s):
    return s.replace('\\', '\\\\').replace('\n', '\\n').replace('\t', '\\t').replace('\x1b', '\\e')

here = os.path.dirname(os.path.abspath(__file__))
tmp = tempfile.mkdtemp(dir='/tmp')
subprocess.run(['gcc', '-shared', '-fPIC', '-O2', '-o', f'{tmp}/shim.so', f'{here}/shim.c', '-ldl'], check=True)
for name, m in MSGS.items():
    open(f'{tmp}/{name}.bin', 'wb').write(m)
    open(f'{here}/{name}.hex', 'w').write(m.hex() + '\n')
script = 'ip link add v0 type veth peer name v1\n' + ''.join(
    f'CRAFT={tmp}/{m}.bin LD_PRELOAD={tmp}/shim.so ip {a} stats show dev v1 {g} >{tmp}/o{i} 2>{tmp}/e{i}; '
    f'echo $? >{tmp}/rc{i}\n' for i, (m, a, g) in enumerate(CASES))
subprocess.run(['sbx', script], check=True)
print('# message\targv after ip (before `stats show dev v1`)\tgroup\texit\tstdout\tstderr   (\\n \\t \\e \\\\ escaped)')
for i, (m, a, g) in enumerate(CASES):
    out, err = open(f'{tmp}/o{i}').read(), open(f'{tmp}/e{i}').read()
    rc = open(f'{tmp}/rc{i}').read().strip()
    print(f'{m}\t{a}\t{g}\t{rc}\t{esc(out)}\t{esc(err)}')
shutil.rmtree(tmp)
