#!/usr/bin/env bash
# Installs what is missing, configures and builds into ./build (Release with debug info).
# Extra arguments go to CMake, e.g. -DINTEGRITEIT_BUILD_BENCH=ON.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
cmake --build build --parallel "$(nproc)"
