#include "CNcurses.h"
#include "internal.h"
#include <fcntl.h>
#include <ncursesw/term.h> // setupterm, to check a terminal without writing to it
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int rk_tty_fd = -1;
int rk_input_fd = -1;
struct termios rk_saved_termios;
bool rk_saved_termios_valid = false;
volatile sig_atomic_t rk_curses_active = 0;

static SCREEN *screen;
static FILE *tty_file; // set only when we opened /dev/tty ourselves
static FILE *null_input; // the offscreen screen's input (rk_open_offscreen)

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

static bool has_terminal(void) {
    if (isatty(STDIN_FILENO) && isatty(STDOUT_FILENO)) return true;
    int fd = open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) return false;
    close(fd);
    return true;
}

int rk_check_terminal(void) {
    if (!has_terminal()) return RK_OPEN_NO_TTY;
    // setupterm with an error pointer reads terminfo and prints nothing, whatever TERM says.
    int error = 0;
    if (setupterm(NULL, -1, &error) != OK) return RK_OPEN_UNKNOWN_TERM;
    // A terminal that cannot move the cursor (TERM=dumb, hardcopy) would get a scrambled screen.
    bool usable = has_capability("cup");
    del_curterm(cur_term);
    return usable ? RK_OPEN_OK : RK_OPEN_UNKNOWN_TERM;
}

int rk_open_terminal(void) {
    set_locale();
    // Refused before newterm, so a terminal rekindle will not drive gets no byte at all.
    int checked = rk_check_terminal();
    if (checked != RK_OPEN_OK) return checked;
    FILE *out = stdout, *in = stdin;
    if (isatty(STDIN_FILENO) && isatty(STDOUT_FILENO)) {
        rk_tty_fd = STDOUT_FILENO;
        rk_input_fd = STDIN_FILENO;
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
        rk_tty_fd = rk_input_fd = fd;
    }
    rk_saved_termios_valid = tcgetattr(rk_tty_fd, &rk_saved_termios) == 0;
    screen = newterm(NULL, out, in);
    if (screen != NULL) {
        set_term(screen);
        rk_curses_active = 1;
    }
    if (screen == NULL) {
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

int rk_open_offscreen(int height, int width) {
    set_locale();
    FILE *out = fopen("/dev/null", "w");
    null_input = fopen("/dev/null", "r");
    if (out == NULL || null_input == NULL) {
        if (out != NULL) fclose(out);
        rk_close_terminal();
        return RK_OPEN_NO_TTY;
    }
    tty_file = out;
    rk_tty_fd = fileno(out);
    screen = newterm("xterm-256color", out, null_input);
    if (screen == NULL) {
        rk_close_terminal();
        return RK_OPEN_UNKNOWN_TERM;
    }
    set_term(screen);
    resize_term(height, width);
    // As in rk_open_terminal: from the first doupdate on, each frame is one write().
    endwin();
    return RK_OPEN_OK;
}

void rk_configure_input(void) {
    raw(); // Ctrl-C, Ctrl-Z, Ctrl-S and Ctrl-Q arrive as keys; the app decides what they mean
    noecho();
    nonl();
    // The input reader decodes every key spelling itself (rk_read_bytes), so curses must not
    // translate keys or read ahead: no keypad mode, and no typeahead check during doupdate (it
    // would take a byte of a key for itself).
    keypad(stdscr, FALSE);
    typeahead(-1);
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

// What rk_set_modes turned on, so that leaving turns off exactly that and a terminal that was
// never started gets nothing.
static bool paste_on = false, mouse_on = false;

void rk_set_modes(bool mouse) {
    if (rk_tty_fd < 0) return;
    write_tty("\033[?2004h");
    paste_on = true;
    if (mouse) {
        // Button-event tracking (1002: clicks, wheel, drags; plain motion sends nothing) with SGR
        // reports (1006: decimal positions, so columns past 223 work).
        write_tty("\033[?1002h\033[?1006h");
        mouse_on = true;
    }
}

static void clear_modes(void) {
    if (rk_tty_fd < 0) return;
    if (mouse_on) write_tty("\033[?1006l\033[?1002l");
    if (paste_on) write_tty("\033[?2004l");
    paste_on = mouse_on = false;
}

void rk_write_tty(const char *text) {
    if (rk_tty_fd >= 0) write_tty(text);
}

void rk_leave_curses(void) {
    if (!rk_curses_active) return;
    endwin();
    clear_modes();
    rk_curses_active = 0;
}

void rk_resume_curses(bool mouse) {
    rk_set_modes(mouse);
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
    if (null_input != NULL) {
        fclose(null_input);
        null_input = NULL;
    }
    rk_tty_fd = rk_input_fd = -1;
    rk_saved_termios_valid = false;
}

void rk_screen_size(int *rows, int *cols) {
    int y, x;
    getmaxyx(stdscr, y, x);
    *rows = y;
    *cols = x;
}
