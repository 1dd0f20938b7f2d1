//! Extensions of group a against iptables-nft 1.8.9: recent, connmark, CONNMARK, CT and
//! NOTRACK, helper, connlimit, hashlimit. Each: the options (and `!` forms) written and read
//! back, the errors, the listings, -C/-D by spec, rules the reference wrote read back, and
//! the help.

use crate::common::{self, argv, ipt};

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

    // connmark
    ipt_ext_a_connmark_dump: ipt("-S").setup(CONNMARK);
    ipt_ext_a_connmark_list: ipt("-L").setup(CONNMARK);
    ipt_ext_a_connmark_list_numeric: ipt("-L -n -v").setup(CONNMARK);
    ipt_ext_a_connmark_add: ipt("-A INPUT -m connmark --mark 0x5/0x7 -j ACCEPT").check(ALL);
    ipt_ext_a_connmark_add_inverted: ipt("-A INPUT -m connmark ! --mark 5").check(ALL);
    ipt_ext_a_connmark_add_zero: ipt("-A INPUT -m connmark --mark 0/0").check(S);
    ipt_ext_a_connmark_missing: ipt("-A INPUT -m connmark");
    ipt_ext_a_connmark_bad: ipt("-A INPUT -m connmark --mark 4294967296");
    ipt_ext_a_connmark_bad_mask: ipt("-A INPUT -m connmark --mark 5/");
    ipt_ext_a_connmark_twice: ipt("-A INPUT -m connmark --mark 1 --mark 2");
    ipt_ext_a_connmark_check: ipt("-C INPUT -m connmark --mark 5/7 -j ACCEPT").setup(CONNMARK);
    ipt_ext_a_connmark_check_missing: ipt("-C INPUT -m connmark --mark 5/6 -j ACCEPT").setup(CONNMARK);
    ipt_ext_a_connmark_delete: ipt("-D INPUT -m connmark ! --mark 0x5").setup(CONNMARK).check(S);
    ipt_ext_a_connmark_help: ipt("-m connmark -h");

    // CONNMARK
    ipt_ext_a_ctmark_dump: ipt("-t mangle -S").setup(CONNMARK_T);
    ipt_ext_a_ctmark_list: ipt("-t mangle -L").setup(CONNMARK_T);
    ipt_ext_a_ctmark_list_numeric: ipt("-t mangle -L -n -v").setup(CONNMARK_T);
    ipt_ext_a_ctmark_save: argv(["iptables-save", "-t", "mangle"]).norm(common::SAVE_DATES).setup(CONNMARK_T);
    ipt_ext_a_ctmark_wg_restore: ipt("-t mangle -A PREROUTING -p udp -j CONNMARK --restore-mark --nfmask 0xffffffff --ctmask 0xffffffff").check(MANGLE_ALL);
    ipt_ext_a_ctmark_wg_save: ipt("-t mangle -A POSTROUTING -p udp -m mark --mark 0xca6c -j CONNMARK --save-mark --nfmask 0xffffffff --ctmask 0xffffffff").check(MANGLE_ALL);
    ipt_ext_a_ctmark_set_xmark: ipt("-t mangle -A PREROUTING -j CONNMARK --set-xmark 1/2").check(MANGLE_ALL);
    ipt_ext_a_ctmark_set_mark: ipt("-t mangle -A PREROUTING -j CONNMARK --set-mark 5/3 --nfmask 9").check(MANGLE_ALL);
    ipt_ext_a_ctmark_mask_first: ipt("-t mangle -A PREROUTING -j CONNMARK --ctmask 2 --set-xmark 1").check(MANGLE_ALL);
    ipt_ext_a_ctmark_nfmask_first: ipt("-t mangle -A PREROUTING -j CONNMARK --nfmask 1 --save-mark").check(MANGLE_ALL);
    ipt_ext_a_ctmark_restore_mask_shift: ipt("-t mangle -A PREROUTING -j CONNMARK --restore-mark --mask 3 --right-shift-mark 4").check(MANGLE_ALL);
    ipt_ext_a_ctmark_and: ipt("-t mangle -A PREROUTING -j CONNMARK --and-mark 0xf --left-shift-mark 2").check(MANGLE_ALL);
    ipt_ext_a_ctmark_or: ipt("-t mangle -A PREROUTING -j CONNMARK --or-mark 4").check(MANGLE_ALL);
    ipt_ext_a_ctmark_xor: ipt("-t mangle -A PREROUTING -j CONNMARK --xor-mark 8").check(MANGLE_ALL);
    ipt_ext_a_ctmark_two_shifts: ipt("-t mangle -A PREROUTING -j CONNMARK --save-mark --right-shift-mark 2 --left-shift-mark 1").check(MANGLE_ALL);
    ipt_ext_a_ctmark_shift_zero: ipt("-t mangle -A PREROUTING -j CONNMARK --save-mark --left-shift-mark 0").check(MANGLE_ALL);
    ipt_ext_a_ctmark_shift_32: ipt("-t mangle -A PREROUTING -j CONNMARK --save-mark --left-shift-mark 32").check(S);
    ipt_ext_a_ctmark_no_op: ipt("-t mangle -A PREROUTING -j CONNMARK");
    ipt_ext_a_ctmark_shift_only: ipt("-t mangle -A PREROUTING -j CONNMARK --left-shift-mark 3");
    ipt_ext_a_ctmark_masks_only: ipt("-t mangle -A PREROUTING -j CONNMARK --ctmask 1 --mask 2");
    ipt_ext_a_ctmark_set_save: ipt("-t mangle -A PREROUTING -j CONNMARK --save-mark --set-mark 1");
    ipt_ext_a_ctmark_xor_and: ipt("-t mangle -A PREROUTING -j CONNMARK --xor-mark 1 --and-mark 2");
    ipt_ext_a_ctmark_restore_or: ipt("-t mangle -A PREROUTING -j CONNMARK --restore-mark --or-mark 2");
    ipt_ext_a_ctmark_mask_nfmask: ipt("-t mangle -A PREROUTING -j CONNMARK --save-mark --mask 1 --nfmask 2");
    ipt_ext_a_ctmark_mask_ctmask: ipt("-t mangle -A PREROUTING -j CONNMARK --save-mark --mask 1 --ctmask 2");
    ipt_ext_a_ctmark_conflict_after_bad: ipt("-t mangle -A PREROUTING -j CONNMARK --set-mark 1 --save-mark --nfmask x");
    ipt_ext_a_ctmark_inverted: ipt("-t mangle -A PREROUTING -j CONNMARK ! --set-mark 1");
    ipt_ext_a_ctmark_bad_mark: ipt("-t mangle -A PREROUTING -j CONNMARK --set-mark 1/");
    ipt_ext_a_ctmark_bad_and: ipt("-t mangle -A PREROUTING -j CONNMARK --and-mark 1/2");
    ipt_ext_a_ctmark_bad_shift: ipt("-t mangle -A PREROUTING -j CONNMARK --save-mark --left-shift-mark 33");
    ipt_ext_a_ctmark_twice: ipt("-t mangle -A PREROUTING -j CONNMARK --save-mark --save-mark");
    ipt_ext_a_ctmark_check: ipt("-t mangle -C PREROUTING -j CONNMARK --set-mark 1").setup(CONNMARK_T);
    ipt_ext_a_ctmark_check_missing: ipt("-t mangle -C PREROUTING -j CONNMARK --set-mark 1/7").setup(CONNMARK_T);
    ipt_ext_a_ctmark_delete: ipt("-t mangle -D PREROUTING -j CONNMARK --restore-mark --ctmask 0xff").setup(CONNMARK_T).check("iptables -t mangle -S");
    ipt_ext_a_ctmark_help: ipt("-j CONNMARK -h");

    // CT and NOTRACK
    ipt_ext_a_ct_dump: ipt("-t raw -S").setup(CT);
    ipt_ext_a_ct_list: ipt("-t raw -L").setup(CT);
    ipt_ext_a_ct_list_numeric: ipt("-t raw -L -n -v").setup(CT);
    ipt_ext_a_ct_save: argv(["iptables-save", "-t", "raw"]).norm(common::SAVE_DATES).setup(CT);
    ipt_ext_a_ct_notrack: ipt("-t raw -A PREROUTING -j CT --notrack").check(RAW_ALL);
    ipt_ext_a_ct_zone_notrack: ipt("-t raw -A PREROUTING -p udp --dport 53 -j CT --zone 3 --notrack").check(RAW_ALL);
    ipt_ext_a_ct_events: ipt("-t raw -A PREROUTING -j CT --zone-orig mark --ctevents new,related,destroy,reply,assured,protoinfo,helper,mark,natseqinfo,secmark --expevents new").check(RAW_ALL);
    ipt_ext_a_ct_both_zones: ipt("-t raw -A OUTPUT -j CT --zone-orig 3 --zone-reply 4 --ctevents mark,new").check(RAW_ALL);
    ipt_ext_a_ct_zone_then_orig: ipt("-t raw -A OUTPUT -j CT --zone 3 --zone-orig 4").check(RAW_ALL);
    ipt_ext_a_ct_zone_reply_mark: ipt("-t raw -A OUTPUT -j CT --zone-reply mark").check(RAW_ALL);
    ipt_ext_a_ct_zone_zero: ipt("-t raw -A OUTPUT -j CT --zone 0").check(RAW_ALL);
    ipt_ext_a_ct_plain: ipt("-t raw -A OUTPUT -j CT").check(RAW_ALL);
    ipt_ext_a_ct_verbose: ipt("-t raw -v -A OUTPUT -j CT --notrack --zone 2").check("iptables -t raw -S");
    ipt_ext_a_ct_helper_kernel: ipt("-t raw -A PREROUTING -p tcp -j CT --helper nosuchhelper").check("iptables -t raw -S");
    ipt_ext_a_ct_timeout_kernel: ipt("-t raw -A PREROUTING -j CT --timeout nosuchpolicy").check("iptables -t raw -S");
    ipt_ext_a_ct_bad_zone: ipt("-t raw -A OUTPUT -j CT --zone 65536");
    ipt_ext_a_ct_bad_zone_word: ipt("-t raw -A OUTPUT -j CT --zone-orig x");
    ipt_ext_a_ct_bad_event: ipt("-t raw -A OUTPUT -j CT --ctevents new,bogus,x");
    ipt_ext_a_ct_empty_event: ipt("-t raw -A OUTPUT -j CT --ctevents new,");
    ipt_ext_a_ct_bad_expevent: ipt("-t raw -A OUTPUT -j CT --expevents destroy");
    ipt_ext_a_ct_inverted: ipt("-t raw -A OUTPUT -j CT ! --notrack");
    ipt_ext_a_ct_twice: ipt("-t raw -A OUTPUT -j CT --zone mark --zone 3");
    ipt_ext_a_ct_check: ipt("-t raw -C PREROUTING -j CT --notrack --zone 3").setup(CT);
    ipt_ext_a_ct_check_missing: ipt("-t raw -C PREROUTING -j CT --notrack --zone 4").setup(CT);
    ipt_ext_a_ct_delete: ipt("-t raw -D OUTPUT -j CT --ctevents new,mark --zone 4").setup(CT).check("iptables -t raw -S");
    ipt_ext_a_ct_help: ipt("-j CT -h");
    ipt_ext_a_notrack_add: ipt("-t raw -A OUTPUT -j NOTRACK").check(RAW_ALL);
    ipt_ext_a_notrack_verbose: ipt("-t raw -v -A OUTPUT -j NOTRACK").check(RAW_ALL);
    ipt_ext_a_notrack_option: ipt("-t raw -A OUTPUT -j NOTRACK --zone 1");
    ipt_ext_a_notrack_delete: ipt("-t raw -D PREROUTING -j NOTRACK").setup(CT).check("iptables -t raw -S");
    ipt_ext_a_notrack_delete_as_ct: ipt("-t raw -D PREROUTING -j CT --notrack").setup("iptables -t raw -A PREROUTING -j NOTRACK").check("iptables -t raw -S");
    ipt_ext_a_notrack_check: ipt("-t raw -C PREROUTING -j NOTRACK").setup(CT);
    ipt_ext_a_notrack_help: ipt("-j NOTRACK -h");

    // helper
    ipt_ext_a_helper_dump: ipt("-S").setup(HELPER);
    ipt_ext_a_helper_list: ipt("-L").setup(HELPER);
    ipt_ext_a_helper_list_numeric: ipt("-L -n -v").setup(HELPER);
    ipt_ext_a_helper_save: argv(["iptables-save"]).norm(common::SAVE_DATES).setup(HELPER);
    ipt_ext_a_helper_add: ipt("-A INPUT -p tcp -m helper --helper ftp -j ACCEPT").check(ALL);
    ipt_ext_a_helper_add_inverted: ipt("-A INPUT -m helper ! --helper sip").check(ALL);
    ipt_ext_a_helper_add_long: ipt("-A INPUT -m helper --helper 0123456789012345678901234567890123").check(ALL);
    ipt_ext_a_helper_add_quoted: argv(["iptables", "-A", "INPUT", "-m", "helper", "--helper", "a \\\"b"]).check(ALL);
    ipt_ext_a_helper_add_empty: argv(["iptables", "-A", "INPUT", "-m", "helper", "--helper", ""]).check(ALL);
    ipt_ext_a_helper_missing: ipt("-A INPUT -m helper");
    ipt_ext_a_helper_twice: ipt("-A INPUT -m helper --helper a --helper b");
    ipt_ext_a_helper_check: ipt("-C INPUT -m helper ! --helper sip").setup(HELPER);
    ipt_ext_a_helper_check_missing: ipt("-C INPUT -m helper --helper sip").setup(HELPER);
    ipt_ext_a_helper_delete: ipt("-D INPUT -m helper --helper ftp -j ACCEPT").setup(HELPER).check(S);
    ipt_ext_a_helper_delete_any: ipt("-D INPUT -m helper --helper nothing").setup(HELPER).check(S);
    ipt_ext_a_helper_check_other_target: ipt("-C INPUT -m helper --helper ftp -j DROP").setup(HELPER);
    ipt_ext_a_helper_help: ipt("-m helper -h");

    // connlimit
    ipt_ext_a_connlimit_dump: ipt("-S").setup(CONNLIMIT);
    ipt_ext_a_connlimit_list: ipt("-L").setup(CONNLIMIT);
    ipt_ext_a_connlimit_list_numeric: ipt("-L -n -v").setup(CONNLIMIT);
    ipt_ext_a_connlimit_save: argv(["iptables-save"]).norm(common::SAVE_DATES).setup(CONNLIMIT);
    ipt_ext_a_connlimit_above: ipt("-A INPUT -p tcp --syn --dport 22 -m connlimit --connlimit-above 3 -j REJECT").check(ALL);
    ipt_ext_a_connlimit_upto_daddr: ipt("-A INPUT -p tcp -m connlimit --connlimit-upto 10 --connlimit-mask 24 --connlimit-daddr -j ACCEPT").check(ALL);
    ipt_ext_a_connlimit_inv_upto: ipt("-A INPUT -p tcp -m connlimit ! --connlimit-upto 4 --connlimit-saddr").check(ALL);
    ipt_ext_a_connlimit_inv_above: ipt("-A INPUT -m connlimit ! --connlimit-above 4 --connlimit-mask 0").check(ALL);
    ipt_ext_a_connlimit_mask_33: ipt("-A INPUT -m connlimit --connlimit-above 3 --connlimit-mask 33").check(ALL);
    ipt_ext_a_connlimit_mask_dotted: ipt("-A INPUT -m connlimit --connlimit-above 3 --connlimit-mask 255.255.0.0").check(ALL);
    ipt_ext_a_connlimit_mask_holes: ipt("-A INPUT -m connlimit --connlimit-above 3 --connlimit-mask 255.0.255.0").check(ALL);
    ipt_ext_a_connlimit_zero: ipt("-A INPUT -m connlimit --connlimit-upto 0").check(S);
    ipt_ext_a_connlimit_nothing: ipt("-A INPUT -m connlimit");
    ipt_ext_a_connlimit_mask_only: ipt("-A INPUT -m connlimit --connlimit-mask 24");
    ipt_ext_a_connlimit_both: ipt("-A INPUT -m connlimit --connlimit-above 3 --connlimit-upto 4");
    ipt_ext_a_connlimit_both_sides: ipt("-A INPUT -m connlimit --connlimit-upto 3 --connlimit-daddr --connlimit-saddr");
    ipt_ext_a_connlimit_sides_only: ipt("-A INPUT -m connlimit --connlimit-daddr --connlimit-saddr");
    ipt_ext_a_connlimit_conflict_after_bad: ipt("-A INPUT -m connlimit --connlimit-upto 1 --connlimit-above 2 --connlimit-mask x");
    ipt_ext_a_connlimit_bad: ipt("-A INPUT -m connlimit --connlimit-above 4294967296");
    ipt_ext_a_connlimit_bad_mask: ipt("-A INPUT -m connlimit --connlimit-above 3 --connlimit-mask x");
    ipt_ext_a_connlimit_inv_mask: ipt("-A INPUT -m connlimit --connlimit-above 3 ! --connlimit-mask 24");
    ipt_ext_a_connlimit_twice: ipt("-A INPUT -m connlimit --connlimit-above 1 --connlimit-above 2");
    ipt_ext_a_connlimit_check: ipt("-C INPUT -p tcp -m connlimit --connlimit-above 3 --connlimit-mask 32").setup(CONNLIMIT);
    ipt_ext_a_connlimit_check_missing: ipt("-C INPUT -p tcp -m connlimit --connlimit-upto 3").setup(CONNLIMIT);
    ipt_ext_a_connlimit_delete: ipt("-D INPUT -p tcp -m connlimit --connlimit-upto 10 --connlimit-mask 24 --connlimit-daddr -j ACCEPT").setup(CONNLIMIT).check(S);
    ipt_ext_a_connlimit_help: ipt("-m connlimit -h");

    // hashlimit
    ipt_ext_a_hashlimit_dump: ipt("-S").setup(HASHLIMIT);
    ipt_ext_a_hashlimit_list: ipt("-L").setup(HASHLIMIT);
    ipt_ext_a_hashlimit_list_numeric: ipt("-L -n -v").setup(HASHLIMIT);
    ipt_ext_a_hashlimit_save: argv(["iptables-save"]).norm(common::SAVE_DATES).setup(HASHLIMIT);
    ipt_ext_a_hashlimit_bytes_dump: ipt("-S").setup(HASHLIMIT_BYTES);
    ipt_ext_a_hashlimit_bytes_list: ipt("-L -n").setup(HASHLIMIT_BYTES);
    ipt_ext_a_hashlimit_upto: ipt("-A INPUT -m hashlimit --hashlimit-upto 5/s --hashlimit-name foo").check(ALL);
    ipt_ext_a_hashlimit_above_all: ipt("-A INPUT -p tcp -m hashlimit --hashlimit-above 5/min --hashlimit-name b --hashlimit-burst 10 --hashlimit-mode srcip,dstport --hashlimit-srcmask 24 --hashlimit-dstmask 255.255.0.0 -j DROP").check(ALL);
    ipt_ext_a_hashlimit_htable: ipt("-A INPUT -m hashlimit --hashlimit-upto 1/hour --hashlimit-name c --hashlimit-htable-size 100 --hashlimit-htable-max 200 --hashlimit-htable-gcinterval 3000 --hashlimit-htable-expire 4000").check(ALL);
    ipt_ext_a_hashlimit_bytes: ipt("-A INPUT -m hashlimit --hashlimit-upto 100kb/s --hashlimit-name d").check(ALL);
    ipt_ext_a_hashlimit_bytes_burst: ipt("-A INPUT -m hashlimit --hashlimit-burst 1500 --hashlimit-above 1kb/s --hashlimit-name d").check(ALL);
    ipt_ext_a_hashlimit_bytes_expire: ipt("-A INPUT -m hashlimit --hashlimit-upto 1kb/s --hashlimit-burst 2kb --hashlimit-name a --hashlimit-htable-expire 15000").check(ALL);
    ipt_ext_a_hashlimit_bytes_small_burst: ipt("-A INPUT -m hashlimit --hashlimit-upto 1kb/s --hashlimit-burst 1000 --hashlimit-name a");
    ipt_ext_a_hashlimit_all_modes: ipt("-A INPUT -m hashlimit --hashlimit-upto 5 --hashlimit-name f --hashlimit-mode dstip,srcport,,srcip,dstport").check(ALL);
    ipt_ext_a_hashlimit_empty_mode: argv(["iptables", "-A", "INPUT", "-m", "hashlimit", "--hashlimit-upto", "5/se", "--hashlimit-name", "f", "--hashlimit-mode", ""]).check(S);
    ipt_ext_a_hashlimit_rate_match: ipt("-A INPUT -m hashlimit --hashlimit-upto 5/day --hashlimit-name g --hashlimit-rate-match --hashlimit-rate-interval 5").check(ALL);
    ipt_ext_a_hashlimit_rate_match_min: ipt("-A INPUT -m hashlimit --hashlimit-rate-match --hashlimit-upto 5/min --hashlimit-name x --hashlimit-htable-expire 100").check(ALL);
    ipt_ext_a_hashlimit_interval_alone: ipt("-A INPUT -m hashlimit --hashlimit-upto 5/min --hashlimit-name x --hashlimit-rate-interval 2").check(ALL);
    ipt_ext_a_hashlimit_inverted: ipt("-A INPUT -m hashlimit ! --hashlimit-upto 333/h --hashlimit-name n").check(ALL);
    ipt_ext_a_hashlimit_inverted_above: ipt("-A INPUT -m hashlimit ! --hashlimit-above 7/m --hashlimit-burst 0x10 --hashlimit-name n").check(ALL);
    ipt_ext_a_hashlimit_packet_burst_kb: ipt("-A INPUT -m hashlimit --hashlimit-upto 5/s --hashlimit-burst 1kb --hashlimit-name n").check(S);
    ipt_ext_a_hashlimit_lenient_rate: ipt("-A INPUT -m hashlimit --hashlimit-upto 10mb/min --hashlimit-name n").check(S);
    ipt_ext_a_hashlimit_fastest: ipt("-A INPUT -m hashlimit --hashlimit-upto 1000000/s --hashlimit-name n").check(S);
    ipt_ext_a_hashlimit_long_name: ipt("-A INPUT -m hashlimit --hashlimit-upto 1/s --hashlimit-name 0123456789012345678901234567890123456789").check(S);
    ipt_ext_a_hashlimit_nothing: ipt("-A INPUT -m hashlimit");
    ipt_ext_a_hashlimit_no_rate: ipt("-A INPUT -m hashlimit --hashlimit-name x");
    ipt_ext_a_hashlimit_no_name: ipt("-A INPUT -m hashlimit --hashlimit-upto 5/s");
    ipt_ext_a_hashlimit_both: ipt("-A INPUT -m hashlimit --hashlimit-above 3/s --hashlimit-upto 5/s --hashlimit-name x");
    ipt_ext_a_hashlimit_too_fast: ipt("-A INPUT -m hashlimit --hashlimit-upto 2000000/s --hashlimit-name x");
    ipt_ext_a_hashlimit_bad_unit: ipt("-A INPUT -m hashlimit --hashlimit-upto 5/minutes --hashlimit-name x");
    ipt_ext_a_hashlimit_zero_rate: ipt("-A INPUT -m hashlimit --hashlimit-upto 0kb/s --hashlimit-name x");
    ipt_ext_a_hashlimit_bad_mode: ipt("-A INPUT -m hashlimit --hashlimit-upto 5/s --hashlimit-name x --hashlimit-mode none");
    ipt_ext_a_hashlimit_bad_burst: ipt("-A INPUT -m hashlimit --hashlimit-upto 5/s --hashlimit-name x --hashlimit-burst 0");
    ipt_ext_a_hashlimit_word_burst: ipt("-A INPUT -m hashlimit --hashlimit-upto 5/s --hashlimit-name x --hashlimit-burst x");
    ipt_ext_a_hashlimit_huge_burst: ipt("-A INPUT -m hashlimit --hashlimit-upto 5kb/s --hashlimit-name x --hashlimit-burst 1000000000000");
    ipt_ext_a_hashlimit_big_burst: ipt("-A INPUT -m hashlimit --hashlimit-upto 5/s --hashlimit-name x --hashlimit-burst 2mb");
    ipt_ext_a_hashlimit_bad_mask: ipt("-A INPUT -m hashlimit --hashlimit-upto 5/s --hashlimit-name x --hashlimit-srcmask x");
    ipt_ext_a_hashlimit_mask_33: ipt("-A INPUT -m hashlimit --hashlimit-upto 5/s --hashlimit-name x --hashlimit-dstmask 33");
    ipt_ext_a_hashlimit_bad_size: ipt("-A INPUT -m hashlimit --hashlimit-upto 5/s --hashlimit-name x --hashlimit-htable-size x");
    ipt_ext_a_hashlimit_bad_interval: ipt("-A INPUT -m hashlimit --hashlimit-upto 5/s --hashlimit-name x --hashlimit-rate-interval 0");
    ipt_ext_a_hashlimit_inv_mode: ipt("-A INPUT -m hashlimit --hashlimit-upto 5/s --hashlimit-name x ! --hashlimit-mode srcip");
    ipt_ext_a_hashlimit_gc_zero: ipt("-A INPUT -m hashlimit --hashlimit-upto 5/s --hashlimit-name x --hashlimit-htable-gcinterval 0").check(S);
    ipt_ext_a_hashlimit_check: ipt("-C INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-burst 5 --hashlimit-name foo").setup(HASHLIMIT);
    ipt_ext_a_hashlimit_check_missing: ipt("-C INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-burst 6 --hashlimit-name foo").setup(HASHLIMIT);
    ipt_ext_a_hashlimit_delete: ipt("-D INPUT -p tcp -m hashlimit --hashlimit-above 5/min --hashlimit-burst 10 --hashlimit-mode srcip,dstport --hashlimit-name b --hashlimit-srcmask 24 --hashlimit-dstmask 16 -j DROP").setup(HASHLIMIT).check(S);
    ipt_ext_a_hashlimit_help: ipt("-m hashlimit -h");

    // connbytes
    ipt_ext_a_connbytes_dump: ipt("-S").setup(CONNBYTES);
    ipt_ext_a_connbytes_list: ipt("-L").setup(CONNBYTES);
    ipt_ext_a_connbytes_list_numeric: ipt("-L -n -v").setup(CONNBYTES);
    ipt_ext_a_connbytes_save: argv(["iptables-save"]).norm(common::SAVE_DATES).setup(CONNBYTES);
    ipt_ext_a_connbytes_from: ipt("-A INPUT -m connbytes --connbytes 10: --connbytes-dir both --connbytes-mode bytes").check(ALL);
    ipt_ext_a_connbytes_inverted: ipt("-A INPUT -m connbytes ! --connbytes 10:100 --connbytes-dir original --connbytes-mode packets -j DROP").check(ALL);
    ipt_ext_a_connbytes_to: ipt("-A INPUT -m connbytes --connbytes :100 --connbytes-mode avgpkt --connbytes-dir reply").check(ALL);
    ipt_ext_a_connbytes_zero: ipt("-A INPUT -m connbytes --connbytes 0:0 --connbytes-dir both --connbytes-mode bytes").check(S);
    ipt_ext_a_connbytes_inverted_open: ipt("-A INPUT -m connbytes ! --connbytes 7 --connbytes-dir both --connbytes-mode bytes").check(ALL);
    ipt_ext_a_connbytes_max: ipt("-A INPUT -m connbytes --connbytes 18446744073709551615 --connbytes-dir both --connbytes-mode bytes").check(S);
    ipt_ext_a_connbytes_missing_dir: ipt("-A INPUT -m connbytes --connbytes 10:");
    ipt_ext_a_connbytes_missing_mode: ipt("-A INPUT -m connbytes --connbytes 10: --connbytes-dir both");
    ipt_ext_a_connbytes_missing_range: ipt("-A INPUT -m connbytes --connbytes-dir both --connbytes-mode bytes");
    ipt_ext_a_connbytes_bad: ipt("-A INPUT -m connbytes --connbytes x --connbytes-dir both --connbytes-mode bytes");
    ipt_ext_a_connbytes_too_big: ipt("-A INPUT -m connbytes --connbytes 18446744073709551616 --connbytes-dir both --connbytes-mode bytes");
    ipt_ext_a_connbytes_three: ipt("-A INPUT -m connbytes --connbytes 1:2:3 --connbytes-dir both --connbytes-mode bytes");
    ipt_ext_a_connbytes_reversed: ipt("-A INPUT -m connbytes --connbytes 10:5 --connbytes-dir both --connbytes-mode bytes");
    ipt_ext_a_connbytes_bad_dir: ipt("-A INPUT -m connbytes --connbytes 10: --connbytes-dir foo --connbytes-mode bytes");
    ipt_ext_a_connbytes_bad_mode: ipt("-A INPUT -m connbytes --connbytes 10: --connbytes-dir both --connbytes-mode foo");
    ipt_ext_a_connbytes_inv_dir: ipt("-A INPUT -m connbytes --connbytes 10: ! --connbytes-dir both --connbytes-mode bytes");
    ipt_ext_a_connbytes_check: ipt("-C INPUT -m connbytes --connbytes 3:3 --connbytes-dir both --connbytes-mode bytes").setup(CONNBYTES);
    ipt_ext_a_connbytes_check_missing: ipt("-C INPUT -m connbytes --connbytes 3:4 --connbytes-dir both --connbytes-mode bytes").setup(CONNBYTES);
    ipt_ext_a_connbytes_delete: ipt("-D INPUT -m connbytes ! --connbytes 10:100 --connbytes-dir original --connbytes-mode packets -j DROP").setup(CONNBYTES).check(S);
    ipt_ext_a_connbytes_help: ipt("-m connbytes -h");

    // CONNSECMARK
    ipt_ext_a_connsecmark_list: ipt("-t mangle -L -n -v").setup(CONNSECMARK);
    ipt_ext_a_connsecmark_list_names: ipt("-t mangle -L").setup(CONNSECMARK);
    ipt_ext_a_connsecmark_dump: ipt("-t mangle -S").setup(CONNSECMARK);
    ipt_ext_a_connsecmark_save: ipt("-t mangle -A INPUT -j CONNSECMARK --save").check(MANGLE_ALL);
    ipt_ext_a_connsecmark_restore: ipt("-t security -A OUTPUT -p tcp -j CONNSECMARK --restore").check("iptables -t security -S; iptables -t security -L -v; iptables-save -t security | grep -v '^#'");
    ipt_ext_a_connsecmark_filter: ipt("-A INPUT -j CONNSECMARK --save").check(S);
    ipt_ext_a_connsecmark_nothing: ipt("-t mangle -A INPUT -j CONNSECMARK");
    ipt_ext_a_connsecmark_both: ipt("-t mangle -A INPUT -j CONNSECMARK --save --restore");
    ipt_ext_a_connsecmark_twice: ipt("-t mangle -A INPUT -j CONNSECMARK --save --save");
    ipt_ext_a_connsecmark_inverted: ipt("-t mangle -A INPUT -j CONNSECMARK ! --save");
    ipt_ext_a_connsecmark_delete: ipt("-t mangle -D INPUT -j CONNSECMARK --restore").setup(CONNSECMARK).check("iptables -t mangle -S");
    ipt_ext_a_connsecmark_check_missing: ipt("-t mangle -C OUTPUT -j CONNSECMARK --restore").setup(CONNSECMARK);
    ipt_ext_a_connsecmark_help: ipt("-j CONNSECMARK -h");

    // nfacct (the accounting objects made over nfnetlink first)
    ipt_ext_a_nfacct_dump: ipt("-S").setup(NFACCT);
    ipt_ext_a_nfacct_list: ipt("-L").setup(NFACCT);
    ipt_ext_a_nfacct_list_numeric: ipt("-L -n -v").setup(NFACCT);
    ipt_ext_a_nfacct_save: argv(["iptables-save"]).norm(common::SAVE_DATES).setup(NFACCT);
    ipt_ext_a_nfacct_add: ipt("-A OUTPUT -p tcp -m nfacct --nfacct-name bar -j ACCEPT").setup(NFACCT_OBJECTS).check(ALL);
    ipt_ext_a_nfacct_odd_name: argv(["iptables", "-A", "INPUT", "-m", "nfacct", "--nfacct-name", "a b"]).setup(NFACCT_OBJECTS).check(ALL);
    ipt_ext_a_nfacct_unknown: ipt("-A INPUT -m nfacct --nfacct-name nosuch").setup(NFACCT_OBJECTS).check(S);
    ipt_ext_a_nfacct_missing: ipt("-A INPUT -m nfacct");
    ipt_ext_a_nfacct_inverted: ipt("-A INPUT -m nfacct ! --nfacct-name foo");
    ipt_ext_a_nfacct_twice: ipt("-A INPUT -m nfacct --nfacct-name foo --nfacct-name bar");
    ipt_ext_a_nfacct_check: ipt("-C INPUT -m nfacct --nfacct-name foo").setup(NFACCT);
    ipt_ext_a_nfacct_check_missing: ipt("-C INPUT -m nfacct --nfacct-name bar").setup(NFACCT);
    ipt_ext_a_nfacct_delete: ipt("-D INPUT -m nfacct --nfacct-name foo").setup(NFACCT).check(S);
    ipt_ext_a_nfacct_help: ipt("-m nfacct -h");

    // connlabel, with and without /etc/xtables/connlabel.conf
    ipt_ext_a_connlabel_dump_no_conf: ipt("-S").setup(CONNLABEL);
    ipt_ext_a_connlabel_list_no_conf: ipt("-L").setup(CONNLABEL);
    ipt_ext_a_connlabel_list_numeric_no_conf: ipt("-L -n -v").setup(CONNLABEL);
    ipt_ext_a_connlabel_dump: ipt("-S").private_etc().setup(CONNLABEL_CONF);
    ipt_ext_a_connlabel_list: ipt("-L").private_etc().setup(CONNLABEL_CONF);
    ipt_ext_a_connlabel_list_numeric: ipt("-L -n").private_etc().setup(CONNLABEL_CONF);
    ipt_ext_a_connlabel_save: argv(["iptables-save"]).norm(common::SAVE_DATES).private_etc().setup(CONNLABEL_CONF);
    ipt_ext_a_connlabel_add_number: ipt("-A INPUT -m connlabel --label 5").check(ALL);
    ipt_ext_a_connlabel_add_hex: ipt("-A INPUT -m connlabel ! --label 0x7 --set").check(ALL);
    ipt_ext_a_connlabel_add_name: ipt("-A INPUT -m connlabel ! --label five --set -j DROP").private_etc().setup(LABELS).check(ALL);
    ipt_ext_a_connlabel_add_first_name: ipt("-A INPUT -m connlabel --label eth1-in").private_etc().setup(LABELS).check(S);
    ipt_ext_a_connlabel_name_no_conf: ipt("-A INPUT -m connlabel --label five");
    ipt_ext_a_connlabel_unknown_name: ipt("-A INPUT -m connlabel --label nosuch").private_etc().setup(LABELS);
    ipt_ext_a_connlabel_negative: ipt("-A INPUT -m connlabel --label -1").private_etc().setup(LABELS);
    ipt_ext_a_connlabel_too_big: ipt("-A INPUT -m connlabel --label 128").check(S);
    ipt_ext_a_connlabel_missing: ipt("-A INPUT -m connlabel --set");
    ipt_ext_a_connlabel_inv_set: ipt("-A INPUT -m connlabel --label 1 ! --set");
    ipt_ext_a_connlabel_check: ipt("-C INPUT -m connlabel --label five").private_etc().setup(CONNLABEL_CONF);
    ipt_ext_a_connlabel_check_any: ipt("-C INPUT -m connlabel --label 9 -j DROP").private_etc().setup(CONNLABEL_CONF);
    ipt_ext_a_connlabel_check_other_target: ipt("-C INPUT -m connlabel --label 127 -j ACCEPT").private_etc().setup(CONNLABEL_CONF);
    ipt_ext_a_connlabel_delete: ipt("-D INPUT -m connlabel ! --label 127 -j DROP").setup(CONNLABEL).check(S);
    ipt_ext_a_connlabel_help: ipt("-m connlabel -h");

    // SECMARK (the kernel without an SELinux policy refuses every rule)
    ipt_ext_a_secmark_kernel: ipt("-t mangle -A INPUT -j SECMARK --selctx system_u:object_r:ssh_packet_t:s0").check("iptables -t mangle -S");
    ipt_ext_a_secmark_verbose: ipt("-t mangle -v -A INPUT -p tcp -j SECMARK --selctx system_u:object_r:ssh_packet_t:s0");
    ipt_ext_a_secmark_missing: ipt("-t mangle -A INPUT -j SECMARK");
    ipt_ext_a_secmark_inverted: ipt("-t mangle -A INPUT -j SECMARK ! --selctx x");
    ipt_ext_a_secmark_twice: ipt("-t mangle -A INPUT -j SECMARK --selctx a --selctx b");
    ipt_ext_a_secmark_help: ipt("-j SECMARK -h");

    // iptables-restore: ufw's and wg-quick's rules, and a -D through restore
    ipt_ext_a_restore_all: argv(["sh", "-c", RESTORE]).check("iptables-save | grep -v '^#'; iptables -t mangle -S; iptables -t raw -L -n");

    // -v echoes of the rule added
    ipt_ext_a_verbose_recent: ipt("-v -A INPUT -p tcp -m recent ! --rcheck --seconds 10 --reap --name x --rdest -j DROP");
    ipt_ext_a_verbose_hashlimit: ipt("-v -A INPUT -m hashlimit --hashlimit-above 1kb/s --hashlimit-burst 2kb --hashlimit-name x --hashlimit-mode srcip -j DROP");
    ipt_ext_a_verbose_conn: ipt("-v -A INPUT -m connlimit --connlimit-upto 2 -m connmark --mark 3 -m connbytes ! --connbytes 1:2 --connbytes-dir reply --connbytes-mode packets -m helper --helper ftp -j CONNMARK --save-mark");
    ipt_ext_a_verbose_delete: ipt("-v -D INPUT -m recent --update --seconds 30 --hitcount 6 --mask 255.255.255.255 -j DROP").setup(RECENT).check(S);
}

const CONNMARK: &str = "\
iptables -A INPUT -m connmark --mark 5/7 -j ACCEPT
iptables -A INPUT -m connmark ! --mark 5
iptables -A INPUT -m connmark --mark 0xffffffff -m connmark ! --mark 0/0 -j DROP";

const MANGLE_ALL: &str = "iptables -t mangle -S; iptables -t mangle -L -n -v; iptables-save -t mangle | grep -v '^#'; nft list table ip mangle";

const CONNMARK_T: &str = "\
iptables -t mangle -A PREROUTING -p udp -j CONNMARK --restore-mark --nfmask 0xffffffff --ctmask 0xffffffff
iptables -t mangle -A PREROUTING -j CONNMARK --save-mark --nfmask 0xff --ctmask 0xf0 --right-shift-mark 2
iptables -t mangle -A PREROUTING -j CONNMARK --restore-mark --ctmask 0xff
iptables -t mangle -A PREROUTING -j CONNMARK --restore-mark --nfmask 0xff
iptables -t mangle -A PREROUTING -j CONNMARK --save-mark --mask 0xff
iptables -t mangle -A PREROUTING -j CONNMARK --set-mark 1
iptables -t mangle -A PREROUTING -j CONNMARK --set-xmark 1/3 --left-shift-mark 3
iptables -t mangle -A PREROUTING -j CONNMARK --and-mark 0xf0
iptables -t mangle -A PREROUTING -j CONNMARK --or-mark 0xf0
iptables -t mangle -A PREROUTING -j CONNMARK --xor-mark 0xf0
iptables -t mangle -A PREROUTING -j CONNMARK --set-mark 0/0";

const RAW_ALL: &str = "iptables -t raw -S; iptables -t raw -L -n -v; iptables-save -t raw | grep -v '^#'; nft list table ip raw";

const CT: &str = "\
iptables -t raw -A PREROUTING -j CT --notrack
iptables -t raw -A PREROUTING -p udp --dport 53 -j CT --zone 3 --notrack
iptables -t raw -A PREROUTING -j CT --zone-orig mark --ctevents new,related,destroy,reply,assured,protoinfo,helper,mark,natseqinfo,secmark --expevents new
iptables -t raw -A PREROUTING -j NOTRACK
iptables -t raw -A OUTPUT -j CT --zone-orig 3 --zone-reply 4 --ctevents mark,new
iptables -t raw -A OUTPUT -j CT
iptables -t raw -A OUTPUT -j CT --zone-reply 65535 --expevents new";

const HELPER: &str = "\
iptables -A INPUT -m helper --helper ftp -j ACCEPT
iptables -A INPUT -m helper ! --helper sip
iptables -A INPUT -m helper --helper 'a b\"c'
iptables -A INPUT -m helper --helper ''";

const CONNLIMIT: &str = "\
iptables -A INPUT -p tcp -m connlimit --connlimit-above 3
iptables -A INPUT -p tcp -m connlimit --connlimit-upto 10 --connlimit-mask 24 --connlimit-daddr -j ACCEPT
iptables -A INPUT -m connlimit ! --connlimit-above 4 --connlimit-mask 0 -j DROP
iptables -A INPUT -m connlimit ! --connlimit-upto 4294967295 --connlimit-mask 255.255.255.128";

const HASHLIMIT: &str = "\
iptables -A INPUT -m hashlimit --hashlimit-upto 5/s --hashlimit-name foo
iptables -A INPUT -p tcp -m hashlimit --hashlimit-above 5/min --hashlimit-name b --hashlimit-burst 10 --hashlimit-mode srcip,dstport --hashlimit-srcmask 24 --hashlimit-dstmask 16 -j DROP
iptables -A INPUT -m hashlimit --hashlimit-upto 1/hour --hashlimit-name c --hashlimit-htable-size 100 --hashlimit-htable-max 200 --hashlimit-htable-gcinterval 3000 --hashlimit-htable-expire 4000
iptables -A INPUT -m hashlimit --hashlimit-upto 5/day --hashlimit-name g --hashlimit-rate-match --hashlimit-rate-interval 5
iptables -A INPUT -m hashlimit --hashlimit-upto 5/s --hashlimit-name x --hashlimit-rate-interval 3
iptables -A INPUT -m hashlimit ! --hashlimit-upto 333/h --hashlimit-name n --hashlimit-mode dstip,dstport
iptables -A INPUT -m hashlimit --hashlimit-upto 13/s --hashlimit-name n -j ACCEPT
iptables -A INPUT -m hashlimit --hashlimit-upto 10/d --hashlimit-name n --hashlimit-htable-expire 86400000";

const HASHLIMIT_BYTES: &str = "\
iptables -A INPUT -m hashlimit --hashlimit-upto 1b/s --hashlimit-name a
iptables -A INPUT -m hashlimit --hashlimit-upto 17b/s --hashlimit-name a
iptables -A INPUT -m hashlimit --hashlimit-upto 100b/s --hashlimit-name a
iptables -A INPUT -m hashlimit --hashlimit-upto 1000b/s --hashlimit-name a
iptables -A INPUT -m hashlimit --hashlimit-upto 1023b/s --hashlimit-name a
iptables -A INPUT -m hashlimit --hashlimit-upto 1500b/s --hashlimit-name a
iptables -A INPUT -m hashlimit --hashlimit-upto 100kb/s --hashlimit-name a
iptables -A INPUT -m hashlimit --hashlimit-upto 1mb/s --hashlimit-name a
iptables -A INPUT -m hashlimit --hashlimit-upto 3000mb/s --hashlimit-name a
iptables -A INPUT -m hashlimit --hashlimit-upto 1kb/s --hashlimit-burst 5kb --hashlimit-name b
iptables -A INPUT -m hashlimit --hashlimit-upto 1kb/s --hashlimit-burst 3mb --hashlimit-name b
iptables -A INPUT -m hashlimit --hashlimit-above 2kb/s --hashlimit-burst 3kb --hashlimit-name b --hashlimit-htable-expire 5000
iptables -A INPUT -m hashlimit --hashlimit-upto 512b/s --hashlimit-burst 1kb --hashlimit-name b";

const CONNBYTES: &str = "\
iptables -A INPUT -m connbytes --connbytes 10: --connbytes-dir both --connbytes-mode bytes
iptables -A INPUT -m connbytes ! --connbytes 10:100 --connbytes-dir original --connbytes-mode packets -j DROP
iptables -A INPUT -m connbytes --connbytes :100 --connbytes-dir reply --connbytes-mode avgpkt
iptables -A INPUT -m connbytes ! --connbytes 7 --connbytes-dir both --connbytes-mode bytes
iptables -A INPUT -m connbytes --connbytes 3:3 --connbytes-dir both --connbytes-mode bytes";

const CONNSECMARK: &str = "\
iptables -t mangle -A INPUT -j CONNSECMARK --save
iptables -t mangle -A INPUT -j CONNSECMARK --restore
iptables -t mangle -A OUTPUT -j CONNSECMARK --save";

/// Makes the nfacct objects foo, bar and "a b" (NFNL_SUBSYS_ACCT, NFNL_MSG_ACCT_NEW).
macro_rules! nfacct_objects {
    () => {
        "python3 - <<'PY'
import socket, struct
s = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, 12)
s.bind((0, 0))
for i, name in enumerate([b'foo', b'bar', b'a b']):
    n = name + b'\\0'
    attr = struct.pack('<HH', 4 + len(n), 1) + n
    attr += b'\\0' * ((4 - len(attr) % 4) % 4)
    body = struct.pack('<BBH', 0, 0, 0) + attr
    s.send(struct.pack('<IHHII', 16 + len(body), 0x700, 0x405, i + 1, 0) + body)
    s.recv(4096)
PY"
    };
}

const NFACCT_OBJECTS: &str = nfacct_objects!();

const NFACCT: &str = concat!(
    nfacct_objects!(),
    "\n",
    "iptables -A INPUT -m nfacct --nfacct-name foo
iptables -A OUTPUT -p tcp -m nfacct --nfacct-name bar -j ACCEPT
iptables -A INPUT -m nfacct --nfacct-name 'a b' -j DROP"
);

const CONNLABEL: &str = "\
iptables -A INPUT -m connlabel --label 5
iptables -A INPUT -m connlabel ! --label 127 -j DROP
iptables -A INPUT -m connlabel --label 3 --set";

/// A label map: names with tabs and spaces, a comment, a bit named twice.
macro_rules! labels {
    () => {
        "mkdir -p /etc/xtables
printf '0\\teth0-in\\n1 eth1-in\\n  # comment\\n5 five\\n5 five-again\\n127 last\\n' >/etc/xtables/connlabel.conf
"
    };
}

const LABELS: &str = labels!();

const CONNLABEL_CONF: &str = concat!(
    labels!(),
    "iptables -A INPUT -m connlabel --label eth0-in
iptables -A INPUT -m connlabel ! --label five --set
iptables -A INPUT -m connlabel --label 127 -j DROP
iptables -A INPUT -m connlabel --label 6"
);

const RESTORE: &str = "iptables-restore <<'EOF'
*raw
:PREROUTING ACCEPT [0:0]
-A PREROUTING -p udp --dport 53 -j CT --notrack
-A PREROUTING -j NOTRACK
COMMIT
*mangle
:PREROUTING ACCEPT [0:0]
-A PREROUTING -p udp -j CONNMARK --restore-mark --nfmask 0xffffffff --ctmask 0xffffffff
-A PREROUTING -j CONNSECMARK --restore
COMMIT
*filter
:INPUT ACCEPT [0:0]
:ufw-user-input - [0:0]
-A INPUT -j ufw-user-input
-A ufw-user-input -p tcp --dport 22 -m conntrack --ctstate NEW -m recent --set --name DEFAULT --mask 255.255.255.255 --rsource
-A ufw-user-input -p tcp --dport 22 -m conntrack --ctstate NEW -m recent --update --seconds 30 --hitcount 6 --name DEFAULT --mask 255.255.255.255 --rsource -j DROP
-A INPUT -m hashlimit --hashlimit-upto 5/s --hashlimit-name foo -m connlimit --connlimit-above 3 -m connbytes --connbytes 10: --connbytes-dir both --connbytes-mode bytes -j ACCEPT
-A INPUT -m helper --helper ftp -m connmark ! --mark 1/1
-D INPUT -m helper --helper ftp -m connmark ! --mark 1/1
COMMIT
EOF
echo rc=$?";
