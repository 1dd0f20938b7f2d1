import sys; sys.path.insert(0, __import__('os').path.dirname(__file__)); from craft import *
P=struct.pack
cases = [
('gtp_all','gtp', attr(1,P('<I',3))+attr(2,P('<I',4))+attr(3,P('<I',1024))+attr(4,P('<I',1))+attr(5,P('<B',1))+attr(6,P('<B',7))),
('gtp_ggsn','gtp', attr(4,P('<I',0))+attr(3,P('<I',5))),
('gtp_role5','gtp', attr(4,P('<I',5))),
('gtp_rc','gtp', attr(6,P('<B',0))),
('ipoib','ipoib', attr(1,P('<H',0x8001))+attr(2,P('<H',1))+attr(3,P('<H',1))),
('ipoib_dg','ipoib', attr(1,P('<H',0xffff))+attr(2,P('<H',0))+attr(3,P('<H',0))),
('ipoib_nomode','ipoib', attr(1,P('<H',7))+attr(3,P('<H',2))),
('ipoib_odd','ipoib', attr(1,P('<H',5))+attr(2,P('<H',7))+attr(3,P('<H',2))),
('ipoib_nopkey','ipoib', attr(2,P('<H',1))+attr(3,P('<H',2))),
('ipoib_noumcast','ipoib', attr(1,P('<H',1))+attr(2,P('<H',1))),
('dsa','dsa', attr(1,P('<I',1))),
('dsa_9','dsa', attr(1,P('<I',9))),
('dsa_0','dsa', attr(1,P('<I',0))),
('hsr','hsr', attr(1,P('<I',1))+attr(2,P('<I',9))+attr(3,P('<B',5))+attr(4,bytes([1,0x15,0x4e,0,1,5]))+attr(5,P('<H',77))+attr(6,P('<B',1))+attr(7,P('<B',1))),
('hsr_min','hsr', attr(4,bytes([1,0x15,0x4e,0,1,0]))),
('hsr_p0','hsr', attr(1,P('<I',1))+attr(7,P('<B',0))+attr(5,P('<H',0))),
('hsr_empty','hsr', b''),
('amt','amt', attr(1,P('<I',1))+attr(2,P('>H',2268))+attr(3,P('>H',2269))+attr(4,P('<I',1))+attr(5,bytes([1,2,3,4]))+attr(6,bytes([5,6,7,8]))+attr(7,bytes([9,9,9,9]))+attr(8,P('<I',128))),
('amt_gw','amt', attr(1,P('<I',0))+attr(5,bytes(16))),
('amt_v6','amt', attr(5,bytes([1,2,3,4]+[9]*12))+attr(6,bytes(16))+attr(4,P('<I',0))+attr(8,P('<I',0))),
('amt_none','amt', attr(2,P('>H',1))),
]
print("# Details of the kinds of small.rs (and macsec, can): NAME, KIND, IFLA_INFO_DATA (hex, crafted),\n# the text iproute2 6.1.0 printed after the kind's name and its \"info_data\" object in `ip -d -j\n# link show`, the crafted RTM_NEWLINK handed to ip as the kernel's dump answer (LD_PRELOAD\n# recvmsg wrapper; ifindex 1 is lo).")
for c in cases: print(details(*c))
def full(cs=0x0080C20001000001, val=2, off=0, rp=1, sci=0x0200000000010001, extra=b''):
    return attr(1,P('>Q',sci))+attr(3,P('<B',16))+attr(4,P('<Q',cs))+attr(5,P('<I',32))+attr(6,P('<B',0))+attr(7,P('<B',1))+attr(8,P('<B',1))+attr(9,P('<B',1))+attr(10,P('<B',0))+attr(11,P('<B',0))+attr(12,P('<B',rp))+attr(13,P('<B',val))+attr(15,P('<B',off))+extra
for c in [
('macsec','macsec', full()),
('macsec_256','macsec', full(cs=0x0080C20001000002, val=1, off=2, rp=0)),
('macsec_xpn','macsec', full(cs=0x0080C20001000003, val=0, off=1)),
('macsec_xpn256','macsec', full(cs=0x0080C20001000004, val=7, off=9)),
('macsec_default','macsec', full(cs=0x0080020001000001)),
('macsec_cs5','macsec', full(cs=5)),
('macsec_min','macsec', attr(1,P('>Q',5))),
('macsec_empty','macsec', b''),
('macsec_port','macsec', attr(2,P('>H',5))+attr(7,P('<B',0))+attr(3,P('<B',8))),
('macsec_window','macsec', attr(5,P('<I',0))+attr(12,P('<B',2))+attr(9,P('<B',7))),
]: print(details(*c))
from cancraft import cases as cc, bt, btc, nest
for x in cc: print(details(*x))
B = attr(1, bt(500000, 875, 125, 6, 7, 2, 1, 5))
BC = attr(2, btc('m_can', 2, 256, 2, 128, 128, 1, 512, 1))
DB = attr(9, bt(2000000, 750, 25, 10, 19, 10, 5, 1))
DBC = attr(10, btc('m_can', 1, 32, 1, 16, 16, 1, 32, 1))
tdcn = nest(16, attr(1,P('<I',0))+attr(2,P('<I',127))+attr(3,P('<I',0))+attr(4,P('<I',127))+attr(5,P('<I',0))+attr(6,P('<I',127))+attr(7,P('<I',10))+attr(8,P('<I',20))+attr(9,P('<I',30)))
nest16 = nest(16, attr(7,P('<I',10))+attr(9,P('<I',30))+attr(1,P('<I',0))+attr(2,P('<I',127))+attr(6,P('<I',127)))
for x in [
 ('can_btc', 'can', B + BC + attr(15, P('<I', 1000000))+ attr(3, P('<I', 80000000))),
 ('can_dbtc', 'can', DB + DBC + tdcn + attr(5, P('<II', 0x400, 0x400))),
 ('can_tdc_noctrl', 'can', DB + tdcn),
 ('can_tdc_alone', 'can', nest16),
 ('can_tdc_part', 'can', nest16 + DB + DBC),
 ('can_tdc_const_only', 'can', nest16 + DBC),
 ('can_tdc_empty', 'can', nest(16, b'') + DB + DBC),
 ('can_term', 'can', attr(11, P('<H', 0)) ),
 ('can_termc', 'can', attr(12, P('<HHH', 0, 60, 120)) ),
 ('can_term_both', 'can', attr(11, P('<H', 5)) + attr(12, P('<HH', 5, 7)) + attr(14, P('<I', 1)) + DB + nest16 + attr(3, P('<I', 1))),
 ('can_term_empty', 'can', attr(11, P('<H', 5)) + attr(12, b'')),
 ('can_bconst', 'can', attr(13, P('<III', 10000, 20000, 1000000)) + B),
 ('can_bconst_alone', 'can', attr(13, P('<I', 1))),
 ('can_bconst_wide', 'can', attr(13, P('<II', 4294967295, 1)) + B),
 ('can_bconst_empty', 'can', attr(13, b'') + B),
 ('can_bconst_over_btc', 'can', B + BC + attr(13, P('<I', 7))),
 ('can_dconst', 'can', attr(14, P('<II', 1, 2)) + DB),
 ('can_dconst_alone', 'can', attr(14, P('<II', 1, 2))),
 ('can_btc_alone', 'can', BC),
 ('can_bmax', 'can', B + attr(15, P('<I', 5))),
 ('can_berr', 'can', attr(8, P('<HH', 0, 0)) + attr(4, P('<I', 0))),
 ('can_berr_nostate', 'can', attr(8, P('<HH', 1, 2))),
 ('can_restart', 'can', attr(6, P('<I', 0)) + attr(7, P('<I', 1))),
 ('can_ext', 'can', nest(17, attr(1, P('<I', 0x7ff)))),
 ('can_ext_noflags', 'can', attr(5, P('<II', 0x7ff, 0)) + nest(17, attr(1, P('<I', 0x7ff)))),
 ('can_ext_unknown', 'can', attr(5, P('<II', 0, 1)) + nest(17, attr(1, P('<I', 0x1ffff)))),
 ('can_states', 'can', attr(3, P('<I', 5)) + attr(6, P('<I', 5)) + attr(4, P('<I',3)) + attr(8, P('<HH',1,2))),
 ('can_state1', 'can', attr(4, P('<I',1))),
 ('can_state4', 'can', attr(4, P('<I',4))),
]: print(details(*x))
