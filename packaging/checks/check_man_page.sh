#!/bin/sh
# The man page renders without a groff warning and names every option that the program's
# own --help lists, for every command.
set -eu
page=$1 exe=$2
warnings=$(groff -man -Tutf8 -ww -z "$page" 2>&1)
[ -z "$warnings" ] || { echo "$page: groff warnings:" >&2; echo "$warnings" >&2; exit 1; }
text=$(groff -man -Tutf8 -P -cbou "$page" 2>/dev/null)
missing=0
check() {
    label=$1
    shift
    options=$("$exe" "$@" | grep -o -- '--[a-z][a-z-]*' | sort -u)
    [ -n "$options" ] || { echo "$label: no options in its --help" >&2; exit 1; }
    for option in $options; do
        printf '%s\n' "$text" | grep -Eq -e "$option([^a-z-]|$)" ||
            { echo "$page: $label: $option is not documented" >&2; missing=1; }
    done
}
check "flankatlas" --help
# Every command the main --help lists, so a new command needs its section here too.
commands=$("$exe" --help | sed -n '/^Commands:/,/^$/p' | awk 'NR > 1 && NF { print $1 }')
[ -n "$commands" ] || { echo "flankatlas --help lists no commands" >&2; exit 1; }
for command in $commands; do
    printf '%s\n' "$text" | grep -Eq "^ *flankatlas +$command( |$)" ||
        { echo "$page: command $command has no synopsis" >&2; missing=1; }
    check "flankatlas $command" "$command" --help
done
check "flankatlas --screenshot" --screenshot unused.png --help
[ "$missing" -eq 0 ]
echo "man page: ok"
