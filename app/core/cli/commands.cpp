#include "cli.h"

// The registry of subcommands, in the order `--help` lists them. Each command is
// defined in its own file; add a line here when adding one.
CommandList Cli::commands()
{
    CommandList list;
    return list;
}
