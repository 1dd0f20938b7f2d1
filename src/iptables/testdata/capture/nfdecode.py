"""Minimal nf_tables netlink decoder (written from the kernel UAPI numbering)."""
import struct

NLM_FLAGS = [(0x1, 'REQUEST'), (0x2, 'MULTI'), (0x4, 'ACK'), (0x8, 'ECHO'),
             (0x10, 'DUMP_INTR'), (0x20, 'DUMP_FILTERED')]
NLM_NEW_FLAGS = [(0x100, 'REPLACE'), (0x200, 'EXCL'), (0x400, 'CREATE'), (0x800, 'APPEND')]
NLM_GET_FLAGS = [(0x100, 'ROOT'), (0x200, 'MATCH'), (0x400, 'ATOMIC')]

NFT_MSG = {0: 'NEWTABLE', 1: 'GETTABLE', 2: 'DELTABLE', 3: 'NEWCHAIN', 4: 'GETCHAIN',
           5: 'DELCHAIN', 6: 'NEWRULE', 7: 'GETRULE', 8: 'DELRULE', 9: 'NEWSET',
           10: 'GETSET', 11: 'DELSET', 12: 'NEWSETELEM', 13: 'GETSETELEM',
           14: 'DELSETELEM', 15: 'NEWGEN', 16: 'GETGEN', 17: 'TRACE', 18: 'NEWOBJ',
           19: 'GETOBJ', 20: 'DELOBJ', 21: 'GETOBJ_RESET', 22: 'NEWFLOWTABLE',
           23: 'GETFLOWTABLE', 24: 'DELFLOWTABLE', 25: 'GETRULE_RESET',
           26: 'DESTROYTABLE', 27: 'DESTROYCHAIN', 28: 'DESTROYRULE'}


def msgtype_name(t):
    if t == 0x10:
        return 'NFNL_MSG_BATCH_BEGIN'
    if t == 0x11:
        return 'NFNL_MSG_BATCH_END'
    if t == 1:
        return 'NLMSG_NOOP'
    if t == 2:
        return 'NLMSG_ERROR'
    if t == 3:
        return 'NLMSG_DONE'
    sub, m = t >> 8, t & 0xff
    if sub == 10:
        return 'NFT_MSG_' + NFT_MSG.get(m, str(m))
    if sub == 11:
        return 'NFNL_SUBSYS_NFT_COMPAT/' + {0: 'COMPAT_GET'}.get(m, str(m))
    return 'subsys%d/%d' % (sub, m)


def flags_name(t, f):
    names = []
    if t == 2:  # NLMSG_ERROR: 0x100 = NLM_F_CAPPED, 0x200 = NLM_F_ACK_TLVS
        for bit, n in ((0x100, 'CAPPED'), (0x200, 'ACK_TLVS')):
            if f & bit:
                names.append(n)
        return '|'.join(names) if names else '0'
    rest = f
    m = t & 0xff
    extra = NLM_GET_FLAGS if (t >> 8 == 10 and NFT_MSG.get(m, '').startswith('GET')) else NLM_NEW_FLAGS
    if t >> 8 == 10 and NFT_MSG.get(m, '').startswith(('DEL', 'DESTROY')):
        extra = [(0x100, 'NONREC'), (0x200, 'BULK')]
    if t >> 8 == 10 and NFT_MSG.get(m, '').startswith('GET') and f & 0x300 == 0x300:
        names.append('DUMP(ROOT|MATCH)')
        rest &= ~0x300
    for bit, n in NLM_FLAGS + extra:
        if rest & bit:
            names.append(n)
            rest &= ~bit
    if rest:
        names.append(hex(rest))
    return '|'.join(names) if names else '0'


def split_msgs(b):
    out = []
    off = 0
    while off + 16 <= len(b):
        ln, typ, fl, seq, pid = struct.unpack_from('<IHHII', b, off)
        if ln < 16:
            break
        out.append({'len': ln, 'type': typ, 'flags': fl, 'seq': seq, 'pid': pid,
                    'raw': b[off:off + ln], 'payload': b[off + 16:off + ln]})
        off += (ln + 3) & ~3
    return out


def attrs(b):
    off = 0
    res = []
    while off + 4 <= len(b):
        ln, typ = struct.unpack_from('<HH', b, off)
        if ln < 4:
            break
        res.append((typ & 0x3fff, bool(typ & 0x8000), b[off + 4:off + ln], typ))
        off += (ln + 3) & ~3
    return res


def be32(v):
    return struct.unpack('>I', v)[0] if len(v) == 4 else None


def be64(v):
    return struct.unpack('>Q', v)[0] if len(v) == 8 else None


def s_(v):
    return v.rstrip(b'\0').decode(errors='replace')


VERDICTS = {0: 'NF_DROP', 1: 'NF_ACCEPT', 0xffffffff: 'NFT_CONTINUE', 0xfffffffe: 'NFT_BREAK',
            0xfffffffd: 'NFT_JUMP', 0xfffffffc: 'NFT_GOTO', 0xfffffffb: 'NFT_RETURN'}
CMP_OPS = {0: 'EQ', 1: 'NEQ', 2: 'LT', 3: 'LTE', 4: 'GT', 5: 'GTE'}
META_KEYS = {0: 'LEN', 1: 'PROTOCOL', 2: 'PRIORITY', 3: 'MARK', 4: 'IIF', 5: 'OIF',
             6: 'IIFNAME', 7: 'OIFNAME', 8: 'IIFTYPE', 9: 'OIFTYPE', 10: 'SKUID', 11: 'SKGID',
             12: 'NFTRACE', 13: 'RTCLASSID', 14: 'SECMARK', 15: 'NFPROTO', 16: 'L4PROTO'}
PAYLOAD_BASE = {0: 'LL', 1: 'NETWORK', 2: 'TRANSPORT', 3: 'INNER'}
RANGE_OPS = {0: 'EQ', 1: 'NEQ'}
BITWISE_OPS = {0: 'BOOL', 1: 'LSHIFT', 2: 'RSHIFT'}


def dec_data(v, ind):
    """NFTA_DATA_* nest"""
    out = []
    for t, nested, val, _ in attrs(v):
        if t == 1:
            out.append('%sDATA_VALUE(1) = %s' % (ind, val.hex()))
        elif t == 2:
            out.append('%sDATA_VERDICT(2):' % ind)
            for t2, _, v2, _ in attrs(val):
                if t2 == 1:
                    c = be32(v2)
                    out.append('%s  VERDICT_CODE(1) = 0x%08x %s' % (ind, c, VERDICTS.get(c, '')))
                elif t2 == 2:
                    out.append('%s  VERDICT_CHAIN(2) = %r' % (ind, s_(v2)))
                else:
                    out.append('%s  attr%d = %s' % (ind, t2, v2.hex()))
        else:
            out.append('%sattr%d = %s' % (ind, t, val.hex()))
    return out


EXPR_ATTRS = {
    'payload': {1: 'DREG', 2: 'BASE', 3: 'OFFSET', 4: 'LEN', 5: 'SREG', 6: 'CSUM_TYPE',
                7: 'CSUM_OFFSET', 8: 'CSUM_FLAGS'},
    'cmp': {1: 'SREG', 2: 'OP', 3: 'DATA'},
    'bitwise': {1: 'SREG', 2: 'DREG', 3: 'LEN', 4: 'MASK', 5: 'XOR', 6: 'OP', 7: 'DATA'},
    'meta': {1: 'DREG', 2: 'KEY', 3: 'SREG'},
    'counter': {1: 'BYTES', 2: 'PACKETS', 3: 'PAD'},
    'target': {1: 'NAME', 2: 'REV', 3: 'INFO'},
    'match': {1: 'NAME', 2: 'REV', 3: 'INFO'},
    'immediate': {1: 'DREG', 2: 'DATA'},
    'range': {1: 'SREG', 2: 'OP', 3: 'FROM_DATA', 4: 'TO_DATA'},
    'lookup': {1: 'SET', 2: 'SREG', 3: 'DREG', 4: 'SET_ID', 5: 'FLAGS'},
    'ct': {1: 'DREG', 2: 'KEY', 3: 'DIRECTION', 4: 'SREG'},
    'nat': {1: 'TYPE', 2: 'FAMILY', 3: 'REG_ADDR_MIN', 4: 'REG_ADDR_MAX', 5: 'REG_PROTO_MIN',
            6: 'REG_PROTO_MAX', 7: 'FLAGS'},
    'masq': {1: 'FLAGS', 2: 'REG_PROTO_MIN', 3: 'REG_PROTO_MAX'},
    'redir': {1: 'REG_PROTO_MIN', 2: 'REG_PROTO_MAX', 3: 'FLAGS'},
    'limit': {1: 'RATE', 2: 'UNIT', 3: 'BURST', 4: 'TYPE', 5: 'FLAGS'},
}


def dec_expr(v, ind):
    a = attrs(v)
    name = None
    data = None
    for t, _, val, _ in a:
        if t == 1:
            name = s_(val)
        elif t == 2:
            data = val
    out = ['%sexpr %r' % (ind, name)]
    names = EXPR_ATTRS.get(name, {})
    if data is None:
        return out
    for t, nested, val, _ in attrs(data):
        an = names.get(t, 'attr%d' % t)
        lab = '%s  %s(%d)' % (ind, an, t)
        if name in ('cmp', 'range', 'immediate', 'bitwise') and an in ('DATA', 'FROM_DATA', 'TO_DATA', 'MASK', 'XOR'):
            out.append(lab + ':')
            out.extend(dec_data(val, ind + '    '))
            continue
        if name in ('target', 'match') and an == 'NAME':
            out.append('%s = %r  [raw %s]' % (lab, s_(val), val.hex()))
            continue
        if name in ('target', 'match') and an == 'INFO':
            out.append('%s = (%d bytes) %s' % (lab, len(val), val.hex()))
            continue
        if len(val) == 8:
            out.append('%s = %d' % (lab, be64(val)))
            continue
        if len(val) == 4:
            x = be32(val)
            extra = ''
            if name == 'cmp' and an == 'OP':
                extra = ' ' + CMP_OPS.get(x, '?')
            if name == 'range' and an == 'OP':
                extra = ' ' + RANGE_OPS.get(x, '?')
            if name == 'meta' and an == 'KEY':
                extra = ' ' + META_KEYS.get(x, '?')
            if name == 'payload' and an == 'BASE':
                extra = ' ' + PAYLOAD_BASE.get(x, '?')
            if name == 'bitwise' and an == 'OP':
                extra = ' ' + BITWISE_OPS.get(x, '?')
            out.append('%s = %d (0x%x)%s' % (lab, x, x, extra))
            continue
        out.append('%s = %s' % (lab, val.hex()))
    return out


TABLE_A = {1: 'NAME', 2: 'FLAGS', 3: 'USE', 4: 'HANDLE', 5: 'PAD', 6: 'USERDATA', 7: 'OWNER'}
CHAIN_A = {1: 'TABLE', 2: 'HANDLE', 3: 'NAME', 4: 'HOOK', 5: 'POLICY', 6: 'USE', 7: 'TYPE',
           8: 'COUNTERS', 9: 'PAD', 10: 'FLAGS', 11: 'ID', 12: 'USERDATA'}
HOOK_A = {1: 'HOOKNUM', 2: 'PRIORITY', 3: 'DEV', 4: 'DEVS'}
RULE_A = {1: 'TABLE', 2: 'CHAIN', 3: 'HANDLE', 4: 'EXPRESSIONS', 5: 'COMPAT', 6: 'POSITION',
          7: 'USERDATA', 8: 'PAD', 9: 'ID', 10: 'POSITION_ID', 11: 'CHAIN_ID'}
GEN_A = {1: 'ID', 2: 'PROC_PID', 3: 'PROC_NAME'}
SET_A = {1: 'TABLE', 2: 'NAME', 3: 'FLAGS', 4: 'KEY_TYPE', 5: 'KEY_LEN', 6: 'DATA_TYPE',
         7: 'DATA_LEN', 8: 'POLICY', 9: 'DESC', 10: 'ID', 11: 'TIMEOUT', 12: 'GC_INTERVAL',
         13: 'USERDATA', 14: 'PAD', 15: 'OBJ_TYPE', 16: 'HANDLE', 17: 'EXPR', 18: 'EXPRESSIONS'}
COMPAT_GET_A = {1: 'NAME', 2: 'REV', 3: 'TYPE'}
HOOKS = {0: 'PRE_ROUTING', 1: 'LOCAL_IN', 2: 'FORWARD', 3: 'LOCAL_OUT', 4: 'POST_ROUTING'}


def dec_val(name, val):
    if name in ('NAME', 'TABLE', 'CHAIN', 'TYPE', 'PROC_NAME') and val.endswith(b'\0') and \
            len(val.rstrip(b'\0')) > 0 and all(32 <= c < 127 for c in val.rstrip(b'\0')):
        return '%r' % s_(val)
    if len(val) == 8:
        return '%d (be64)' % be64(val)
    if len(val) == 4:
        x = be32(val)
        return '%d (0x%08x)' % (x, x)
    return val.hex()


def dec_payload(t, p, ind='    '):
    """p = payload after nlmsghdr. Returns list of lines."""
    out = []
    if len(p) < 4:
        return out
    fam, ver, res = struct.unpack_from('>BBH', p, 0)
    out.append('%snfgenmsg: family=%d version=%d res_id=%d  [%s]' % (ind, fam, ver, res, p[:4].hex()))
    body = p[4:]
    if t in (0x10, 0x11):
        for at, n, v, _ in attrs(body):
            if at == 1:
                out.append('%sNFNL_BATCH_GENID(1) = %d' % (ind, be32(v)))
            else:
                out.append('%sattr%d = %s' % (ind, at, v.hex()))
        return out
    if t == 2:  # error
        err = struct.unpack_from('<i', p, 0)[0]
        out = ['%serror=%d' % (ind, err)]
        if len(p) >= 20:
            ln, typ, fl, seq, pid = struct.unpack_from('<IHHII', p, 4)
            out.append('%s  (for %s flags=%s seq=%d)' % (ind, msgtype_name(typ), flags_name(typ, fl), seq))
        return out
    sub, m = t >> 8, t & 0xff
    if sub == 11:
        amap = COMPAT_GET_A
    elif sub != 10:
        return out + ['%sraw %s' % (ind, body.hex())]
    else:
        mn = NFT_MSG.get(m, '')
        amap = {'TABLE': TABLE_A, 'CHAIN': CHAIN_A, 'RULE': RULE_A, 'GEN': GEN_A, 'SET': SET_A}.get(
            mn[3:] if mn.startswith(('NEW', 'GET', 'DEL')) else mn.replace('DESTROY', ''), {})
    for at, nested, v, rawtype in attrs(body):
        an = amap.get(at, 'attr%d' % at)
        lab = '%s%s(%d)%s' % (ind, an, at, ' [NESTED]' if nested else '')
        if amap is RULE_A and at == 4:
            out.append(lab + ':')
            for et, _, ev, _ in attrs(v):
                out.extend(dec_expr(ev, ind + '  '))
        elif amap is RULE_A and at == 5:
            out.append(lab + ':')
            for ct, _, cv, _ in attrs(v):
                out.append('%s  %s(%d) = %d' % (ind, {1: 'PROTO', 2: 'FLAGS'}.get(ct, '?'), ct, be32(cv)))
        elif amap is RULE_A and at == 7:
            out.append('%s = %s  (TLVs: %s)' % (lab, v.hex(), ', '.join(
                'type%d len%d %r' % (v[i], v[i + 1], v[i + 2:i + 2 + v[i + 1]]) for i in _udata_iter(v))))
        elif amap is CHAIN_A and at == 4:
            out.append(lab + ':')
            for ht, _, hv, _ in attrs(v):
                hn = HOOK_A.get(ht, 'attr%d' % ht)
                x = be32(hv) if len(hv) == 4 else None
                if ht == 1:
                    out.append('%s  %s(%d) = %d %s' % (ind, hn, ht, x, HOOKS.get(x, '')))
                elif ht == 2:
                    out.append('%s  %s(%d) = %d (0x%08x, signed %d)' % (ind, hn, ht, x, x, struct.unpack('>i', hv)[0]))
                else:
                    out.append('%s  %s(%d) = %s' % (ind, hn, ht, hv.hex()))
        elif amap is CHAIN_A and at == 8:
            out.append(lab + ':')
            for ct, _, cv, _ in attrs(v):
                out.append('%s  %s(%d) = %d' % (ind, {1: 'BYTES', 2: 'PACKETS'}.get(ct, '?'), ct, be64(cv)))
        elif amap is CHAIN_A and at == 5:
            x = be32(v)
            out.append('%s = %d %s' % (lab, x, VERDICTS.get(x, '')))
        else:
            out.append('%s = %s' % (lab, dec_val(an, v)))
    return out


def _udata_iter(v):
    i = 0
    while i + 2 <= len(v):
        yield i
        i += 2 + v[i + 1]


def dec_msg(m, ind='  ', full=True):
    hdr = '%s%s (0x%04x) flags=%s (0x%x) seq=%d len=%d' % (
        ind, msgtype_name(m['type']), m['type'], flags_name(m['type'], m['flags']), m['flags'],
        m['seq'], m['len'])
    lines = [hdr]
    if full:
        lines.extend(dec_payload(m['type'], m['payload'], ind + '    '))
    return lines
