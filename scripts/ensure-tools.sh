#!/usr/bin/env bash
# Makes sure the end-to-end tests have a real browser (Debian's chromium-headless-shell:
# tests/e2e/support/chromium.ts), poppler-utils (pdfinfo, pdftotext, pdftoppm) and nginx (what
# depends on the server runs behind deploy/nginx.conf). As root on Debian
# it installs what is missing with apt; otherwise it stops and says what to install. The browser tests are never skipped silently.
set -euo pipefail

browser="${DISCERNE_BROWSER:-${CHROME_PATH:-/usr/bin/chromium-headless-shell}}"
missing=()
[ -x "$browser" ] || missing+=(chromium-headless-shell)
command -v pdfinfo >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
nginx_bin="${DISCERNE_NGINX:-/usr/sbin/nginx}"
[ -x "$nginx_bin" ] || missing+=(nginx)

if [ ${#missing[@]} -eq 0 ]; then
  echo "tools: browser $browser, poppler-utils, nginx $nginx_bin present"
  exit 0
fi

if [ -n "${DISCERNE_BROWSER:-${CHROME_PATH:-}}" ] && [[ " ${missing[*]} " == *" chromium-headless-shell "* ]]; then
  echo "error: the browser named by DISCERNE_BROWSER/CHROME_PATH ($browser) is not an executable file." >&2
  exit 1
fi

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "tools: installing ${missing[*]} with apt-get (Debian packages)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # The tests start nginx themselves on a loopback port: keep the package from starting the
  # system service on port 80 while it installs (Debian's policy-rc.d convention).
  if [[ " ${missing[*]} " == *" nginx "* ]] && [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
    chmod +x /usr/sbin/policy-rc.d
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT
  fi
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  exit 0
fi

cat >&2 <<MSG
error: the end-to-end tests need: ${missing[*]}
  - on Debian or Ubuntu, as root: apt-get install -y ${missing[*]}
  - or name another Chromium or Chrome with DISCERNE_BROWSER=/path/to/chrome
MSG
exit 1
