#!/bin/sh
# CPack builds the .deb from this build; its control file lists the computed library
# dependencies and the run-time ones, and it carries the files a desktop app needs.
set -eu
cpack=$1 build=$2 out=$3 source=$4
rm -rf "$out"
mkdir -p "$out"
(cd "$build" && "$cpack" -G DEB -B "$out" >"$out/cpack.log" 2>&1) ||
    { cat "$out/cpack.log" >&2; exit 1; }
deb=$(ls "$out"/flankatlas_*.deb)
info=$(dpkg-deb --info "$deb")
depends=$(printf '%s\n' "$info" | sed -n 's/^ Depends: //p')
for needed in libqt6core6 libqt6widgets6 libgdal libproj libicu qt6-qpa-plugins libqt6svg6 proj-data gdal-data; do
    printf '%s\n' "$depends" | grep -q "$needed" ||
        { echo "$deb: Depends lacks $needed: $depends" >&2; exit 1; }
done
contents=$(dpkg-deb --contents "$deb" | awk '{print $6}')
expect() {
    printf '%s\n' "$contents" | grep -qx "./usr/$1" || { echo "$deb: missing /usr/$1" >&2; exit 1; }
}
expect bin/flankatlas
for file in countries.gpkg posture.json posture.schema.json; do
    expect "share/flankatlas/geodata/$file"
done
for story in "$source"/resources/stories/*.flankstory; do
    [ -e "$story" ] && expect "share/flankatlas/resources/stories/$(basename "$story")"
done
expect share/flankatlas/resources/fonts/DejaVuSans.ttf
id=io.github.flankatlas.FlankAtlas
expect "share/applications/$id.desktop"
expect "share/metainfo/$id.metainfo.xml"
expect "share/mime/packages/$id.xml"
expect "share/icons/hicolor/scalable/apps/$id.svg"
for size in 48 64 128 256; do
    expect "share/icons/hicolor/${size}x$size/apps/$id.png"
done
expect share/man/man1/flankatlas.1.gz
expect share/doc/flankatlas/copyright
echo "$deb: ok"
echo "$depends"
