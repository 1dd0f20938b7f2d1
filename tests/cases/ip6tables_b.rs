//! The IPv6-only extensions of group b against ip6tables-nft 1.8.9: the frag, ah, dst, hbh,
//! eui64, ipv6header and srh matches and the DNPT and SNPT targets. Each is added with its
//! options, refused with the reference's messages, listed every way, checked and deleted by
//! spec, read back from rules the reference wrote, restored, its `-h` section printed, and
//! refused by iptables.

use crate::common::{argv, ip6t, ipt};

const S: &str = "ip6tables -S";
/// The state read back every way.
const SHOW: &str = "ip6tables -S; ip6tables -L -n -v; ip6tables -L; ip6tables-save | grep -v '^#'";

/// frag rules iptables-nft writes.
const FRAG: &str = "\
ip6tables -A INPUT -m frag --fragid 5 -j ACCEPT
ip6tables -A INPUT -m frag ! --fragid 5:10 --fraglen 8 --fragres --fragfirst
ip6tables -A INPUT -m frag --fragmore -j DROP
ip6tables -A INPUT -m frag --fraglast --fragres
ip6tables -A INPUT -m frag ! --fraglen 0
ip6tables -A INPUT -m frag ! --fragid 0:4294967295
ip6tables -A INPUT -m frag --fragid 0:4294967295
ip6tables -A INPUT -m frag --fragid 5:1 --fragfirst --fragmore
ip6tables -A INPUT -m frag ! --fragid 7 ! --fraglen 3
ip6tables -A INPUT -m frag";

cases! {
    // frag
    ip6t_b_frag_help: ip6t("-m frag -h");
    ip6t_b_frag_id: ip6t("-A INPUT -m frag --fragid 5").check(SHOW);
    ip6t_b_frag_all: ip6t("-A INPUT -m frag ! --fragid 5:10 --fraglen 8 --fragres --fragfirst").check(SHOW);
    ip6t_b_frag_more: ip6t("-A INPUT -m frag --fragmore -j ACCEPT").check(SHOW);
    ip6t_b_frag_last: ip6t("-A INPUT -m frag --fraglast --fragfirst").check(SHOW);
    ip6t_b_frag_len_inverted: ip6t("-A INPUT -m frag ! --fraglen 0x10").check(SHOW);
    ip6t_b_frag_open_ranges: argv(["sh", "-c", "ip6tables -A INPUT -m frag --fragid :5; ip6tables -A INPUT -m frag --fragid 5:; ip6tables -A INPUT -m frag ! --fragid :; ip6tables -A INPUT -m frag --fragid=0:0; ip6tables -A INPUT -m frag --fragid 4294967295:1"]).check(SHOW);
    ip6t_b_frag_plain: ip6t("-A INPUT -m frag").check(SHOW);
    ip6t_b_frag_more_last: ip6t("-A INPUT -m frag --fragmore --fraglast");
    ip6t_b_frag_last_more: ip6t("-A INPUT -m frag --fraglast --fragmore");
    ip6t_b_frag_last_more_bad_id: ip6t("-A INPUT -m frag --fraglast --fragmore --fragid x");
    ip6t_b_frag_bad_id: ip6t("-A INPUT -m frag --fragid x");
    ip6t_b_frag_negative_id: ip6t("-A INPUT -m frag --fragid 1:-1");
    ip6t_b_frag_id_junk: ip6t("-A INPUT -m frag --fragid 5x");
    ip6t_b_frag_id_three: ip6t("-A INPUT -m frag --fragid 1:2:3");
    ip6t_b_frag_id_too_big: ip6t("-A INPUT -m frag --fragid 4294967296");
    ip6t_b_frag_bad_len: ip6t("-A INPUT -m frag --fraglen x");
    ip6t_b_frag_len_too_big: ip6t("-A INPUT -m frag --fraglen 4294967296");
    ip6t_b_frag_len_negative: ip6t("-A INPUT -m frag --fraglen -1");
    ip6t_b_frag_res_inverted: ip6t("-A INPUT -m frag ! --fragres");
    ip6t_b_frag_first_inverted: ip6t("-A INPUT -m frag ! --fragfirst");
    ip6t_b_frag_more_inverted: ip6t("-A INPUT -m frag ! --fragmore");
    ip6t_b_frag_last_inverted: ip6t("-A INPUT -m frag ! --fraglast");
    ip6t_b_frag_id_twice: ip6t("-A INPUT -m frag --fragid 1 --fragid 2");
    ip6t_b_frag_first_twice: ip6t("-A INPUT -m frag --fragfirst --fragfirst");
    ip6t_b_frag_no_arg: ip6t("-A INPUT -m frag --fragid");
    ip6t_b_frag_ambiguous: ip6t("-A INPUT -m frag --frag 3");
    ip6t_b_frag_prefix: ip6t("-A INPUT -m frag --fragl 3 --fragf").check(S);
    ip6t_b_frag_list: ip6t("-L -n -v").setup(FRAG);
    ip6t_b_frag_list_names: ip6t("-L").setup(FRAG);
    ip6t_b_frag_dump: ip6t("-S").setup(FRAG);
    ip6t_b_frag_save: argv(["sh", "-c", "ip6tables-save | grep -v '^#'"]).setup(FRAG);
    ip6t_b_frag_check: ip6t("-C INPUT -m frag ! --fragid 5:10 --fraglen 8 --fragres --fragfirst").setup(FRAG);
    ip6t_b_frag_check_missing: ip6t("-C INPUT -m frag --fragid 5:10 --fraglen 8 --fragres --fragfirst").setup(FRAG);
    ip6t_b_frag_check_inverted_full: ip6t("-C INPUT -m frag --fragid 0:4294967295").setup("ip6tables -A INPUT -m frag ! --fragid 0:4294967295");
    ip6t_b_frag_delete: ip6t("-D INPUT -m frag --fragid 5:1 --fragmore --fragfirst").setup(FRAG).check(S);
    ip6t_b_frag_restore: argv(["ip6tables-restore"]).stdin("*filter\n-A INPUT -m frag ! --fragid 1:2 --fraglast\n-A OUTPUT -m frag --fraglen 4 -j DROP\nCOMMIT\n").check(SHOW);
    ip6t_b_frag_nft: ip6t("-A INPUT -m frag --fragid 9 --fragres").check("nft list ruleset");
    ip6t_b_frag_v4: ipt("-A INPUT -m frag --fragid 5");
    ip6t_b_frag_v4_help: ipt("-m frag -h");
}
