#!/usr/bin/env python3
"""Outer driver: every case runs in its own `unshare --net --mount` namespace.
Writes rules.tsv, rules.json, commands.json (raw) into /tmp/ipt-fixtures."""
import json, os, shlex, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
N = ['-t', 'nat']
DOCKER = [N + ['-N', 'DOCKER']]

# (spec string after "-t nat -A", setup)
RULES = [
    ('POSTROUTING -s 192.168.15.0/24 -j MASQUERADE', []),
    ('POSTROUTING -s 10.0.0.0/20 -j MASQUERADE', []),
    ('POSTROUTING -s 10.1.2.3 -j MASQUERADE', []),
    ('POSTROUTING ! -s 10.0.0.0/8 -d 172.16.0.0/12 -j MASQUERADE', []),
    ('POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4', []),
    ('POSTROUTING -o veth+ -j MASQUERADE', []),
    ('POSTROUTING ! -o lo -j MASQUERADE --to-ports 1000-2000 --random', []),
    ('POSTROUTING ! -o lo -p tcp -j MASQUERADE --to-ports 1000-2000 --random', []),
    ('POSTROUTING -j MASQUERADE --random-fully', []),
    ('POSTROUTING -p udp -j SNAT --to-source 1.2.3.4-1.2.3.9:1000-2000 --persistent', []),
    ('PREROUTING -p tcp --dport 80 -j DNAT --to-destination 192.168.15.2:80', []),
    ('PREROUTING -p tcp --dport 8000:8080 -j DNAT --to-destination 192.168.15.2', []),
    ('PREROUTING -p udp --sport 53 -j DNAT --to-destination 10.0.0.1-10.0.0.5:53-54', []),
    ('PREROUTING -i eth0 -p tcp -m tcp ! --dport 22 -j REDIRECT --to-ports 8080', []),
    ('PREROUTING -p tcp -m multiport --dports 80,443,8000:8080 -j REDIRECT --to-ports 3128', []),
    ('PREROUTING -p tcp -m multiport ! --sports 1,2 -j RETURN', []),
    ('PREROUTING -m comment --comment "hello \\"world\\" back\\\\slash" -j RETURN', []),
    ('PREROUTING -m addrtype --dst-type LOCAL -j DOCKER', DOCKER),
    ('PREROUTING -m addrtype ! --src-type LOCAL --limit-iface-in -j RETURN', []),
    ('PREROUTING -m conntrack --ctstate NEW,ESTABLISHED -j RETURN', []),
    ('PREROUTING -m state --state RELATED -j RETURN', []),
    ('PREROUTING -m mark --mark 0x1/0xff -j RETURN', []),
    ('PREROUTING -m mark ! --mark 5 -j RETURN', []),
    ('PREROUTING -f -j RETURN', []),
    ('PREROUTING -p icmp -j RETURN', []),
    ('PREROUTING -p 47 -j RETURN', []),
    ('PREROUTING ! -p tcp -j RETURN', []),
    ('OUTPUT -j MARK --set-mark 0x10', []),
    ('OUTPUT -j MARK --set-xmark 0x1/0x3', []),
    ('OUTPUT -j MARK --and-mark 7', []),
    ('OUTPUT -j MARK --or-mark 8', []),
    ('OUTPUT -j MARK --xor-mark 9', []),
    ('OUTPUT -j ACCEPT', []),
    ('OUTPUT -j DROP', []),
    ('OUTPUT -g DOCKER', DOCKER),
    ('OUTPUT -j DOCKER', DOCKER),
    ('INPUT -p tcp --sport 1:1023 -j SNAT --to-source 1.2.3.4:100', []),
    ('POSTROUTING -m comment --comment x -s 1.1.1.1 -o eth1 -p tcp --dport 5 -j MASQUERADE', []),
    # ---- extras ----
    ('PREROUTING -p icmp --icmp-type echo-request -j RETURN', []),
    ('PREROUTING -p icmp --icmp-type 3/4 -j RETURN', []),
    ('PREROUTING -p icmp --icmp-type any -j RETURN', []),
    ('PREROUTING -p all -j RETURN', []),
    ('PREROUTING -p 0 -j RETURN', []),
    ('PREROUTING -i abcdefghijklmno -j RETURN', []),
    ('PREROUTING -i abcdefghijklmn+ -j RETURN', []),
    ('PREROUTING -i + -j RETURN', []),
    ('PREROUTING ! -i docker0 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80', []),
    ('PREROUTING -i docker0 -j RETURN', []),
    ('PREROUTING -j RETURN', []),
    ('PREROUTING -j CONTINUE-NOT-A-TARGET', []),
    ('PREROUTING -s 0.0.0.0/0 -j RETURN', []),
    ('PREROUTING -s 10.0.0.0/16 -j RETURN', []),
    ('PREROUTING -s 10.0.0.0/25 -j RETURN', []),
    ('PREROUTING -s 10.0.0.0/1 -j RETURN', []),
    ('PREROUTING -s 10.0.0.0/255.0.255.0 -j RETURN', []),
    ('PREROUTING -d 1.2.3.4/32 -j RETURN', []),
    ('PREROUTING ! -d 127.0.0.0/8 -j RETURN', []),
    ('PREROUTING -s 10.0.0.1 -d 10.0.0.2 -j RETURN', []),
    ('PREROUTING ! -s 10.0.0.1 ! -d 10.0.0.2 -j RETURN', []),
    ('PREROUTING ! -f -j RETURN', []),
    ('PREROUTING -p tcp -j RETURN', []),
    ('PREROUTING -p udp --dport 53 -j RETURN', []),
    ('PREROUTING -p tcp --sport 1 --dport 2 -j RETURN', []),
    ('PREROUTING -p tcp ! --sport 1:2 -j RETURN', []),
    ('PREROUTING -p tcp --dport 1024: -j RETURN', []),
    ('PREROUTING -p tcp --dport :1023 -j RETURN', []),
    ('PREROUTING -p tcp --syn -j RETURN', []),
    ('PREROUTING -p tcp --tcp-flags SYN,ACK SYN -j RETURN', []),
    ('PREROUTING -p sctp --dport 9 -j RETURN', []),
    ('PREROUTING -p udplite -j RETURN', []),
    ('PREROUTING -m conntrack --ctstate DNAT -j RETURN', []),
    ('PREROUTING -m conntrack ! --ctstate INVALID,UNTRACKED -j RETURN', []),
    ('PREROUTING -m state --state INVALID,UNTRACKED -j RETURN', []),
    ('PREROUTING -m mark --mark 0x4000/0x4000 -j RETURN', []),
    ('PREROUTING -m mark ! --mark 0x4000/0x4000 -j RETURN', []),
    ('PREROUTING -m mark --mark 0xffffffff -j RETURN', []),
    ('PREROUTING -m statistic --mode random --probability 0.5 -j RETURN', []),
    ('PREROUTING -m addrtype --dst-type LOCAL --limit-iface-in -j RETURN', []),
    ('PREROUTING -m addrtype --src-type UNICAST,BROADCAST -j RETURN', []),
    ('PREROUTING -m comment --comment "" -j RETURN', []),
    ('PREROUTING -p tcp -m multiport --ports 22 -j RETURN', []),
    ('PREROUTING -m iprange --src-range 10.0.0.1-10.0.0.9 -j RETURN', []),
    ('PREROUTING -m limit --limit 5/s -j RETURN', []),
    ('PREROUTING -c 7 1234 -j RETURN', []),
    ('PREROUTING -j DNAT --to-destination 1.2.3.4', []),
    ('PREROUTING -p tcp -j DNAT --to-destination 1.2.3.4:80-90 --random', []),
    ('PREROUTING -p tcp -j DNAT --to-destination 1.2.3.4:80-90/85', []),
    ('PREROUTING -j REDIRECT', []),
    ('PREROUTING -p tcp -j REDIRECT --to-ports 1000-2000 --random', []),
    ('PREROUTING -j LOG --log-prefix "x: "', []),
    ('POSTROUTING -j MASQUERADE', []),
    ('POSTROUTING -p tcp -j MASQUERADE --to-ports 1000', []),
    ('POSTROUTING -s 192.168.122.0/24 ! -d 192.168.122.0/24 -p tcp -j MASQUERADE --to-ports 1024-65535', []),
    ('POSTROUTING -s 172.17.0.2/32 -d 172.17.0.2/32 -p tcp -m tcp --dport 80 -j MASQUERADE', []),
    ('POSTROUTING -j SNAT --to-source 1.2.3.4 --random', []),
    ('POSTROUTING -j SNAT --to-source 1.2.3.4 --random-fully', []),
    ('POSTROUTING -j SNAT --to-source 1.2.3.4 --to-source 5.6.7.8', []),
    ('POSTROUTING -m mark --mark 0x4000/0x4000 -j MARK --xor-mark 0x4000', []),
    ('OUTPUT -m owner --uid-owner 0 -j RETURN', []),
    ('OUTPUT -j RETURN', []),
    ('OUTPUT -o lo -j RETURN', []),
    ('INPUT -j RETURN', []),
    ('INPUT -i eth0 -j RETURN', []),
    ('PREROUTING -f -d 2.2.2.2 -s 1.1.1.1 -p udp -i eth0 -j RETURN', []),
    ('PREROUTING -m mark --mark 1 -m comment --comment a -p tcp -m tcp --dport 1 -m multiport --dports 2,3 -s 9.9.9.9 -j RETURN', []),
    ('PREROUTING -i e+ -j RETURN', []),
    ('PREROUTING -p tcp -m tcp --dport 80 -m tcp --sport 81 -j RETURN', []),
    # ---- the filter table (spec after `-t filter -A`, written with its `-t filter`) ----
    ('-t filter INPUT -p tcp --dport 22 -j DROP', []),
    ('-t filter INPUT -j ACCEPT', []),
    ('-t filter FORWARD -i veth0 -o eth0 -j ACCEPT', []),
    ('-t filter OUTPUT -d 10.0.0.1 -j REJECT', []),
    ('-t filter INPUT -p tcp -j REJECT --reject-with tcp-reset', []),
    ('-t filter INPUT -j REJECT --reject-with icmp-host-prohibited', []),
    ('-t filter INPUT -j REJECT --reject-with icmp-admin-prohibited', []),
    ('-t filter INPUT -m mac --mac-source 02:00:00:0a:bc:01 -j DROP', []),
    ('-t filter INPUT -m mac ! --mac-source 02:00:00:00:00:01 -j DROP', []),
    ('-t filter FORWARD -m physdev --physdev-in veth0 -j ACCEPT', []),
    ('-t filter FORWARD -m physdev ! --physdev-in veth+ ! --physdev-out eth1 -j ACCEPT', []),
    ('-t filter FORWARD -m physdev --physdev-is-in --physdev-is-out --physdev-is-bridged -j ACCEPT', []),
    ('-t filter FORWARD -m physdev ! --physdev-is-bridged -j ACCEPT', []),
    ('-t filter INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT', []),
    ('-t filter INPUT -m state --state NEW -p tcp --dport 80 -j ACCEPT', []),
    ('-t filter INPUT -m limit --limit 3/min --limit-burst 10 -j LOG --log-prefix "in: " --log-level 6 --log-uid', []),
    ('-t filter INPUT -p icmp --icmp-type echo-request -j ACCEPT', []),
    ('-t filter INPUT -m iprange --dst-range 10.0.0.1-10.0.0.9 -j DROP', []),
    ('-t filter FORWARD -g DOCKER', [['-N', 'DOCKER']]),
    # ---- rules other tools write, and the extensions issue 17 brought ----
    ('-t filter INPUT -p udp -m udp -j ACCEPT', []),
    ('-t filter INPUT -p tcp -m tcp -j ACCEPT', []),
    ('-t filter INPUT -p tcp -m tcp --dport 0:65535 -j ACCEPT', []),
    ('-t filter INPUT -p tcp -m tcp --tcp-option 5 --dport 80 ! --sport 3:4 -j ACCEPT', []),
    ('-t filter INPUT -p tcp --dport 80 --sport 5 --syn -j ACCEPT', []),
    ('-t filter INPUT -p tcp --tcp-flags SYN,ACK SYN --dport 80 -j ACCEPT', []),
    ('-t filter INPUT -p tcp -m tcp --dport 1 -m comment --comment x --sport 2 -j ACCEPT', []),
    ('-t filter FORWARD ! -i + -j DROP', []),
    ('-t filter FORWARD ! -o + -j DROP', []),
    ('-t filter INPUT -m ttl --ttl-gt 5 -j ACCEPT', []),
    ('-t filter INPUT -m ttl ! --ttl-eq 64 -j ACCEPT', []),
    ('-t filter INPUT -m pkttype ! --pkt-type broadcast -j ACCEPT', []),
    ('-t filter INPUT -j NFLOG --nflog-group 2 --nflog-prefix "pfx x" --nflog-size 100 --nflog-threshold 5', []),
    ('-t filter INPUT -j NFLOG', []),
    ('-t raw PREROUTING -j TRACE', []),
    ('-t filter INPUT -m conntrack --ctstate NEW --ctproto tcp --ctorigdstport 80 --ctstatus ASSURED --ctexpire 10:20 --ctdir REPLY -j ACCEPT', []),
    ('-t filter INPUT -m conntrack ! --ctorigsrc 10.0.0.0/8 --ctrepldst 1.2.3.4 --ctreplsrcport 1:2 -j ACCEPT', []),
    ('-t filter INPUT -m limit --limit 7/hour --limit-burst 3 -j ACCEPT', []),
    ('-t filter INPUT -p tcp -m multiport --dports 80,443 -m comment --comment "ns1/svc1:p80" -j ACCEPT', []),
    ('-t filter INPUT -m statistic --mode nth --every 3 --packet 1 -j ACCEPT', []),
    ('-t filter INPUT -p icmp -m icmp --icmp-type 3/4 -j ACCEPT', []),
    # ---- group a: recent, connmark, CONNMARK, CT, NOTRACK, helper, connlimit, hashlimit,
    #      connbytes, CONNSECMARK, connlabel, nfacct ----
    ('-t filter INPUT -m recent --set --name DEFAULT --mask 255.255.255.255 --rsource', []),
    ('-t filter INPUT -m recent --update --seconds 30 --hitcount 6 -j DROP', []),
    ('-t filter INPUT -m recent --rcheck --seconds 10800 --reap --name KUBE-SEP-XXX --mask 255.255.255.255 --rsource -j ACCEPT', []),
    ('-t filter INPUT -m recent ! --rcheck --rdest --hitcount 3 --rttl -j DROP', []),
    ('-t filter INPUT -m recent --remove --name f2b-ssh --mask 255.255.0.0 -j ACCEPT', []),
    ('-t filter INPUT -m recent ! --update --seconds 4294967295 --name "a b" -j ACCEPT', []),
    ('-t filter INPUT -m connmark --mark 5/7 -j ACCEPT', []),
    ('-t filter INPUT -m connmark ! --mark 5', []),
    ('-t filter INPUT -m connmark --mark 0/0 -j DROP', []),
    ('-t mangle PREROUTING -p udp -j CONNMARK --restore-mark --nfmask 0xffffffff --ctmask 0xffffffff', []),
    ('-t mangle PREROUTING -j CONNMARK --save-mark', []),
    ('-t mangle PREROUTING -j CONNMARK --nfmask 1 --save-mark', []),
    ('-t mangle PREROUTING -j CONNMARK --ctmask 2 --set-xmark 1', []),
    ('-t mangle PREROUTING -j CONNMARK --set-xmark 1/2', []),
    ('-t mangle PREROUTING -j CONNMARK --set-mark 5/3 --nfmask 9', []),
    ('-t mangle PREROUTING -j CONNMARK --restore-mark --mask 3 --right-shift-mark 4', []),
    ('-t mangle PREROUTING -j CONNMARK --and-mark 0xf --left-shift-mark 2', []),
    ('-t mangle PREROUTING -j CONNMARK --or-mark 4', []),
    ('-t mangle PREROUTING -j CONNMARK --xor-mark 8', []),
    ('-t mangle POSTROUTING -j CONNMARK --save-mark --nfmask 0xff --ctmask 0xf0 --right-shift-mark 2 --left-shift-mark 1', []),
    ('-t raw PREROUTING -j CT --notrack', []),
    ('-t raw PREROUTING -p udp --dport 53 -j CT --zone 3 --notrack', []),
    ('-t raw PREROUTING -j CT --zone-orig mark --ctevents new,related,destroy,reply,assured,protoinfo,helper,mark,natseqinfo,secmark --expevents new', []),
    ('-t raw OUTPUT -j CT --zone-orig 3 --zone-reply 4 --ctevents mark,new', []),
    ('-t raw OUTPUT -j CT', []),
    ('-t raw OUTPUT -j NOTRACK', []),
    ('-t raw PREROUTING -j CT --zone-reply 65535', []),
    ('-t raw PREROUTING -j CT --zone 3 --zone-orig 4', []),
    ('-t filter INPUT -m helper --helper ftp -j ACCEPT', []),
    ('-t filter INPUT -m helper ! --helper sip', []),
    ('-t filter INPUT -m helper --helper ftp-2121 -j DROP', []),
    ('-t filter INPUT -m helper --helper ""', []),
    ('-t filter INPUT -p tcp --syn --dport 22 -m connlimit --connlimit-above 3 -j REJECT', []),
    ('-t filter INPUT -p tcp -m connlimit --connlimit-upto 10 --connlimit-mask 24 --connlimit-daddr -j ACCEPT', []),
    ('-t filter INPUT -p tcp -m connlimit ! --connlimit-upto 4 --connlimit-saddr', []),
    ('-t filter INPUT -p tcp -m connlimit ! --connlimit-above 4 --connlimit-mask 0', []),
    ('-t filter INPUT -m connlimit --connlimit-above 3 --connlimit-mask 33', []),
    ('-t filter INPUT -m connlimit --connlimit-above 3 --connlimit-mask 255.0.255.0', []),
    ('-t filter INPUT -m connlimit --connlimit-above 3 --connlimit-mask 255.255.0.0', []),
    ('-t filter INPUT -m hashlimit --hashlimit-upto 5/s --hashlimit-name foo', []),
    ('-t filter INPUT -p tcp -m hashlimit --hashlimit-above 5/min --hashlimit-name b --hashlimit-burst 10 --hashlimit-mode srcip,dstport --hashlimit-srcmask 24 --hashlimit-dstmask 16 -j DROP', []),
    ('-t filter INPUT -m hashlimit --hashlimit-upto 1/hour --hashlimit-name c --hashlimit-htable-size 100 --hashlimit-htable-max 200 --hashlimit-htable-gcinterval 3000 --hashlimit-htable-expire 4000', []),
    ('-t filter INPUT -m hashlimit --hashlimit-upto 100kb/s --hashlimit-name d', []),
    ('-t filter INPUT -m hashlimit --hashlimit-upto 5 --hashlimit-name f --hashlimit-mode dstip,srcport,srcip,dstport', []),
    ('-t filter INPUT -m hashlimit --hashlimit-upto 5/day --hashlimit-name g --hashlimit-rate-match --hashlimit-rate-interval 5', []),
    ('-t filter INPUT -m hashlimit --hashlimit-upto 5/s --hashlimit-name x --hashlimit-rate-interval 3', []),
    ('-t filter INPUT -m hashlimit ! --hashlimit-upto 333/h --hashlimit-name n', []),
    ('-t filter INPUT -m hashlimit --hashlimit-upto 7/m --hashlimit-name k --hashlimit-burst 0x10', []),
    ('-t filter INPUT -m hashlimit --hashlimit-above 512b/s --hashlimit-name k --hashlimit-burst 1kb', []),
    ('-t filter INPUT -m hashlimit --hashlimit-upto 5/s --hashlimit-name x --hashlimit-rate-match', []),
    ('-t filter INPUT -m hashlimit --hashlimit-upto 5/min --hashlimit-name x --hashlimit-rate-match --hashlimit-htable-expire 100', []),
    ('-t filter INPUT -m hashlimit --hashlimit-upto 1b/s --hashlimit-name a', []),
    ('-t filter INPUT -m hashlimit --hashlimit-upto 17b/s --hashlimit-name a', []),
    ('-t filter INPUT -m hashlimit --hashlimit-upto 1kb/s --hashlimit-name a', []),
    ('-t filter INPUT -m hashlimit --hashlimit-upto 1mb/s --hashlimit-name a', []),
    ('-t filter INPUT -m hashlimit --hashlimit-upto 10mb/min --hashlimit-name a', []),
    ('-t filter INPUT -m hashlimit --hashlimit-upto 5kb/h --hashlimit-name a', []),
    ('-t filter INPUT -m hashlimit --hashlimit-upto 1kb/s --hashlimit-burst 5kb --hashlimit-name a', []),
    ('-t filter INPUT -m hashlimit --hashlimit-upto 1kb/s --hashlimit-burst 3mb --hashlimit-name a', []),
    ('-t filter INPUT -m connbytes --connbytes 10: --connbytes-dir both --connbytes-mode bytes', []),
    ('-t filter INPUT -m connbytes ! --connbytes 10:100 --connbytes-dir original --connbytes-mode packets -j DROP', []),
    ('-t filter INPUT -m connbytes --connbytes :100 --connbytes-dir reply --connbytes-mode avgpkt', []),
    ('-t filter INPUT -m connbytes --connbytes 5 --connbytes-dir both --connbytes-mode bytes', []),
    ('-t filter INPUT -m connbytes --connbytes 0:0 --connbytes-dir both --connbytes-mode bytes', []),
    ('-t filter INPUT -m connbytes ! --connbytes 7 --connbytes-dir both --connbytes-mode bytes', []),
    ('-t filter INPUT -m connbytes --connbytes 3:3 --connbytes-dir both --connbytes-mode bytes', []),
    ('-t mangle INPUT -j CONNSECMARK --save', []),
    ('-t mangle OUTPUT -p tcp -j CONNSECMARK --restore', []),
    ('-t security INPUT -j CONNSECMARK --restore', []),
    ('-t filter INPUT -m connlabel --label 5', []),
    ('-t filter INPUT -m connlabel ! --label 127 -j DROP', []),
    ('-t filter INPUT -m connlabel --label 3 --set', []),
    # (the nfacct lines of rules.tsv need accounting objects foo and bar made first: see
    #  NFACCT_OBJECTS in tests/cases/iptables_ext_a.rs)
]


def inner(spec):
    p = subprocess.run(['unshare', '--net', '--mount', sys.executable, os.path.join(HERE, 'inner.py'),
                        json.dumps(spec)], capture_output=True, text=True)
    if p.returncode != 0:
        raise RuntimeError(p.stderr)
    return json.loads(p.stdout)


def rule_case(item):
    s, setup = item
    args = shlex.split(s)
    table = 'nat'
    if args[:1] == ['-t']:
        table, args = args[1], args[2:]
    r = inner({'setup': setup, 'cmd': ['-t', table, '-A'] + args, 'dump': True, 'S': True,
               'table': table})
    r['spec'] = s
    return r


def main():
    with ThreadPoolExecutor(8) as ex:
        res = list(ex.map(rule_case, RULES))
    json.dump(res, open(os.path.join(OUT, 'rules.json'), 'w'), indent=1)
    with open(os.path.join(OUT, 'rules.tsv'), 'w') as f:
        f.write('# spec(after "-t nat -A")\tsent_NEWRULE_payload_hex\tdumped_rule_payload_hex\t'
                'iptables-nft -t nat -S (-A/-N lines only; ERROR(rc) if the -A failed)\n')
        for r in res:
            sent = []
            for c in r['cmd']['calls']:
                if c['dir'] != 'send':
                    continue
                b = bytes.fromhex(c['hex'])
                off = 0
                import struct
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
            f.write('%s\t%s\t%s\t%s\n' % (r['spec'], ','.join(sent) or '-', ','.join(dumped) or '-',
                                          sl.replace('\t', ' ').replace('\n', '\\n')))
    print('ok', len(res))


if __name__ == '__main__':
    main()
