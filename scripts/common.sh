# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by scripts/run and scripts/test: install missing Debian packages, then configure
# and build with a CMake preset. Sourced, not run.
set -euo pipefail

SITUATE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Every package the build, the tests and the demo need, listed explicitly: some (the
# SQLite driver, xauth, fonts) are not pulled in by the packages that use them.
SITUATE_PACKAGES=(
    cmake ninja-build g++ pkg-config git
    qt6-base-dev libqt6sql6-sqlite libpoppler-qt6-dev qt6-charts-dev qt6-svg-dev
    libgl-dev libxkbcommon-dev libqt6opengl6-dev
    catch2 libzip-dev zlib1g-dev libxlsxwriter-dev
    xvfb xauth fonts-dejavu-core
    libxml2-utils sqlite3 poppler-utils
    postgresql libqt6sql6-psql libpq-dev
    clang libclang-rt-14-dev
    ccache
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    python3-pyatspi at-spi2-core dbus-daemon
    imagemagick optipng pngquant
    dpkg-dev fakeroot lintian desktop-file-utils appstream librsvg2-bin man-db groff-base
    libreadstat-dev readstat
    libssl-dev
    python3-docx pandoc libreoffice-writer-nogui
)

situate_install() {
    local missing=()
    for p in "${SITUATE_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$p")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "Installing: ${missing[*]}"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -q
    $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# situate_build PRESET [TARGET...]
# Compiles through ccache, with paths taken relative to the checkout, so a second checkout on
# the same machine (a CI clone) reuses what the first compiled.
situate_build() {
    local preset="$1"; shift
    cd "$SITUATE_ROOT"
    export CCACHE_BASEDIR="$SITUATE_ROOT" CCACHE_NOHASHDIR=1
    export CCACHE_MAXSIZE="${CCACHE_MAXSIZE:-20G}"
    cmake --preset "$preset" -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >/dev/null
    if [ $# -gt 0 ]; then
        local args=()
        for t in "$@"; do args+=(--target "$t"); done
        cmake --build --preset "$preset" "${args[@]}"
    else
        cmake --build --preset "$preset"
    fi
}
