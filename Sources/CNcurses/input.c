#include "CNcurses.h"
#include "internal.h"
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <unistd.h>

int rk_read_bytes(int timeout_ms, uint8_t *buffer, int capacity) {
    if (rk_input_fd < 0 || capacity <= 0) return RK_BYTES_NONE;
    struct pollfd wanted = {.fd = rk_input_fd, .events = POLLIN};
    int ready = poll(&wanted, 1, timeout_ms);
    if (ready <= 0) return RK_BYTES_NONE; // timeout, or a signal (a resize, a termination) cut it short
    ssize_t count = read(rk_input_fd, buffer, (size_t)capacity);
    if (count > 0) return (int)count;
    if (count < 0 && (errno == EINTR || errno == EAGAIN)) return RK_BYTES_NONE;
    // End of input or EIO: the terminal is gone. Treat it as the hangup it is, so the app saves
    // and ends instead of spinning on a dead descriptor.
    rk_note_hangup();
    return RK_BYTES_NONE;
}

bool rk_take_resize(void) {
    if (!rk_resize_pending) return false;
    rk_resize_pending = 0;
    struct winsize size;
    if (ioctl(rk_tty_fd, TIOCGWINSZ, &size) == 0 && size.ws_row > 0 && size.ws_col > 0) {
        resize_term(size.ws_row, size.ws_col);
    }
    return true;
}

bool rk_backspace_is_ctrl_h(void) {
    const char *kbs = tigetstr((char *)"kbs");
    return kbs != NULL && kbs != (char *)-1 && kbs[0] == '\b' && kbs[1] == '\0';
}
