#!/usr/bin/env bash
# What the sandbox, the demo and the end-to-end tests need from the machine,
# in one place: .ci/run, `npm run demo`, `npm run sandbox` and `npm run
# test:e2e` all call this first. On a machine with root and apt-get it installs
# whatever is missing; anywhere else it stops at once with one message that
# lists each missing piece and the command that installs it, so nothing fails
# later with a cryptic error.
#
#   script/prerequisites.sh [sandbox|all]
#     sandbox  OpenSSH, sudo, gnupg, dpkg, util-linux, procps, tinyproxy, iproute2, debootstrap, and root
#     all      the same, plus Chromium and fonts for the job-summary render, and
#              Ansible for the README's example
set -euo pipefail

profile=${1:-all}
case "$profile" in
  sandbox | all) ;;
  *)
    echo "usage: $0 [sandbox|all]" >&2
    exit 2
    ;;
esac

# "command or path|Debian package|why": the first field is checked with
# `command -v`, or with `test -x` when it is a path.
needs=(
  "/usr/sbin/sshd|openssh-server|target servers are real sshd processes"
  "ssh|openssh-client|sft ssh and native ssh"
  "ssh-keygen|openssh-client|host keys and the sandbox CA"
  "ssh-agent|openssh-client|native ssh receives certificates through an agent"
  "scp|openssh-client|file transfers"
  "sudo|sudo|JIT accounts get per-session sudoers entries"
  "gpg|gnupg|the sandbox signs its Debian repository"
  "gpgv|gpgv|the installer verifies Release signatures"
  "dpkg-deb|dpkg|the installer unpacks .deb packages"
  "script|bsdutils|the pty fallback runs sft under script"
  "unshare|util-linux|each target server runs in its own mount namespace"
  "pkill|procps|a destroyed JIT account's processes are ended"
  "timeout|coreutils|a session never outlives its bound, even if the step is killed"
  "/usr/bin/tinyproxy|tinyproxy|the proxy runner shape: a job whose only way out is a real HTTP proxy"
  "ip|iproute2|the proxy runner shape's network namespace and its link"
  "debootstrap|debootstrap|the container-job runner shape builds a minimal Debian root (script/container-rootfs.sh)"
  "chroot|coreutils|container-job steps run in that root"
)
if [ "$profile" = all ]; then
  needs+=(
    "/usr/bin/chromium|chromium|the job summary is rendered to PNG"
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf|fonts-dejavu-core|legible text in the render"
    "ansible-playbook|ansible-core|the README's Ansible example runs in the e2e suite"
  )
fi

missing_packages=()
missing_lines=()
for need in "${needs[@]}"; do
  IFS='|' read -r what package why <<<"$need"
  if [[ "$what" == /* ]]; then [ -e "$what" ] && continue; else command -v "$what" >/dev/null 2>&1 && continue; fi
  missing_lines+=("  - $what (Debian package $package): $why")
  [[ " ${missing_packages[*]} " == *" $package "* ]] || missing_packages+=("$package")
done

is_root=false
[ "$(id -u)" -eq 0 ] && is_root=true
has_apt=false
command -v apt-get >/dev/null 2>&1 && has_apt=true

if [ "${#missing_packages[@]}" -gt 0 ] && $is_root && $has_apt; then
  echo "Installing ${missing_packages[*]} (script/prerequisites.sh)" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing_packages[@]}" >/dev/null
  missing_packages=()
  missing_lines=()
fi

problems=()
if [ "${#missing_packages[@]}" -gt 0 ]; then
  problems+=("These are missing:" "${missing_lines[@]}")
  if $has_apt; then
    problems+=("  Install them as root: apt-get update && apt-get install -y ${missing_packages[*]}")
  else
    problems+=("  This machine has no apt-get: install the packages named above with its own package manager.")
  fi
fi
if ! $is_root; then
  problems+=(
    "The sandbox needs root: it creates mount namespaces and JIT accounts inside them."
    "  Run it as root, or keep your PATH through sudo: sudo env \"PATH=\$PATH\" npm run <script>"
  )
fi
if [ "${#problems[@]}" -gt 0 ]; then
  printf '%s\n' "script/prerequisites.sh: this machine cannot run the sandbox yet." "${problems[@]}" >&2
  exit 1
fi

# The container-job runner shape's Debian root: built once per machine here,
# so no test waits for it (script/container-rootfs.sh caches it).
bash "$(dirname "$0")/container-rootfs.sh" >/dev/null
