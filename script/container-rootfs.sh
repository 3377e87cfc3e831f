#!/usr/bin/env bash
# The root file system of the sandbox's `container:` job: a minimal Debian
# (debootstrap --variant=minbase) with the OpenSSH client a job image
# normally has. Built once per machine and cached; prints its path.
#
#   script/container-rootfs.sh [CACHE_DIR]
#
# The suite and mirror are this machine's own (its os-release and apt
# sources), so the build uses whatever Debian mirror or proxy apt uses here.
set -euo pipefail

cache=${1:-/var/cache/opa-workload-identity}
suite=$(. /etc/os-release && echo "${VERSION_CODENAME:?}")
rootfs="$cache/rootfs-$suite-minbase"
mkdir -p "$cache"
# One build at a time; a second caller waits and then finds it done.
exec 9>"$cache/rootfs.lock"
flock 9
if [ -f "$rootfs/.complete" ]; then
  echo "$rootfs"
  exit 0
fi

mirror=$(
  cat /etc/apt/sources.list.d/*.sources /etc/apt/sources.list.d/*.list /etc/apt/sources.list 2>/dev/null |
    awk '/security/ { next }
      /^URIs:/ { print $2; exit }
      /^deb / { for (i = 2; i <= NF; i++) if ($i !~ /^\[/ && $i !~ /\]$/) { print $i; exit } }' || true
)
if [ -z "$mirror" ]; then
  echo "script/container-rootfs.sh: no Debian mirror in this machine's apt sources" >&2
  exit 1
fi

staging=$(mktemp -d "$cache/build.XXXXXX")
trap 'rm -rf "$staging"' EXIT
echo "Building the container job's Debian $suite root file system from $mirror (once per machine)" >&2
debootstrap --variant=minbase --include=openssh-client "$suite" "$staging" "$mirror" >"$cache/build.log" 2>&1 || {
  tail -20 "$cache/build.log" >&2
  exit 1
}
# Where the runner mounts its directories in a container job.
mkdir -p "$staging/github/home" "$staging/__e" "$staging/__w" "$staging/__t"
touch "$staging/.complete"
rm -rf "$rootfs"
mv "$staging" "$rootfs"
trap - EXIT
echo "$rootfs"
