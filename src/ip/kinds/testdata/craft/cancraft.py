import sys; sys.path.insert(0, __import__('os').path.dirname(__file__)); from craft import *
P=struct.pack
def bt(*v): return P('<8I', *v)
def btc(name, *v): return name.encode().ljust(16, b'\0') + P('<8I', *v)
def nest(t, v): return attr(t | 0x8000, v)
full = (attr(5, P('<II', 0x7ff, 0x2a5)) + attr(4, P('<I', 2)) + attr(6, P('<I', 100)) + attr(8, P('<HH', 5, 7))
 + attr(1, bt(500000, 875, 125, 6, 7, 2, 1, 5)) + attr(2, btc('m_can', 2, 256, 2, 128, 128, 1, 512, 1)) + attr(3, P('<I', 80000000))
 + attr(9, bt(2000000, 750, 25, 10, 19, 10, 5, 1)) + attr(10, btc('m_can', 1, 32, 1, 16, 16, 1, 32, 1))
 + nest(16, attr(1,P('<I',0))+attr(2,P('<I',127))+attr(3,P('<I',0))+attr(4,P('<I',127))+attr(5,P('<I',0))+attr(6,P('<I',127))+attr(7,P('<I',10))+attr(8,P('<I',20))+attr(9,P('<I',30)))
 + attr(11, P('<H', 120)) + attr(12, P('<HH', 0, 120)) + attr(14, P('<II', 125000, 500000)) + attr(15, P('<II', 1000000, 2000000)) + attr(13, P('<I', 1000000))
 + nest(17, attr(1, P('<I', 0x7ff))))
cases = [('can_full', 'can', full),
 ('can_min', 'can', attr(5, P('<II', 0, 0))),
 ('can_state5', 'can', attr(4, P('<I', 5)) + attr(5, P('<II', 0xffff, 0xffff))),
 ('can_state9', 'can', attr(4, P('<I', 9))),
 ('can_bt', 'can', attr(1, bt(125000, 0, 0, 0, 0, 0, 0, 0)) + attr(3, P('<I', 1))),
 ('can_tdc_auto', 'can', attr(5, P('<II', 0x200, 0x200)) + nest(16, attr(7,P('<I',1))) + attr(9, bt(1,2,3,4,5,6,7,8))),
]
if __name__ == '__main__':
    for c in cases: print(details(*c))
    out, err = run('can', full); print(out)
    out, err = run('can', full, '-j', '-p'); print(out)
