#!/usr/bin/env bash
# Installs what is missing, builds incrementally into build/, and opens the
# explorer on the bundled evidence base.
#   ./run.sh                      open the explorer (needs a display)
#   ./run.sh --screenshot FILE    render the main window offscreen to a PNG and exit
set -euo pipefail
cd "$(dirname "$0")"
source .ci/bootstrap.sh

screenshot=""
app_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --screenshot)
      [ $# -ge 2 ] || { echo "run.sh: --screenshot needs a file name, e.g. ./run.sh --screenshot out.png" >&2; exit 2; }
      screenshot=$2; shift 2 ;;
    --screenshot=*) screenshot=${1#*=}; shift ;;
    -h|--help)
      sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) app_args+=("$1"); shift ;;
  esac
done

EE_BUILD_DIR=${EE_BUILD_DIR:-$EE_SOURCE_DIR/build}
EE_CMAKE_ARGS=(-DCMAKE_BUILD_TYPE=RelWithDebInfo)
ee_install_packages
ee_build --target evidence-explorer evidence-cli evidence_bases

if [ -n "$screenshot" ]; then
  case "$screenshot" in /*) ;; *) screenshot="$PWD/$screenshot" ;; esac
  QT_QPA_PLATFORM=offscreen "$EE_BUILD_DIR/bin/evidence-explorer" --screenshot "$screenshot" "${app_args[@]}"
  echo "Screenshot written to $screenshot"
  exit 0
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  cat >&2 <<'MSG'
run.sh: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set).
The explorer is a desktop program and needs one. Options:
  - run it from a desktop session, or over ssh with X forwarding (ssh -X);
  - start a virtual display: apt-get install xvfb, then  xvfb-run -a ./run.sh
  - or render the window to an image without any display:  ./run.sh --screenshot out.png
MSG
  exit 1
fi
exec "$EE_BUILD_DIR/bin/evidence-explorer" "${app_args[@]}"
