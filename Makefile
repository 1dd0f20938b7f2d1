# ipkit: build, test and install. For packagers: PREFIX, DESTDIR, and the directories below.
#
#   make                     cargo build --release (the static musl binary)
#   make install             the binary, its applet links, man pages, shell completions
#   make install DESTDIR=/tmp/pkg PREFIX=/usr
#   make uninstall
#   make test                cargo test --release (as root for the sandboxed tests)

PREFIX ?= /usr/local
DESTDIR ?=
BINDIR ?= $(PREFIX)/sbin
MANDIR ?= $(PREFIX)/share/man
DATADIR ?= $(PREFIX)/share
CARGO ?= cargo
IPKIT ?= target/x86_64-unknown-linux-musl/release/ipkit

# the applets (`ipkit --list`) and the commands the completions serve
APPLETS := ip arp iptables iptables-save iptables-restore
COMPLETED := ip arp iptables ipkit
PAGES8 := ip ip-netns ip-link ip-address ip-route ip-neighbour arp iptables iptables-save iptables-restore

all:
	$(CARGO) build --release

install:
	@test -x $(IPKIT) || { echo "make install: $(IPKIT) is missing; run make first" >&2; exit 1; }
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man8
	install -m 755 $(IPKIT) $(DESTDIR)$(BINDIR)/ipkit
	for a in $(APPLETS); do ln -sf ipkit $(DESTDIR)$(BINDIR)/$$a; done
	install -m 644 man/ipkit.1 $(DESTDIR)$(MANDIR)/man1/ipkit.1
	for p in $(PAGES8); do install -m 644 man/$$p.8 $(DESTDIR)$(MANDIR)/man8/$$p.8; done
	install -d $(DESTDIR)$(DATADIR)/bash-completion/completions \
		$(DESTDIR)$(DATADIR)/zsh/site-functions $(DESTDIR)$(DATADIR)/fish/vendor_completions.d
	for c in $(COMPLETED); do \
		install -m 644 completions/ipkit.bash $(DESTDIR)$(DATADIR)/bash-completion/completions/$$c; \
		install -m 644 completions/ipkit.fish $(DESTDIR)$(DATADIR)/fish/vendor_completions.d/$$c.fish; \
	done
	install -m 644 completions/_ipkit $(DESTDIR)$(DATADIR)/zsh/site-functions/_ipkit

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/ipkit
	for a in $(APPLETS); do rm -f $(DESTDIR)$(BINDIR)/$$a; done
	rm -f $(DESTDIR)$(MANDIR)/man1/ipkit.1
	for p in $(PAGES8); do rm -f $(DESTDIR)$(MANDIR)/man8/$$p.8; done
	for c in $(COMPLETED); do \
		rm -f $(DESTDIR)$(DATADIR)/bash-completion/completions/$$c \
			$(DESTDIR)$(DATADIR)/fish/vendor_completions.d/$$c.fish; \
	done
	rm -f $(DESTDIR)$(DATADIR)/zsh/site-functions/_ipkit

test:
	$(CARGO) test --release

.PHONY: all install uninstall test
