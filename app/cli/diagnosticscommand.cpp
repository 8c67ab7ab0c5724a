#include "cli/diagnosticscommand.h"

#include "cli/exitcode.h"
#include "diagnostics/diagnosticsreport.h"
#include "session/services.h"

#include <QEventLoop>
#include <QSaveFile>

namespace {
const QString kOutput = QStringLiteral("output");
}

QString DiagnosticsCommand::summary() const
{
    return tr("Print a report for support (no tokens in it).");
}

void DiagnosticsCommand::addOptions(QCommandLineParser &parser) const
{
    // Not the shared option: without --profile the report covers every profile.
    parser.addOption({QStringLiteral("profile"),
                      tr("Report only this profile (default: every profile)."), tr("name")});
    parser.addOption({kOutput, tr("Write the report to this file instead of the output."),
                      tr("file")});
}

int DiagnosticsCommand::run(const QCommandLineParser &parser, CommandIo &io)
{
    Services services;
    QStringList names;
    if (parser.isSet(QStringLiteral("profile"))) {
        const QString name = parser.value(QStringLiteral("profile"));
        if (!services.profiles.profileNames().contains(name)) {
            io.err << tr("--profile: there is no profile named \"%1\". Run \"%2 profiles\" to "
                         "list them.")
                          .arg(name, QCoreApplication::applicationName())
                   << Qt::endl;
            return ExitUsage;
        }
        names << name;
    }

    QString text;
    QEventLoop loop;
    DiagnosticsReport report(services);
    report.build(names, [&](const QString &built) {
        text = built;
        loop.quit();
    });
    if (text.isNull())
        loop.exec();

    if (!parser.isSet(kOutput)) {
        io.out << text;
        io.out.flush();
        return ExitSuccess;
    }
    QSaveFile file(parser.value(kOutput));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(text.toUtf8()) < 0
        || !file.commit()) {
        io.err << tr("--output: the report could not be written to %1: %2")
                      .arg(parser.value(kOutput), file.errorString())
               << Qt::endl;
        return ExitUsage;
    }
    io.err << tr("Diagnostics written to %1.").arg(parser.value(kOutput)) << Qt::endl;
    return ExitSuccess;
}
