# shellcheck shell=bash
# SPDX-License-Identifier: GPL-2.0
# Common definitions for tools/*: paths, the pinned base, messages.
# Sourced, never run.

TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# The base the tools work on: BASE=6.12 (base.conf, the series) or another
# pinned base, BASE=6.1 (base-6.1.conf, the backport).
BASE=${BASE:-6.12}
case $BASE in
6.12) BASE_CONF=$TOP/base.conf;;
*) BASE_CONF=$TOP/base-$BASE.conf;;
esac
if [ ! -f "$BASE_CONF" ]; then
	printf '%s: error: BASE=%s: no %s\n' "${0##*/}" "$BASE" "$BASE_CONF" >&2
	exit 1
fi
# shellcheck source=base.conf
. "$BASE_CONF"
export BASE

SERIES_DIR=$TOP/$BASE_SERIES_DIR
SERIES_DIR=${SERIES_DIR%/.}
LINUX=${LINUX:-$TOP/$BASE_WORKTREE}
CACHE=${CACHE:-$TOP/$BASE_CACHE}
OUT=${OUT:-$TOP/$BASE_OUT}
KCONFIG_DIR=${KCONFIG_DIR:-$TOP/$BASE_KCONFIG}
TESTCONFIG_DIR=${TESTCONFIG_DIR:-$TOP/$BASE_TESTCONFIG}
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

# The patch files named by the series file FILE, in order, one per line.
series_file_patches() {
	sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^$/d' "$1"
}

# The patch files of this base's series.
series_patches() {
	series_file_patches "$SERIES_DIR/series"
}

# The test binaries (<selftests dir>/<binary>) of a kselftest list, one per
# line: comments, arguments and the @disk and @timeout=N markers dropped.
list_tests() {
	sed -e 's/#.*//' -e 's/^[[:space:]]*\(@[a-z]*\(=[0-9]*\)\{0,1\}[[:space:]]*\)*//' \
		-e '/^[[:space:]]*$/d' "$1" |
		awk '{ print $1 }'
}
