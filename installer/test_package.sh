#!/usr/bin/env bash
# installer.deb_package: builds the .deb with CPack, inspects its control fields,
# dependencies and contents, extracts it into a scratch root (dpkg-deb -x: nothing
# is installed on the machine) and starts the extracted evidence-explorer offscreen
# to render a screenshot, checking it finds its bundled evidence base through
# <scratch root>/usr/bin/../share/evidence-explorer.
#
#   test_package.sh BUILD_DIR WORK_DIR VERSION APPSTREAM_ID
#
# Exit 0 pass, 1 fail, 77 skipped (no cpack or dpkg-deb on this machine).
set -euo pipefail

build=$1 work=$2 version=$3 appid=$4

fail() { echo "FAIL: $*" >&2; exit 1; }
skip() { echo "SKIP: $*"; exit 77; }
step() { echo "==> $*"; }

for tool in cpack dpkg-deb; do
  command -v "$tool" >/dev/null 2>&1 || skip "$tool is not installed (Debian packages cmake, dpkg)"
done

# cpack installs what the build produced; ctest does not build, so say what is missing.
for file in bin/evidence-explorer bin/evidence-cli share/evidence-explorer/dfu-cell-therapy.evidence \
            installer/icons/hicolor/256x256/apps/evidence-explorer.png "installer/$appid.metainfo.xml"; do
  [ -e "$build/$file" ] || fail "$build/$file is missing: build the project first (cmake --build $build)"
done

rm -rf "$work"
mkdir -p "$work"

step "Building the .deb (cpack -G DEB)"
if ! cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1; then
  cat "$work/cpack.log" >&2
  fail "cpack failed (log above)"
fi
debs=("$work"/out/*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one .deb in $work/out, found: ${debs[*]}"
deb=${debs[0]}
echo "    $deb ($(stat -c %s "$deb") bytes)"

step "Control fields"
dpkg-deb -I "$deb" control
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = evidence-explorer ] || fail "Package is '$(field Package)', expected evidence-explorer"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', expected $version"
[ "$(field Section)" = science ] || fail "Section is '$(field Section)', expected science"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] || fail "Architecture is '$(field Architecture)'"
[[ "$(field Maintainer)" =~ ^.+\ \<[^@\ ]+@[^@\ ]+\>$ ]] || fail "Maintainer '$(field Maintainer)' is not 'Name <email>'"
[ -n "$(field Description)" ] || fail "no Description"

step "Dependencies"
depends=$(field Depends)
echo "    Depends: $depends"
# Qt 6 libraries, QCustomPlot, and the plugins Qt loads at run time (SQLite
# driver, platform plugins, SVG icon engine) that dpkg-shlibdeps cannot see.
for pkg in libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 \
           libqcustomplot2.1-qt6 libqt6sql6-sqlite qt6-qpa-plugins libqt6svg6 libstdc\\+\\+6; do
  [[ ", $depends," =~ [,\ ]$pkg[\ ,] ]] || fail "Depends has no $pkg"
done
recommends=$(field Recommends)
echo "    Recommends: $recommends"
[[ "$recommends" == *fonts-wqy-microhei* ]] || fail "Recommends has no CJK font (the Chinese interface needs one)"

step "Contents"
contents=$(dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|')
expected=(
  /usr/bin/evidence-explorer
  /usr/bin/evidence-cli
  /usr/share/evidence-explorer/dfu-cell-therapy.evidence
  /usr/share/evidence-explorer/examples/bcg.evidence
  /usr/share/evidence-explorer/examples/gibson2002.evidence
  /usr/share/applications/evidence-explorer.desktop
  "/usr/share/metainfo/$appid.metainfo.xml"
  /usr/share/icons/hicolor/scalable/apps/evidence-explorer.svg
)
for size in 16 22 24 32 48 64 128 256; do
  expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/evidence-explorer.png")
done
for path in "${expected[@]}"; do
  grep -qxF "$path" <<<"$contents" || fail "the .deb has no $path"
done
outside=$(grep -v '^/usr/\(bin\|share\)\(/\|$\)' <<<"$contents" | grep -vx '/\|/usr/' || true)
[ -z "$outside" ] || fail "the .deb installs outside /usr/bin and /usr/share: $outside"
echo "    $(grep -vc '/$' <<<"$contents") files, all expected ones present"

step "Extracting into a scratch root"
root="$work/root"
dpkg-deb -x "$deb" "$root"
share=$(realpath -m "$root/usr/bin/../share/evidence-explorer")
[ "$share" = "$(realpath "$root")/usr/share/evidence-explorer" ] || fail "bin/../share resolves to $share, outside the scratch root"

# PNG icons: real PNGs of the size their folder names.
for size in 16 48 256; do
  png="$root/usr/share/icons/hicolor/${size}x${size}/apps/evidence-explorer.png"
  [ "$(head -c 8 "$png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "$png is not a PNG"
  width=$(( $(od -An -tu1 -j16 -N4 "$png" | awk '{print ($1*16777216)+($2*65536)+($3*256)+$4}') ))
  height=$(( $(od -An -tu1 -j20 -N4 "$png" | awk '{print ($1*16777216)+($2*65536)+($3*256)+$4}') ))
  [ "$width" -eq "$size" ] && [ "$height" -eq "$size" ] || fail "$png is ${width}x${height}, expected ${size}x${size}"
done

if command -v desktop-file-validate >/dev/null 2>&1; then
  step "desktop-file-validate"
  desktop-file-validate "$root/usr/share/applications/evidence-explorer.desktop" || fail "invalid .desktop entry"
else
  echo "    (desktop-file-validate not installed: Debian package desktop-file-utils; not validated)"
fi
if command -v appstreamcli >/dev/null 2>&1; then
  step "appstreamcli validate"
  appstreamcli validate --no-net --explain "$root/usr/share/metainfo/$appid.metainfo.xml" || fail "invalid AppStream metainfo"
else
  echo "    (appstreamcli not installed: Debian package appstream; not validated)"
fi

# The extracted programs run against the system's Qt, in a private home, with no
# EE_DATA_DIR, so the bundled base can only come from bin/../share.
run() {
  env -u EE_DATA_DIR QT_QPA_PLATFORM=offscreen HOME="$work/home" \
      XDG_CONFIG_HOME="$work/home/config" XDG_DATA_HOME="$work/home/data" XDG_CACHE_HOME="$work/home/cache" \
      XDG_RUNTIME_DIR="$work/home/runtime" timeout 90 "$@"
}
mkdir -p "$work/home/runtime" && chmod 700 "$work/home/runtime"

step "evidence-cli from the scratch root"
run "$root/usr/bin/evidence-cli" --version || fail "evidence-cli --version failed"
run "$root/usr/bin/evidence-cli" studies --db "$share/dfu-cell-therapy.evidence" >"$work/studies.txt" \
  || fail "evidence-cli studies on the installed base failed"
[ -s "$work/studies.txt" ] || fail "evidence-cli studies printed nothing"

step "evidence-explorer --screenshot from the scratch root"
screenshot="$work/screenshot.png"
status=0
run "$root/usr/bin/evidence-explorer" --screenshot "$screenshot" >"$work/explorer.out" 2>"$work/explorer.err" || status=$?
cat "$work/explorer.err"
[ "$status" -eq 0 ] || fail "evidence-explorer exited with status $status"
! grep -q '^evidence-explorer:' "$work/explorer.err" || fail "evidence-explorer reported an error (above)"
[ -s "$screenshot" ] || fail "no screenshot written"
[ "$(head -c 8 "$screenshot" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "$screenshot is not a PNG"
echo "    $screenshot ($(stat -c %s "$screenshot") bytes)"

# Proof of where the base came from: without the scratch root's base, the program
# must complain about exactly that file (and not quietly open another copy).
step "the bundled base is the scratch root's (control run without it)"
mv "$share/dfu-cell-therapy.evidence" "$work/moved.evidence"
status=0
run "$root/usr/bin/evidence-explorer" --screenshot "$work/control.png" >/dev/null 2>"$work/control.err" || status=$?
mv "$work/moved.evidence" "$share/dfu-cell-therapy.evidence"
grep -qF "$share/dfu-cell-therapy.evidence" "$work/control.err" \
  || { cat "$work/control.err" >&2; fail "without the scratch root's base, evidence-explorer did not look for $share/dfu-cell-therapy.evidence"; }

echo "PASS: $deb"
