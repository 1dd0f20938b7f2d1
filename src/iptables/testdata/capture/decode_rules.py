#!/usr/bin/env python3
"""Writes rules_decoded.txt: each spec's sent NEWRULE and dumped rule, decoded."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import nfdecode as d
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
res = json.load(open(os.path.join(OUT, 'rules.json')))
with open(os.path.join(OUT, 'rules_decoded.txt'), 'w') as f:
    for r in res:
        f.write('=' * 78 + '\n')
        f.write('iptables-nft -t nat -A %s\n' % r['spec'])
        for s in r['setup']:
            f.write('  (setup: iptables-nft %s -> rc=%d)\n' % (' '.join(s['args']), s['rc']))
        f.write('  rc=%d %s\n' % (r['cmd']['rc'], r['cmd']['stderr'].strip().replace('\n', ' | ')))
        for c in r['cmd']['calls']:
            if c['dir'] != 'send':
                continue
            for m in d.split_msgs(bytes.fromhex(c['hex'])):
                if m['type'] in (0x0a06, 0x0b00):
                    f.write('\n'.join(d.dec_msg(m)) + '\n')
        for x in r['dump']:
            if 'payload' in x:
                f.write('  -- dumped (GETRULE dump reply type 0x%04x flags 0x%x):\n' % (x['type'], x['flags']))
                f.write('\n'.join(d.dec_payload(x['type'], bytes.fromhex(x['payload']), '      ')) + '\n')
        f.write('  -S: %s\n' % ' || '.join(l for l in r['S']['stdout'].splitlines() if not l.startswith('-P')))
