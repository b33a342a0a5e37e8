# shellcheck shell=bash
# SPDX-License-Identifier: GPL-2.0
# Common definitions for tools/*: paths, the pinned base, messages.
# Sourced, never run.

TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=base.conf
. "$TOP/base.conf"

LINUX=${LINUX:-$TOP/linux}
CACHE=${CACHE:-$TOP/.cache}
OUT=${OUT:-$TOP/out}
export SERIES_BRANCH=${SERIES_BRANCH:-series}
# Kbuild passes absolute source paths; relative to this directory they are
# the same in every clone, so ccache hits across clones and build trees.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$TOP}

log() { printf '%s: %s\n' "${0##*/}" "$*" >&2; }
die() { log "error: $*"; exit 1; }

# Print usage from the leading comment block of the calling script.
usage() {
	sed -n '2,/^[^#]/{/^#/!q;s/^# \{0,1\}//;p}' "$0"
}

# Run git on the kernel work tree.
kgit() { git -C "$LINUX" "$@"; }

# The patch files named by series, in order, one per line.
series_patches() {
	sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^$/d' "$TOP/series"
}

# The test binaries (<selftests dir>/<binary>) of a kselftest list, one per
# line: comments, arguments and the @disk and @timeout=N markers dropped.
list_tests() {
	sed -e 's/#.*//' -e 's/^[[:space:]]*\(@[a-z]*\(=[0-9]*\)\{0,1\}[[:space:]]*\)*//' \
		-e '/^[[:space:]]*$/d' "$1" |
		awk '{ print $1 }'
}
