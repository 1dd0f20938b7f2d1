//! The small objects against iproute2 6.1: addrlabel, vrf, mrule, sr, mptcp, ioam, l2tp, fou,
//! ila, macsec. State made by the reference in the setup, read back by the reference.

use crate::common::ip;

/// Labels with and without a device, beside the kernel's defaults.
const LABELS: &str = "\
ip link add v0 type veth peer name v1
ip addrlabel add prefix 2001:db8::/32 label 70
ip addrlabel add prefix 2001:db8:1::/48 dev v0 label 71
ip addrlabel add prefix 3::/64 dev lo label 0
";

const AL: &str = "ip addrlabel; ip -j addrlabel";

cases! {
    // ------------------------------------------------------------------ addrlabel
    ip_small_al_bare: ip("addrlabel").setup(LABELS);
    ip_small_al_list: ip("addrlabel list").setup(LABELS);
    ip_small_al_show: ip("addrl show").setup(LABELS);
    ip_small_al_l: ip("addrl l").setup(LABELS);
    ip_small_al_s: ip("addrl s").setup(LABELS);
    ip_small_al_json: ip("-j addrlabel").setup(LABELS);
    ip_small_al_json_pretty: ip("-j -p addrlabel ls").setup(LABELS);
    ip_small_al_oneline: ip("-o addrlabel").setup(LABELS);
    ip_small_al_color: ip("-c addrlabel").setup(LABELS);
    ip_small_al_color_json: ip("-c -j addrlabel").setup(LABELS);
    ip_small_al_details_stats: ip("-d -s addrlabel").setup(LABELS);
    ip_small_al_v6: ip("-6 addrlabel").setup(LABELS);
    ip_small_al_v4: ip("-4 addrlabel").setup(LABELS);
    ip_small_al_link_family: ip("-0 addrlabel");
    ip_small_al_list_args: ip("addrlabel list foo");
    ip_small_al_show_args: ip("addrlabel show dev lo");
    ip_small_al_help: ip("addrlabel help");
    ip_small_al_help_h: ip("addrlabel h x");
    ip_small_al_unknown: ip("addrlabel bogus");
    ip_small_al_add: ip("addrlabel add prefix 1::/64 label 3").check(AL);
    ip_small_al_add_dev: ip("addrl a prefix 1::/64 dev v1 label 4").setup(LABELS).check(AL);
    ip_small_al_add_dev_first: ip("addrl add dev v1 label 4 prefix 1::/64").setup(LABELS).check(AL);
    ip_small_al_add_host: ip("addrl add prefix 1:: label 2").check(AL);
    ip_small_al_add_hex_label: ip("addrl add prefix 1::/64 label 0x10").check(AL);
    ip_small_al_add_label0: ip("addrl add prefix 1::/64 label 0").check(AL);
    ip_small_al_add_last_wins: ip("addrl add prefix 1::/64 prefix 2::/64 label 3 label 4").check(AL);
    ip_small_al_add_garbage_skipped: ip("addrl add prefix 1::/64 foo label 3 bar help").check(AL);
    ip_small_al_add_abbrev_not_keywords: ip("addrl add pre 5::/64 lab 3 d lo").check(AL);
    ip_small_al_add_exists: ip("addrl add prefix 2001:db8::/32 label 9").setup(LABELS).check(AL);
    ip_small_al_add_v4_prefix: ip("addrl add prefix 10.0.0.0/8 label 9").check(AL);
    ip_small_al_add_v4_host: ip("addrl add prefix 10.1.2.3 label 9").check(AL);
    ip_small_al_add_v4_family: ip("-4 addrl add prefix 10.0.0.0/8 label 9").check(AL);
    ip_small_al_add_v4_family_v6_prefix: ip("-4 addrl add prefix 1::/3 label 9");
    ip_small_al_add_v6_family_v4_prefix: ip("-6 addrl add prefix 1.2.3.4 label 9");
    ip_small_al_add_link_family: ip("-0 addrl add prefix 1.2.3.4 label 9");
    ip_small_al_add_mpls_family: ip("-M addrl add prefix 1.2.3.4 label 9");
    ip_small_al_add_v6_family: ip("-6 addrl add prefix 7::/16 label 9").check(AL);
    ip_small_al_add_default: ip("addrl add prefix default label 2").check(AL);
    ip_small_al_add_any: ip("addrl add prefix any label 2").check(AL);
    ip_small_al_add_bad_prefix: ip("addrl add prefix zz label 2");
    ip_small_al_add_bad_len: ip("addrl add prefix 1::/129 label 2");
    ip_small_al_add_no_label: ip("addrl add prefix 1::/64");
    ip_small_al_add_no_prefix: ip("addrl add label 3");
    ip_small_al_add_nothing: ip("addrl add");
    ip_small_al_add_foo: ip("addrl add foo");
    ip_small_al_add_dev_missing: ip("addrl add dev nope");
    ip_small_al_add_dev_missing_late: ip("addrl add prefix 1::/64 label 3 dev nope");
    ip_small_al_add_label_neg: ip("addrl add prefix 1::/64 label -1");
    ip_small_al_add_label_max: ip("addrl add prefix 1::/64 label 4294967295");
    ip_small_al_add_label_big: ip("addrl add prefix 1::/64 label 4294967296");
    ip_small_al_add_label_text: ip("addrl add prefix 1::/64 label x");
    ip_small_al_add_prefix_incomplete: ip("addrl add prefix 1::/64 label 3 prefix");
    ip_small_al_add_label_incomplete: ip("addrl add prefix 1::/64 label");
    ip_small_al_add_dev_incomplete: ip("addrl add prefix 1::/64 label 3 dev");
    ip_small_al_del: ip("addrl del prefix 2001:db8::/32 label 70").setup(LABELS).check(AL);
    ip_small_al_del_d: ip("addrl d prefix 2001:db8:1::/48 dev v0 label 71").setup(LABELS).check(AL);
    ip_small_al_del_wrong_label: ip("addrl delete prefix 2001:db8::/32 label 7").setup(LABELS).check(AL);
    ip_small_al_del_wrong_dev: ip("addrl del prefix 2001:db8:1::/48 label 71").setup(LABELS).check(AL);
    ip_small_al_del_no_label: ip("addrl del prefix 2001:db8::/32").setup(LABELS);
    ip_small_al_del_nothing: ip("addrl del");
    ip_small_al_flush: ip("addrlabel flush").setup(LABELS).check(AL);
    ip_small_al_flush_f: ip("addrl f").setup(LABELS).check(AL);
    ip_small_al_flush_json: ip("-j addrl flush").setup(LABELS).check(AL);
    ip_small_al_flush_v6: ip("-6 addrl flush").setup(LABELS).check(AL);
    ip_small_al_flush_v4: ip("-4 addrl flush").setup(LABELS).check(AL);
    ip_small_al_flush_args: ip("addrl flush x").setup(LABELS).check(AL);
}
