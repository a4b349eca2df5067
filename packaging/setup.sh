#!/usr/bin/env bash
# Sets up a Debian 12 machine for Flank Atlas and builds it, then either starts the viewer
# (`run`) or runs the whole test suite (`test`). Safe to run again: it installs only what is
# missing. Runs as root, or through sudo.
#
#   bash packaging/setup.sh run     install, build, start the viewer on the bundled data
#   bash packaging/setup.sh test    install, build, run every test through CTest, then again
#                                   in the sanitizer tree (as `sanitize` does)
#   bash packaging/setup.sh sanitize  the same with ASan + UBSan, in a second tree (build-asan)
#   bash packaging/setup.sh package install, build, make the .deb (apt install ./flankatlas_*.deb)
set -euo pipefail

mode=${1:-run}
case "$mode" in run | test | build | package | sanitize) ;; *)
    echo "usage: bash packaging/setup.sh run|test|build|package|sanitize" >&2
    exit 2
    ;;
esac
shift || true

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${FLANK_BUILD_DIR:-"$root/build"}
if [ "$mode" = sanitize ]; then
    build_dir=${FLANK_SANITIZE_BUILD_DIR:-"$root/build-asan"}
    set -- -DFLANK_SANITIZE=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
fi

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-base-private-dev # the accessibility tests switch Qt's accessibility on as a screen reader would
    qt6-l10n-tools qt6-qpa-plugins libgl-dev
    libgdal-dev gdal-bin libproj-dev proj-data libpng-dev libjpeg-dev
    libicu-dev # country names in every interface language, from CLDR
    libavcodec-dev libavformat-dev libavutil-dev libswscale-dev
    ffmpeg # ffprobe and ffmpeg read the exported videos in the tests; the program never runs them
    python3 python3-jsonschema python3-gdal python3-bibtexparser
    xvfb xauth poppler-utils desktop-file-utils appstream file
    libxml2-utils groff-base shared-mime-info
)

sudo_if_needed() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Installs those of the given packages that are not installed yet.
install_missing() {
    local missing=() package
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
            missing+=("$package")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing: ${missing[*]}"
        sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get update -q
        sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
    fi
}

install_missing "${packages[@]}"

# The browser test of the HTML map: Debian's chromium, and node with npm for playwright-core
# (which uses that chromium and downloads nothing). Node may come from elsewhere than Debian.
if [ "$mode" = test ] || [ "$mode" = sanitize ]; then
    browser_packages=(chromium)
    command -v node >/dev/null 2>&1 || browser_packages+=(nodejs)
    command -v npm >/dev/null 2>&1 || browser_packages+=(npm)
    install_missing "${browser_packages[@]}"
    (cd "$root/tests/browser" && npm ci --no-audit --no-fund)
fi

cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@"
cmake --build "$build_dir" --parallel "$(nproc)"

case "$mode" in
run)
    exec "$build_dir/app/flankatlas"
    ;;
sanitize)
    cd "$build_dir"
    exec ctest --output-on-failure --parallel "$(nproc)"
    ;;
test)
    (cd "$build_dir" && ctest --output-on-failure --parallel "$(nproc)")
    # Then the whole suite again under AddressSanitizer and UndefinedBehaviorSanitizer, in a
    # tree of its own (FLANK_SKIP_SANITIZE=1 leaves it out for a quicker local run).
    if [ "${FLANK_SKIP_SANITIZE:-0}" != 1 ]; then
        exec bash "$root/packaging/setup.sh" sanitize
    fi
    ;;
package)
    cmake --build "$build_dir" --target package
    ls "$build_dir"/flankatlas_*.deb
    ;;
esac
