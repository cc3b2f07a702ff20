#define _GNU_SOURCE 1 // wcwidth
#include "CNcurses.h"
#include <wctype.h>

int rk_colors(void) { return COLORS; }

attr_t rk_attrs(bool bold, bool dim, bool reverse, bool underline, bool italic) {
    attr_t attrs = A_NORMAL;
    if (bold) attrs |= A_BOLD;
    if (dim) attrs |= A_DIM;
    if (reverse) attrs |= A_REVERSE;
    if (underline) attrs |= A_UNDERLINE;
    if (italic) attrs |= A_ITALIC;
    return attrs;
}

static bool is_control(wchar_t c) { return c < 0x20 || (c >= 0x7F && c <= 0x9F); }

// ncurses expands an unprintable base character through unctrl ("^[", "~@", ...), which would
// take more columns than the grid planned and could smuggle escape sequences; it attaches a
// zero-width base (a lone combining mark) to the previous cell; and a base wider than the grid's
// cell would cover the next cell and shift the rest of the row on the terminal. Refuse all three.
static bool is_drawable(const wchar_t *text, int width) {
    if (text[0] == 0 || !iswprint((wint_t)text[0])) return false;
    int base_width = wcwidth(text[0]);
    if (base_width < 1 || base_width > width) return false;
    for (const wchar_t *c = text; *c != 0; c++) {
        if (is_control(*c)) return false;
    }
    return true;
}

void rk_erase(void) { werase(stdscr); }

void rk_clear_row(int y) {
    wmove(stdscr, y, 0);
    wclrtoeol(stdscr);
}

int rk_put_cell(int y, int x, const wchar_t *text, int width, attr_t attrs, short pair) {
    cchar_t cell;
    if (!is_drawable(text, width) || setcchar(&cell, text, attrs, pair, NULL) == ERR) return ERR;
    // Writing the bottom-right cell returns ERR (the cursor cannot advance) but stores the cell.
    mvwadd_wch(stdscr, y, x, &cell);
    return OK;
}

static int cursor_shown = -1; // unknown until the first call

void rk_place_cursor(bool visible, int y, int x) {
    if (visible) wmove(stdscr, y, x);
    leaveok(stdscr, !visible);
    if (cursor_shown != (int)visible) {
        curs_set(visible ? 1 : 0);
        cursor_shown = visible;
    }
}

void rk_invalidate_screen(void) { clearok(curscr, TRUE); }

void rk_present(void) {
    wnoutrefresh(stdscr);
    doupdate();
}
