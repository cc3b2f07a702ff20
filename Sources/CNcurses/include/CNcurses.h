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
#include <wchar.h>

WINDOW *rk_stdscr(void);
#endif
