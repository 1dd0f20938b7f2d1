import struct, sys, subprocess, json
def attr(t, v): 
    b = struct.pack('<HH', 4 + len(v), t) + v
    return b + b'\0' * ((4 - len(v) % 4) % 4)
def msg(kind, data, slave=False):
    li = attr(1, kind.encode() + b'\0') + (attr(2, data) if data is not None else b'')
    body = struct.pack('<BBHiII', 0, 0, 1, 5, 0x1002, 0) + attr(3, b't0\0') + attr(4, struct.pack('<I', 1500)) + attr(18, li) + attr(31, struct.pack('<I', 1))
    return struct.pack('<IHHII', 16 + len(body), 16, 2, 0, 0) + body
def run(kind, data, *opts):
    open('/tmp/fake.bin', 'wb').write(msg(kind, data))
    r = subprocess.run(['ip', *opts, '-d', 'link', 'show'], env={'LD_PRELOAD': __import__('os').environ.get('FAKE_SO', '/tmp/fake.so'), 'FAKE': '/tmp/fake.bin', 'PATH': '/usr/sbin:/usr/bin'}, capture_output=True, text=True)
    return r.stdout, r.stderr
def details(name, kind, data):
    out, err = run(kind, data)
    start = out.find('\n    ' + kind + ' ')
    if start < 0: text = '?' + out
    else:
        start += 6 + len(kind); end = out.find('numtxqueues 1', start); text = out[start:end]
    jo, je = run(kind, data, '-j')
    try:
        j = json.loads(jo)[0]['linkinfo'].get('info_data')
        js = json.dumps(j, separators=(',', ':'))
    except Exception as e:
        js = '?' + jo + je
    return f"{name}\t{kind}\t{data.hex() if data else ''}\t{text.replace(chr(92), chr(92)*2).replace(chr(10), chr(92)+'n').replace(chr(9), chr(92)+'t')}\t{js}"
