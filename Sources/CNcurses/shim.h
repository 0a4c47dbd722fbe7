#ifndef ARDOISE_CNCURSES_SHIM_H
#define ARDOISE_CNCURSES_SHIM_H
/*
 * What Swift cannot import from ncursesw on its own: the wide-character API (SwiftPM drops
 * pkg-config's -D_XOPEN_SOURCE=600), function-like and cast macros, C globals (rejected by Swift 6
 * strict concurrency), variadic ioctl, and the async-signal-safe handlers that restore the
 * terminal.
 *
 * One rule for the signal part: its state lives in function-local statics of `static inline`
 * functions, which have internal linkage. Only one Swift source file
 * (ArdoiseCurses/NcursesTerminal+Signals.swift) may call the `shim_signal_*` functions, and its
 * functions are marked never to be inlined elsewhere, so that exactly one copy of that state
 * exists in the program (an optimized build that inlined a caller into another file would read
 * a second copy that no handler sets).
 */
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <locale.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>
#include <curses.h>
#include <term.h>

/* Hidden by glibc without _XOPEN_SOURCE. */
extern int wcwidth(wchar_t c);

/* MARK: - Globals */

static inline WINDOW *shim_stdscr(void) { return stdscr; }
static inline WINDOW *shim_curscr(void) { return curscr; }
static inline FILE *shim_stdin(void) { return stdin; }
static inline FILE *shim_stdout(void) { return stdout; }
static inline FILE *shim_stderr(void) { return stderr; }
static inline int shim_lines(void) { return LINES; }
static inline int shim_cols(void) { return COLS; }
static inline int shim_colors(void) { return COLORS; }
static inline int shim_color_pairs(void) { return COLOR_PAIRS; }

/* MARK: - Macros */

static inline attr_t shim_a_normal(void) { return A_NORMAL; }
static inline attr_t shim_a_bold(void) { return A_BOLD; }
static inline attr_t shim_a_reverse(void) { return A_REVERSE; }
static inline attr_t shim_a_underline(void) { return A_UNDERLINE; }
static inline attr_t shim_a_dim(void) { return A_DIM; }
static inline attr_t shim_a_italic(void) { return A_ITALIC; }
static inline int shim_key_f(int n) { return KEY_F(n); }
/* Key codes ardoise defines for bracketed paste (ESC[200~ and ESC[201~), above ncurses' own. */
static inline int shim_key_paste_start(void) { return KEY_MAX + 1; }
static inline int shim_key_paste_end(void) { return KEY_MAX + 2; }

/* MARK: - Terminal capabilities */

/* The result of probing a terminal type before starting curses on it. */
enum {
  SHIM_TERMINAL_USABLE = 0,
  SHIM_TERMINAL_UNKNOWN = 1,
  SHIM_TERMINAL_NO_CURSOR_ADDRESSING = 2
};

/* Whether `name` is a known terminal type that can address the cursor. Loads the terminfo entry
 * with setupterm (which, given an error pointer, prints nothing) and frees it again; writes
 * nothing to `fd`. */
static inline int shim_probe_terminal(const char *name, int fd) {
  TERMINAL *previous = cur_term;
  int error = 0;
  if (setupterm(name, fd, &error) != OK) {
    set_curterm(previous);
    return error == 0 && strcmp(name, "dumb") == 0 ? SHIM_TERMINAL_NO_CURSOR_ADDRESSING
                                                   : SHIM_TERMINAL_UNKNOWN;
  }
  const char *cup = tigetstr("cup");
  int generic = tigetflag("gn") > 0;
  int result = (cup == NULL || cup == (char *)-1 || generic) ? SHIM_TERMINAL_NO_CURSOR_ADDRESSING
                                                             : SHIM_TERMINAL_USABLE;
  del_curterm(cur_term);
  set_curterm(previous);
  return result;
}

/* A string capability of the current terminal, or NULL when it has none. */
static inline const char *shim_string_capability(const char *name) {
  const char *value = tigetstr(name);
  return (value == NULL || value == (char *)-1) ? NULL : value;
}

/* Adds `cell` at (y, x) with the colour pair passed through setcchar's extended-pair pointer,
 * which works for pairs above 255. At the right end of the bottom row, inserts instead of adding,
 * so the cursor never has to advance past the last cell (which would scroll or fail). */
static inline int shim_put_cell(WINDOW *window, int y, int x, const wchar_t *text, attr_t attributes,
                                int pair, int at_bottom_right) {
  cchar_t cell;
  int extended_pair = pair;
  if (setcchar(&cell, text, attributes, 0, &extended_pair) != OK) return ERR;
  if (at_bottom_right) return mvwins_wch(window, y, x, &cell);
  return mvwadd_wch(window, y, x, &cell);
}

/* MARK: - Pseudo-terminals */

/* Opens a pseudo-terminal pair of the given size, both ends close-on-exec. */
static inline int shim_open_pseudo_terminal(int *master, int *slave, int row_count, int column_count) {
  struct winsize size;
  memset(&size, 0, sizeof size);
  size.ws_row = (unsigned short)row_count;
  size.ws_col = (unsigned short)column_count;
  if (openpty(master, slave, NULL, NULL, &size) != 0) return -1;
  /* Programs this process starts (a tmux server in the same test run) must not inherit them. */
  fcntl(*master, F_SETFD, FD_CLOEXEC);
  fcntl(*slave, F_SETFD, FD_CLOEXEC);
  return 0;
}

/* Sets the window size of a terminal device. */
static inline int shim_set_window_size(int fd, int row_count, int column_count) {
  struct winsize size;
  memset(&size, 0, sizeof size);
  size.ws_row = (unsigned short)row_count;
  size.ws_col = (unsigned short)column_count;
  return ioctl(fd, TIOCSWINSZ, &size);
}

/* Reads the window size of a terminal device. */
static inline int shim_get_window_size(int fd, int *row_count, int *column_count) {
  struct winsize size;
  memset(&size, 0, sizeof size);
  if (ioctl(fd, TIOCGWINSZ, &size) != 0) return -1;
  *row_count = size.ws_row;
  *column_count = size.ws_col;
  return 0;
}

/* Ctrl-Z: stops the process as the terminal's suspend character does in cooked mode (raw mode
 * turns it into a key), and returns once the process is continued (`fg`). SIGTSTP has its
 * default action for the moment of the raise, whatever handler was in place. With no
 * job-control shell above it (an orphaned process group) the kernel discards the signal, and
 * this returns at once. No static state: any file may call it. */
static inline void shim_stop_process(void) {
  struct sigaction previous, fallback;
  memset(&fallback, 0, sizeof fallback);
  fallback.sa_handler = SIG_DFL;
  sigemptyset(&fallback.sa_mask);
  sigaction(SIGTSTP, &fallback, &previous);
  raise(SIGTSTP);
  sigaction(SIGTSTP, &previous, NULL);
}

/* Makes a file descriptor non-blocking. */
static inline int shim_set_nonblocking(int fd) {
  int flags = fcntl(fd, F_GETFL, 0);
  if (flags < 0) return -1;
  return fcntl(fd, F_SETFL, flags | O_NONBLOCK);
}

/* MARK: - Signals (call only from NcursesTerminal+Signals.swift) */

#define SHIM_RESET_CAPACITY 512
#define SHIM_CRASH_SIGNAL_COUNT 6
#define SHIM_STOP_SIGNAL_COUNT 3

/* Everything a signal handler may touch: plain data, written before the handlers are installed. */
struct shim_signal_state {
  volatile sig_atomic_t stop_requested;
  volatile sig_atomic_t armed;
  int output_fd;
  int tty_fd;
  int has_saved_modes;
  struct termios saved_modes;
  size_t reset_length;
  char reset_bytes[SHIM_RESET_CAPACITY];
  struct sigaction previous_crash[SHIM_CRASH_SIGNAL_COUNT];
  struct sigaction previous_stop[SHIM_STOP_SIGNAL_COUNT];
};

static inline struct shim_signal_state *shim_signal_state(void) {
  static struct shim_signal_state state;
  return &state;
}

static inline const int *shim_crash_signals(void) {
  static const int signals[SHIM_CRASH_SIGNAL_COUNT] = {SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE};
  return signals;
}

static inline const int *shim_stop_signals(void) {
  static const int signals[SHIM_STOP_SIGNAL_COUNT] = {SIGTERM, SIGHUP, SIGINT};
  return signals;
}

/* SIGTERM, SIGHUP, SIGINT: only records the request; the event loop notices it. */
static inline void shim_stop_handler(int signal_number) {
  (void)signal_number;
  shim_signal_state()->stop_requested = 1;
}

/* A crash: writes the precomputed reset bytes, restores the saved tty modes, then dies of the same
 * signal with its default action. Async-signal-safe: write, tcsetattr, sigaction and raise only. */
static inline void shim_crash_handler(int signal_number) {
  struct shim_signal_state *state = shim_signal_state();
  if (state->armed) {
    state->armed = 0;
    size_t written = 0;
    while (written < state->reset_length) {
      ssize_t count = write(state->output_fd, state->reset_bytes + written, state->reset_length - written);
      if (count < 0 && errno == EINTR) continue;
      if (count <= 0) break;
      written += (size_t)count;
    }
    if (state->has_saved_modes) tcsetattr(state->tty_fd, TCSANOW, &state->saved_modes);
  }
  struct sigaction fallback;
  memset(&fallback, 0, sizeof fallback);
  fallback.sa_handler = SIG_DFL;
  sigemptyset(&fallback.sa_mask);
  sigaction(signal_number, &fallback, NULL);
  raise(signal_number);
}

/* Records what the crash handler must do: the bytes that put the terminal back (leave the
 * alternate screen, show the cursor, reset attributes) and the tty modes to restore. */
static inline void shim_signal_prepare(int output_fd, int tty_fd, const struct termios *saved_modes,
                                       const char *reset_bytes, size_t reset_length) {
  struct shim_signal_state *state = shim_signal_state();
  state->armed = 0;
  state->output_fd = output_fd;
  state->tty_fd = tty_fd;
  state->has_saved_modes = saved_modes != NULL;
  if (saved_modes != NULL) state->saved_modes = *saved_modes;
  if (reset_length > SHIM_RESET_CAPACITY) reset_length = SHIM_RESET_CAPACITY;
  memcpy(state->reset_bytes, reset_bytes, reset_length);
  state->reset_length = reset_length;
  state->stop_requested = 0;
}

/* Installs the stop and crash handlers, keeping the previous actions for shim_signal_uninstall. */
static inline void shim_signal_install(void) {
  struct shim_signal_state *state = shim_signal_state();
  struct sigaction action;
  memset(&action, 0, sizeof action);
  sigemptyset(&action.sa_mask);
  action.sa_handler = shim_stop_handler;
  action.sa_flags = 0; /* no SA_RESTART: a blocked read returns so the loop sees the request */
  for (int index = 0; index < SHIM_STOP_SIGNAL_COUNT; ++index)
    sigaction(shim_stop_signals()[index], &action, &state->previous_stop[index]);
  action.sa_handler = shim_crash_handler;
  action.sa_flags = SA_NODEFER | SA_RESETHAND;
  for (int index = 0; index < SHIM_CRASH_SIGNAL_COUNT; ++index)
    sigaction(shim_crash_signals()[index], &action, &state->previous_crash[index]);
  state->armed = 1;
}

/* Puts back the actions that were in place before shim_signal_install. */
static inline void shim_signal_uninstall(void) {
  struct shim_signal_state *state = shim_signal_state();
  state->armed = 0;
  for (int index = 0; index < SHIM_STOP_SIGNAL_COUNT; ++index)
    sigaction(shim_stop_signals()[index], &state->previous_stop[index], NULL);
  for (int index = 0; index < SHIM_CRASH_SIGNAL_COUNT; ++index)
    sigaction(shim_crash_signals()[index], &state->previous_crash[index], NULL);
}

/* Whether SIGTERM, SIGHUP or SIGINT arrived since shim_signal_prepare. */
static inline int shim_signal_stop_requested(void) { return shim_signal_state()->stop_requested != 0; }

#endif
