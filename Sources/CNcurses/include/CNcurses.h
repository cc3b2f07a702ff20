#ifndef CNCURSES_H
#define CNCURSES_H
// Wide-character ncurses, with the macros Swift cannot import wrapped as functions.
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <ncursesw/curses.h>
#include <locale.h>
#include <stdbool.h>
#include <stdint.h>
#include <wchar.h>

// ---- Terminal (terminal.c) ------------------------------------------------------------------

/// Results of rk_open_terminal.
enum {
    RK_OPEN_OK = 0,
    RK_OPEN_NO_TTY = 1,       // neither stdin/stdout nor /dev/tty is a terminal
    RK_OPEN_UNKNOWN_TERM = 2  // newterm failed: $TERM is unknown or cannot address the cursor
};

/// Whether rekindle can drive this terminal, without writing anything to it: a terminal (stdin
/// and stdout, else /dev/tty) and a $TERM whose terminfo entry can address the cursor.
int rk_check_terminal(void);
/// Sets the locale (falling back to C.UTF-8 when LC_CTYPE is plain C/POSIX), checks the terminal
/// (rk_check_terminal: a refused one gets no output), finds it (stdin+stdout if both are ttys, else
/// /dev/tty), saves its termios for crash recovery and starts curses with newterm. Does not change
/// input modes; see rk_configure_input.
int rk_open_terminal(void);
/// Starts curses on a `width` x `height` xterm-256color screen that writes to /dev/null, for
/// benchmarks that count the work of drawing a frame (ncurses' doupdate included) without a
/// terminal. Closed by rk_close_terminal.
int rk_open_offscreen(int height, int width);
/// raw, noecho, nonl; keypad and typeahead off (the input reader parses key sequences itself).
void rk_configure_input(void);
/// Bracketed paste on, and with `mouse` SGR button-event mouse reports (1002 + 1006).
void rk_set_modes(bool mouse);
/// Writes text straight to the terminal (a line on the main screen while curses is left).
void rk_write_tty(const char *text);
/// Leaves curses mode (endwin) and turns off the modes rk_set_modes turned on. Safe to call more than once.
void rk_leave_curses(void);
/// After rk_leave_curses (Ctrl-Z): the modes back on; the next rk_present restores raw mode.
void rk_resume_curses(bool mouse);
/// Leaves curses mode if needed, frees the screen and closes /dev/tty if we opened it.
void rk_close_terminal(void);
/// The current terminal size as curses sees it (updated by ncurses on KEY_RESIZE).
void rk_screen_size(int *rows, int *cols);

// ---- Drawing (draw.c) ----------------------------------------------------------------------
// curses keeps the terminal's modes (entering, clearing, leaving the screen); the painter writes
// the cells itself, with terminfo's sequences, in one write per frame.

/// How many colours the terminal has once start_color has run (COLORS is a global Swift refuses).
int rk_colors(void);
/// Columns the C library gives a scalar (wcwidth), or -1 for a control or an unprintable one.
int rk_scalar_columns(wchar_t c);
/// Whether a character may be written in the bottom-right cell without scrolling the screen.
bool rk_can_write_last_cell(void);
/// terminfo's sequence moving the cursor to (y, x), or NULL; valid until the next call.
const char *rk_cursor_address(int y, int x);
/// terminfo's string capability `name` ("sgr0", "bold"), or NULL when the terminal has none.
const char *rk_capability(const char *name);
/// terminfo's capability `name` with one parameter ("setaf" 63, "ech" 12), or NULL; valid until
/// the next call.
const char *rk_capability_with(const char *name, int value);
/// Clears the terminal through curses (entering its modes on the first frame and after endwin).
void rk_clear_screen(void);
/// Writes bytes to the terminal, all of them unless it is gone.
void rk_write_bytes(const uint8_t *bytes, int count);
/// Shows or hides the cursor; only talks to the terminal when the visibility changes.
void rk_show_cursor(bool visible);

// ---- Input (input.c) -----------------------------------------------------------------------

/// What rk_read_bytes returns when no byte came.
enum { RK_BYTES_NONE = 0 };
/// Waits up to `timeout_ms` (-1 = forever) for input and reads what is there, up to `capacity`
/// bytes, undecoded. Returns the count, or RK_BYTES_NONE on a timeout or a signal (a resize or a
/// termination signal); the end of the terminal's input is recorded as a hangup.
int rk_read_bytes(int timeout_ms, uint8_t *buffer, int capacity);
/// If the terminal was resized since the last call: tells curses the new size and returns true.
bool rk_take_resize(void);
/// Whether terminfo says the Backspace key sends Ctrl-H (then Ctrl-H is Backspace, not Ctrl-Backspace).
bool rk_backspace_is_ctrl_h(void);

// ---- Signals (signals.c) -------------------------------------------------------------------

/// Installs the handlers: SIGINT/SIGTERM/SIGHUP/SIGQUIT only record the signal; crash signals
/// restore the terminal (saved termios + reset sequences, async-signal-safe) and then crash as before.
void rk_install_signal_handlers(void);
/// Puts back the handlers that were installed before rk_install_signal_handlers.
void rk_restore_signal_handlers(void);
/// The last termination signal received, or 0.
int rk_pending_signal(void);
/// Restores the default action for `sig` and raises it, so the process ends as that signal
/// would end it (the shell sees 128+sig). Falls back to _exit(128+sig).
_Noreturn void rk_die_by_signal(int sig);
/// Stops the process with SIGTSTP's default action (after rk_leave_curses), returning on SIGCONT.
void rk_stop_process(void);

#endif
