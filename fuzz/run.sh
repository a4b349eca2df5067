#!/usr/bin/env bash
# Fuzzes one loader for a while:  bash fuzz/run.sh TARGET SECONDS
# TARGET is posture, story, annotation, map_state or safe_link. Builds the libFuzzer targets
# with clang 14 in build-fuzz/ on first use, fuzzes from a copy of the committed seed corpus,
# and leaves any crashing input in build-fuzz/findings/TARGET/. See fuzz/README.md.
set -euo pipefail

target=${1:?usage: bash fuzz/run.sh TARGET SECONDS}
seconds=${2:?usage: bash fuzz/run.sh TARGET SECONDS}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${FLANK_FUZZ_BUILD_DIR:-"$root/build-fuzz"}

if [ ! -f "$build/build.ninja" ]; then
    CC=clang-14 CXX=clang++-14 cmake -S "$root" -B "$build" -G Ninja \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFLANK_FUZZ=ON -DFLANK_BUILD_TESTS=OFF
fi
cmake --build "$build" --target "fuzz_$target" -- -j"${FLANK_FUZZ_JOBS:-2}"

# New inputs libFuzzer finds go to the work corpus, never into the committed seeds.
work="$build/corpus/$target"
findings="$build/findings/$target"
mkdir -p "$work" "$findings"
cp -n "$root/fuzz/corpus/$target/"* "$work/" 2>/dev/null || true

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
exec "$build/fuzz/fuzz_$target" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
    -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="$findings/" "$work"
