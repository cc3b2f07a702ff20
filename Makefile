# rekindle — build, run and test. A new user needs only `make run` and `make test`.
SHELL := /bin/bash
PREFIX ?= /usr/local
SWIFT ?= swift
RELEASE_BIN := .build/release/rekindle
# Release builds link the Swift runtime and Foundation statically: no dynamic symbol binding of a
# dozen Swift libraries at every start (rekindle --version 7.6 -> 4.8 ms, resident memory -6 MB).
RELEASE_FLAGS ?= -c release --static-swift-stdlib
DEBUG_BIN := .build/debug/rekindle

.PHONY: all build run test check slow bench install uninstall clean deps asan

all: build

# System headers the build needs. As root with apt-get they are installed; otherwise one line says how.
deps:
	@missing=""; \
	[ -f /usr/include/ncursesw/curses.h ] || missing="$$missing libncursesw5-dev"; \
	[ -f /usr/include/sqlite3.h ] || missing="$$missing libsqlite3-dev"; \
	command -v tmux >/dev/null || missing="$$missing tmux"; \
	command -v python3 >/dev/null || missing="$$missing python3"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "make: installing$$missing"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq$$missing) >/dev/null || \
	      { echo "make: could not install$$missing; run: sudo apt-get install$$missing" >&2; exit 1; }; \
	  else \
	    echo "make: missing Debian packages:$$missing — install them with: sudo apt-get install$$missing" >&2; exit 1; \
	  fi; \
	fi

build: deps
	$(SWIFT) build $(RELEASE_FLAGS) --product rekindle

run: build
	@$(RELEASE_BIN)

test: deps
	$(SWIFT) build --product rekindle
	$(SWIFT) test
	@REKINDLE_BIN=$(DEBUG_BIN) bash Tests/run_scripts.sh Tests/e2e

# The slow reliability tests (crash loop of 100 SIGKILLs, key storm in a real terminal): about 5 minutes.
check: test slow

slow: deps
	$(SWIFT) build --product rekindle
	@REKINDLE_BIN=$(DEBUG_BIN) bash Tests/run_scripts.sh Tests/slow

# The unit tests and the end-to-end scripts under AddressSanitizer, in their own build folder.
# detect_leaks=0: LeakSanitizer's only findings are outside our code (XCTest's runner objects, and a
# 4 KB buffer swift-foundation's Data(contentsOf:) leaks per empty file); memory errors (overflows,
# use after free) still stop the run.
ASAN_SCRATCH := .build-asan
asan: deps
	$(SWIFT) build --build-tests --scratch-path $(ASAN_SCRATCH) -Xswiftc -sanitize=address
	ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 $(SWIFT) test --skip-build --scratch-path $(ASAN_SCRATCH) -Xswiftc -sanitize=address
	@ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 REKINDLE_BIN=$(ASAN_SCRATCH)/debug/rekindle bash Tests/run_scripts.sh Tests/e2e

# Performance figures (Tests/bench/README.md): release builds, then about 3-4 minutes of measuring.
bench: build
	$(SWIFT) build $(RELEASE_FLAGS) --product rekindle-bench
	bash Tests/bench/bench.sh

install: build
	install -d -m 755 $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/rekindle/guides
	install -m 755 $(RELEASE_BIN) $(DESTDIR)$(PREFIX)/bin/rekindle
	install -m 644 Content/*.md $(DESTDIR)$(PREFIX)/share/rekindle/guides/

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/rekindle
	rm -rf $(DESTDIR)$(PREFIX)/share/rekindle

clean:
	rm -rf .build
