#!/usr/bin/env bash
# Sets up a Debian 12 machine for Flank Atlas and builds it, then either starts the viewer
# (`run`) or runs the whole test suite (`test`). Safe to run again: it installs only what is
# missing. Runs as root, or through sudo.
#
#   bash packaging/setup.sh run     install, build, start the viewer on the bundled data
#   bash packaging/setup.sh test    install, build, run every test through CTest
set -euo pipefail

mode=${1:-run}
case "$mode" in run | test | build) ;; *)
    echo "usage: bash packaging/setup.sh run|test|build" >&2
    exit 2
    ;;
esac
shift || true

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${FLANK_BUILD_DIR:-"$root/build"}

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6svg6-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-qpa-plugins libgl-dev
    libgdal-dev gdal-bin libproj-dev proj-data
    python3 python3-jsonschema python3-gdal
    xvfb xauth poppler-utils desktop-file-utils appstream file
)

sudo_if_needed() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
        missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get update -q
    sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@"
cmake --build "$build_dir" --parallel "$(nproc)"

case "$mode" in
run)
    exec "$build_dir/app/flankatlas"
    ;;
test)
    cd "$build_dir"
    exec ctest --output-on-failure --parallel "$(nproc)"
    ;;
esac
