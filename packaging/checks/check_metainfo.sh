#!/bin/sh
# The AppStream metainfo validates, and every screenshot it names is committed.
set -eu
metainfo=$1 screenshots=$2
appstreamcli validate --no-net "$metainfo"
names=$(sed -n 's|.*<image[^>]*>.*/\([^/<]*\.png\)</image>.*|\1|p' "$metainfo")
[ -n "$names" ] || { echo "$metainfo: no screenshots" >&2; exit 1; }
for name in $names; do
    [ -s "$screenshots/$name" ] || { echo "$metainfo: screenshot $name is not in $screenshots" >&2; exit 1; }
done
grep -q '<content_rating type="oars-1.1"' "$metainfo" || { echo "$metainfo: no OARS rating" >&2; exit 1; }
echo "metainfo: ok"
