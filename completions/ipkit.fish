# fish completion for ipkit's ip, arp and iptables (and ipkit itself).
# The candidates come from `ipkit --complete`, which reads the parsers' own keyword tables
# and the live system (links, namespaces, route tables, chains).
# Install: copy to ~/.config/fish/completions/ip.fish (and arp, iptables, ipkit), or source
# it; `ipkit --install DIR --completions` does that under DIR/../share/fish.

function __ipkit_complete
    set -l words (commandline -opc)
    set -l bin (command -s ipkit)
    if test -z "$bin"
        set bin (realpath (command -s $words[1]) 2>/dev/null)
    end
    test -n "$bin"; and test (basename $bin) = ipkit; or return
    set -l cands ($bin --complete (basename $words[1]) $words[2..-1] (commandline -ct) 2>/dev/null)
    if test "$cands[1]" = "@command"
        complete -C (commandline -ct)
        return
    end
    printf '%s\n' $cands
end

for c in ip arp iptables ip6tables ipkit
    complete -c $c -f -a '(__ipkit_complete)'
end
