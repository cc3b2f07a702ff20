#ifndef RK_INTERNAL_H
#define RK_INTERNAL_H
// State shared between terminal.c (which sets it up) and signals.c (which restores from it in a
// crash, where only async-signal-safe calls are allowed).
#include <signal.h>
#include <stdbool.h>
#include <termios.h>

extern int rk_tty_fd;
/// Where input is read: stdin when stdin and stdout are terminals, else the /dev/tty descriptor.
extern int rk_input_fd;
extern struct termios rk_saved_termios;
extern bool rk_saved_termios_valid;
/// 1 while the terminal is in curses mode (raw, alternate screen, mouse, bracketed paste).
extern volatile sig_atomic_t rk_curses_active;

/// Set by the SIGWINCH handler; rk_take_resize clears it.
extern volatile sig_atomic_t rk_resize_pending;
/// Records a hangup as if SIGHUP had arrived (the terminal's input ended), unless a signal is pending.
void rk_note_hangup(void);

/// Async-signal-safe: puts the tty back to its saved modes and writes the reset sequences.
void rk_emergency_restore(void);
#endif
