"""Crafted link dumps with the rarely set counters and what the reference prints for them.

    python3 craft.py > cases.tsv      (writes dumps.hex too; needs gcc and sbx)

The kernel here never sets rx/tx_compressed, rx_nohandler or rx_otherhost_dropped of a
veth, so the counters are crafted: ../lo.hex (the loopback's RTM_NEWLINK) renamed c0, c1, …
(ifindex 101, 102, …) with an IFLA_STATS64 and/or IFLA_STATS of chosen values. fake.c,
preloaded into the reference `ip`, answers its RTM_GETLINK dump with a file's messages
(sequence number and port patched in). Each case runs in a fresh sandbox.
"""
import os, shutil, struct, subprocess, tempfile

FIELDS = ('rx_packets tx_packets rx_bytes tx_bytes rx_errors tx_errors rx_dropped tx_dropped '
          'multicast collisions rx_length_errors rx_over_errors rx_crc_errors rx_frame_errors '
          'rx_fifo_errors rx_missed_errors tx_aborted_errors tx_carrier_errors tx_fifo_errors '
          'tx_heartbeat_errors tx_window_errors rx_compressed tx_compressed rx_nohandler '
          'rx_otherhost_dropped').split()

def nla(t, v):
    l = 4 + len(v)
    return struct.pack('<HH', l, t) + v + b'\0' * ((4 - l % 4) % 4)

def values(**kw):
    v = [0] * len(FIELDS)
    for k, x in kw.items():
        v[FIELDS.index(k)] = x
    return v

def s64(v, n=25):
    return nla(23, struct.pack(f'<{n}Q', *v[:n]))

def s32(v, n=24):
    return nla(7, struct.pack(f'<{n}I', *[x & 0xffffffff for x in v[:n]]))

here = os.path.dirname(os.path.abspath(__file__))
LO = bytes.fromhex(''.join(open(f'{here}/../lo.hex').read().split()))

def link(index, name, stats, changes=0):
    """lo's message with another index, name and carrier changes, and the given stats."""
    attrs, o = b'', 32
    while o + 4 <= len(LO):
        l, t = struct.unpack('<HH', LO[o:o + 4])
        a = LO[o:o + ((l + 3) & ~3)]
        if t == 3:
            a = nla(3, name.encode() + b'\0')
        elif t == 35:
            a = nla(35, struct.pack('<I', changes))
        attrs += a
        o += (l + 3) & ~3
    body = LO[16:20] + struct.pack('<i', index) + LO[24:32] + attrs + b''.join(stats)
    return struct.pack('<IHHII', 16 + len(body), 16, 2, 0, 0) + body

BASE = dict(rx_packets=10, tx_packets=20, rx_bytes=1000, tx_bytes=2000, rx_errors=1,
            tx_errors=2, rx_dropped=3, tx_dropped=4, multicast=5, collisions=6,
            rx_length_errors=7, rx_over_errors=8, rx_crc_errors=9, rx_frame_errors=10,
            rx_fifo_errors=11, rx_missed_errors=12, tx_aborted_errors=13,
            tx_carrier_errors=14, tx_fifo_errors=15, tx_heartbeat_errors=16,
            tx_window_errors=17)
ALL4 = dict(rx_compressed=21, tx_compressed=22, rx_nohandler=23, rx_otherhost_dropped=24)
SEQ = list(range(1, 26))
WIDE = [(i + 1) * 10 ** (i % 13) for i in range(25)]

def base(**kw):
    return values(**{**BASE, **kw})

SETS = {
    'base': [s64(base())],
    'zero': [s64(values())],
    'rxc': [s64(base(rx_compressed=5))],
    'txc': [s64(base(tx_compressed=7))],
    'nohandler': [s64(base(rx_nohandler=9))],
    'otherhost': [s64(base(rx_otherhost_dropped=11))],
    'all4': [s64(base(**ALL4))],
    'wide4': [s64(base(rx_compressed=2**64 - 1, tx_compressed=123456789012,
                       rx_nohandler=98765432109876, rx_otherhost_dropped=5555555555555555))],
    'seq': [s64(SEQ)],
    'wide': [s64(WIDE)],
    'only32': [s32(SEQ)],
    'only32_21': [s32(SEQ, 21)],
    'both': [s64(WIDE), s32(SEQ)],
    'short24': [s64(SEQ, 24)],
    'short23': [s64(SEQ, 23)],
    'short21': [s64(SEQ, 21)],
    'short10': [s64(SEQ, 10)],
    'none': [],
}

DUMPS = {name: [link(101 + i, f'c{i}', st)] for i, (name, st) in enumerate(SETS.items())}
DUMPS['two'] = [link(201, 'd0', SETS['all4']), link(202, 'd1', SETS['wide'])]
# the columns each counter widens: one wide counter at a time
for i, f in enumerate(FIELDS):
    DUMPS[f'w_{f}'] = [link(301 + i, f'w{i}', [s64(base(**{f: 10**12 + i}))])]
DUMPS['w_changes'] = [link(399, 'wc', [s64(base())], changes=4000000000)]
DUMPS['w_32'] = [link(398, 'w32', [s32(SEQ[:20] + [4000000000, 4100000000, 4200000000, 4300000000 - 2**32])])]
# -h and -iec: values about the unit steps
HUMAN = [999, 1000, 1023, 1024, 9994, 9995, 9999, 10000, 99949, 99950, 99999, 999499, 999500,
         999999, 1000000, 1048575, 1048576, 123456789, 2**63, 2**64 - 1, 1999, 10240, 102400,
         1024000, 1023999]
DUMPS['human'] = [link(501, 'h0', [s64(HUMAN)])]
DUMPS['human2'] = [link(502, 'h1', [s64([(x * 7 + 3) % 2**64 for x in HUMAN])])]
# a 32-bit IFLA_STATS has no rx_otherhost_dropped: the reference shows the previous link's
DUMPS['stale'] = [link(401, 's0', SETS['only32']), link(402, 's1', SETS['wide']),
                  link(403, 's2', SETS['only32_21']), link(404, 's3', SETS['short21']),
                  link(405, 's4', SETS['only32'])]

ARGS = ['-s link', '-s -s link', '-j -s link', '-j -s -s link', '-j -p -s -s link',
        '-h -s -s link', '-iec -s link', '-o -s -s link', '-s -s -s link', '-h -j -s -s link']
ARGS_W = ['-s link', '-s -s link', '-j -s -s link']
ARGS_H = ['-h -iec -s -s link', '-h -h -s link', '-iec -j -s link', '-h -s -s link', '-s -s link']
CASES = ([(d, a) for d in DUMPS if not d.startswith('w_') and not d.startswith('human') for a in ARGS]
         + [(d, a) for d in DUMPS if d.startswith('w_') for a in ARGS_W]
         + [(d, a) for d in ('wide', 'wide4', 'two', 'stale', 'human', 'human2') for a in ARGS_H])

def esc(s):
    return s.replace('\\', '\\\\').replace('\n', '\\n').replace('\t', '\\t').replace('\x1b', '\\e')

done = struct.pack('<IHHIIi', 20, 3, 2, 0, 0, 0)
tmp = tempfile.mkdtemp(dir='/tmp')
subprocess.run(['gcc', '-shared', '-fPIC', '-O2', '-o', f'{tmp}/fake.so', f'{here}/fake.c', '-ldl'], check=True)
with open(f'{here}/dumps.hex', 'w') as h:
    for name, msgs in DUMPS.items():
        open(f'{tmp}/{name}.bin', 'wb').write(b''.join(msgs) + done)
        for m in msgs:
            h.write(f'{name}\t{m.hex()}\n')
# one sandbox for all cases (no live link is involved)
script = ''.join(f'FAKE_DUMP={tmp}/{d}.bin LD_PRELOAD={tmp}/fake.so ip {a} >{tmp}/o{i} 2>{tmp}/e{i}; '
                 f'echo $? >{tmp}/rc{i}\n' for i, (d, a) in enumerate(CASES))
subprocess.run(['sbx', script], check=True)
print('# dump\targv after ip\texit\tstdout\tstderr   (\\n \\t \\e \\\\ escaped)')
for i, (dump, args) in enumerate(CASES):
    out, err = open(f'{tmp}/o{i}').read(), open(f'{tmp}/e{i}').read()
    rc = open(f'{tmp}/rc{i}').read().strip()
    print(f'{dump}\t{args}\t{rc}\t{esc(out)}\t{esc(err)}')
shutil.rmtree(tmp)
