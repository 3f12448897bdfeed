#!/usr/bin/env bash
# Builds and runs the benchmarks (tests/bench) at national scale. Not part of CI: it takes minutes
# the first time, because it generates the national demo database (cached in ${TMPDIR:-/tmp}).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh -DINTEGRITEIT_BUILD_BENCH=ON
QT_QPA_PLATFORM=offscreen ./build/tests/bench/integriteit_bench "$@"
