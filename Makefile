# rekindle — build, run and test. A new user needs only `make run` and `make test`.
SHELL := /bin/bash
PREFIX ?= /usr/local
SWIFT ?= swift
RELEASE_BIN := .build/release/rekindle
# Release builds link the Swift runtime and Foundation statically: no dynamic symbol binding of a
# dozen Swift libraries at every start (rekindle --version 7.6 -> 4.8 ms, resident memory -6 MB).
# Every Swift function in a section of its own (GRDB's and the other packages' too, which is why
# it is a flag here and not in Package.swift): lld can then lay the code out in the order of
# Sources/rekindle/link-order.txt function by function, not a source file's code at a time.
RELEASE_FLAGS ?= -c release --static-swift-stdlib -Xswiftc -Xfrontend -Xswiftc -function-sections
DEBUG_BIN := .build/debug/rekindle

.PHONY: all build run test check slow e2e-release bench link-order install install-files man uninstall clean deps asan

all: build

# System headers the build needs. As root with apt-get they are installed; otherwise one line says how.
deps:
	@missing=""; \
	[ -f /usr/include/ncursesw/curses.h ] || missing="$$missing libncursesw5-dev"; \
	[ -f /usr/include/sqlite3.h ] || missing="$$missing libsqlite3-dev"; \
	[ -f /usr/include/sodium.h ] || missing="$$missing libsodium-dev"; \
	command -v tmux >/dev/null || missing="$$missing tmux"; \
	command -v python3 >/dev/null || missing="$$missing python3"; \
	command -v man >/dev/null || missing="$$missing man-db"; \
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

# The slow reliability tests (crash loop of 100 SIGKILLs, key storm in a real terminal, the import
# round trip of the year-of-use database): about 7 minutes.
check: test slow

slow: deps
	$(SWIFT) build --product rekindle
	$(SWIFT) build --product rekindle-bench
	@REKINDLE_BIN=$(DEBUG_BIN) bash Tests/run_scripts.sh Tests/slow

# The end-to-end scripts against the release app as `make install` ships it (one static
# executable laid out by its link order, Package.swift), not the debug build the tests use.
e2e-release: build
	@REKINDLE_BIN=$(CURDIR)/$(RELEASE_BIN) bash Tests/run_scripts.sh Tests/e2e

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

# Sources/rekindle/link-order.txt from the release build (Tests/bench/README.md; the year-of-use
# sitting needs rekindle-bench's make-db), then the relinks that use it (the app's now, the bench's
# at its next build): SwiftPM does not see the file as an input.
link-order: build
	$(SWIFT) build $(RELEASE_FLAGS) --product rekindle-bench
	bash Tests/bench/link-order.sh
	rm -f $(RELEASE_BIN) .build/release/rekindle-bench
	$(SWIFT) build $(RELEASE_FLAGS) --product rekindle

# rekindle(1). swift-argument-parser's generate-manual plugin (it works offline: it only builds
# and runs `rekindle --experimental-dump-help`) writes the page from the command definitions;
# Content/man/assemble.sh adds KEYS (from `rekindle keys`), ENVIRONMENT, FILES and PRIVACY. The
# plugin builds in debug mode, so it never replaces the statically linked release binary.
MAN_PAGE := .build/man/rekindle.1
MAN_DATE ?= $(shell git log -1 --format=%cs 2>/dev/null || date +%F)
man: deps
	$(SWIFT) package generate-manual --configuration debug --date $(MAN_DATE) >/dev/null
	@mkdir -p $(dir $(MAN_PAGE))
	bash Content/man/assemble.sh .build/plugins/GenerateManual/outputs/rekindle/rekindle.1 $(DEBUG_BIN) $(MAN_PAGE)

# Standard places under PREFIX: the binary, guides, support files, man page and completions.
BIN ?= $(RELEASE_BIN)
SHARE := $(DESTDIR)$(PREFIX)/share
install: build
	$(MAKE) --no-print-directory install-files BIN=$(RELEASE_BIN)

# `install` without the release build, for a binary given as BIN (the tests use the debug one).
install-files: man
	install -d -m 755 $(DESTDIR)$(PREFIX)/bin $(SHARE)/rekindle/guides $(SHARE)/rekindle/support $(SHARE)/man/man1 \
	  $(SHARE)/bash-completion/completions $(SHARE)/zsh/site-functions $(SHARE)/fish/vendor_completions.d
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/rekindle
	install -m 644 Content/*.md $(SHARE)/rekindle/guides/
	install -m 644 Content/support/lines.txt Content/support/safety-note.txt Content/support/safety-note-places.txt $(SHARE)/rekindle/support/
	install -m 644 $(MAN_PAGE) $(SHARE)/man/man1/rekindle.1
	$(BIN) --generate-completion-script bash >$(SHARE)/bash-completion/completions/rekindle
	$(BIN) --generate-completion-script zsh >$(SHARE)/zsh/site-functions/_rekindle
	$(BIN) --generate-completion-script fish >$(SHARE)/fish/vendor_completions.d/rekindle.fish
	chmod 644 $(SHARE)/bash-completion/completions/rekindle $(SHARE)/zsh/site-functions/_rekindle \
	  $(SHARE)/fish/vendor_completions.d/rekindle.fish

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/rekindle $(SHARE)/man/man1/rekindle.1 $(SHARE)/bash-completion/completions/rekindle \
	  $(SHARE)/zsh/site-functions/_rekindle $(SHARE)/fish/vendor_completions.d/rekindle.fish
	rm -rf $(SHARE)/rekindle

clean:
	rm -rf .build
