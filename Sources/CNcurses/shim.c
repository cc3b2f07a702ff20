#include "CNcurses.h"

WINDOW *rk_stdscr(void) { return stdscr; }
