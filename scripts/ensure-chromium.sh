#!/usr/bin/env bash
# End-to-end tests drive Debian's Chromium (Playwright's own browser download does not work offline).
# Finds it via $CHROMIUM_PATH or the usual paths; installs Debian's package when running as root.
set -euo pipefail
for c in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do
  if [[ -n "$c" && -x "$c" ]]; then exit 0; fi
done
if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
  echo "Chromium not found: installing Debian's chromium package…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
  exit 0
fi
echo "Chromium not found. Install it with:  sudo apt-get install -y chromium fonts-noto-cjk" >&2
echo "or point CHROMIUM_PATH at a Chromium or Chrome binary." >&2
exit 1
