//! Extensions of group a against iptables-nft 1.8.9: recent, connmark, CONNMARK, CT and
//! NOTRACK, helper, connlimit, hashlimit. Each: the options (and `!` forms) written and read
//! back, the errors, the listings, -C/-D by spec, rules the reference wrote read back, and
//! the help.

use crate::common::{self, argv, Case};

fn ipt(args: &str) -> Case {
    let mut words = vec!["iptables"];
    words.extend(args.split_whitespace());
    argv(words.as_slice())
}

const S: &str = "iptables -S";
const ALL: &str = "iptables -S; iptables -L -n -v; iptables-save | grep -v '^#'; nft list ruleset";

/// recent as ufw, kube-proxy and fail2ban write it, and the rest of its options.
const RECENT: &str = "\
iptables -A INPUT -m recent --set --name DEFAULT --mask 255.255.255.255 --rsource
iptables -A INPUT -m recent --update --seconds 30 --hitcount 6 --name DEFAULT --mask 255.255.255.255 --rsource -j DROP
iptables -A INPUT -m recent --rcheck --seconds 10800 --reap --name KUBE-SEP-XXX --mask 255.255.255.255 --rsource -j ACCEPT
iptables -A INPUT -m recent ! --rcheck --rdest --hitcount 3 --rttl -j DROP
iptables -A INPUT -m recent --remove --name f2b-ssh --mask 255.255.0.0 -j ACCEPT
iptables -A INPUT -m recent ! --update --seconds 4294967295 --name 'a b' -j ACCEPT
iptables -A INPUT -m recent ! --set --mask 1.2.3 -j ACCEPT";

cases! {
    ipt_ext_a_recent_dump: ipt("-S").setup(RECENT);
    ipt_ext_a_recent_list: ipt("-L").setup(RECENT);
    ipt_ext_a_recent_list_numeric: ipt("-L -n -v").setup(RECENT);
    ipt_ext_a_recent_save: argv(["iptables-save"]).norm(common::SAVE_DATES).setup(RECENT);
    ipt_ext_a_recent_ufw: ipt("-A INPUT -m recent --set --name DEFAULT --mask 255.255.255.255 --rsource").check(ALL);
    ipt_ext_a_recent_ufw_update: ipt("-A INPUT -m recent --update --seconds 30 --hitcount 6 -j DROP").check(ALL);
    ipt_ext_a_recent_kube: ipt("-A INPUT -m recent --rcheck --seconds 10800 --reap --name KUBE-SEP-XXX --mask 255.255.255.255 --rsource -j ACCEPT").check(ALL);
    ipt_ext_a_recent_inverted: ipt("-A INPUT -m recent ! --rcheck --rdest --hitcount 3 --rttl -j DROP").check(ALL);
    ipt_ext_a_recent_remove: ipt("-A INPUT -m recent ! --remove --name f2b-ssh --mask 255.255.0.0 --rdest --rsource").check(ALL);
    ipt_ext_a_recent_name_space: argv(["iptables", "-A", "INPUT", "-m", "recent", "--update", "--name", "a b", "--seconds", "4294967295"]).check(ALL);
    ipt_ext_a_recent_long_name: ipt("-A INPUT -m recent --set --name 01234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789").check(S);
    ipt_ext_a_recent_mask_short: ipt("-A INPUT -m recent --set --mask 1.2.3").check(S);
    ipt_ext_a_recent_hitcount_zero: ipt("-A INPUT -m recent --rcheck --hitcount 0").check(S);
    ipt_ext_a_recent_no_command: ipt("-A INPUT -m recent --seconds 5");
    ipt_ext_a_recent_nothing: ipt("-A INPUT -m recent");
    ipt_ext_a_recent_reap_alone: ipt("-A INPUT -m recent --reap");
    ipt_ext_a_recent_reap_needs_seconds: ipt("-A INPUT -m recent --rcheck --reap");
    ipt_ext_a_recent_set_rcheck: ipt("-A INPUT -m recent --set --rcheck");
    ipt_ext_a_recent_update_set: ipt("-A INPUT -m recent --update --set");
    ipt_ext_a_recent_rcheck_update: ipt("-A INPUT -m recent --rcheck --update");
    ipt_ext_a_recent_remove_update: ipt("-A INPUT -m recent --remove --update");
    ipt_ext_a_recent_set_rttl: ipt("-A INPUT -m recent --set --rttl");
    ipt_ext_a_recent_rttl_remove: ipt("-A INPUT -m recent --rttl --remove");
    ipt_ext_a_recent_conflict_after_bad: ipt("-A INPUT -m recent --set --rcheck --seconds x");
    ipt_ext_a_recent_set_seconds_kernel: ipt("-A INPUT -m recent --set --seconds 5").check(S);
    ipt_ext_a_recent_bad_seconds: ipt("-A INPUT -m recent --rcheck --seconds 0");
    ipt_ext_a_recent_bad_hitcount: ipt("-A INPUT -m recent --rcheck --hitcount 4294967296");
    ipt_ext_a_recent_bad_mask: ipt("-A INPUT -m recent --set --mask 1.2.3.4/8");
    ipt_ext_a_recent_v6_mask: ipt("-A INPUT -m recent --set --mask ::1");
    ipt_ext_a_recent_twice: ipt("-A INPUT -m recent --set --set");
    ipt_ext_a_recent_name_twice: ipt("-A INPUT -m recent --set --name a --name b");
    ipt_ext_a_recent_inv_seconds: ipt("-A INPUT -m recent --rcheck ! --seconds 5");
    ipt_ext_a_recent_inv_rsource: ipt("-A INPUT -m recent --set ! --rsource");
    ipt_ext_a_recent_check: ipt("-C INPUT -m recent --update --seconds 30 --hitcount 6 --name DEFAULT --mask 255.255.255.255 --rsource -j DROP").setup(RECENT);
    ipt_ext_a_recent_check_missing: ipt("-C INPUT -m recent --update --seconds 31 --hitcount 6 -j DROP").setup(RECENT);
    ipt_ext_a_recent_delete: ipt("-D INPUT -m recent --rcheck --seconds 10800 --reap --name KUBE-SEP-XXX -j ACCEPT").setup(RECENT).check(S);
    ipt_ext_a_recent_delete_name_tail: argv(["iptables", "-D", "INPUT", "-m", "recent", "!", "--update", "--seconds", "4294967295", "--name", "a b", "-j", "ACCEPT"]).setup(RECENT).check(S);
    ipt_ext_a_recent_help: ipt("-m recent -h");
}
