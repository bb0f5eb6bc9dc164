#!/usr/bin/env bash
# Installs what the browser tests need from Debian's packages, when it is missing:
# Chromium (driven by Playwright) and a CJK font (so Chinese text renders in screenshots).
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
fc-list 2>/dev/null | grep -qiE 'Noto Sans CJK|WenQuanYi' || need+=(fonts-noto-cjk)
if ((${#need[@]})); then
  echo "Installing from Debian: ${need[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need[@]}" >/dev/null
fi
