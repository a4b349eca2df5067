#!/bin/sh
# The desktop entry validates, and the MIME type it claims is defined by our MIME package with
# the *.flankstory glob, as the shared MIME database will read it.
set -eu
desktop=$1 mime_xml=$2
desktop-file-validate "$desktop"
xmllint --noout "$mime_xml"
grep -qx 'MimeType=application/x-flankstory;' "$desktop" ||
    { echo "$desktop: MimeType must be application/x-flankstory;" >&2; exit 1; }
grep -q '^Exec=flankatlas %f$' "$desktop" ||
    { echo "$desktop: Exec must pass the opened file (%f)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/mime/packages"
cp "$mime_xml" "$work/mime/packages/"
out=$(update-mime-database "$work/mime" 2>&1) || { echo "$out" >&2; exit 1; }
grep -qx 'application/x-flankstory:\*\.flankstory' "$work/mime/globs" ||
    { echo "$mime_xml: no *.flankstory glob for application/x-flankstory" >&2; exit 1; }
echo "desktop entry and MIME type: ok"
