#include "doctorcommand.h"

#include "cli/exitcode.h"
#include "cli/profileargument.h"
#include "cli/wait.h"
#include "doctor/doctorrunner.h"
#include "session/services.h"

#include <QJsonDocument>
#include <QLocale>

namespace {
const char *const SignInOption = "sign-in";
} // namespace

QString DoctorCommand::summary() const
{
    return tr("Check the tenant and the profile and say what to fix.");
}

void DoctorCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(profileOption());
    parser.addOption(jsonOption());
    parser.addOption(QCommandLineOption(QString::fromLatin1(SignInOption),
                                        tr("Sign in (opens the login window) when the profile is "
                                           "not signed in, to check the refresh token too.")));
}

int DoctorCommand::run(const QCommandLineParser &parser, CommandIo &io)
{
    Services services;
    const auto profile = loadProfileArgument(services.profiles, profileName(parser), io.err);
    if (!profile)
        return ExitUsage;

    const bool json = parser.isSet(QStringLiteral("json"));
    DoctorRunner::Options options;
    options.signIn = parser.isSet(QString::fromLatin1(SignInOption));
    options.uiLocales = QLocale().bcp47Name();
    if (!json) {
        io.out << tr("Checking profile \"%1\" (%2)").arg(profile->name, profile->issuer.toString()) << Qt::endl;
    }
    DoctorRunner doctor(services);
    const auto report = waitFor<DoctorReport>([&](auto done) { doctor.run(*profile, options, done); });

    if (json)
        io.out << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
    else
        io.out << report.toText();
    io.out.flush();
    return exitCodeFor(report);
}
