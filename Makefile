# ipkit: build, test and install. For packagers: PREFIX, DESTDIR, and the directories below.
#
#   make                     cargo build --release (the static musl binary)
#   make install             the binary, its applet links, man pages, shell completions
#   make install DESTDIR=/tmp/pkg PREFIX=/usr
#   make uninstall
#   make test                cargo test --release (as root for the sandboxed tests)
#
# install never replaces a file that is not ipkit's (an `ip` of iproute2, its manual page or
# completion): it stops and says so; FORCE=1 replaces them. uninstall removes only ipkit's.

PREFIX ?= /usr/local
DESTDIR ?=
BINDIR ?= $(PREFIX)/sbin
MANDIR ?= $(PREFIX)/share/man
DATADIR ?= $(PREFIX)/share
CARGO ?= cargo
IPKIT ?= target/x86_64-unknown-linux-musl/release/ipkit
FORCE ?=

# the applets (`ipkit --list`) and the commands the completions serve
APPLETS := ip arp iptables iptables-save iptables-restore ip6tables ip6tables-save ip6tables-restore
COMPLETED := ip arp iptables ip6tables ipkit
PAGES8 := ip ip-netns ip-link ip-address ip-route ip-rule ip-neighbour ip-nexthop ip-maddress ip-tcp_metrics ip-tuntap ip-monitor ip-netconf ip-mroute ip-token ip-xfrm arp iptables iptables-save iptables-restore ip6tables ip6tables-save ip6tables-restore
PAGES8 += ip-ntable ip-stats

B = $(DESTDIR)$(BINDIR)
M = $(DESTDIR)$(MANDIR)
D = $(DESTDIR)$(DATADIR)

# ours FILE: true when FILE is absent, a link to ipkit, or a file of ipkit's (FORCE=1: always)
ours = { [ -n "$(FORCE)" ] || [ ! -e "$(1)" -a ! -L "$(1)" ] || [ "$$(readlink "$(1)")" = ipkit ] || \
	{ [ -f "$(1)" ] && [ ! -L "$(1)" ] && grep -q ipkit "$(1)"; } || \
	{ echo "make install: $(1) is not ipkit's; not replacing it (FORCE=1 does)" >&2; false; }; }
# put SRC DEST: install a data file where ours allows
put = $(call ours,$(2)) && install -m 644 "$(1)" "$(2)"

all:
	$(CARGO) build --release

install:
	@test -x "$(IPKIT)" || { echo "make install: $(IPKIT) is missing; run make first" >&2; exit 1; }
	install -d "$(B)" "$(M)/man1" "$(M)/man8" "$(D)/bash-completion/completions" \
		"$(D)/zsh/site-functions" "$(D)/fish/vendor_completions.d"
	install -m 755 "$(IPKIT)" "$(B)/ipkit"
	for a in $(APPLETS); do $(call ours,$(B)/$$a) && ln -sfn ipkit "$(B)/$$a" || exit 1; done
	$(call put,man/ipkit.1,$(M)/man1/ipkit.1)
	for p in $(PAGES8); do $(call put,man/$$p.8,$(M)/man8/$$p.8) || exit 1; done
	for c in $(COMPLETED); do \
		$(call put,completions/ipkit.bash,$(D)/bash-completion/completions/$$c) && \
		$(call put,completions/ipkit.fish,$(D)/fish/vendor_completions.d/$$c.fish) || exit 1; \
	done
	$(call put,completions/_ipkit,$(D)/zsh/site-functions/_ipkit)

# mine FILE: remove FILE when it is a link to ipkit or a file of ipkit's
mine = if [ "$$(readlink "$(1)")" = ipkit ] || { [ -f "$(1)" ] && [ ! -L "$(1)" ] && grep -q ipkit "$(1)"; }; then rm -f "$(1)"; fi

uninstall:
	for a in $(APPLETS); do $(call mine,$(B)/$$a); done
	rm -f "$(B)/ipkit"
	$(call mine,$(M)/man1/ipkit.1)
	for p in $(PAGES8); do $(call mine,$(M)/man8/$$p.8); done
	for c in $(COMPLETED); do \
		$(call mine,$(D)/bash-completion/completions/$$c); \
		$(call mine,$(D)/fish/vendor_completions.d/$$c.fish); \
	done
	$(call mine,$(D)/zsh/site-functions/_ipkit)

test:
	$(CARGO) test --release

.PHONY: all install uninstall test
