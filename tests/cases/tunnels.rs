//! Tunnel link kinds (`ip link add … type gre|gretap|erspan|ipip|sit|ip6gre|ip6gretap|
//! ip6erspan|ip6tnl|vti|vti6|xfrm`), against iproute2 6.1. The kernel here has none of the
//! tunnel modules: the reference sends its request and prints the kernel's refusal
//! (`Error: Unknown device type.`, exit 2), so these cases compare that answer, the option
//! complaints (most come before any request) and the usage screens. The request bytes are
//! checked offline (src/ip/kinds/testdata/tunnel_requests.tsv), as are the details printers.

use crate::common::ip;

/// A veth pair for `dev` (v1 is ifindex 2, v0 ifindex 3).
const PAIR: &str = "ip link add v0 type veth peer name v1";
const LINKS: &str = "ip -o link show | cut -d: -f2";

cases! {
    // ------------------------------------------------------------------ the kernel's answer
    ip_tun_gre_plain: ip("link add t0 type gre").check(LINKS);
    ip_tun_gre_all: ip("link add t0 type gre remote 192.0.2.1 local 192.0.2.2 ttl 64 tos 0x10 key 5 seq csum nopmtudisc ignore-df dev v0 fwmark 7 encap gue encap-sport auto encap-dport 5555 encap-csum encap-remcsum").setup(PAIR).check(LINKS);
    ip_tun_gre_external: ip("link add t0 type gre external");
    ip_tun_gretap: ip("link add t0 type gretap remote 192.0.2.1 ikey 1 okey 2 iseq oseq icsum ocsum");
    ip_tun_erspan_v1: ip("link add t0 type erspan remote 192.0.2.1 local 192.0.2.2 erspan 100 erspan_ver 1");
    ip_tun_erspan_v2: ip("link add t0 type erspan erspan_ver 2 erspan_dir egress erspan_hwid 7");
    ip_tun_ipip: ip("link add t0 type ipip remote 192.0.2.1 local 192.0.2.2 ttl 64 mode ipip");
    ip_tun_ipip_mplsip: ip("link add t0 type ipip mode mplsip tos inherit");
    ip_tun_sit: ip("link add t0 type sit remote 192.0.2.1 mode ip6ip");
    ip_tun_sit_isatap: ip("link add t0 type sit isatap");
    ip_tun_sit_6rd: ip("link add t0 type sit 6rd-prefix 2001:db8::/32 6rd-relay_prefix 10.0.0.0/8");
    ip_tun_sit_external: ip("link add t0 type sit external");
    ip_tun_ip6gre: ip("link add t0 type ip6gre remote 2001:db8::1 local 2001:db8::2 hoplimit 5 encaplimit none tclass inherit flowlabel 0x12345 key 9");
    ip_tun_ip6gretap: ip("link add t0 type ip6gretap remote 2001:db8::1 dscp inherit allow-localremote fwmark inherit");
    ip_tun_ip6erspan: ip("link add t0 type ip6erspan erspan 5");
    ip_tun_ip6tnl: ip("link add t0 type ip6tnl mode ip6ip6 remote 2001:db8::1 local 2001:db8::2 encaplimit 7 hoplimit 9 tclass 0x12 flowlabel inherit");
    ip_tun_ip6tnl_ipip6: ip("link add t0 type ip6tnl mode ipip6 dev v0").setup(PAIR);
    ip_tun_ip6tnl_any: ip("link add t0 type ip6tnl mode any external");
    ip_tun_vti: ip("link add t0 type vti remote 192.0.2.1 local 192.0.2.2 key 5 fwmark 3");
    ip_tun_vti6: ip("link add t0 type vti6 remote 2001:db8::1 ikey 1 okey 1.2.3.4");
    ip_tun_xfrm: ip("link add t0 type xfrm dev v0 if_id 7").setup(PAIR);
    ip_tun_xfrm_external: ip("link add t0 type xfrm external");
    ip_tun_xfrm_plain: ip("link add t0 type xfrm");

    // ------------------------------------------------------------------ complaints
    ip_tun_gre_unknown_word: ip("link add t0 type gre foo");
    ip_tun_gre_help: ip("link add t0 type gre help");
    ip_tun_gre_erspan_word: ip("link add t0 type gre erspan 5");
    ip_tun_gre_encap_csum6: ip("link add t0 type gre encap-csum6");
    ip_tun_gre_ttl_bad: ip("link add t0 type gre ttl 256");
    ip_tun_gre_tos_bad: ip("link add t0 type gre tos foo");
    ip_tun_gre_key_bad: ip("link add t0 type gre ikey foo");
    ip_tun_gre_remote_bad: ip("link add t0 type gre remote ::1");
    ip_tun_gre_remote_missing: ip("link add t0 type gre remote");
    ip_tun_gre_dev_missing: ip("link add t0 type gre dev nope");
    ip_tun_gre_fwmark_bad: ip("link add t0 type gre fwmark inherit");
    ip_tun_gre_encap_bad: ip("link add t0 type gre encap foo");
    ip_tun_gre_sport_bad: ip("link add t0 type gre encap-sport 70000");
    ip_tun_gre_dport_bad: ip("link add t0 type gre encap-dport foo");
    ip_tun_gre_broadcast: ip("link add t0 type gre remote 224.1.1.1");
    ip_tun_erspan_ver_bad: ip("link add t0 type erspan erspan_ver 3");
    ip_tun_erspan_index_bad: ip("link add t0 type erspan erspan 1048576");
    ip_tun_erspan_index_garbage: ip("link add t0 type erspan erspan x");
    ip_tun_erspan_dir_bad: ip("link add t0 type erspan erspan_dir up");
    ip_tun_erspan_hwid_bad: ip("link add t0 type erspan erspan_hwid x");
    ip_tun_erspan_unknown: ip("link add t0 type erspan foo");
    ip_tun_gretap_unknown: ip("link add t0 type gretap erspan_ver 2");
    ip_tun_ipip_mode_bad: ip("link add t0 type ipip mode ip6ip");
    ip_tun_ipip_isatap: ip("link add t0 type ipip isatap");
    ip_tun_ipip_ttl_nopmtudisc: ip("link add t0 type ipip ttl 5 nopmtudisc");
    ip_tun_sit_prefix_bad: ip("link add t0 type sit 6rd-prefix 10.0.0.0/8");
    ip_tun_sit_relay_bad: ip("link add t0 type sit 6rd-relay_prefix foo");
    ip_tun_sit_unknown: ip("link add t0 type sit re 1.2.3.4");
    ip_tun_ip6tnl_mode_bad: ip("link add t0 type ip6tnl mode 6ip6");
    ip_tun_ip6tnl_hoplimit_bad: ip("link add t0 type ip6tnl hoplimit 256");
    ip_tun_ip6tnl_tclass_bad: ip("link add t0 type ip6tnl tclass 256");
    ip_tun_ip6tnl_flowlabel_bad: ip("link add t0 type ip6tnl flowlabel 0x100000");
    ip_tun_ip6tnl_dscp_bad: ip("link add t0 type ip6tnl dscp 5");
    ip_tun_ip6tnl_remote_v4: ip("link add t0 type ip6tnl remote 1.2.3.4");
    ip_tun_ip6tnl_unknown: ip("link add t0 type ip6tnl h 5");
    ip_tun_ip6tnl_encaplimit_garbage: ip("link add t0 type ip6tnl encaplimit foo");
    ip_tun_ip6gre_encaplimit_bad: ip("link add t0 type ip6gre encaplimit 256");
    ip_tun_ip6gre_unknown: ip("link add t0 type ip6gre nopmtudisc");
    ip_tun_vti_unknown: ip("link add t0 type vti ttl 5");
    ip_tun_vti6_remote_v4: ip("link add t0 type vti6 remote 1.2.3.4");
    ip_tun_xfrm_if_id_bad: ip("link add t0 type xfrm if_id 0");
    ip_tun_xfrm_if_id_missing: ip("link add t0 type xfrm dev v0").setup(PAIR);
    ip_tun_xfrm_external_and_if_id: ip("link add t0 type xfrm external if_id 5");
    ip_tun_xfrm_unknown: ip("link add t0 type xfrm foo");

    // ------------------------------------------------------------------ usage screens
    ip_tun_help_gre: ip("link help gre");
    ip_tun_help_gretap: ip("link help gretap");
    ip_tun_help_erspan: ip("link help erspan");
    ip_tun_help_ipip: ip("link help ipip");
    ip_tun_help_sit: ip("link help sit");
    ip_tun_help_ip6gre: ip("link help ip6gre");
    ip_tun_help_ip6gretap: ip("link help ip6gretap");
    ip_tun_help_ip6erspan: ip("link help ip6erspan");
    ip_tun_help_ip6tnl: ip("link help ip6tnl");
    ip_tun_help_vti: ip("link help vti");
    ip_tun_help_vti6: ip("link help vti6");
    ip_tun_help_xfrm: ip("link help xfrm");
    ip_tun_help_unknown_kind: ip("link help nosuchkind");
}
