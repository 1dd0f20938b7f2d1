import json, sys, os
sys.path.insert(0, '.')
import nfdecode as d
res = json.load(open('../rules.json'))
def exprs(payload):
    out = []
    body = payload[4:]
    top = {}
    for t, n, v, _ in d.attrs(body):
        top[t] = v
    if 4 not in top: return out, top
    for _, _, ev, _ in d.attrs(top[4]):
        a = dict((t, v) for t, _, v, _ in d.attrs(ev))
        name = d.s_(a[1]); data = dict((t, v) for t, _, v, _ in d.attrs(a.get(2, b'')))
        be = lambda k: d.be32(data[k])
        if name == 'payload':
            s = 'payload(%s,off=%d,len=%d)' % (d.PAYLOAD_BASE[be(2)], be(3), be(4))
        elif name == 'cmp':
            v = dict((t, vv) for t, _, vv, _ in d.attrs(data[3]))[1]
            s = 'cmp(%s,%s)' % (d.CMP_OPS[be(2)], v.hex())
        elif name == 'bitwise':
            m = dict((t, vv) for t, _, vv, _ in d.attrs(data[4]))[1]
            x = dict((t, vv) for t, _, vv, _ in d.attrs(data[5]))[1]
            s = 'bitwise(len=%d,mask=%s,xor=%s)' % (be(3), m.hex(), x.hex())
        elif name == 'meta':
            s = 'meta(%s)' % d.META_KEYS.get(be(2))
        elif name == 'counter':
            s = 'counter(%d,%d)' % (d.be64(data[1]), d.be64(data[2]))
        elif name in ('target', 'match'):
            s = '%s(%s,rev=%d,%dB:%s)' % (name, d.s_(data[1]), be(2), len(data[3]), data[3].hex())
        elif name == 'immediate':
            vd = dict((t, vv) for t, _, vv, _ in d.attrs(data[2]))
            vv = dict((t, x) for t, _, x, _ in d.attrs(vd[2]))
            s = 'immediate(dreg=%d,%s%s)' % (be(1), d.VERDICTS[d.be32(vv[1])], ','+d.s_(vv[2]) if 2 in vv else '')
        elif name == 'range':
            f = dict((t, vv) for t, _, vv, _ in d.attrs(data[3]))[1]
            to = dict((t, vv) for t, _, vv, _ in d.attrs(data[4]))[1]
            s = 'range(%s,%s-%s)' % (d.RANGE_OPS[be(2)], f.hex(), to.hex())
        else:
            s = name + '?'
        out.append(s)
    return out, top
for r in res:
    print('##', r['spec'], '' if r['cmd']['rc']==0 else 'ERROR')
    for c in r['cmd']['calls']:
        if c['dir']!='send': continue
        for m in d.split_msgs(bytes.fromhex(c['hex'])):
            if m['type']==0x0a06:
                e, top = exprs(m['payload'])
                comp = dict((t, d.be32(v)) for t,_,v,_ in d.attrs(top.get(5,b'')))
                print('  sent:', ' '.join(e), '| compat', comp, '| udata', top.get(7,b'').hex(), '| other', sorted(k for k in top if k not in (1,2,4,5,7)))
            if m['type']==0x0b00:
                a = dict((t, v) for t,_,v,_ in d.attrs(m['payload'][4:]))
                print('  compat_get:', d.s_(a[1]), d.be32(a[2]), d.be32(a[3]))
    for x in r['dump']:
        if 'payload' in x:
            e, top = exprs(bytes.fromhex(x['payload']))
            print('  dump:', ' '.join(e), '| keys', sorted(top))
