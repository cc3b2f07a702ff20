#define _GNU_SOURCE 1 // wcwidth
#include "CNcurses.h"
#include "internal.h"
#include <errno.h>
#include <ncursesw/term.h> // tigetstr, tiparm
#include <string.h>
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

static const char *capability(const char *name) {
    const char *value = tigetstr((char *)name);
    return value == NULL || value == (char *)-1 ? NULL : value;
}

const char *rk_cursor_address(int y, int x) {
    const char *cup = capability("cup");
    return cup == NULL ? NULL : tiparm(cup, y, x);
}

static void append(char *buffer, size_t capacity, const char *text) {
    if (text == NULL) return;
    size_t used = strlen(buffer);
    size_t room = capacity - used - 1;
    size_t length = strlen(text);
    memcpy(buffer + used, text, length < room ? length : room);
    buffer[used + (length < room ? length : room)] = 0;
}

// Every sequence starts from sgr0 (and op, the terminal's own colours), so it holds whatever the
// pen was before; the painter caches them, one per style.
const char *rk_style_sequence(bool bold, bool dim, bool reverse, bool underline, bool italic, short foreground,
                              short background) {
    static char buffer[256];
    buffer[0] = 0;
    append(buffer, sizeof buffer, capability("sgr0"));
    append(buffer, sizeof buffer, capability("op"));
    if (bold) append(buffer, sizeof buffer, capability("bold"));
    if (dim) append(buffer, sizeof buffer, capability("dim"));
    if (reverse) append(buffer, sizeof buffer, capability("rev"));
    if (underline) append(buffer, sizeof buffer, capability("smul"));
    if (italic) append(buffer, sizeof buffer, capability("sitm"));
    const char *setaf = capability("setaf"), *setab = capability("setab");
    if (foreground >= 0 && setaf != NULL) append(buffer, sizeof buffer, tiparm(setaf, (int)foreground));
    if (background >= 0 && setab != NULL) append(buffer, sizeof buffer, tiparm(setab, (int)background));
    return buffer;
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
