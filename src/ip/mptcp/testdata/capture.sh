#!/bin/sh
# Runs the reference `ip mptcp monitor` on each datagram of events.tsv (fake.c as LD_PRELOAD,
# in one sbx sandbox) and writes expected.tsv: NAME<TAB>stdout<TAB>stderr (\n escaped)<TAB>exit code.
set -e
cd "$(dirname "$0")"
gcc -shared -fPIC -O1 -o /tmp/mpfake.so fake.c -ldl
cp events.tsv /tmp/mpevents.tsv
sbx 'while IFS="	" read -r name hex; do
  printf "%s\n" "$hex" > /tmp/mpev.hex
  FAKE_EVENTS=/tmp/mpev.hex LD_PRELOAD=/tmp/mpfake.so ip mptcp monitor >/tmp/mpout 2>/tmp/mperr
  rc=$?
  printf "%s\t%s\t%s\t%s\n" "$name" "$(sed -z "s/\n/\\\\n/g" /tmp/mpout)" "$(sed -z "s/\n/\\\\n/g" /tmp/mperr)" $rc
done < /tmp/mpevents.tsv' > expected.tsv
