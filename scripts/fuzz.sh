#!/usr/bin/env bash
# Fuzzes the CSV reader and the nevenfuncties row parser with libFuzzer (clang-14, ASan, UBSan).
# Usage: bash scripts/fuzz.sh [SECONDS]   (default 600). Exits non-zero on a crash, leaving the
# input in build-fuzz/crash-*. Builds only the fuzz target, in its own folder ./build-fuzz.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
bash scripts/install-deps.sh
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
CC=clang-14 CXX=clang++-14 cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DINTEGRITEIT_BUILD_FUZZ=ON -DINTEGRITEIT_BUILD_TESTS=OFF -DINTEGRITEIT_BUILD_BENCH=OFF \
  -DINTEGRITEIT_CHECK_TRANSLATIONS=OFF "${launcher[@]}"
cmake --build build-fuzz --target csv_fuzz --parallel "$(nproc)"
# New inputs go to a working corpus; the seed corpus in git stays as it is.
mkdir -p build-fuzz/corpus
export QT_QPA_PLATFORM=offscreen
build-fuzz/tests/fuzz/csv_fuzz -max_total_time="$seconds" -print_final_stats=1 -max_len=65536 \
  -artifact_prefix=build-fuzz/ build-fuzz/corpus tests/fuzz/corpus
