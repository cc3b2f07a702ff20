#include "CNcurses.h"
#include "internal.h"
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static volatile sig_atomic_t pending_signal = 0;
volatile sig_atomic_t rk_resize_pending = 0;

static const int termination_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
// A Swift runtime trap arrives as SIGILL or SIGTRAP.
static const int crash_signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE};
#define COUNT(array) (sizeof(array) / sizeof((array)[0]))

// What was installed before us (the Swift runtime's backtracer, for instance), to put back when
// the session ends.
static struct sigaction previous_actions[NSIG];

// Paste, mouse and keypad-transmit modes off, attributes reset, cursor shown, main screen back.
static const char reset_sequence[] =
    "\033[?2004l\033[?1000l\033[?1002l\033[?1006l\033[?1l\033>\033[0m\033[?25h\033[?1049l\r\n";

void rk_emergency_restore(void) {
    if (!rk_curses_active) return;
    rk_curses_active = 0;
    if (rk_saved_termios_valid) tcsetattr(rk_tty_fd, TCSANOW, &rk_saved_termios);
    ssize_t ignored = write(rk_tty_fd, reset_sequence, sizeof reset_sequence - 1);
    (void)ignored;
}

static void on_termination(int sig) { pending_signal = sig; }

// No SA_RESTART either: the poll in rk_read_bytes returns, and the reader picks up the new size.
static void on_resize(int sig) {
    (void)sig;
    rk_resize_pending = 1;
}

void rk_note_hangup(void) {
    if (pending_signal == 0) pending_signal = SIGHUP;
}

static const char crash_message[] =
    "rekindle: stopped by an internal error; everything saved before this moment is safe in the database.\n";

static void on_crash(int sig, siginfo_t *info, void *context) {
    (void)info;
    (void)context;
    rk_emergency_restore();
    // Not chained to the Swift runtime's backtracer: on a terminal it waits up to 30 s for a key,
    // which a person in distress would read as a hang. One calm line instead, then the default
    // action (core dump where enabled) so the exit status still says what happened.
    ssize_t ignored = write(STDERR_FILENO, crash_message, sizeof crash_message - 1);
    (void)ignored;
    signal(sig, SIG_DFL);
    raise(sig);
}

// A stack overflow is a SIGSEGV with no stack left to run the handler on.
static void ensure_alternate_stack(void) {
    static char stack_memory[64 * 1024];
    stack_t current;
    if (sigaltstack(NULL, &current) == 0 && !(current.ss_flags & SS_DISABLE)) return;
    stack_t alternate = {.ss_sp = stack_memory, .ss_size = sizeof stack_memory, .ss_flags = 0};
    sigaltstack(&alternate, NULL);
}

// Run by exit() if something ends the process while curses is still active.
static void restore_at_exit(void) { rk_emergency_restore(); }

void rk_install_signal_handlers(void) {
    static bool registered_at_exit = false;
    if (!registered_at_exit) registered_at_exit = atexit(restore_at_exit) == 0;
    ensure_alternate_stack();

    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    action.sa_handler = on_termination; // no SA_RESTART: a blocked read returns at once
    for (size_t i = 0; i < COUNT(termination_signals); i++) {
        int sig = termination_signals[i];
        sigaction(sig, &action, &previous_actions[sig]);
    }
    // Installed before newterm, so ncurses keeps its own SIGWINCH handler out (it only installs
    // one over the default action) and never reads the terminal behind the input reader's back.
    action.sa_handler = on_resize;
    sigaction(SIGWINCH, &action, &previous_actions[SIGWINCH]);
    // Under `ulimit -f` a write past the limit raises SIGXFSZ, whose default action kills the app
    // with the terminal still in curses mode; ignored, the write fails with EFBIG, which the store
    // reports like any refused save.
    action.sa_handler = SIG_IGN;
    sigaction(SIGXFSZ, &action, &previous_actions[SIGXFSZ]);

    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    action.sa_sigaction = on_crash;
    action.sa_flags = SA_SIGINFO | SA_ONSTACK;
    for (size_t i = 0; i < COUNT(crash_signals); i++) {
        int sig = crash_signals[i];
        sigaction(sig, &action, &previous_actions[sig]);
    }
}

void rk_restore_signal_handlers(void) {
    sigaction(SIGWINCH, &previous_actions[SIGWINCH], NULL);
    sigaction(SIGXFSZ, &previous_actions[SIGXFSZ], NULL);
    for (size_t i = 0; i < COUNT(termination_signals); i++) {
        int sig = termination_signals[i];
        sigaction(sig, &previous_actions[sig], NULL);
    }
    for (size_t i = 0; i < COUNT(crash_signals); i++) {
        int sig = crash_signals[i];
        sigaction(sig, &previous_actions[sig], NULL);
    }
}

int rk_pending_signal(void) { return pending_signal; }

static void raise_with_default_action(int sig) {
    struct sigaction default_action;
    memset(&default_action, 0, sizeof default_action);
    default_action.sa_handler = SIG_DFL;
    sigemptyset(&default_action.sa_mask);
    sigaction(sig, &default_action, NULL);
    sigset_t only;
    sigemptyset(&only);
    sigaddset(&only, sig);
    sigprocmask(SIG_UNBLOCK, &only, NULL);
    raise(sig);
}

void rk_die_by_signal(int sig) {
    raise_with_default_action(sig);
    _exit(128 + sig);
}

void rk_stop_process(void) {
    struct sigaction saved; // ncurses' own SIGTSTP handler, for a Ctrl-Z sent from outside
    sigaction(SIGTSTP, NULL, &saved);
    raise_with_default_action(SIGTSTP); // returns when the shell continues us (fg)
    sigaction(SIGTSTP, &saved, NULL);
}
