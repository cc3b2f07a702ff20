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

/// Combines attribute flags into an attr_t (the A_* macros are not importable).
attr_t rk_attrs(bool bold, bool dim, bool reverse, bool underline, bool italic);
/// How many colours the terminal has once start_color has run (COLORS is a global Swift refuses).
int rk_colors(void);
/// Blanks stdscr (in memory only; rk_present sends just the difference).
void rk_erase(void);
/// Blanks row `y` of stdscr (before repainting only that row).
void rk_clear_row(int y);
/// Writes one cell at (y, x): `text` is a NUL-terminated wide string of at most CCHARW_MAX
/// characters (a base character and its combining marks) that the grid gave `width` columns.
/// Returns ERR, drawing nothing, for controls, a zero-width base, or a base wider than `width`;
/// a base narrower than `width` is drawn and the rest of the cell stays blank.
int rk_put_cell(int y, int x, const wchar_t *text, int width, attr_t attrs, short pair);
/// Shows the cursor at (y, x), or hides it when `visible` is false; only talks to the terminal
/// when the visibility changes.
void rk_place_cursor(bool visible, int y, int x);
/// Makes the next rk_present repaint the whole screen instead of only what changed.
void rk_invalidate_screen(void);
/// wnoutrefresh(stdscr) + doupdate().
void rk_present(void);

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
