#include "CNcurses.h"

int rk_read(int timeout_ms, uint32_t *value) {
    wint_t ch = 0;
    wtimeout(stdscr, timeout_ms);
    int result = wget_wch(stdscr, &ch);
    if (result == ERR) return RK_READ_NONE;
    *value = (uint32_t)ch;
    return result == KEY_CODE_YES ? RK_READ_KEYCODE : RK_READ_CHAR;
}

int rk_read_mouse(int *y, int *x) {
    MEVENT event;
    if (getmouse(&event) != OK) return RK_MOUSE_NONE;
    *y = event.y;
    *x = event.x;
    if (event.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED)) return RK_MOUSE_LEFT;
    if (event.bstate & BUTTON4_PRESSED) return RK_MOUSE_WHEEL_UP;
    if (event.bstate & BUTTON5_PRESSED) return RK_MOUSE_WHEEL_DOWN;
    return RK_MOUSE_NONE;
}
