#include "readline_shim.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <readline/readline.h>
#include <readline/history.h>

static volatile sig_atomic_t interrupted = 0;
static volatile sig_atomic_t resized = 0;
static volatile sig_atomic_t termination = 0;
static struct termios saved_terminal;
static int has_saved_terminal = 0;

// Signal handlers write a byte here: whichever thread a signal lands on, the poll in
// read_character wakes up (a plain read(2) on the main thread would only see EINTR if the
// signal happened to be delivered to that thread).
static int wake_pipe[2] = {-1, -1};

static char **completion_words = NULL;
static int completion_count = 0;

static void wake(void) {
    if (wake_pipe[1] >= 0) {
        int saved = errno;
        ssize_t ignored = write(wake_pipe[1], "x", 1);
        (void)ignored;
        errno = saved;
    }
}

static void on_interrupt(int signal_number) { (void)signal_number; interrupted = 1; wake(); }
static void on_resize(int signal_number) { (void)signal_number; resized = 1; wake(); }
static void on_termination(int signal_number) { termination = signal_number; wake(); }

static void install(int signal_number, void (*handler)(int)) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0; // no SA_RESTART: a signal must interrupt read(2)
    sigaction(signal_number, &action, NULL);
}

static void quiet_redisplay(void) {}

// readline's character source. A signal interrupts read(2); we decide what it means here,
// because readline's own handlers would end the process on Ctrl-C.
static int read_character(FILE *stream) {
    for (;;) {
        if (termination) {
            return EOF;
        }
        if (interrupted) {
            // Like a shell: leave what was typed on screen, mark it "^C", and start a clean line.
            // The line is emptied without redrawing it (the redisplay is off until readline returns).
            rl_point = rl_end;
            rl_redisplay();
            fputs("^C", rl_outstream ? rl_outstream : stdout);
            fflush(rl_outstream ? rl_outstream : stdout);
            rl_redisplay_function = quiet_redisplay;
            rl_replace_line("", 0);
            rl_point = rl_end = 0;
            return '\n';
        }
        if (resized) {
            resized = 0;
            rl_resize_terminal();
        }
        struct pollfd descriptors[2] = {
            {.fd = fileno(stream), .events = POLLIN},
            {.fd = wake_pipe[0], .events = POLLIN},
        };
        int ready = poll(descriptors, wake_pipe[0] >= 0 ? 2 : 1, -1);
        if (ready < 0) {
            if (errno == EINTR) {
                continue;
            }
            return EOF;
        }
        if (wake_pipe[0] >= 0 && (descriptors[1].revents & POLLIN)) {
            char drain[64];
            while (read(wake_pipe[0], drain, sizeof drain) > 0) {
            }
            continue;
        }
        if (descriptors[0].revents & (POLLIN | POLLHUP | POLLERR)) {
            unsigned char byte;
            ssize_t count = read(fileno(stream), &byte, 1);
            if (count == 1) {
                return byte;
            }
            if (count == 0) {
                return EOF;
            }
            if (errno != EINTR && errno != EAGAIN) {
                return EOF;
            }
        }
    }
}

static char *complete_word(const char *text, int state) {
    static int next;
    static size_t length;
    if (state == 0) {
        next = 0;
        length = strlen(text);
    }
    while (next < completion_count) {
        const char *word = completion_words[next++];
        if (strncmp(word, text, length) == 0) {
            return strdup(word);
        }
    }
    return NULL;
}

static char **complete(const char *text, int start, int end) {
    (void)end;
    rl_attempted_completion_over = 1; // never fall back to file names
    if (start != 0) {
        return NULL;
    }
    return rl_completion_matches(text, complete_word);
}

void mlrl_setup(const char *application_name, int history_limit) {
    if (isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved_terminal) == 0) {
        has_saved_terminal = 1;
    }
    if (wake_pipe[0] < 0 && pipe(wake_pipe) == 0) {
        for (int index = 0; index < 2; index++) {
            fcntl(wake_pipe[index], F_SETFL, fcntl(wake_pipe[index], F_GETFL) | O_NONBLOCK);
            fcntl(wake_pipe[index], F_SETFD, FD_CLOEXEC);
        }
    }
    rl_readline_name = application_name ? strdup(application_name) : "mockloop";
    rl_catch_signals = 0;
    rl_catch_sigwinch = 0;
    rl_getc_function = read_character;
    rl_attempted_completion_function = complete;
    install(SIGINT, on_interrupt);
    install(SIGWINCH, on_resize);
    install(SIGTERM, on_termination);
    install(SIGHUP, on_termination);
    using_history();
    if (history_limit > 0) {
        stifle_history(history_limit);
    }
}

char *mlrl_readline(const char *prompt, mlrl_status *status) {
    interrupted = 0;
    char *line = readline(prompt);
    rl_redisplay_function = rl_redisplay;
    if (termination) {
        free(line);
        *status = MLRL_TERMINATED;
        return NULL;
    }
    if (interrupted) {
        interrupted = 0;
        free(line);
        *status = MLRL_INTERRUPTED;
        return NULL;
    }
    *status = line ? MLRL_LINE : MLRL_END_OF_FILE;
    return line;
}

void mlrl_add_history(const char *line) {
    if (line && *line) {
        add_history(line);
    }
}

void mlrl_set_completions(const char *const *words, int count) {
    for (int index = 0; index < completion_count; index++) {
        free(completion_words[index]);
    }
    free(completion_words);
    completion_words = NULL;
    completion_count = 0;
    if (count <= 0) {
        return;
    }
    completion_words = calloc((size_t)count, sizeof(char *));
    if (!completion_words) {
        return;
    }
    for (int index = 0; index < count; index++) {
        completion_words[index] = strdup(words[index]);
    }
    completion_count = count;
}

void mlrl_restore_terminal(void) {
    if (has_saved_terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved_terminal);
    }
}

int mlrl_pending_termination(void) { return termination; }
