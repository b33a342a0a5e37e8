# SPDX-License-Identifier: GPL-2.0
# The front door of the HMM mirror series.  See README.md.
#
#   make demo          set everything up from nothing, build, boot, show
#   make test          everything CI runs; ends with "N passed, N failed"
#   make test BASE=6.1 the 6.1 backport's full run (boots; not in CI)
#
#   make worktree      make ./linux: the pinned base + the series (git am)
#   make export        write the work tree's commits back to patches/, series
#   make check-series  series and patches/ agree, and the series applies
#   make check-bisect  per-patch build, W=1, sparse and coccicheck checks (slow)
#   make events-table  regenerate docs/mmu-notifier-events.md's call-site table
#   make test-debug    the tests on the debug kernel (KASAN, lockdep, ...)
#   make bench         benchmarks, one boot: the mirror against test_hmm, hmm_pt against xarray
#   make bench-profile where a benchmark measure's time goes (ftrace function profiler)
#   make deps          install the Debian packages the tools need
#   make clean         remove build output of both bases (keeps the work trees and ccache)

.PHONY: help demo test test-debug bench bench-profile events-table worktree export check-series check-bisect deps clean

help:
	@sed -n 's/^#   //p' Makefile

deps:
	tools/install-deps

demo: deps
	tools/demo

test: deps
	tools/run-tests

test-debug: deps
	tools/run-tests --debug

worktree: deps
	tools/worktree

export:
	tools/export-series

check-series:
	tools/check-series --apply

# The backport's code is the series' (whose coccicheck this runs too): its
# per-patch pass is the builds, W=1 and sparse.
check-bisect: deps
	tools/worktree --keep
	tools/check-patches --build $(if $(filter-out 6.12,$(or $(BASE),6.12)),--no-cocci)

clean:
	rm -rf out .cache/build out-6.1 .cache/6.1/build

bench: deps
	tools/bench

bench-profile: deps
	tools/bench-profile

events-table: deps
	tools/mmu-events-table
