//! Rulesets other programs wrote (kube-proxy, Docker, k3s' clean-up), read and changed by
//! ipkit as iptables-nft 1.8.9 reads and changes them: listings, iptables-save and its
//! round trip through a filter and iptables-restore, -Z on rules with counters of every
//! kind, -D and -C finding the first equal rule in chain order, and rules ipkit writes
//! deleted by iptables-nft. Each state is written by the reference tools (iptables-nft,
//! iptables-nft-restore, nft); every rule carries counters, so a -Z that misses one shows.

use crate::common::{self, argv, ipt, Case};

fn sh(script: &str) -> Case {
    argv(["sh", "-c", script]).norm(common::SAVE_DATES)
}

/// A kube-proxy nat table (iptables mode) for three services, as kube-proxy restores it,
/// with the filter rules it keeps, and a rule of another tool in nat.
const KUBE: &str = r#"cat >/tmp/kube.rules <<'EOF'
*filter
:KUBE-FIREWALL - [0:0]
:KUBE-SERVICES - [0:0]
:KUBE-EXTERNAL-SERVICES - [0:0]
:KUBE-FORWARD - [0:0]
-A KUBE-FIREWALL -m comment --comment "kubernetes firewall for dropping marked packets" -m mark --mark 0x8000/0x8000 -j DROP
-A KUBE-FORWARD -m conntrack --ctstate INVALID -j DROP
-A KUBE-FORWARD -m comment --comment "kubernetes forwarding rules" -m mark --mark 0x4000/0x4000 -j ACCEPT
-A KUBE-FORWARD -m comment --comment "kubernetes forwarding conntrack rule" -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
COMMIT
*nat
:KUBE-SERVICES - [0:0]
:KUBE-POSTROUTING - [0:0]
:KUBE-MARK-MASQ - [0:0]
:KUBE-NODEPORTS - [0:0]
:KUBE-SVC-NPX46M4PTMTKRN6Y - [0:0]
:KUBE-SEP-OQMCR5WXYIOWNSDO - [0:0]
:KUBE-SVC-TCOU7JCQXEZGVUNU - [0:0]
:KUBE-SEP-A3HDC6XDOCC6BJJM - [0:0]
:KUBE-SEP-PZWIDFYWRWU6QP4A - [0:0]
-A PREROUTING -m comment --comment "kubernetes service portals" -j KUBE-SERVICES
-A OUTPUT -m comment --comment "kubernetes service portals" -j KUBE-SERVICES
-A POSTROUTING -m comment --comment "kubernetes postrouting rules" -j KUBE-POSTROUTING
-A KUBE-POSTROUTING -m mark ! --mark 0x4000/0x4000 -j RETURN
-A KUBE-POSTROUTING -j MARK --xor-mark 0x4000
-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE --random-fully
-A KUBE-MARK-MASQ -j MARK --or-mark 0x4000
-A KUBE-SERVICES -d 10.96.0.1/32 -p tcp -m comment --comment "default/kubernetes:https cluster IP" -m tcp --dport 443 -j KUBE-SVC-NPX46M4PTMTKRN6Y
-A KUBE-SVC-NPX46M4PTMTKRN6Y ! -s 10.244.0.0/16 -d 10.96.0.1/32 -p tcp -m comment --comment "default/kubernetes:https cluster IP" -m tcp --dport 443 -j KUBE-MARK-MASQ
-A KUBE-SVC-NPX46M4PTMTKRN6Y -m comment --comment "default/kubernetes:https -> 172.18.0.2:6443" -j KUBE-SEP-OQMCR5WXYIOWNSDO
-A KUBE-SEP-OQMCR5WXYIOWNSDO -s 172.18.0.2/32 -m comment --comment "default/kubernetes:https" -j KUBE-MARK-MASQ
-A KUBE-SEP-OQMCR5WXYIOWNSDO -p tcp -m comment --comment "default/kubernetes:https" -m tcp -j DNAT --to-destination 172.18.0.2:6443
-A KUBE-SERVICES -d 10.96.0.10/32 -p udp -m comment --comment "kube-system/kube-dns:dns cluster IP" -m udp --dport 53 -j KUBE-SVC-TCOU7JCQXEZGVUNU
-A KUBE-SVC-TCOU7JCQXEZGVUNU -m comment --comment "kube-system/kube-dns:dns -> 10.244.0.2:53" -m statistic --mode random --probability 0.50000000000 -j KUBE-SEP-A3HDC6XDOCC6BJJM
-A KUBE-SVC-TCOU7JCQXEZGVUNU -m comment --comment "kube-system/kube-dns:dns -> 10.244.0.3:53" -j KUBE-SEP-PZWIDFYWRWU6QP4A
-A KUBE-SEP-A3HDC6XDOCC6BJJM -s 10.244.0.2/32 -m comment --comment "kube-system/kube-dns:dns" -j KUBE-MARK-MASQ
-A KUBE-SEP-A3HDC6XDOCC6BJJM -p udp -m comment --comment "kube-system/kube-dns:dns" -m udp -j DNAT --to-destination 10.244.0.2:53
-A KUBE-SEP-PZWIDFYWRWU6QP4A -s 10.244.0.3/32 -m comment --comment "kube-system/kube-dns:dns" -j KUBE-MARK-MASQ
-A KUBE-SEP-PZWIDFYWRWU6QP4A -p udp -m comment --comment "kube-system/kube-dns:dns" -m udp -j DNAT --to-destination 10.244.0.3:53
-A KUBE-SERVICES -m comment --comment "kubernetes service nodeports; NOTE: this must be the last rule in this chain" -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS
COMMIT
EOF
iptables-nft-restore --noflush /tmp/kube.rules
iptables-nft -t nat -A POSTROUTING -s 10.88.0.0/16 ! -d 10.88.0.0/16 -j MASQUERADE
iptables-nft -t nat -Z"#;

/// Docker's tables for one published port, as dockerd writes them.
const DOCKER: &str = r#"iptables-nft -t nat -N DOCKER
iptables-nft -t nat -A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER
iptables-nft -t nat -A OUTPUT ! -d 127.0.0.0/8 -m addrtype --dst-type LOCAL -j DOCKER
iptables-nft -t nat -A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE
iptables-nft -t nat -A POSTROUTING -s 172.17.0.2/32 -d 172.17.0.2/32 -p tcp -m tcp --dport 80 -j MASQUERADE
iptables-nft -t nat -A DOCKER -i docker0 -j RETURN
iptables-nft -t nat -A DOCKER ! -i docker0 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80
iptables-nft -N DOCKER
iptables-nft -N DOCKER-ISOLATION-STAGE-1
iptables-nft -N DOCKER-USER
iptables-nft -A FORWARD -j DOCKER-USER
iptables-nft -A FORWARD -j DOCKER-ISOLATION-STAGE-1
iptables-nft -A FORWARD -o docker0 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
iptables-nft -A FORWARD -o docker0 -j DOCKER
iptables-nft -A FORWARD -i docker0 ! -o docker0 -j ACCEPT
iptables-nft -A DOCKER -d 172.17.0.2/32 ! -i docker0 -o docker0 -p tcp -m tcp --dport 80 -j ACCEPT
iptables-nft -A DOCKER-ISOLATION-STAGE-1 -j RETURN
iptables-nft -A DOCKER-USER -j RETURN"#;

/// Counters on every rule, of every kind: xt matches and targets with a protocol the kernel
/// checks (REJECT tcp-reset, icmp types, multiport), native ones, a comment, nft's own rule.
const COUNTED: &str = r#"iptables-nft -A INPUT -p tcp -j REJECT --reject-with tcp-reset -c 5 10
iptables-nft -A INPUT -p icmp --icmp-type echo-request -j ACCEPT -c 6 11
iptables-nft -A INPUT -p tcp -m multiport --dports 80,443 -j ACCEPT -c 7 12
iptables-nft -A INPUT -p udp -m udp --dport 53 -m comment --comment "ns/dns:53" -j ACCEPT -c 8 13
iptables-nft -A INPUT -m conntrack --ctstate NEW --ctorigdstport 80 -j LOG -c 9 14
iptables-nft -A INPUT -p tcp -m tcp -j ACCEPT -c 10 15
iptables-nft -N USER
iptables-nft -A USER -s 10.0.0.0/8 -j RETURN -c 11 16
nft add rule ip filter USER tcp dport 22 counter packets 12 bytes 17 accept comment '"nft rule"'
iptables-nft -t nat -A POSTROUTING -p udp -j MASQUERADE --to-ports 1000-2000 -c 13 18"#;

/// Equal rules in one chain, the first written by nft (another layout, a comment in user
/// data on one), with counters that differ.
const EQUAL: &str = r#"iptables-nft -A INPUT -s 9.9.9.9 -j ACCEPT -c 1 1
nft add rule ip filter INPUT tcp dport 80 counter packets 2 bytes 2 accept comment '"keep-me"'
nft add rule ip filter INPUT meta l4proto tcp tcp dport 22 counter packets 3 bytes 3 accept
iptables-nft -A INPUT -p tcp -m tcp --dport 22 -j ACCEPT -c 4 4
iptables-nft -A INPUT -p tcp -m tcp --dport 22 -j ACCEPT -c 5 5
iptables-nft -A INPUT -p tcp -m tcp --dport 80 -j ACCEPT -c 6 6"#;

/// A nat table of 200 chains, as kube-proxy shapes them (ipkit reads a table of so many
/// chains with helper threads): every chain but the empty ones jumps on, one holds 600
/// rules (many pieces of rules handed over), counters everywhere.
const MANY: &str = r#"{ echo '*nat'; echo ':KUBE-SERVICES - [0:0]'; echo ':KUBE-MARK-MASQ - [0:0]'
for i in $(seq 1 200); do echo ":KUBE-SVC-$i - [0:0]"; done
echo '-A PREROUTING -m comment --comment "kubernetes service portals" -j KUBE-SERVICES'
echo '-A KUBE-MARK-MASQ -j MARK --or-mark 0x4000'
for i in $(seq 1 200); do
  echo "[$i:$((i * 60))] -A KUBE-SERVICES -d 10.96.$((i / 250)).$((i % 250))/32 -p tcp -m comment --comment \"ns/svc$i:http cluster IP\" -m tcp --dport 80 -j KUBE-SVC-$i"
  if [ $((i % 7)) -ne 0 ]; then
    echo "-A KUBE-SVC-$i ! -s 10.244.0.0/16 -j KUBE-MARK-MASQ"
    echo "-A KUBE-SVC-$i -p tcp -m comment --comment \"ns/svc$i:http\" -m tcp -j DNAT --to-destination 10.244.$((i / 250)).$((i % 250)):8080"
  fi
done
for i in $(seq 1 600); do echo "-A KUBE-SVC-100 -s 10.1.$((i / 250)).$((i % 250))/32 -m comment --comment \"a rule long enough to fill pieces $i\" -j KUBE-MARK-MASQ"; done
echo COMMIT; } | iptables-nft-restore -c"#;

const SAVE_C: &str = "iptables-nft-save -c | grep -v '^#'; nft list ruleset";

cases! {
    // ------------------------------------------------------------------ kube-proxy
    ipt_others_kube_dump: ipt("-t nat -S").setup(KUBE);
    ipt_others_kube_list: ipt("-t nat -L -n -v").setup(KUBE);
    ipt_others_kube_list_names: ipt("-t nat -L").setup(KUBE);
    ipt_others_kube_save: argv(["iptables-save", "-c"]).norm(common::SAVE_DATES).setup(KUBE);
    ipt_others_kube_filter_dump: ipt("-S").setup(KUBE);
    // k3s-killall.sh: everything but kube-proxy's rules back
    ipt_others_kube_killall: sh("iptables-save | grep -v KUBE- | iptables-restore").setup(KUBE).check(SAVE_C);
    ipt_others_kube_roundtrip: sh("iptables-save -c | iptables-restore -c").setup(KUBE).check(SAVE_C);
    ipt_others_kube_delete_sep: ipt("-t nat -D KUBE-SEP-OQMCR5WXYIOWNSDO -p tcp -m comment --comment default/kubernetes:https -m tcp -j DNAT --to-destination 172.18.0.2:6443").setup(KUBE).check(SAVE_C);
    ipt_others_kube_check_svc: argv(["iptables", "-t", "nat", "-C", "KUBE-SERVICES", "-d", "10.96.0.10/32", "-p", "udp", "-m", "comment", "--comment", "kube-system/kube-dns:dns cluster IP", "-m", "udp", "--dport", "53", "-j", "KUBE-SVC-TCOU7JCQXEZGVUNU"]).setup(KUBE);
    ipt_others_kube_append_service: argv(["iptables", "-t", "nat", "-I", "KUBE-SERVICES", "1", "-d", "10.96.0.20/32", "-p", "tcp", "-m", "comment", "--comment", "ns/web:http cluster IP", "-m", "tcp", "--dport", "80", "-j", "KUBE-MARK-MASQ"]).setup(KUBE).check(SAVE_C);
    ipt_others_kube_flush_nat: ipt("-t nat -F").setup(KUBE).check(SAVE_C);

    // ------------------------------------------------------------------ a table of many chains
    ipt_others_many_dump: ipt("-t nat -S").setup(MANY);
    ipt_others_many_dump_counters: ipt("-t nat -S -v").setup(MANY);
    ipt_others_many_list: ipt("-t nat -L -n -v -x --line-numbers").setup(MANY);
    ipt_others_many_list_names: ipt("-t nat -L").setup(MANY);
    ipt_others_many_list_one: ipt("-t nat -L KUBE-MARK-MASQ -n").setup(MANY);
    ipt_others_many_save: argv(["iptables-save", "-c", "-t", "nat"]).norm(common::SAVE_DATES).setup(MANY);
    // a rule iptables cannot read in the 150th chain: nothing printed, only the error
    ipt_others_many_dump_incompatible: ipt("-t nat -S").setup(&format!("{MANY}\nnft add rule ip nat KUBE-SVC-150 ct state new accept"));
    ipt_others_many_list_incompatible: ipt("-t nat -L -n").setup(&format!("{MANY}\nnft add rule ip nat KUBE-SVC-150 ct state new accept"));
    ipt_others_many_save_incompatible: argv(["iptables-save", "-t", "nat"]).norm(common::SAVE_DATES).setup(&format!("{MANY}\nnft add rule ip nat KUBE-SVC-150 ct state new accept"));
    // a chain of the many deleted by iptables-nft, the rest kept
    ipt_others_many_delete_chain: sh("iptables -t nat -F KUBE-SVC-7 && iptables -t nat -D KUBE-SERVICES 7 && iptables -t nat -X KUBE-SVC-7 && iptables -t nat -S | md5sum").setup(MANY).check("iptables-nft-save -t nat | grep -v '^#' | md5sum");

    // ------------------------------------------------------------------ Docker
    ipt_others_docker_dump: ipt("-t nat -S").setup(DOCKER);
    ipt_others_docker_list: ipt("-L -n -v --line-numbers").setup(DOCKER);
    ipt_others_docker_save: argv(["iptables-save"]).norm(common::SAVE_DATES).setup(DOCKER);
    ipt_others_docker_unpublish: ipt("-t nat -D DOCKER ! -i docker0 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80").setup(DOCKER).check(SAVE_C);

    // ------------------------------------------------------------------ rules ipkit writes, iptables-nft deletes
    ipt_others_udp_match_deleted_by_reference: ipt("-A INPUT -p udp -m udp -j ACCEPT")
        .check("iptables-nft -D INPUT -p udp -m udp -j ACCEPT; echo rc=$?; iptables-nft -S INPUT");
    ipt_others_empty_tcp_deleted_by_reference: ipt("-A INPUT -p tcp -m tcp -j ACCEPT")
        .check("iptables-nft -C INPUT -p tcp -j ACCEPT; echo rc=$?; iptables-nft -D INPUT -p tcp -m tcp -j ACCEPT; echo rc=$?");
    ipt_others_not_any_iface_deleted_by_reference: ipt("-A FORWARD ! -i + -j DROP")
        .check("iptables-nft -D FORWARD ! -i + -j DROP; echo rc=$?; iptables-nft -S FORWARD");
    ipt_others_ctorigdstport_deleted_by_reference: ipt("-A INPUT -m conntrack --ctstate NEW --ctorigdstport 80 -j ACCEPT")
        .check("iptables-nft -D INPUT -m conntrack --ctstate NEW --ctorigdstport 80 -j ACCEPT; echo rc=$?; iptables-nft -S INPUT");

    // ------------------------------------------------------------------ -Z keeps every rule whole
    ipt_others_zero_all: ipt("-Z").setup(COUNTED).check(SAVE_C);
    ipt_others_zero_chain: ipt("-Z INPUT").setup(COUNTED).check(SAVE_C);
    ipt_others_zero_first: ipt("-Z INPUT 1").setup(COUNTED).check(SAVE_C);
    ipt_others_zero_icmp: ipt("-Z INPUT 2").setup(COUNTED).check(SAVE_C);
    ipt_others_zero_multiport: ipt("-Z INPUT 3").setup(COUNTED).check(SAVE_C);
    ipt_others_zero_user_chain: ipt("-Z USER").setup(COUNTED).check(SAVE_C);
    ipt_others_zero_nat: ipt("-t nat -Z").setup(COUNTED).check(SAVE_C);
    ipt_others_zero_list: ipt("-L -Z -n -v -x").setup(COUNTED).check(SAVE_C);
    ipt_others_zero_restore: argv(["iptables-restore", "--noflush"]).stdin("*filter\n-Z INPUT\nCOMMIT\n").setup(COUNTED).check(SAVE_C);

    // ------------------------------------------------------------------ the first equal rule in chain order
    ipt_others_delete_first_equal: ipt("-D INPUT -p tcp --dport 22 -j ACCEPT").setup(EQUAL).check(SAVE_C);
    ipt_others_delete_twice: argv(["sh", "-c", "iptables -D INPUT -p tcp --dport 22 -j ACCEPT && iptables -D INPUT -p tcp --dport 22 -j ACCEPT && iptables -D INPUT -p tcp --dport 22 -j ACCEPT; echo rc=$?"]).setup(EQUAL).check(SAVE_C);
    ipt_others_delete_keeps_commented: ipt("-D INPUT -p tcp --dport 80 -j ACCEPT").setup(EQUAL).check(SAVE_C);
    ipt_others_check_commented: argv(["iptables", "-C", "INPUT", "-p", "tcp", "--dport", "80", "-m", "comment", "--comment", "keep-me", "-j", "ACCEPT"]).setup(EQUAL);
    ipt_others_delete_comment_only_rule: ipt("-D INPUT -j ACCEPT")
        .setup(&format!("{EQUAL}\nnft add rule ip filter INPUT accept comment '\"keep-me\"'\niptables-nft -A INPUT -j ACCEPT")).check(SAVE_C);
}

/// More than 64 KiB of iptables-save output written before a table iptables cannot read:
/// the table is one line, and the tables before and after it are whole (COMMIT), so the
/// file restores.
#[test]
fn ipt_others_save_big_then_incompatible() {
    Case::new("ipt_others_save_big_then_incompatible", ["sh", "-c", "iptables-save > /tmp/saved; echo rc=$?; grep -c '^COMMIT' /tmp/saved; grep '^#' /tmp/saved | grep -v Generated | grep -v Completed; iptables-nft-restore < /tmp/saved; echo restored=$?"])
        .setup("( echo '*mangle'; for i in $(seq 1 2000); do echo \"-A PREROUTING -s 10.0.$((i / 250)).$((i % 250)) -m comment --comment \\\"a rule long enough to fill the output\\\" -j ACCEPT\"; done; echo COMMIT ) | iptables-nft-restore\niptables-nft -A INPUT -s 1.1.1.1 -j ACCEPT\nnft add rule ip filter INPUT ct state new accept\niptables-nft -t nat -A POSTROUTING -j MASQUERADE")
        .check("iptables-nft-save -t nat | grep -v '^#'; iptables-nft -t mangle -S | wc -l")
        .run();
}
