// A small C layer over GNU readline for mockloop's console.
//
// readline's configuration lives in C globals that Swift 6 cannot assign safely, and its
// default signal handling kills the process on Ctrl-C. This shim keeps all of that in C:
// Swift calls these functions and never touches a readline global.
#ifndef MOCKLOOP_READLINE_SHIM_H
#define MOCKLOOP_READLINE_SHIM_H

/// Why the last call to mlrl_readline returned.
typedef enum {
    MLRL_LINE = 0,        ///< a line was entered (the returned string)
    MLRL_END_OF_FILE = 1, ///< Ctrl-D on an empty line, or input closed
    MLRL_INTERRUPTED = 2, ///< Ctrl-C: the line was cleared, nothing returned
    MLRL_TERMINATED = 3   ///< SIGTERM or SIGHUP arrived: the caller should save and leave
} mlrl_status;

/// Prepares readline: its name for ~/.inputrc, the signal handlers, history and completion.
/// Saves the terminal's settings so that mlrl_restore_terminal can put them back.
void mlrl_setup(const char *application_name, int history_limit);

/// Reads one line with `prompt`. Returns a malloc'd string (free it) or NULL, and sets *status.
char *mlrl_readline(const char *prompt, mlrl_status *status);

/// Adds a line to the in-session history (up arrow, Ctrl-R).
void mlrl_add_history(const char *line);

/// Replaces the words offered by tab completion at the start of a line (e.g. slash commands).
void mlrl_set_completions(const char *const *words, int count);

/// Puts the terminal back as it was before mlrl_setup (safe to call more than once).
void mlrl_restore_terminal(void);

/// The signal number of a pending SIGTERM or SIGHUP, or 0.
int mlrl_pending_termination(void);

#endif
