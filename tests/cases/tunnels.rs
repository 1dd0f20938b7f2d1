//! Tunnel link kinds (`ip link add … type gre|gretap|erspan|ipip|sit|ip6gre|ip6gretap|
//! ip6erspan|ip6tnl|vti|vti6|xfrm`), against iproute2 6.1. The kernel here has none of the
//! tunnel modules: the reference sends its request and prints the kernel's refusal
//! (`Error: Unknown device type.`, exit 2), so these cases compare that answer, the option
//! complaints (most come before any request) and the usage screens. The request bytes are
//! checked offline (src/ip/kinds/testdata/tunnel_requests.tsv), as are the details printers.
//!
//! `ip tunnel` goes through ioctls on the mode's base device (sit0, gre0, …), which this
//! kernel does not have: the answers are `No such device` (or `Operation not supported` on a
//! device that is no tunnel); the structures are checked offline
//! (src/ip/tunnel/testdata/ioctls.tsv).

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

    // ------------------------------------------------------------------ set: the existing tunnel first
    ip_tun_set_gre_on_veth: ip("link set v0 type gre remote 192.0.2.1").setup(PAIR).check(LINKS);
    ip_tun_set_ip6tnl_garbage: ip("link set v0 type ip6tnl foo").setup(PAIR);
    ip_tun_set_sit_no_words: ip("link set v0 type sit").setup(PAIR).check(LINKS);
    ip_tun_set_vti_missing_dev: ip("link set nope type vti key 5");
    ip_tun_set_xfrm: ip("link set v0 type xfrm if_id 5").setup(PAIR);
    ip_tun_replace_gre: ip("link replace t0 type gre remote 192.0.2.1");

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

    // ------------------------------------------------------------------ ip tunnel
    ip_tun_ioctl_ifupdown_sit: ip("tunnel add tun6 mode sit remote 192.0.2.99 local 10.0.0.5 ttl 64");
    ip_tun_ioctl_ipip: ip("tunnel add t0 mode ipip remote 192.0.2.1 local 192.0.2.2 tos inherit/0x10 nopmtudisc");
    ip_tun_ioctl_gre: ip("tunnel add t0 mode gre remote 192.0.2.1 key 5 seq icsum ttl inherit dev v0").setup(PAIR);
    ip_tun_ioctl_gre_multicast: ip("tunnel add t0 mode gre remote 224.1.1.1 local 192.0.2.2");
    ip_tun_ioctl_isatap: ip("tunnel add name t0 mode isatap");
    ip_tun_ioctl_vti: ip("tunnel add t0 mode vti remote 192.0.2.1 ikey 5 okey 1.2.3.4");
    ip_tun_ioctl_tunl_alias: ip("tunl add t0 mode sit");
    ip_tun_ioctl_prefix_a: ip("tunnel a t0 mode sit");
    ip_tun_ioctl_no_mode: ip("tunnel add t0 remote 192.0.2.1");
    ip_tun_ioctl_mode_unknown: ip("tunnel add t0 mode foo");
    ip_tun_ioctl_mode_twice: ip("tunnel add t0 mode sit mode ipip");
    ip_tun_ioctl_mode_v6_guess: ip("tunnel add t0 mode ip6ip6");
    ip_tun_ioctl_mode_v6_any: ip("tunnel add t0 mode any");
    ip_tun_ioctl_keys_on_sit: ip("tunnel add t0 mode sit key 5");
    ip_tun_ioctl_broadcast: ip("tunnel add t0 mode gre remote 224.1.1.1");
    ip_tun_ioctl_ttl_nopmtudisc: ip("tunnel add t0 mode ipip ttl 5 nopmtudisc");
    ip_tun_ioctl_ttl_bad: ip("tunnel add t0 mode sit ttl 256");
    ip_tun_ioctl_tos_bad: ip("tunnel add t0 mode sit tos inherit/foo");
    ip_tun_ioctl_tos_prefix: ip("tunnel add t0 mode sit d v0").setup(PAIR);
    ip_tun_ioctl_remote_bad: ip("tunnel add t0 mode sit remote 2001:db8::1");
    ip_tun_ioctl_dev_missing: ip("tunnel add t0 mode sit dev nope");
    ip_tun_ioctl_key_bad: ip("tunnel add t0 mode gre okey foo");
    ip_tun_ioctl_name_twice: ip("tunnel add t0 t1 mode sit");
    ip_tun_ioctl_name_too_long: ip("tunnel add abcdefghijklmnopq mode sit");
    ip_tun_ioctl_name_missing: ip("tunnel add t0 mode sit name");
    ip_tun_ioctl_garbage: ip("tunnel add t0 mode sit 6rd-prefix 2001:db8::/32");
    ip_tun_ioctl_help_word: ip("tunnel add t0 mode sit h");
    ip_tun_ioctl_change: ip("tunnel change t0 mode sit ttl 5");
    ip_tun_ioctl_change_veth: ip("tunnel change v0 mode sit").setup(PAIR);
    ip_tun_ioctl_change_nothing: ip("tunnel change");
    ip_tun_ioctl_del: ip("tunnel del t0");
    ip_tun_ioctl_del_veth: ip("tunnel del v0").setup(PAIR);
    ip_tun_ioctl_del_unnamed: ip("tunnel del");
    ip_tun_ioctl_show: ip("tunnel show").setup(PAIR);
    ip_tun_ioctl_show_default: ip("tunnel");
    ip_tun_ioctl_show_name: ip("tunnel show v0").setup(PAIR);
    ip_tun_ioctl_show_mode: ip("tunnel show mode sit");
    ip_tun_ioctl_show_name_mode: ip("tunnel show t0 mode gre");
    ip_tun_ioctl_list: ip("tunnel list");
    ip_tun_ioctl_prl: ip("tunnel prl prl-default 192.0.2.1 dev t0");
    ip_tun_ioctl_prl_nodefault: ip("tunnel prl dev t0 prl-nodefault 192.0.2.1");
    ip_tun_ioctl_prl_delete_veth: ip("tunnel prl dev v0 prl-delete 192.0.2.1").setup(PAIR);
    ip_tun_ioctl_prl_nothing: ip("tunnel prl dev t0");
    ip_tun_ioctl_prl_no_dev: ip("tunnel prl prl-default 192.0.2.1");
    ip_tun_ioctl_prl_bad_word: ip("tunnel prl t0");
    ip_tun_ioctl_prl_bad_addr: ip("tunnel prl dev t0 prl-delete foo");
    ip_tun_ioctl_6rd: ip("tunnel 6rd dev t0 6rd-prefix 2001:db8::/32 6rd-relay_prefix 10.0.0.0/8");
    ip_tun_ioctl_6rd_reset: ip("tunnel 6rd dev t0 6rd-reset");
    ip_tun_ioctl_6rd_nothing: ip("tunnel 6rd dev t0");
    ip_tun_ioctl_6rd_no_dev: ip("tunnel 6rd 6rd-prefix 2001:db8::/32");
    ip_tun_ioctl_6rd_bad_word: ip("tunnel 6rd t0");
    ip_tun_ioctl_6rd_bad_prefix: ip("tunnel 6rd dev t0 6rd-prefix 10.0.0.0/8");
    ip_tun_ioctl_help: ip("tunnel help");
    ip_tun_ioctl_unknown_command: ip("tunnel foo");
    ip_tun_ioctl6_add: ip("-6 tunnel add t0 mode ip6ip6 remote 2001:db8::1 local 2001:db8::2 encaplimit none hoplimit 5 tclass 0x12 flowlabel 0x345");
    ip_tun_ioctl6_ip6gre: ip("-6 tunnel add t0 mode ip6gre key 5 iseq ocsum dscp inherit allow-localremote");
    ip_tun_ioctl6_vti6: ip("-6 tunnel add t0 mode vti6 remote 2001:db8::1");
    ip_tun_ioctl6_default: ip("-6 tunnel add t0");
    ip_tun_ioctl6_mode_sit: ip("-6 tunnel add t0 mode sit");
    ip_tun_ioctl6_remote_v4: ip("-6 tunnel add t0 remote 192.0.2.1");
    ip_tun_ioctl6_hoplimit_bad: ip("-6 tunnel add t0 hoplimit 256");
    ip_tun_ioctl6_tclass_bad: ip("-6 tunnel add t0 tclass 256");
    ip_tun_ioctl6_flowlabel_bad: ip("-6 tunnel add t0 flowlabel 0x100000");
    ip_tun_ioctl6_dscp_bad: ip("-6 tunnel add t0 dscp foo");
    ip_tun_ioctl6_encaplimit_garbage: ip("-6 tunnel add t0 encaplimit foo");
    ip_tun_ioctl6_garbage: ip("-6 tunnel add t0 fwmark 5");
    ip_tun_ioctl6_change: ip("-6 tunnel change t0 hoplimit 5");
    ip_tun_ioctl6_del: ip("-6 tunnel del");
    ip_tun_ioctl6_show: ip("-6 tunnel show");
    ip_tun_ioctl6_show_name: ip("-6 tunnel show v0").setup(PAIR);
    ip_tun_ioctl6_prl: ip("-6 tunnel prl dev t0");
    ip_tun_ioctl6_help: ip("-6 tunnel help");
    ip_tun_ioctl6_unknown_command: ip("-6 tunnel foo");
}
