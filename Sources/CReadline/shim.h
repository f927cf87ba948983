// The system headers of GNU readline, imported into Swift as the CReadline module.
#include <stdio.h>
#include <readline/readline.h>
#include <readline/history.h>
