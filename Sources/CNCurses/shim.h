#ifndef CNCURSES_SHIM_H
#define CNCURSES_SHIM_H

/* Wide-character API switch. Must come before the include (see 1.3). */
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <wchar.h>
#include <unistd.h>
#include <termios.h>
#include <ncurses.h>

/* ---- Mutable C globals: every read is an error in Swift 6 (see 1.5) ---- */
static inline WINDOW *nc_stdscr(void) { return stdscr; }
static inline WINDOW *nc_curscr(void) { return curscr; }
static inline int nc_lines(void) { return LINES; }
static inline int nc_cols(void) { return COLS; }
static inline int nc_colors(void) { return COLORS; }
static inline int nc_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *nc_stdin(void) { return stdin; }     /* glibc's stdin/stdout too */
static inline FILE *nc_stdout(void) { return stdout; }

/* ---- Function-like macros (Swift never imports these) ---- */
static inline attr_t nc_color_pair(short n) { return (attr_t)COLOR_PAIR(n); }
static inline short nc_pair_number(attr_t a) { return (short)PAIR_NUMBER(a); }
static inline int nc_key_f(int n) { return KEY_F(n); }
static inline void nc_getmaxyx(WINDOW *w, int *y, int *x) { getmaxyx(w, *y, *x); }

/* ---- A_* expand to casts and shifts, so they are not imported. Swift imports a
 *      static const as a read-only Sendable global, which is fine in Swift 6 ---- */
static const attr_t NC_A_NORMAL    = A_NORMAL;
static const attr_t NC_A_BOLD      = A_BOLD;
static const attr_t NC_A_DIM       = A_DIM;
static const attr_t NC_A_UNDERLINE = A_UNDERLINE;
static const attr_t NC_A_REVERSE   = A_REVERSE;
static const attr_t NC_A_BLINK     = A_BLINK;
static const attr_t NC_A_ITALIC    = A_ITALIC;
static const attr_t NC_A_STANDOUT  = A_STANDOUT;

/* ---- Line drawing: ACS_* index acs_map[], which is valid only after initscr/newterm ---- */
static inline chtype nc_acs_hline(void)    { return ACS_HLINE; }
static inline chtype nc_acs_vline(void)    { return ACS_VLINE; }
static inline chtype nc_acs_ulcorner(void) { return ACS_ULCORNER; }
static inline chtype nc_acs_urcorner(void) { return ACS_URCORNER; }
static inline chtype nc_acs_llcorner(void) { return ACS_LLCORNER; }
static inline chtype nc_acs_lrcorner(void) { return ACS_LRCORNER; }
static inline chtype nc_acs_block(void)    { return ACS_BLOCK; }
static inline chtype nc_acs_rarrow(void)   { return ACS_RARROW; }
static inline const cchar_t *nc_wacs_hline(void) { return WACS_HLINE; }
static inline const cchar_t *nc_wacs_vline(void) { return WACS_VLINE; }

/* ---- Bracketed paste (xterm's mode 2004): the terminal marks a paste with ESC[200~ and
 *      ESC[201~, which define_key turns into two key codes ---- */
static inline void nc_bracketed_paste(FILE *out, int on) {
    fputs(on ? "\033[?2004h" : "\033[?2004l", out);
    fflush(out);
}
/* For the crash and exit paths: write(2) only. */
static inline void nc_bracketed_paste_off_fd(int fd) {
    static const char off[] = "\033[?2004l";
    (void)!write(fd, off, sizeof off - 1);
}

/* ---- Ctrl-S and Ctrl-Q as keys (Ctrl-S saves a form): XON/XOFF flow control off. Then
 *      def_prog_mode, so ncurses restores this mode after a suspend ---- */
static inline void nc_keys_not_flow_control(int fd) {
    struct termios t;
    if (tcgetattr(fd, &t) != 0) return;
    t.c_iflag &= ~(tcflag_t)IXON;
    if (tcsetattr(fd, TCSANOW, &t) == 0) def_prog_mode();
}

/* ---- The mouse: BUTTON* and ALL_MOUSE_EVENTS are macros over shifts, not imported.
 *      nc_read_mouse gives a click (1), wheel up (4) or down (5) at a cell, or 0 ---- */
static inline int nc_enable_mouse(int on) {
    mmask_t wanted = on ? (BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED) : 0;
    mouseinterval(0);
    return mousemask(wanted, NULL) != 0 ? 1 : 0;
}
static inline int nc_read_mouse(int *x, int *y) {
    MEVENT event;
    if (getmouse(&event) != OK) return 0;
    *x = event.x; *y = event.y;
    if (event.bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED)) return 1;
    if (event.bstate & BUTTON4_PRESSED) return 4;
    if (event.bstate & BUTTON5_PRESSED) return 5;
    return 0;
}

/* ---- Is LC_CTYPE UTF-8? Call after setlocale ---- */
static inline int nc_locale_is_utf8(void) {
    const char *cs = nl_langinfo(CODESET);
    return cs != NULL && (cs[0] == 'U' || cs[0] == 'u') && (cs[1] == 'T' || cs[1] == 't')
        && (cs[2] == 'F' || cs[2] == 'f') && cs[3] == '-' && cs[4] == '8' && cs[5] == '\0';
}

/* ---- 1 if the terminal can address the cursor. TERM=dumb passes newterm but has no cup ---- */
static inline int nc_has_cursor_addressing(void) {
    char *cup = tigetstr("cup");           /* declared in curses.h; no need for term.h */
    return cup != NULL && cup != (char *)-1;
}

#endif
