#!/bin/sh
# Every .ts file is complete, and stays complete when lupdate rescans today's sources (a new
# tr() string that nobody translated shows up as unfinished); and every translation in it is
# whole: not empty, with every placeholder of its source and its language's plural forms.
set -eu
lupdate=$1 sources=$2 options=$3
shift 3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for ts in "$@"; do
    committed=$(grep -c 'type="unfinished"' "$ts" || true)
    [ "$committed" -eq 0 ] || { echo "$ts: $committed unfinished translations" >&2; status=1; }
    copy="$work/$(basename "$ts")"
    cp "$ts" "$copy"
    # shellcheck disable=SC2086 # the options are separate words
    "$lupdate" -silent $options "@$sources" -ts "$copy" >/dev/null
    grep -B1 -A2 'type="unfinished"' "$copy" | sed -n 's|.*<source>\(.*\)</source>.*|  untranslated: \1|p' >&2 || true
    fresh=$(grep -c 'type="unfinished"' "$copy" || true)
    [ "$fresh" -eq 0 ] || { echo "$ts: $fresh strings in the sources are not translated; run the update_translations target and translate them" >&2; status=1; }
done
python3 "$(dirname "$0")/check_ts_content.py" "$@" || status=1
[ "$status" -eq 0 ] && echo "translations: complete"
exit "$status"
