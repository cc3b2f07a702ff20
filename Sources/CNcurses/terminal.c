#include "CNcurses.h"
#include "internal.h"
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int rk_tty_fd = -1;
struct termios rk_saved_termios;
bool rk_saved_termios_valid = false;
volatile sig_atomic_t rk_curses_active = 0;

static SCREEN *screen;
static FILE *tty_file; // set only when we opened /dev/tty ourselves

// ncursesw needs a UTF-8 LC_CTYPE. A plain C/POSIX locale (common under cron, ssh -T or minimal
// containers) would turn every non-ASCII key into bytes, so coerce it to C.UTF-8 like Python does.
static void set_locale(void) {
    setlocale(LC_ALL, "");
    const char *ctype = setlocale(LC_CTYPE, NULL);
    if (ctype == NULL || strcmp(ctype, "C") == 0 || strcmp(ctype, "POSIX") == 0) {
        if (setlocale(LC_CTYPE, "C.UTF-8") == NULL) setlocale(LC_CTYPE, "C.utf8");
    }
}

static bool has_capability(const char *capname) {
    const char *value = tigetstr((char *)capname);
    return value != NULL && value != (char *)-1 && *value != '\0';
}

int rk_open_terminal(void) {
    set_locale();
    FILE *out = stdout, *in = stdin;
    if (isatty(STDIN_FILENO) && isatty(STDOUT_FILENO)) {
        rk_tty_fd = STDOUT_FILENO;
    } else {
        // Output redirected or input piped: talk to the controlling terminal directly.
        int fd = open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
        if (fd < 0) return RK_OPEN_NO_TTY;
        tty_file = fdopen(fd, "r+");
        if (tty_file == NULL) {
            close(fd);
            return RK_OPEN_NO_TTY;
        }
        out = in = tty_file;
        rk_tty_fd = fd;
    }
    rk_saved_termios_valid = tcgetattr(rk_tty_fd, &rk_saved_termios) == 0;
    screen = newterm(NULL, out, in);
    if (screen != NULL) {
        set_term(screen);
        rk_curses_active = 1;
    }
    // A terminal that cannot move the cursor (TERM=dumb, hardcopy) would get a scrambled screen.
    if (screen == NULL || !has_capability("cup")) {
        rk_close_terminal();
        return RK_OPEN_UNKNOWN_TERM;
    }
    // ncurses (6.4) flushes its output after every cursor movement until the screen has been
    // suspended once (_nc_mvcur flushes while _endwin is still ewInitial), so a frame that changed
    // many rows went out in ~100 write()s of 10-30 bytes. Suspending now, before anything is drawn,
    // makes the first doupdate resume the screen, and from then on each frame is one write().
    endwin();
    return RK_OPEN_OK;
}

// Binds both the terminal's own sequence (terminfo extended capability, if any) and the xterm
// sequence, since many terminfo entries (tmux-256color among them) lack the extended names.
static void bind_key(const char *capname, const char *xterm_sequence, int code) {
    if (has_capability(capname)) define_key(tigetstr((char *)capname), code);
    define_key(xterm_sequence, code);
}

void rk_configure_input(void) {
    raw(); // Ctrl-C, Ctrl-Z, Ctrl-S and Ctrl-Q arrive as keys; the app decides what they mean
    noecho();
    nonl();
    keypad(stdscr, TRUE);
    set_escdelay(25);
    bind_key("kLFT5", "\033[1;5D", RK_KEY_CTRL_LEFT);
    bind_key("kRIT5", "\033[1;5C", RK_KEY_CTRL_RIGHT);
    define_key("\033[200~", RK_KEY_PASTE_BEGIN);
    define_key("\033[201~", RK_KEY_PASTE_END);
}

bool rk_enable_mouse(void) {
    mmask_t wanted = BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED;
    mouseinterval(0); // report presses at once instead of waiting to tell clicks from drags
    return mousemask(wanted, NULL) != 0;
}

static void write_tty(const char *text) {
    size_t left = strlen(text);
    while (left > 0) {
        ssize_t written = write(rk_tty_fd, text, left);
        if (written <= 0) return;
        text += written;
        left -= (size_t)written;
    }
}

void rk_set_bracketed_paste(bool on) {
    if (rk_tty_fd >= 0) write_tty(on ? "\033[?2004h" : "\033[?2004l");
}

void rk_leave_curses(void) {
    if (!rk_curses_active) return;
    endwin();
    rk_set_bracketed_paste(false);
    rk_curses_active = 0;
}

void rk_resume_curses(void) {
    rk_set_bracketed_paste(true);
    rk_curses_active = 1;
}

void rk_close_terminal(void) {
    rk_leave_curses();
    if (screen != NULL) {
        delscreen(screen);
        screen = NULL;
    }
    if (tty_file != NULL) {
        fclose(tty_file);
        tty_file = NULL;
    }
    rk_tty_fd = -1;
    rk_saved_termios_valid = false;
}

void rk_screen_size(int *rows, int *cols) {
    int y, x;
    getmaxyx(stdscr, y, x);
    *rows = y;
    *cols = x;
}
