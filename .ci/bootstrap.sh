# Shared set-up for ./run.sh and ./test.sh (sourced, not run).
# Installs the Debian packages the build needs when any is missing, then
# configures and builds incrementally. Expects EE_BUILD_DIR and EE_CMAKE_ARGS.

EE_DEBIAN_PACKAGES=(
  cmake ninja-build ccache g++ pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6sql6-sqlite libgl-dev
  libqcustomplot-dev libsqlite3-dev sqlite3
  libeigen3-dev libboost-math-dev libgtest-dev libgmock-dev
  fonts-dejavu-core fonts-wqy-microhei qt6-translations-l10n
  dpkg-dev desktop-file-utils appstream
)

ee_install_packages() {
  local missing=()
  local pkg
  for pkg in "${EE_DEBIAN_PACKAGES[@]}" "$@"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$pkg")
    fi
  done
  if [ ${#missing[@]} -eq 0 ]; then
    return 0
  fi
  echo "==> Installing missing Debian packages: ${missing[*]}"
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "error: packages are missing (${missing[*]}) and this user cannot install them (not root, no sudo)." >&2
      return 1
    fi
  fi
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q || return 1
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" || return 1
}

ee_build() {
  local generator=()
  if [ ! -f "$EE_BUILD_DIR/CMakeCache.txt" ]; then
    generator=(-G Ninja)
  fi
  echo "==> Configuring in $EE_BUILD_DIR"
  cmake -S "$EE_SOURCE_DIR" -B "$EE_BUILD_DIR" "${generator[@]}" "${EE_CMAKE_ARGS[@]}" >"$EE_BUILD_DIR.configure.log" 2>&1 || {
    cat "$EE_BUILD_DIR.configure.log" >&2
    echo "error: CMake configuration failed (log above)." >&2
    return 1
  }
  echo "==> Building (${EE_BUILD_JOBS} jobs)"
  cmake --build "$EE_BUILD_DIR" --parallel "$EE_BUILD_JOBS" "$@"
}

EE_SOURCE_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
EE_BUILD_JOBS=${EE_BUILD_JOBS:-$(nproc 2>/dev/null || echo 2)}
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
