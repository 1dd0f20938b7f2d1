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
    local bin applet cur cword
    local -a words cands
    if declare -F _get_comp_words_by_ref >/dev/null; then
        # bash-completion: `=` and `:` stay inside words (-c=always, 10.0.0.2:80)
        _get_comp_words_by_ref -n =: cur words cword
    else
        words=("${COMP_WORDS[@]}")
        cword=$COMP_CWORD
        cur=${COMP_WORDS[COMP_CWORD]}
    fi
    bin=$(_ipkit_bin "${words[0]}") || return 0
    applet=${words[0]##*/}
    mapfile -t cands < <("$bin" --complete "$applet" "${words[@]:1:cword}" 2>/dev/null)
    if [ "${cands[0]-}" = "@command" ]; then
        mapfile -t COMPREPLY < <(compgen -c -- "$cur")
    else
        COMPREPLY=("${cands[@]}")
    fi
    if declare -F __ltrim_colon_completions >/dev/null; then
        __ltrim_colon_completions "$cur"
    fi
    return 0
}

# -o default: file names where ipkit has nothing to offer (ip -batch FILE, arp -f FILE)
complete -o default -F _ipkit_complete ip arp iptables ip6tables ipkit
