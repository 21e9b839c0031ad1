# The commands of DESIGN.md. Each installs what is missing first (scripts/setup) and is quick when
# all is there.
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

.PHONY: serve test package bench

serve:
	scripts/setup serve
	trunk serve --release

test:
	scripts/setup test
	scripts/test

package:
	scripts/setup build
	scripts/package

bench:
	scripts/setup test
	scripts/package
	node scripts/bench.mjs
