//! Extensions of group d against iptables-nft 1.8.9: sctp, dccp, esp/ah, icmp types,
//! REJECT types, NETMAP, devgroup/cpu/realm and tcp's --tcp-option. Each is added with its
//! options (and their `!` forms) and read back (`-S`, `-L`, `-L -n -v`, iptables-save),
//! deleted and checked by spec, refused with the reference's messages, read from rules
//! iptables-nft wrote, and its `-h` section printed.

use crate::common::{argv, ipt};

/// The filter table's state read back every way (by the reference: `check` scripts test what
/// ipkit wrote; listing by ipkit is tested by cases whose argv lists).
const SHOW: &str = "iptables -S; iptables -L -n -v; iptables -L; iptables-save | grep -v '^#'";
const S: &str = "iptables -S";
const NAT_SHOW: &str = "iptables -t nat -S; iptables -t nat -L -n; iptables -t nat -L";

/// sctp rules iptables-nft writes (CNI portmap writes the first form).
const SCTP: &str = "\
iptables -A INPUT -p sctp -m sctp --dport 3868 -j ACCEPT
iptables -A INPUT -p sctp --sport 1:2 ! --dport 5: -j ACCEPT
iptables -A INPUT -p sctp --dport 5672 --sport 0:5672 -j ACCEPT
iptables -A INPUT -p sctp --chunk-types any DATA,INIT -j DROP
iptables -A INPUT -p sctp ! --chunk-types only DATA:Be,ABORT:T -j DROP
iptables -A INPUT -p sctp --chunk-types all ALL -j DROP
iptables -A INPUT -p sctp --chunk-types any NONE -j DROP
iptables -A INPUT -p sctp --chunk-types ANY data:IUBEiube,i_data:I,SHUTDOWN_COMPLETE:t,ASCONF,ASCONF_ACK,FORWARD_TSN,RE_CONFIG,PAD,I_FORWARD_TSN -j DROP
iptables -A INPUT -p sctp --chunk-types all HEARTBEAT,HEARTBEAT_ACK,SHUTDOWN,SHUTDOWN_ACK,ERROR,COOKIE_ECHO,COOKIE_ACK,ECN_ECNE,ECN_CWR,INIT_ACK,SACK -j DROP
iptables -A INPUT -p sctp -m sctp -j ACCEPT
iptables -A INPUT -p sctp ! --sport 9 --chunk-types only ,ABORT:t,,INIT -j ACCEPT
iptables -A INPUT -p sctp --sport 0:65535 --dport : -j ACCEPT
iptables -A INPUT -p sctp ! --sport 0:65535 --dport 0x10:020 -j ACCEPT
iptables -A INPUT -p sctp --chunk-types all DATA:,INIT -j ACCEPT
iptables -A INPUT -p sctp --chunk-types any I_DATA:IU,DATA:E --dport amqp -j ACCEPT";

cases! {
    // sctp
    ipt_ext_d_sctp_dport: ipt("-A INPUT -p sctp -m sctp --dport 3868 -j ACCEPT").check(SHOW);
    ipt_ext_d_sctp_implicit: ipt("-A INPUT -p sctp --dport 80 --sport 1:1024 -j ACCEPT").check(S);
    ipt_ext_d_sctp_long_names: ipt("-A INPUT -p sctp --destination-port 80 --source-port :1024 -j ACCEPT").check(S);
    ipt_ext_d_sctp_inverted: ipt("-A INPUT -p sctp ! --dport 80: ! --sport 7 -j ACCEPT").check(SHOW);
    ipt_ext_d_sctp_numbered_proto: ipt("-A INPUT -p 132 --dport 0x10 -j ACCEPT").check(S);
    ipt_ext_d_sctp_chunks_any: ipt("-A INPUT -p sctp --chunk-types any DATA,INIT -j DROP").check(SHOW);
    ipt_ext_d_sctp_chunks_flags: ipt("-A INPUT -p sctp ! --chunk-types only DATA:Be,ABORT:T,DATA:i -j DROP").check(SHOW);
    ipt_ext_d_sctp_chunks_all: ipt("-A INPUT -p sctp --chunk-types all all -j DROP").check(S);
    ipt_ext_d_sctp_chunks_none: ipt("-A INPUT -p sctp --chunk-types Only none -j DROP").check(S);
    ipt_ext_d_sctp_chunks_empty_flags: ipt("-A INPUT -p sctp --chunk-types any DATA:,INIT -j DROP").check(S);
    ipt_ext_d_sctp_chunks_i_data_flags: ipt("-A INPUT -p sctp --chunk-types any I_DATA:IU,DATA:E -j DROP").check("iptables -S; nft list ruleset");
    ipt_ext_d_sctp_list: ipt("-L -n -v").setup(SCTP);
    ipt_ext_d_sctp_list_names: ipt("-L").setup(SCTP);
    ipt_ext_d_sctp_dump: ipt("-S").setup(SCTP);
    ipt_ext_d_sctp_save: argv(["iptables-save"]).norm(crate::common::SAVE_DATES).setup(SCTP);
    ipt_ext_d_sctp_check: ipt("-C INPUT -p sctp ! --chunk-types only DATA:Be,ABORT:T -j DROP").setup(SCTP);
    ipt_ext_d_sctp_check_other_flags: ipt("-C INPUT -p sctp ! --chunk-types only DATA:BE,ABORT:T -j DROP").setup(SCTP);
    ipt_ext_d_sctp_delete: ipt("-D INPUT -p sctp --chunk-types ANY data:IUBEiube,i_data:I,SHUTDOWN_COMPLETE:t,ASCONF,ASCONF_ACK,FORWARD_TSN,RE_CONFIG,PAD,I_FORWARD_TSN -j DROP").setup(SCTP).check(S);
    ipt_ext_d_sctp_delete_ports: ipt("-D INPUT -p sctp --sport 1:2 ! --dport 5:65535 -j ACCEPT").setup(SCTP).check(S);
    ipt_ext_d_sctp_restore: argv(["iptables-restore"]).stdin("*filter\n-A INPUT -p sctp -m sctp --dport 9 --chunk-types all DATA:b -j ACCEPT\nCOMMIT\n").check(SHOW);
    ipt_ext_d_sctp_nat: ipt("-t nat -A PREROUTING -p sctp -m sctp --dport 80 -j DNAT --to-destination 10.0.0.1:8080").check(NAT_SHOW);
    ipt_ext_d_sctp_err_two_args: ipt("-A INPUT -p sctp --chunk-types any");
    ipt_ext_d_sctp_err_two_args_option: ipt("-A INPUT -p sctp --chunk-types any -j DROP");
    ipt_ext_d_sctp_err_match_type: ipt("-A INPUT -p sctp --chunk-types none DATA");
    ipt_ext_d_sctp_err_chunk: ipt("-A INPUT -p sctp --chunk-types any DATA,FOO:x");
    ipt_ext_d_sctp_err_all_mixed: ipt("-A INPUT -p sctp --chunk-types any DATA,ALL");
    ipt_ext_d_sctp_err_flag: ipt("-A INPUT -p sctp --chunk-types any DATA:x");
    ipt_ext_d_sctp_err_flag_index: ipt("-A INPUT -p sctp --chunk-types any I_FORWARD_TSN:I");
    ipt_ext_d_sctp_err_flag_i_data: ipt("-A INPUT -p sctp --chunk-types any I_DATA:T");
    ipt_ext_d_sctp_err_flag_colon: ipt("-A INPUT -p sctp --chunk-types any DATA:I:U");
    ipt_ext_d_sctp_err_twice_chunks: ipt("-A INPUT -p sctp --chunk-types any DATA --chunk-types any INIT");
    ipt_ext_d_sctp_err_twice_sport: ipt("-A INPUT -p sctp --sport 1 --source-port 2");
    ipt_ext_d_sctp_err_twice_dport: ipt("-A INPUT -p sctp --dport 1 --dport 2");
    ipt_ext_d_sctp_err_range: ipt("-A INPUT -p sctp --dport 5:1");
    ipt_ext_d_sctp_err_port: ipt("-A INPUT -p sctp --dport http");
    ipt_ext_d_sctp_err_port_big: ipt("-A INPUT -p sctp --sport 70000");
    ipt_ext_d_sctp_err_port_negative: ipt("-A INPUT -p sctp --sport -1");
    ipt_ext_d_sctp_err_no_proto: ipt("-A INPUT -m sctp --dport 3 -j ACCEPT").check(S);
    ipt_ext_d_sctp_err_no_sctp_match: ipt("-A INPUT -p udp --chunk-types any DATA");
    ipt_ext_d_sctp_service: ipt("-A INPUT -p sctp --dport amqp -j ACCEPT").check("iptables -S; iptables -L INPUT");
    ipt_ext_d_sctp_help: ipt("-m sctp -h");
    ipt_ext_d_sctp_help_proto: ipt("-p sctp -h");
    ipt_ext_d_sctp_every_port: ipt("-A INPUT -p sctp --sport 0:65535 --dport : -j ACCEPT").check(SHOW);

    // dccp
    ipt_ext_d_dccp_dport: ipt("-A INPUT -p dccp -m dccp --dport 5004 -j ACCEPT").check(SHOW);
    ipt_ext_d_dccp_ports: ipt("-A INPUT -p dccp --sport 1:2 ! --dport 5: -j ACCEPT").check(SHOW);
    ipt_ext_d_dccp_long_names: ipt("-A INPUT -p dccp --source-port :7 --destination-port ssh:domain -j ACCEPT").check(S);
    ipt_ext_d_dccp_numbered_proto: ipt("-A INPUT -p 33 --dport 08 -j ACCEPT").check(S);
    ipt_ext_d_dccp_port_quirks: ipt("-A INPUT -p dccp --dport 70000 --sport 2:1 -j ACCEPT").check(SHOW);
    ipt_ext_d_dccp_port_empty: argv(["iptables", "-A", "INPUT", "-p", "dccp", "--dport", "", "--sport", ":", "-j", "ACCEPT"]).check(SHOW);
    ipt_ext_d_dccp_types: ipt("-A INPUT -p dccp ! --dccp-types request,SYNC,,INVALID,reset -j DROP").check(SHOW);
    ipt_ext_d_dccp_types_all: ipt("-A INPUT -p dccp --dccp-types REQUEST,RESPONSE,DATA,ACK,DATAACK,CLOSEREQ,CLOSE,RESET,SYNC,SYNCACK -j DROP").check(SHOW);
    ipt_ext_d_dccp_types_empty: ipt("-A INPUT -p dccp --dccp-types , -j DROP").check(SHOW);
    ipt_ext_d_dccp_option: ipt("-A INPUT -p dccp ! --dccp-option 0x10 --dccp-types DATA -j DROP").check(SHOW);
    ipt_ext_d_dccp_list: ipt("-L -n -v").setup(DCCP);
    ipt_ext_d_dccp_list_names: ipt("-L").setup(DCCP);
    ipt_ext_d_dccp_save: argv(["iptables-save"]).norm(crate::common::SAVE_DATES).setup(DCCP);
    ipt_ext_d_dccp_dump: ipt("-S INPUT").setup(DCCP);
    ipt_ext_d_dccp_check: ipt("-C INPUT -p dccp --dccp-option 4 --sport : -j DROP").setup(DCCP);
    ipt_ext_d_dccp_check_missing: ipt("-C INPUT -p dccp --dccp-option 4 -j DROP").setup(DCCP);
    ipt_ext_d_dccp_delete: ipt("-D INPUT -p dccp ! --dccp-types SYNC,REQUEST,INVALID -j DROP").setup(DCCP).check(S);
    ipt_ext_d_dccp_err_type: ipt("-A INPUT -p dccp --dccp-types SYNC,FOO");
    ipt_ext_d_dccp_err_type_colon: ipt("-A INPUT -p dccp --dccp-types RESET:");
    ipt_ext_d_dccp_err_option_zero: ipt("-A INPUT -p dccp --dccp-option 0");
    ipt_ext_d_dccp_err_option_big: ipt("-A INPUT -p dccp --dccp-option 256");
    ipt_ext_d_dccp_err_option_word: ipt("-A INPUT -p dccp --dccp-option abc");
    ipt_ext_d_dccp_err_option_twice: ipt("-A INPUT -p dccp --dccp-option 1 --dccp-option 2");
    ipt_ext_d_dccp_err_types_twice: ipt("-A INPUT -p dccp --dccp-types SYNC --dccp-types SYNC");
    ipt_ext_d_dccp_err_sport_twice: ipt("-A INPUT -p dccp --sport 1 --source-port 2");
    ipt_ext_d_dccp_err_dport_twice: ipt("-A INPUT -p dccp --dport 1 --dport 2");
    ipt_ext_d_dccp_err_port: ipt("-A INPUT -p dccp --dport 1:foo");
    ipt_ext_d_dccp_err_port_hex: ipt("-A INPUT -p dccp --sport 0x10");
    ipt_ext_d_dccp_err_port_negative: ipt("-A INPUT -p dccp --sport -1");
    ipt_ext_d_dccp_err_port_huge: ipt("-A INPUT -p dccp --sport 99999999999999999999");
    ipt_ext_d_dccp_err_components: ipt("-A INPUT -p dccp --sport 1:2:3");
    ipt_ext_d_dccp_err_no_proto: ipt("-A INPUT -m dccp --dport 1 -j ACCEPT").check(S);
    ipt_ext_d_dccp_help: ipt("-m dccp -h");
    ipt_ext_d_dccp_help_proto: ipt("-p dccp -h");

    // esp and ah
    ipt_ext_d_esp_spi: ipt("-A INPUT -p esp -m esp --espspi 5 -j ACCEPT").check(SHOW);
    ipt_ext_d_esp_range_inverted: ipt("-A INPUT -p esp ! --espspi 0x10:020 -j ACCEPT").check(S);
    ipt_ext_d_esp_implicit: ipt("-A INPUT -p 50 --espspi 7: -j ACCEPT").check(S);
    ipt_ext_d_ah_spi: ipt("-A INPUT -p ah --ahspi :9 -j ACCEPT").check(SHOW);
    ipt_ext_d_ah_inverted: ipt("-A INPUT -p ah -m ah ! --ahspi 500:600 -j DROP").check(S);
    ipt_ext_d_esp_list: ipt("-L -n -v").setup(ESP);
    ipt_ext_d_esp_list_names: ipt("-L").setup(ESP);
    ipt_ext_d_esp_dump: ipt("-S").setup(ESP);
    ipt_ext_d_esp_save: argv(["iptables-save"]).norm(crate::common::SAVE_DATES).setup(ESP);
    ipt_ext_d_esp_check: ipt("-C INPUT -p esp ! --espspi 1:4294967295 -j ACCEPT").setup(ESP);
    ipt_ext_d_esp_check_range_of_one: ipt("-C INPUT -p esp --espspi 5:5 -j ACCEPT").setup(ESP);
    ipt_ext_d_esp_delete: ipt("-D INPUT -p esp -m esp -j ACCEPT").setup(ESP).check(S);
    ipt_ext_d_ah_delete: ipt("-D INPUT -p ah ! --ahspi 0:4294967295 -j ACCEPT").setup(ESP).check(S);
    ipt_ext_d_ah_check_missing: ipt("-C INPUT -p ah --ahspi 8 -j ACCEPT").setup(ESP);
    ipt_ext_d_esp_err_twice: ipt("-A INPUT -p esp --espspi 5 --espspi 6");
    ipt_ext_d_esp_err_word: ipt("-A INPUT -p esp --espspi foo");
    ipt_ext_d_esp_err_first_word: ipt("-A INPUT -p esp --espspi foo:1");
    ipt_ext_d_esp_err_second_word: ipt("-A INPUT -p esp --espspi 1:foo");
    ipt_ext_d_esp_err_big: ipt("-A INPUT -p esp --espspi 4294967296");
    ipt_ext_d_esp_err_negative: ipt("-A INPUT -p esp --espspi 1:-1");
    ipt_ext_d_esp_err_components: ipt("-A INPUT -p esp --espspi 1:2:3");
    ipt_ext_d_esp_err_trailing: ipt("-A INPUT -p esp --espspi 1x:2");
    ipt_ext_d_esp_err_space: argv(["iptables", "-A", "INPUT", "-p", "esp", "--espspi", "1 "]);
    ipt_ext_d_esp_err_no_proto: ipt("-A INPUT -m esp --espspi 1 -j ACCEPT").check(S);
    ipt_ext_d_ah_err_twice: ipt("-A INPUT -p ah --ahspi 5 --ahspi 6");
    ipt_ext_d_ah_err_word: ipt("-A INPUT -p ah --ahspi x");
    ipt_ext_d_ah_err_tcp: ipt("-A INPUT -p tcp -m ah --ahspi 1 -j ACCEPT");
    ipt_ext_d_esp_help: ipt("-m esp -h");
    ipt_ext_d_ah_help: ipt("-p ah -h");

    // icmp: every name and alias iptables knows, abbreviations, numbers
    ipt_ext_d_icmp_dump: ipt("-S").setup(ICMP);
    ipt_ext_d_icmp_list: ipt("-L").setup(ICMP);
    ipt_ext_d_icmp_list_numeric: ipt("-L -n -v").setup(ICMP);
    ipt_ext_d_icmp_save: argv(["iptables-save"]).norm(crate::common::SAVE_DATES).setup(ICMP);
    ipt_ext_d_icmp_add_alias: ipt("-A INPUT -p icmp --icmp-type pi -j ACCEPT").check(S);
    ipt_ext_d_icmp_add_prefix: ipt("-A INPUT -p icmp ! --icmp-type ECHO-REQ -j ACCEPT").check(S);
    ipt_ext_d_icmp_add_alias_prefix: ipt("-A INPUT -p icmp --icmp-type ttl-e -j ACCEPT").check(S);
    ipt_ext_d_icmp_add_unique_letter: ipt("-A INPUT -p icmp --icmp-type d -j ACCEPT").check(S);
    ipt_ext_d_icmp_add_hex: ipt("-A INPUT -p icmp -m icmp --icmp-type 0x3/0x4 -j ACCEPT").check(S);
    ipt_ext_d_icmp_add_octal: ipt("-A INPUT -p icmp --icmp-type 010/07 -j ACCEPT").check(S);
    ipt_ext_d_icmp_add_space: argv(["iptables", "-A", "INPUT", "-p", "icmp", "--icmp-type", " 3/ 1", "-j", "ACCEPT"]).check(S);
    ipt_ext_d_icmp_add_any_code: ipt("-A INPUT -p icmp --icmp-type 255/3 -j ACCEPT").check(SHOW);
    ipt_ext_d_icmp_check: ipt("-C INPUT -p icmp --icmp-type ping -j ACCEPT").setup(ICMP);
    ipt_ext_d_icmp_check_code: ipt("-C INPUT -p icmp --icmp-type 8/0 -j ACCEPT").setup(ICMP);
    ipt_ext_d_icmp_delete: ipt("-D INPUT -p icmp --icmp-type host-prohibited -j ACCEPT").setup(ICMP).check(S);
    ipt_ext_d_icmp_delete_inverted: ipt("-D INPUT -p icmp ! --icmp-type 3/3 -j DROP").setup(ICMP).check(S);
    ipt_ext_d_icmp_err_ambiguous_e: ipt("-A INPUT -p icmp --icmp-type e");
    ipt_ext_d_icmp_err_ambiguous_p: ipt("-A INPUT -p icmp --icmp-type p");
    ipt_ext_d_icmp_err_ambiguous_po: ipt("-A INPUT -p icmp --icmp-type po");
    ipt_ext_d_icmp_err_ambiguous_ttl: ipt("-A INPUT -p icmp --icmp-type ttl");
    ipt_ext_d_icmp_err_ambiguous_tos: ipt("-A INPUT -p icmp --icmp-type tos");
    ipt_ext_d_icmp_err_ambiguous_host: ipt("-A INPUT -p icmp --icmp-type host-u");
    ipt_ext_d_icmp_err_ambiguous_empty: argv(["iptables", "-A", "INPUT", "-p", "icmp", "--icmp-type", ""]);
    ipt_ext_d_icmp_err_type_big: ipt("-A INPUT -p icmp --icmp-type 256");
    ipt_ext_d_icmp_err_type_negative: ipt("-A INPUT -p icmp --icmp-type -1");
    ipt_ext_d_icmp_err_type_slash: ipt("-A INPUT -p icmp --icmp-type /3");
    ipt_ext_d_icmp_err_code_missing: ipt("-A INPUT -p icmp --icmp-type 3/");
    ipt_ext_d_icmp_err_code_big: ipt("-A INPUT -p icmp --icmp-type 3/256");
    ipt_ext_d_icmp_err_code_negative: ipt("-A INPUT -p icmp --icmp-type 3/-1");
    ipt_ext_d_icmp_err_char: ipt("-A INPUT -p icmp --icmp-type 3x");
    ipt_ext_d_icmp_err_code_char: ipt("-A INPUT -p icmp --icmp-type 3/1x");
    ipt_ext_d_icmp_err_two_slashes: ipt("-A INPUT -p icmp --icmp-type 3/1/2");
    ipt_ext_d_icmp_err_octal: ipt("-A INPUT -p icmp --icmp-type 08");
    ipt_ext_d_icmp_err_trailing_space: argv(["iptables", "-A", "INPUT", "-p", "icmp", "--icmp-type", "3 "]);
    ipt_ext_d_icmp_err_twice: ipt("-A INPUT -p icmp --icmp-type 3 --icmp-type 4");
    ipt_ext_d_icmp_err_missing: ipt("-A INPUT -p icmp -m icmp");
    ipt_ext_d_icmp_err_tcp: ipt("-A INPUT -p tcp --icmp-type 3");
    ipt_ext_d_icmp_err_no_proto: ipt("-A INPUT -m icmp --icmp-type 3").check(S);
    ipt_ext_d_icmp_help: ipt("-p icmp -h");

    // REJECT: every type, its alias, abbreviations
    ipt_ext_d_reject_dump: ipt("-S").setup(REJECT);
    ipt_ext_d_reject_list: ipt("-L").setup(REJECT);
    ipt_ext_d_reject_list_numeric: ipt("-L -n -v").setup(REJECT);
    ipt_ext_d_reject_save: argv(["iptables-save"]).norm(crate::common::SAVE_DATES).setup(REJECT);
    ipt_ext_d_reject_alias: ipt("-A INPUT -p tcp -j REJECT --reject-with tcp-rst").check(S);
    ipt_ext_d_reject_prefix_net: ipt("-A INPUT -j REJECT --reject-with net").check(S);
    ipt_ext_d_reject_prefix_host: ipt("-A INPUT -j REJECT --reject-with HOST").check(S);
    ipt_ext_d_reject_prefix_icmp: ipt("-A INPUT -j REJECT --reject-with icmp-p").check(S);
    ipt_ext_d_reject_prefix_tcp: ipt("-A INPUT -p tcp -j REJECT --reject-with t").check(S);
    ipt_ext_d_reject_prefix_empty: argv(["iptables", "-A", "INPUT", "-j", "REJECT", "--reject-with", ""]).check(S);
    ipt_ext_d_reject_every_type: ipt("-A OUTPUT -j REJECT --reject-with icmp-admin-prohibited").check(SHOW);
    ipt_ext_d_reject_check: ipt("-C INPUT -p tcp -j REJECT --reject-with host-prohib").setup(REJECT);
    ipt_ext_d_reject_check_default: ipt("-C INPUT -j REJECT --reject-with port-unreach").setup(REJECT);
    ipt_ext_d_reject_check_missing: ipt("-C FORWARD -p udp -j REJECT").setup(REJECT);
    ipt_ext_d_reject_delete: ipt("-D INPUT -p tcp -j REJECT --reject-with tcp-reset").setup(REJECT).check(S);
    ipt_ext_d_reject_err_echo_reply: ipt("-A INPUT -j REJECT --reject-with echo-reply");
    ipt_ext_d_reject_err_echo_prefix: ipt("-A INPUT -j REJECT --reject-with echo");
    ipt_ext_d_reject_err_echo_upper: ipt("-A INPUT -j REJECT --reject-with ECHO-REPLY");
    ipt_ext_d_reject_err_echoreply: ipt("-A INPUT -j REJECT --reject-with echoreply");
    ipt_ext_d_reject_err_icmp_echo_reply: ipt("-A INPUT -j REJECT --reject-with icmp-echo-reply");
    ipt_ext_d_reject_err_unknown: ipt("-A INPUT -j REJECT --reject-with foo-bar");
    ipt_ext_d_reject_err_long: ipt("-A INPUT -j REJECT --reject-with tcp-reset-x");
    ipt_ext_d_reject_err_inverted: ipt("-A INPUT -j REJECT ! --reject-with tcp-reset");
    ipt_ext_d_reject_err_twice: ipt("-A INPUT -j REJECT --reject-with tcp-reset --reject-with tcp-reset");
    ipt_ext_d_reject_err_tcp_reset_any_proto: ipt("-A INPUT -j REJECT --reject-with tcp-reset").check(S);
    ipt_ext_d_reject_err_nat: ipt("-t nat -A PREROUTING -j REJECT").check("iptables -t nat -S");
    ipt_ext_d_reject_help: ipt("-j REJECT -h");

    // NETMAP
    ipt_ext_d_netmap_prefix: ipt("-t nat -A PREROUTING -d 1.2.3.0/24 -j NETMAP --to 5.6.7.9/24").check(NAT_SHOW);
    ipt_ext_d_netmap_host: ipt("-t nat -A POSTROUTING -j NETMAP --to 5.6.7.8").check("iptables -t nat -S");
    ipt_ext_d_netmap_dotted: ipt("-t nat -A POSTROUTING -j NETMAP --to 5.6.7.8/255.255.240.0").check("iptables -t nat -S");
    ipt_ext_d_netmap_not_prefix: ipt("-t nat -A POSTROUTING -j NETMAP --to 5.6.7.8/255.0.255.0").check("iptables -t nat -S");
    ipt_ext_d_netmap_big_prefix: ipt("-t nat -A POSTROUTING -j NETMAP --to 1.2.3.4/33").check("iptables -t nat -S");
    ipt_ext_d_netmap_octal: ipt("-t nat -A OUTPUT -j NETMAP --to 1.2.3/010").check("iptables -t nat -S");
    ipt_ext_d_netmap_localhost: ipt("-t nat -A OUTPUT -j NETMAP --to localhost/16").check("iptables -t nat -S");
    ipt_ext_d_netmap_dump: ipt("-t nat -S").setup(NETMAP);
    ipt_ext_d_netmap_list: ipt("-t nat -L").setup(NETMAP);
    ipt_ext_d_netmap_list_numeric: ipt("-t nat -L -n -v").setup(NETMAP);
    ipt_ext_d_netmap_save: argv(["iptables-save", "-t", "nat"]).norm(crate::common::SAVE_DATES).setup(NETMAP);
    ipt_ext_d_netmap_check: ipt("-t nat -C PREROUTING -d 1.2.3.0/24 -j NETMAP --to 5.6.7.0/24").setup(NETMAP);
    ipt_ext_d_netmap_check_other: ipt("-t nat -C PREROUTING -d 1.2.3.0/24 -j NETMAP --to 5.6.7.0/25").setup(NETMAP);
    ipt_ext_d_netmap_delete: ipt("-t nat -D POSTROUTING -j NETMAP --to 0.0.0.0/0").setup(NETMAP).check("iptables -t nat -S");
    ipt_ext_d_netmap_restore: argv(["iptables-restore", "--noflush"]).stdin("*nat\n-A PREROUTING -j NETMAP --to 9.9.0.0/16\nCOMMIT\n").check("iptables -t nat -S");
    ipt_ext_d_netmap_err_missing: ipt("-t nat -A POSTROUTING -j NETMAP");
    ipt_ext_d_netmap_err_inverted: ipt("-t nat -A POSTROUTING -j NETMAP ! --to 1.2.3.4");
    ipt_ext_d_netmap_err_twice: ipt("-t nat -A POSTROUTING -j NETMAP --to 1.2.3.4 --to 2.3.4.5");
    ipt_ext_d_netmap_err_empty_mask: ipt("-t nat -A POSTROUTING -j NETMAP --to 1.2.3.4/");
    ipt_ext_d_netmap_err_negative_mask: ipt("-t nat -A POSTROUTING -j NETMAP --to 1.2.3.4/-1");
    ipt_ext_d_netmap_err_bad_mask: ipt("-t nat -A POSTROUTING -j NETMAP --to 1.2.3.4/8x");
    ipt_ext_d_netmap_err_port: ipt("-t nat -A POSTROUTING -j NETMAP --to 1.2.3.4:80");
    ipt_ext_d_netmap_err_filter: ipt("-A INPUT -j NETMAP --to 1.2.3.4").check(S);
    ipt_ext_d_netmap_help: ipt("-j NETMAP -h");

    // devgroup, cpu, realm
    ipt_ext_d_devgroup_src: ipt("-A INPUT -m devgroup --src-group 5 -j ACCEPT").check(SHOW);
    ipt_ext_d_devgroup_both: ipt("-A FORWARD -m devgroup ! --src-group 0x10/0xff --dst-group default -j ACCEPT").check(S);
    ipt_ext_d_devgroup_octal_space: argv(["iptables", "-A", "OUTPUT", "-m", "devgroup", "--dst-group", " 010/07", "-j", "ACCEPT"]).check(S);
    ipt_ext_d_devgroup_named: ipt("-A FORWARD -m devgroup --src-group lan ! --dst-group wan -j ACCEPT").private_etc().setup(GROUP_NAMES).check(S);
    ipt_ext_d_devgroup_dump: ipt("-S").private_etc().setup(DEVGROUP);
    ipt_ext_d_devgroup_list: ipt("-L").private_etc().setup(DEVGROUP);
    ipt_ext_d_devgroup_list_numeric: ipt("-L -n -v").private_etc().setup(DEVGROUP);
    ipt_ext_d_devgroup_save: argv(["iptables-save"]).norm(crate::common::SAVE_DATES).private_etc().setup(DEVGROUP);
    ipt_ext_d_devgroup_check: ipt("-C FORWARD -m devgroup --src-group 0x10 ! --dst-group lan -j ACCEPT").private_etc().setup(DEVGROUP);
    ipt_ext_d_devgroup_check_mask: ipt("-C FORWARD -m devgroup --src-group 0x10/0xffffffff ! --dst-group 20 -j ACCEPT").private_etc().setup(DEVGROUP);
    ipt_ext_d_devgroup_delete: ipt("-D OUTPUT -m devgroup --dst-group 0x7/0x3 -j ACCEPT").private_etc().setup(DEVGROUP).check(S);
    ipt_ext_d_devgroup_err_none: ipt("-A INPUT -m devgroup");
    ipt_ext_d_devgroup_err_name: ipt("-A INPUT -m devgroup --src-group foo");
    ipt_ext_d_devgroup_err_name_case: ipt("-A INPUT -m devgroup --src-group DEFAULT");
    ipt_ext_d_devgroup_err_name_mask: ipt("-A INPUT -m devgroup --src-group default/0xf");
    ipt_ext_d_devgroup_err_trailing_value: ipt("-A INPUT -m devgroup --src-group 5x");
    ipt_ext_d_devgroup_err_negative: ipt("-A INPUT -m devgroup --src-group -1");
    ipt_ext_d_devgroup_err_big: ipt("-A INPUT -m devgroup --src-group 4294967296");
    ipt_ext_d_devgroup_err_empty_mask: ipt("-A INPUT -m devgroup --src-group 1/");
    ipt_ext_d_devgroup_err_negative_mask: ipt("-A INPUT -m devgroup --src-group 1/-1");
    ipt_ext_d_devgroup_err_hex_garbage: ipt("-A INPUT -m devgroup --src-group 5/0x");
    ipt_ext_d_devgroup_err_mask_garbage: ipt("-A INPUT -m devgroup --dst-group 5/1x");
    ipt_ext_d_devgroup_err_twice: ipt("-A INPUT -m devgroup --src-group 1 --src-group 2");
    ipt_ext_d_devgroup_err_dst_in_input: ipt("-A INPUT -m devgroup --dst-group 0").check(S);
    ipt_ext_d_devgroup_help: ipt("-m devgroup -h");
    ipt_ext_d_cpu_add: ipt("-A INPUT -m cpu --cpu 3 -j ACCEPT").check(SHOW);
    ipt_ext_d_cpu_inverted_hex: ipt("-A INPUT -m cpu ! --cpu 0x10 -j ACCEPT").check(S);
    ipt_ext_d_cpu_dump: ipt("-S").setup(CPU);
    ipt_ext_d_cpu_list: ipt("-L").setup(CPU);
    ipt_ext_d_cpu_list_numeric: ipt("-L -n -v").setup(CPU);
    ipt_ext_d_cpu_save: argv(["iptables-save"]).norm(crate::common::SAVE_DATES).setup(CPU);
    ipt_ext_d_cpu_check: ipt("-C INPUT -m cpu ! --cpu 0 -j ACCEPT").setup(CPU);
    ipt_ext_d_cpu_check_not_inverted: ipt("-C INPUT -m cpu --cpu 0 -j ACCEPT").setup(CPU);
    ipt_ext_d_cpu_delete: ipt("-D INPUT -m cpu --cpu 4294967295 -j DROP").setup(CPU).check(S);
    ipt_ext_d_cpu_err_missing: ipt("-A INPUT -m cpu");
    ipt_ext_d_cpu_err_negative: ipt("-A INPUT -m cpu --cpu -1");
    ipt_ext_d_cpu_err_big: ipt("-A INPUT -m cpu --cpu 4294967296");
    ipt_ext_d_cpu_err_word: ipt("-A INPUT -m cpu --cpu x");
    ipt_ext_d_cpu_err_twice: ipt("-A INPUT -m cpu --cpu 1 --cpu 2");
    ipt_ext_d_cpu_help: ipt("-m cpu -h");
    ipt_ext_d_realm_add: ipt("-A INPUT -m realm --realm 5 -j ACCEPT").check(SHOW);
    ipt_ext_d_realm_named: ipt("-A INPUT -m realm ! --realm cosmos -j ACCEPT").check(S);
    ipt_ext_d_realm_file_name: ipt("-A FORWARD -m realm --realm inr.ac -j ACCEPT").private_etc().setup(REALM_NAMES).check(S);
    ipt_ext_d_realm_dump: ipt("-S").private_etc().setup(REALM);
    ipt_ext_d_realm_list: ipt("-L").private_etc().setup(REALM);
    ipt_ext_d_realm_list_numeric: ipt("-L -n -v").private_etc().setup(REALM);
    ipt_ext_d_realm_save: argv(["iptables-save"]).norm(crate::common::SAVE_DATES).private_etc().setup(REALM);
    ipt_ext_d_realm_check: ipt("-C INPUT -m realm ! --realm 0x10/0xff -j ACCEPT").private_etc().setup(REALM);
    ipt_ext_d_realm_check_missing: ipt("-C INPUT -m realm --realm 0x10/0xff -j ACCEPT").private_etc().setup(REALM);
    ipt_ext_d_realm_delete: ipt("-D INPUT -m realm --realm 0 -j ACCEPT").private_etc().setup(REALM).check(S);
    ipt_ext_d_realm_err_missing: ipt("-A INPUT -m realm");
    ipt_ext_d_realm_err_name: ipt("-A INPUT -m realm --realm foo");
    ipt_ext_d_realm_err_name_mask: ipt("-A INPUT -m realm --realm cosmos/0xf");
    ipt_ext_d_realm_err_mask: ipt("-A INPUT -m realm --realm 5/x");
    ipt_ext_d_realm_err_mask_garbage: ipt("-A INPUT -m realm --realm 5/1x");
    ipt_ext_d_realm_err_negative: ipt("-A INPUT -m realm --realm -1");
    ipt_ext_d_realm_err_twice: ipt("-A INPUT -m realm --realm 1 --realm 2");
    ipt_ext_d_realm_err_inverted_twice: ipt("-A INPUT -m realm ! --realm 1 ! --realm 2");
    ipt_ext_d_realm_help: ipt("-m realm -h");

    // tcp --tcp-option
    ipt_ext_d_tcpopt_add: ipt("-A INPUT -p tcp --tcp-option 5 -j ACCEPT").check(SHOW);
    ipt_ext_d_tcpopt_inverted: ipt("-A INPUT -p tcp ! --tcp-option 255 --dport 80 -j ACCEPT").check(S);
    ipt_ext_d_tcpopt_hex: ipt("-A INPUT -p tcp --tcp-option 0x5 -j ACCEPT").check(S);
    ipt_ext_d_tcpopt_octal: ipt("-A INPUT -p tcp -m tcp --tcp-option 010 -j ACCEPT").check(S);
    ipt_ext_d_tcpopt_plus: ipt("-A INPUT -p tcp --tcp-option +5 -j ACCEPT").check(S);
    ipt_ext_d_tcpopt_space: argv(["iptables", "-A", "INPUT", "-p", "tcp", "--tcp-option", " 5", "-j", "ACCEPT"]).check(S);
    ipt_ext_d_tcpopt_with_flags: ipt("-A INPUT -p tcp --tcp-option 2 --syn ! --sport 3:4 -j DROP").check("iptables -S; nft list ruleset");
    ipt_ext_d_tcpopt_dump: ipt("-S").setup(TCPOPT);
    ipt_ext_d_tcpopt_list: ipt("-L").setup(TCPOPT);
    ipt_ext_d_tcpopt_list_numeric: ipt("-L -n -v").setup(TCPOPT);
    ipt_ext_d_tcpopt_save: argv(["iptables-save"]).norm(crate::common::SAVE_DATES).setup(TCPOPT);
    ipt_ext_d_tcpopt_check: ipt("-C INPUT -p tcp --dport 80 ! --tcp-option 255 -j ACCEPT").setup(TCPOPT);
    ipt_ext_d_tcpopt_check_not_inverted: ipt("-C INPUT -p tcp --dport 80 --tcp-option 255 -j ACCEPT").setup(TCPOPT);
    ipt_ext_d_tcpopt_delete: ipt("-D INPUT -p tcp ! --tcp-option 8 --tcp-flags SYN,ACK SYN --dport 1:2 -j DROP").setup(TCPOPT).check(S);
    ipt_ext_d_tcpopt_err_zero: ipt("-A INPUT -p tcp --tcp-option 0");
    ipt_ext_d_tcpopt_err_big: ipt("-A INPUT -p tcp --tcp-option 256");
    ipt_ext_d_tcpopt_err_negative: ipt("-A INPUT -p tcp --tcp-option -1");
    ipt_ext_d_tcpopt_err_word: ipt("-A INPUT -p tcp --tcp-option x");
    ipt_ext_d_tcpopt_err_trailing: argv(["iptables", "-A", "INPUT", "-p", "tcp", "--tcp-option", "5 "]);
    ipt_ext_d_tcpopt_err_empty: argv(["iptables", "-A", "INPUT", "-p", "tcp", "--tcp-option", ""]);
    ipt_ext_d_tcpopt_err_twice: ipt("-A INPUT -p tcp --tcp-option 1 --tcp-option 2");
    ipt_ext_d_tcpopt_err_udp: ipt("-A INPUT -p udp --tcp-option 5");
    ipt_ext_d_tcpopt_err_no_proto: ipt("-A INPUT -m tcp --tcp-option 5").check(S);

    // ipcomp
    ipt_ext_d_ipcomp_spi: ipt("-A INPUT -p ipcomp -m ipcomp --ipcompspi 5 -j ACCEPT").check(SHOW);
    ipt_ext_d_ipcomp_implicit: ipt("-A INPUT -p 108 ! --ipcompspi 1:0x10 -j ACCEPT").check(S);
    ipt_ext_d_ipcomp_alone: ipt("-A INPUT -p ipcomp -m ipcomp -j ACCEPT").check(S);
    ipt_ext_d_ipcomp_dump: ipt("-S").setup(IPCOMP);
    ipt_ext_d_ipcomp_list: ipt("-L").setup(IPCOMP);
    ipt_ext_d_ipcomp_list_numeric: ipt("-L -n -v").setup(IPCOMP);
    ipt_ext_d_ipcomp_save: argv(["iptables-save"]).norm(crate::common::SAVE_DATES).setup(IPCOMP);
    ipt_ext_d_ipcomp_check_zero: ipt("-C INPUT -p ipcomp -m ipcomp --ipcompspi 0 -j ACCEPT").setup(IPCOMP);
    ipt_ext_d_ipcomp_delete: ipt("-D INPUT -p ipcomp -m ipcomp --ipcompspi 0:4294967295 -j ACCEPT").setup(IPCOMP).check(S);
    ipt_ext_d_ipcomp_err_components: ipt("-A INPUT -p ipcomp -m ipcomp --ipcompspi 1:2:3");
    ipt_ext_d_ipcomp_err_word: ipt("-A INPUT -p ipcomp -m ipcomp --ipcompspi foo");
    ipt_ext_d_ipcomp_err_twice: ipt("-A INPUT -p ipcomp -m ipcomp --ipcompspi 1 --ipcompspi 2");
    ipt_ext_d_ipcomp_err_no_proto: ipt("-A INPUT -m ipcomp --ipcompspi 5").check(S);
    ipt_ext_d_ipcomp_help: ipt("-m ipcomp -h");
    ipt_ext_d_ipcomp_help_proto: ipt("-p ipcomp -h");

    // AUDIT
    ipt_ext_d_audit_accept: ipt("-A INPUT -j AUDIT --type accept").check(SHOW);
    ipt_ext_d_audit_upper: ipt("-A FORWARD -j AUDIT --type DROP").check(S);
    ipt_ext_d_audit_dump: ipt("-S").setup(AUDIT);
    ipt_ext_d_audit_list: ipt("-L").setup(AUDIT);
    ipt_ext_d_audit_list_numeric: ipt("-L -n -v").setup(AUDIT);
    ipt_ext_d_audit_save: argv(["iptables-save"]).norm(crate::common::SAVE_DATES).setup(AUDIT);
    ipt_ext_d_audit_check: ipt("-C OUTPUT -j AUDIT --type Reject").setup(AUDIT);
    ipt_ext_d_audit_check_other: ipt("-C OUTPUT -j AUDIT --type drop").setup(AUDIT);
    ipt_ext_d_audit_delete: ipt("-D INPUT -j AUDIT --type accept").setup(AUDIT).check(S);
    ipt_ext_d_audit_err_missing: ipt("-A INPUT -j AUDIT");
    ipt_ext_d_audit_err_type: ipt("-A INPUT -j AUDIT --type foo");
    ipt_ext_d_audit_err_prefix: ipt("-A INPUT -j AUDIT --type acc");
    ipt_ext_d_audit_err_inverted: ipt("-A INPUT -j AUDIT ! --type drop");
    ipt_ext_d_audit_err_twice: ipt("-A INPUT -j AUDIT --type drop --type drop");
    ipt_ext_d_audit_help: ipt("-j AUDIT -h");

    // options abbreviated or with `=`
    ipt_ext_d_abbrev_chunk_inline: ipt("-A INPUT -p sctp --chunk-types=any DATA,INIT -j ACCEPT").check(S);
    ipt_ext_d_abbrev_chunk: ipt("-A INPUT -p sctp --chunk all INIT --dp 5 -j ACCEPT").check(S);
    ipt_ext_d_abbrev_dccp_types: ipt("-A INPUT -p dccp --dccp-t SYNC --dccp-o 3 -j ACCEPT").check(S);
    ipt_ext_d_abbrev_dccp_ambiguous: ipt("-A INPUT -p dccp --dccp SYNC -j ACCEPT");
    ipt_ext_d_abbrev_espspi: ipt("-A INPUT -p esp --esp=5:6 -j ACCEPT").check(S);
    ipt_ext_d_abbrev_src_group: ipt("-A INPUT -m devgroup --src-g 5 -j ACCEPT").check(S);
    ipt_ext_d_abbrev_cpu_inline: ipt("-A INPUT -m cpu ! --cpu=2 -j ACCEPT").check(S);
    ipt_ext_d_abbrev_netmap: ipt("-t nat -A PREROUTING -j NETMAP --t 10.0.0.0/8").check("iptables -t nat -S");
    ipt_ext_d_abbrev_reject: ipt("-A INPUT -j REJECT --reject host-prohib").check(S);
    ipt_ext_d_abbrev_audit: ipt("-A INPUT -j AUDIT --ty reject").check(S);
    ipt_ext_d_abbrev_ipcomp: ipt("-A INPUT -p ipcomp --ipcomp 9 -j ACCEPT").check(S);

    // blobs iptables never writes (sent by hand): chunk types without a name, DCCP types
    // past INVALID
    ipt_ext_d_foreign_dump: ipt("-S").setup(&foreign());
    ipt_ext_d_foreign_list: ipt("-L").setup(&foreign());
    ipt_ext_d_foreign_list_numeric: ipt("-L -n").setup(&foreign());
}

/// Sends a NEWRULE payload iptables-nft sent, with bytes of its xt blob replaced:
/// `python3 /tmp/inject.py PAYLOAD_HEX OFFSET_IN_BLOB BYTES_HEX BLOB_LEN`.
const INJECT: &str = r#"cat >/tmp/inject.py <<'PY'
import socket, struct, sys
payload = bytearray(bytes.fromhex(sys.argv[1]))
off, patch, ilen = int(sys.argv[2]), bytes.fromhex(sys.argv[3]), int(sys.argv[4])
i = payload.find(struct.pack('<HH', ilen + 4, 3))
payload[i + 4 + off:i + 4 + off + len(patch)] = patch
s = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, 12)
s.bind((0, 0))
def msg(t, flags, seq, body):
    return struct.pack('<IHHII', 16 + len(body), t, flags, seq, 0) + body
b = msg(0x10, 1, 1, struct.pack('<BBH', 0, 0, socket.htons(10)))
b += msg(0x0a06, 0x1 | 0x4 | 0x400 | 0x800, 2, bytes(payload))
b += msg(0x11, 1, 3, struct.pack('<BBH', 0, 0, socket.htons(10)))
s.send(b)
s.recv(65536)
PY
"#;

/// `-A INPUT -p sctp --chunk-types any DATA -j ACCEPT` as iptables-nft sent it.
const SCTP_RULE: &str = "020000000b00010066696c74657200000a000200494e5055540000000402048024000180090001006d6574610000000014000280080002000000001008000100000000012c00018008000100636d700020000280080001000000000108000200000000000c0003800500010084000000540101800a0001006d617463680000004401028009000100736374700000000008000200000000002c01030000000000000000000100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001000000ff0000ff0000ff0000ff0000000000000400000000000000000000002c0001800c000100636f756e746572001c0002800c00010000000000000000000c0002000000000000000000300001800e000100696d6d6564696174650000001c0002800800010000000000100002800c00028008000100000000011400058008000100000000840800020000000000";

/// `-A INPUT -p dccp --dccp-types DATA -j ACCEPT` as iptables-nft sent it.
const DCCP_RULE: &str = "020000000b00010066696c74657200000a000200494e505554000000ec00048024000180090001006d6574610000000014000280080002000000001008000100000000012c00018008000100636d700020000280080001000000000108000200000000000c00038005000100210000003c0001800a0001006d617463680000002c000280090001006463637000000000080002000000000014000300000000000000000004000000040000002c0001800c000100636f756e746572001c0002800c00010000000000000000000c0002000000000000000000300001800e000100696d6d6564696174650000001c0002800800010000000000100002800c00028008000100000000011400058008000100000000210800020000000000";

/// sctp and dccp rules with blobs iptables does not write.
fn foreign() -> String {
    let mut s = format!("{INJECT}iptables -A INPUT -j ACCEPT\n");
    for (rule, at, bytes, len) in [
        (SCTP_RULE, 8, "01800000", 296),
        (SCTP_RULE, 8, "0180000000000000ff", 296),
        (DCCP_RULE, 12, "0408", 16),
        (DCCP_RULE, 12, "04c4", 16),
        (DCCP_RULE, 12, "0404", 16),
    ] {
        s.push_str(&format!(
            "python3 /tmp/inject.py {rule} {at} {bytes} {len}\n"
        ));
    }
    s
}

/// ipcomp rules iptables-nft writes.
const IPCOMP: &str = "\
iptables -A INPUT -p ipcomp -m ipcomp --ipcompspi 5 -j ACCEPT
iptables -A INPUT -p 108 ! --ipcompspi 1:0x10 -j ACCEPT
iptables -A INPUT -p ipcomp -m ipcomp -j ACCEPT
iptables -A INPUT -p ipcomp -m ipcomp --ipcompspi 0:4294967295 -j ACCEPT
iptables -A INPUT -p ipcomp -m ipcomp ! --ipcompspi 0:4294967295 -j ACCEPT
iptables -A INPUT -p ipcomp -m ipcomp --ipcompspi 7: -j ACCEPT";

/// AUDIT rules.
const AUDIT: &str = "\
iptables -A INPUT -j AUDIT --type accept
iptables -A FORWARD -p tcp -j AUDIT --type DROP
iptables -A OUTPUT -j AUDIT --type reject";

/// tcp rules with --tcp-option (written as the xt blob).
const TCPOPT: &str = "\
iptables -A INPUT -p tcp --tcp-option 5 -j ACCEPT
iptables -A INPUT -p tcp ! --tcp-option 255 --dport 80 -j ACCEPT
iptables -A INPUT -p tcp --tcp-option 2 --syn ! --sport 3:4 -j DROP
iptables -A INPUT -p tcp ! --tcp-option 8 --tcp-flags SYN,ACK SYN --dport 1:2 -j DROP
iptables -A INPUT -p tcp --tcp-option 5 --tcp-flags SYN,ACK SYN --sport ssh -j DROP";

/// Device group names of our own (a private /etc).
const GROUP_NAMES: &str =
    "printf '# groups\\n0x10 lan\\n 20\\twan extra\\nbad line\\n7 seven\\n' >>/etc/iproute2/group";

/// devgroup rules iptables-nft writes, with names of our own.
const DEVGROUP: &str = concat!(
    "printf '# groups\\n0x10 lan\\n 20\\twan extra\\nbad line\\n7 seven\\n' >>/etc/iproute2/group\n",
    "iptables -A INPUT -m devgroup --src-group 5 -j ACCEPT
iptables -A FORWARD -m devgroup --src-group lan ! --dst-group lan -j ACCEPT
iptables -A FORWARD -m devgroup ! --src-group 0x10/0xff --dst-group default -j ACCEPT
iptables -A FORWARD -m devgroup --src-group wan --dst-group 0/0 -j ACCEPT
iptables -A OUTPUT -m devgroup --dst-group 7/3 -j ACCEPT
iptables -A OUTPUT -m devgroup --dst-group 7 -j ACCEPT"
);

/// cpu rules.
const CPU: &str = "\
iptables -A INPUT -m cpu --cpu 3 -j ACCEPT
iptables -A INPUT -m cpu ! --cpu 0 -j ACCEPT
iptables -A INPUT -m cpu --cpu 4294967295 -j DROP
iptables -A INPUT -m cpu ! --cpu 010 -j DROP";

/// Realm names of our own (a private /etc).
const REALM_NAMES: &str = "printf '1 inr.ac\\n0x20 far\\n' >>/etc/iproute2/rt_realms";

/// realm rules iptables-nft writes.
const REALM: &str = concat!(
    "printf '1 inr.ac\\n0x20 far\\n' >>/etc/iproute2/rt_realms\n",
    "iptables -A INPUT -m realm --realm 5 -j ACCEPT
iptables -A INPUT -m realm ! --realm 0x10/0xff -j ACCEPT
iptables -A INPUT -m realm --realm cosmos -j ACCEPT
iptables -A INPUT -m realm --realm 0 -j ACCEPT
iptables -A INPUT -m realm --realm 0/0xffffffff -j ACCEPT
iptables -A INPUT -m realm --realm far -j ACCEPT
iptables -A INPUT -m realm ! --realm 1 -j ACCEPT
iptables -A INPUT -m realm --realm 32/0xff -j ACCEPT"
);

/// NETMAP rules iptables-nft writes.
const NETMAP: &str = "\
iptables -t nat -A PREROUTING -d 1.2.3.0/24 -j NETMAP --to 5.6.7.9/24
iptables -t nat -A POSTROUTING -s 10.0.0.0/8 -j NETMAP --to 5.6.7.8
iptables -t nat -A POSTROUTING -j NETMAP --to 5.6.7.8/255.0.255.0
iptables -t nat -A POSTROUTING -j NETMAP --to 5.6.7.8/0
iptables -t nat -A OUTPUT -j NETMAP --to 1.2.3/010
iptables -t nat -A OUTPUT -p tcp -j NETMAP --to 192.168.0.0/255.255.0.0";

/// Every REJECT type and alias.
const REJECT: &str = "\
iptables -A INPUT -p tcp -j REJECT --reject-with icmp-net-unreachable
iptables -A INPUT -p tcp -j REJECT --reject-with net-unreach
iptables -A INPUT -p tcp -j REJECT --reject-with icmp-host-unreachable
iptables -A INPUT -p tcp -j REJECT --reject-with host-unreach
iptables -A INPUT -p tcp -j REJECT --reject-with icmp-port-unreachable
iptables -A INPUT -p tcp -j REJECT --reject-with port-unreach
iptables -A INPUT -p tcp -j REJECT --reject-with icmp-proto-unreachable
iptables -A INPUT -p tcp -j REJECT --reject-with proto-unreach
iptables -A INPUT -p tcp -j REJECT --reject-with icmp-net-prohibited
iptables -A INPUT -p tcp -j REJECT --reject-with net-prohib
iptables -A INPUT -p tcp -j REJECT --reject-with icmp-host-prohibited
iptables -A INPUT -p tcp -j REJECT --reject-with host-prohib
iptables -A INPUT -p tcp -j REJECT --reject-with icmp-admin-prohibited
iptables -A INPUT -p tcp -j REJECT --reject-with admin-prohib
iptables -A INPUT -p tcp -j REJECT --reject-with tcp-reset
iptables -A INPUT -p tcp -j REJECT --reject-with tcp-rst
iptables -A INPUT -j REJECT
iptables -A FORWARD -p udp -j REJECT --reject-with ICMP-NET-PROHIB
iptables -A OUTPUT -j REJECT --reject-with adm";

/// Every ICMP type name and alias iptables 1.8.9 accepts, and numeric forms.
const ICMP: &str = "\
iptables -A INPUT -p icmp --icmp-type any -j ACCEPT
iptables -A INPUT -p icmp --icmp-type echo-reply -j ACCEPT
iptables -A INPUT -p icmp --icmp-type pong -j ACCEPT
iptables -A INPUT -p icmp --icmp-type destination-unreachable -j ACCEPT
iptables -A INPUT -p icmp --icmp-type network-unreachable -j ACCEPT
iptables -A INPUT -p icmp --icmp-type host-unreachable -j ACCEPT
iptables -A INPUT -p icmp --icmp-type protocol-unreachable -j ACCEPT
iptables -A INPUT -p icmp --icmp-type port-unreachable -j ACCEPT
iptables -A INPUT -p icmp --icmp-type fragmentation-needed -j ACCEPT
iptables -A INPUT -p icmp --icmp-type source-route-failed -j ACCEPT
iptables -A INPUT -p icmp --icmp-type network-unknown -j ACCEPT
iptables -A INPUT -p icmp --icmp-type host-unknown -j ACCEPT
iptables -A INPUT -p icmp --icmp-type network-prohibited -j ACCEPT
iptables -A INPUT -p icmp --icmp-type host-prohibited -j ACCEPT
iptables -A INPUT -p icmp --icmp-type TOS-network-unreachable -j ACCEPT
iptables -A INPUT -p icmp --icmp-type TOS-host-unreachable -j ACCEPT
iptables -A INPUT -p icmp --icmp-type communication-prohibited -j ACCEPT
iptables -A INPUT -p icmp --icmp-type host-precedence-violation -j ACCEPT
iptables -A INPUT -p icmp --icmp-type precedence-cutoff -j ACCEPT
iptables -A INPUT -p icmp --icmp-type source-quench -j ACCEPT
iptables -A INPUT -p icmp --icmp-type redirect -j ACCEPT
iptables -A INPUT -p icmp --icmp-type network-redirect -j ACCEPT
iptables -A INPUT -p icmp --icmp-type host-redirect -j ACCEPT
iptables -A INPUT -p icmp --icmp-type TOS-network-redirect -j ACCEPT
iptables -A INPUT -p icmp --icmp-type TOS-host-redirect -j ACCEPT
iptables -A INPUT -p icmp --icmp-type echo-request -j ACCEPT
iptables -A INPUT -p icmp --icmp-type ping -j ACCEPT
iptables -A INPUT -p icmp --icmp-type router-advertisement -j ACCEPT
iptables -A INPUT -p icmp --icmp-type router-solicitation -j ACCEPT
iptables -A INPUT -p icmp --icmp-type time-exceeded -j ACCEPT
iptables -A INPUT -p icmp --icmp-type ttl-exceeded -j ACCEPT
iptables -A INPUT -p icmp --icmp-type ttl-zero-during-transit -j ACCEPT
iptables -A INPUT -p icmp --icmp-type ttl-zero-during-reassembly -j ACCEPT
iptables -A INPUT -p icmp --icmp-type parameter-problem -j ACCEPT
iptables -A INPUT -p icmp --icmp-type ip-header-bad -j ACCEPT
iptables -A INPUT -p icmp --icmp-type required-option-missing -j ACCEPT
iptables -A INPUT -p icmp --icmp-type timestamp-request -j ACCEPT
iptables -A INPUT -p icmp --icmp-type timestamp-reply -j ACCEPT
iptables -A INPUT -p icmp --icmp-type address-mask-request -j ACCEPT
iptables -A INPUT -p icmp --icmp-type address-mask-reply -j ACCEPT
iptables -A INPUT -p icmp ! --icmp-type port-unreachable -j DROP
iptables -A INPUT -p icmp ! --icmp-type any -j DROP
iptables -A INPUT -p icmp ! --icmp-type 3 -j DROP
iptables -A INPUT -p icmp --icmp-type 3/8 -j DROP
iptables -A INPUT -p icmp ! --icmp-type 3/8 -j DROP
iptables -A INPUT -p icmp --icmp-type 255/3 -j DROP
iptables -A INPUT -p icmp --icmp-type 8/0 -j DROP
iptables -A INPUT -p icmp --icmp-type 0x0b/1 -j DROP
iptables -A INPUT -p icmp --icmp-type 200 -j DROP";

/// esp and ah rules iptables-nft writes.
const ESP: &str = "\
iptables -A INPUT -p esp -m esp --espspi 5 -j ACCEPT
iptables -A INPUT -p esp ! --espspi 1:0xffffffff -j ACCEPT
iptables -A INPUT -p esp --espspi 7: -j ACCEPT
iptables -A INPUT -p esp --espspi :7 -j ACCEPT
iptables -A INPUT -p esp --espspi 5:3 -j ACCEPT
iptables -A INPUT -p esp --espspi '' -j ACCEPT
iptables -A INPUT -p esp ! --espspi 0:4294967295 -j ACCEPT
iptables -A INPUT -p esp -m esp -j ACCEPT
iptables -A INPUT -p ah --ahspi 5 -j ACCEPT
iptables -A INPUT -p ah ! --ahspi 500:600 -j ACCEPT
iptables -A INPUT -p ah ! --ahspi 0:4294967295 -j ACCEPT
iptables -A INPUT -p ah --ahspi : -j ACCEPT
iptables -A INPUT -p ah -m ah -j ACCEPT";

/// dccp rules iptables-nft writes.
const DCCP: &str = "\
iptables -A INPUT -p dccp -m dccp --dport 5004 -j ACCEPT
iptables -A INPUT -p dccp --sport 1:2 ! --dport 5: -j ACCEPT
iptables -A INPUT -p dccp ! --dccp-types REQUEST,SYNC,INVALID -j DROP
iptables -A INPUT -p dccp --dccp-option 4 --sport : -j DROP
iptables -A INPUT -p dccp ! --dccp-option 255 --dccp-types DATA,ACK -j DROP
iptables -A INPUT -p dccp --dccp-types INVALID ! --sport 3 --dport 4 -j DROP
iptables -A INPUT -p dccp -m dccp -j ACCEPT
iptables -A INPUT -p dccp --dport 70000 --sport 2:1 -j ACCEPT
iptables -A INPUT -p dccp --dport '' ! --sport : -j ACCEPT
iptables -A INPUT -p dccp --sport : --dccp-types , -j ACCEPT
iptables -A INPUT -p dccp --dccp-types REQUEST,RESPONSE,DATA,ACK,DATAACK,CLOSEREQ,CLOSE,RESET,SYNC,SYNCACK -j DROP";
