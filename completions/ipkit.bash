# bash completion for ipkit's ip, arp and iptables (and ipkit itself).
# The candidates come from `ipkit --complete`, which reads the parsers' own keyword tables
# and the live system (links, namespaces, route tables, chains).
# Install: source this file, or copy it to /usr/share/bash-completion/completions/ip (and
# arp, iptables, ipkit); `ipkit --install DIR --completions` does that.

# The ipkit binary: `ipkit` on PATH, or what the command's own name links to.
_ipkit_bin() {
    local bin
    bin=$(command -v ipkit 2>/dev/null)
    if [ -z "$bin" ]; then
        bin=$(command -v "$1" 2>/dev/null) && bin=$(readlink -f "$bin")
    fi
    [ -n "$bin" ] && [ "${bin##*/}" = ipkit ] && [ -x "$bin" ] && printf '%s\n' "$bin"
}

_ipkit_complete() {
    local bin applet cur IFS=$'\n'
    bin=$(_ipkit_bin "${COMP_WORDS[0]}") || return 0
    applet=${COMP_WORDS[0]##*/}
    cur=${COMP_WORDS[COMP_CWORD]}
    local -a cands
    cands=($("$bin" --complete "$applet" "${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null))
    if [ "${cands[0]-}" = "@command" ]; then
        COMPREPLY=($(compgen -c -- "$cur"))
    else
        COMPREPLY=("${cands[@]}")
    fi
    return 0
}

complete -F _ipkit_complete ip arp iptables ipkit
