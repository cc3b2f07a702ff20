#define _GNU_SOURCE 1 // wcwidth
#include "CNcurses.h"
#include "internal.h"
#include <errno.h>
#include <ncursesw/term.h> // tigetstr, tiparm
#include <unistd.h>
#include <wctype.h>

int rk_colors(void) { return COLORS; }

static bool is_control(wchar_t c) { return c < 0x20 || (c >= 0x7F && c <= 0x9F); }

int rk_scalar_columns(wchar_t c) {
    if (is_control(c) || !iswprint((wint_t)c)) return -1;
    return wcwidth(c);
}

bool rk_can_write_last_cell(void) {
    // With automatic margins but no eat-newline glitch, a character in the bottom-right cell
    // scrolls the screen. xterm, tmux, screen and the Linux console all have the glitch (xenl).
    return tigetflag((char *)"am") != 1 || tigetflag((char *)"xenl") == 1;
}

const char *rk_capability(const char *name) {
    const char *value = tigetstr((char *)name);
    return value == NULL || value == (char *)-1 ? NULL : value;
}

const char *rk_cursor_address(int y, int x) {
    const char *cup = rk_capability("cup");
    return cup == NULL ? NULL : tiparm(cup, y, x);
}

const char *rk_capability_with(const char *name, int value) {
    const char *sequence = rk_capability(name);
    return sequence == NULL ? NULL : tiparm(sequence, value);
}

void rk_clear_screen(void) {
    // stdscr stays blank (the painter writes the cells itself), so this clears the terminal, and
    // on the first frame or after endwin it also puts the terminal back into curses' modes.
    clearok(curscr, TRUE);
    wnoutrefresh(stdscr);
    doupdate();
}

void rk_write_bytes(const uint8_t *bytes, int count) {
    while (count > 0 && rk_tty_fd >= 0) {
        ssize_t written = write(rk_tty_fd, bytes, (size_t)count);
        if (written < 0 && errno == EINTR) continue;
        if (written <= 0) return;
        bytes += written;
        count -= (int)written;
    }
}

static int cursor_shown = -1; // unknown until the first call

void rk_show_cursor(bool visible) {
    if (cursor_shown != (int)visible) {
        curs_set(visible ? 1 : 0);
        cursor_shown = visible;
    }
}
