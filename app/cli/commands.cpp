#include "cli.h"
#include "sessioncommands.h"
#include "connectorcommand.h"
#include "configurecommand.h"
#include "profilescommand.h"
#include "diagnosticscommand.h"
#include "purgecommand.h"
#include "doctorcommand.h"

// The registry of subcommands, in the order `--help` lists them. Each command is
// defined in its own file; add a line here when adding one.
CommandList Cli::commands()
{
    CommandList list;
    list.push_back(std::make_unique<StatusCommand>());
    list.push_back(std::make_unique<TokenCommand>());
    list.push_back(std::make_unique<RefreshCommand>());
    list.push_back(std::make_unique<SignInCommand>());
    list.push_back(std::make_unique<SignOutCommand>());
    list.push_back(std::make_unique<ConnectorCommand>());
    list.push_back(std::make_unique<ConfigureCommand>());
    list.push_back(std::make_unique<ProfilesCommand>());
    list.push_back(std::make_unique<DiagnosticsCommand>());
    list.push_back(std::make_unique<DoctorCommand>());
    list.push_back(std::make_unique<PurgeCommand>());
    return list;
}
