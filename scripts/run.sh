#!/usr/bin/env bash
# Installs, builds and starts Integriteit on its default database: the most recent one, or the
# first-run wizard that creates one in the user's data folder. Arguments go to the application.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh -DINTEGRITEIT_BUILD_TESTS=OFF
exec ./build/app/integriteit "$@"
