#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the workbench (installing what is missing) and starts it on the default workspace.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/setup.sh
portrait_install_packages
portrait_build build
exec ./build/src/app/portrait-workbench "$@"
