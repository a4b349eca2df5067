#!/usr/bin/env bash
# Rebuild geodata/countries.gpkg from Natural Earth 4.1.0 (world-atlas 2.0.2)
# with Crimea drawn as Ukrainian territory under Russian occupation.
# Re-runnable; the app never runs this (it reads the committed GPKG).
# Usage: bash geodata/build_countries.sh        (see geodata/README.md)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${OUT:-$HERE/countries.gpkg}"
WORLD_ATLAS_VERSION=2.0.2
WORLD_ATLAS_SHA256=032e7765f2ce00edaeafec23ff22bc3b77e42987c257da944cc585b452c05b97
ADMIN1="${ADMIN1:-/usr/share/qgis/resources/data/world_map.gpkg}"
ADMIN1_SHA256=d8799cdd44815fe42f332a84fbe9c2c8292b73075db479ae513623a37667a75d
PY=/usr/bin/python3   # Debian's python3, where python3-gdal lives (not a pyenv one)

# --- tools: Debian packages (root, as on the project machines) -------------
need_pkgs=()
$PY -c 'import osgeo.ogr' 2>/dev/null || need_pkgs+=(python3-gdal)
command -v ogrinfo >/dev/null || need_pkgs+=(gdal-bin)
command -v npm >/dev/null || need_pkgs+=(npm)
[ -f "$ADMIN1" ] || need_pkgs+=(qgis-common)
if [ ${#need_pkgs[@]} -gt 0 ]; then
  echo "installing: ${need_pkgs[*]}" >&2
  if [ "$(id -u)" -ne 0 ]; then echo "need root to apt-get install ${need_pkgs[*]}" >&2; exit 1; fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_pkgs[@]}" >/dev/null
fi

# --- inputs -----------------------------------------------------------------
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "world-atlas@$WORLD_ATLAS_VERSION" >/dev/null)
tgz="$tmp/world-atlas-$WORLD_ATLAS_VERSION.tgz"
echo "$WORLD_ATLAS_SHA256  $tgz" | sha256sum -c --quiet - \
  || { echo "world-atlas tarball is not the one this recipe was written for" >&2; exit 1; }
tar -xzf "$tgz" -C "$tmp"        # -> $tmp/package/countries-{110m,50m,10m}.json
if ! echo "$ADMIN1_SHA256  $ADMIN1" | sha256sum -c --quiet - 2>/dev/null; then
  # another qgis-common release: still Natural Earth admin-1, the build's own
  # checks (Crimea coverage, test point) decide whether it is usable
  echo "warning: $ADMIN1 differs from the qgis-common 3.22.16 file this recipe was written for" >&2
fi

# --- build --------------------------------------------------------------------
# OGR_CURRENT_DATE pins the GeoPackage's last_change stamps: same inputs, same bytes.
export OGR_CURRENT_DATE=2019-01-01T00:00:00Z
new="$tmp/countries.gpkg"
$PY "$HERE/build_countries.py" --world-atlas "$tmp/package" --admin1 "$ADMIN1" \
    --iso "$HERE/iso3166.csv" --out "$new"
$PY - "$new" <<'EOF'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.execute("VACUUM")
c.close()
EOF
$PY "$HERE/check_countries.py" "$new"
mv -f "$new" "$OUT"
echo "wrote $OUT ($(stat -c %s "$OUT") bytes)"
