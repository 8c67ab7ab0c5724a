#include "connectorcommand.h"

#include "auth/providerendpoints.h"
#include "cli/exitcode.h"
#include "connector/connectordocument.h"
#include "connector/customconnectorsfolder.h"
#include "connector/dataextensionsnote.h"
#include "connector/documentsfolder.h"
#include "connector/mezpackage.h"
#include "storage/profilestore.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace {
const QString BuildAction = QStringLiteral("build");
const QString InstallAction = QStringLiteral("install");
const QString NameOption = QStringLiteral("name");
const QString OutputOption = QStringLiteral("output");
const QString PqOption = QStringLiteral("pq");

QString native(const QString &path)
{
    return QDir::toNativeSeparators(QDir::cleanPath(QDir::current().absoluteFilePath(path)));
}
}

QString ConnectorCommand::name() const
{
    return QStringLiteral("connector");
}

QString ConnectorCommand::summary() const
{
    return tr("Build or install the Power BI custom connector (.mez) for a profile.");
}

QString ConnectorCommand::usageArguments() const
{
    return QStringLiteral("build|install [--profile P] --name KIND [--output PATH] [--pq FILE]");
}

void ConnectorCommand::addOptions(QCommandLineParser &parser) const
{
    // The action word (build|install) is in usageArguments(): Cli shows it as the
    // syntax of the command's own positional argument.
    parser.addOption(profileOption());
    parser.addOption({NameOption,
                      tr("The connector's data source kind, an M identifier (e.g. Contoso)."),
                      tr("KIND")});
    parser.addOption({OutputOption,
                      tr("build: the .mez file (default ./KIND.mez). install: the folder "
                         "(default: Power BI Desktop's Custom Connectors folder)."),
                      tr("path")});
    parser.addOption({PqOption, tr("build: also write the M section document for review."),
                      tr("file")});
}

int ConnectorCommand::run(const QCommandLineParser &parser, CommandIo &io)
{
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (positional.size() != 1 || (action != BuildAction && action != InstallAction)) {
        io.err << tr("connector: say \"build\" or \"install\".") << Qt::endl
               << tr("Usage: %1 connector %2")
                      .arg(QCoreApplication::applicationName(), usageArguments())
               << Qt::endl;
        return ExitUsage;
    }
    const QString kind = parser.value(NameOption);
    if (kind.isEmpty()) {
        io.err << tr("connector: --name KIND is required.") << Qt::endl;
        return ExitUsage;
    }
    if (!ConnectorDocument::isValidKind(kind)) {
        io.err << tr("connector: \"%1\" cannot name a connector.").arg(kind) << Qt::endl
               << ConnectorDocument::kindRule() << Qt::endl;
        return ExitUsage;
    }
    if (action == InstallAction && parser.isSet(PqOption)) {
        io.err << tr("connector: --pq goes with \"build\".") << Qt::endl;
        return ExitUsage;
    }

    const QString profileName = Command::profileName(parser);
    QStringList problems;
    const std::optional<Profile> profile = ProfileStore().load(profileName, &problems);
    for (const QString &problem : std::as_const(problems))
        io.err << problem << Qt::endl;
    if (!profile) {
        io.err << tr("There is no profile \"%1\". Create it with \"%2 configure\".")
                      .arg(profileName, QCoreApplication::applicationName())
               << Qt::endl;
        return ExitUsage;
    }
    if (!profile->isConfigured()) {
        io.err << tr("The profile \"%1\" needs an issuer and a client id first.").arg(profileName)
               << Qt::endl;
        return ExitUsage;
    }

    // Auth0's fixed routes: the connector runs inside Power BI, which cannot discover.
    QString error;
    const QString document = ConnectorDocument::generate(
        *profile, ProviderEndpoints::auth0Defaults(profile->issuer), kind, &error);
    if (document.isEmpty()) {
        io.err << error << Qt::endl;
        return ExitUsage;
    }
    return action == BuildAction ? build(parser, document, kind, io)
                                 : install(parser, document, kind, io);
}

int ConnectorCommand::build(const QCommandLineParser &parser, const QString &document,
                            const QString &kind, CommandIo &io) const
{
    if (parser.isSet(PqOption)) {
        QSaveFile pq(parser.value(PqOption));
        if (!pq.open(QIODevice::WriteOnly) || pq.write(document.toUtf8()) < 0 || !pq.commit()) {
            io.err << tr("Cannot write \"%1\".").arg(native(pq.fileName())) << Qt::endl;
            return ExitFailure;
        }
        io.out << tr("Wrote %1").arg(native(pq.fileName())) << Qt::endl;
    }
    const QString path = parser.isSet(OutputOption) ? parser.value(OutputOption)
                                                    : kind + QStringLiteral(".mez");
    QString error;
    if (!MezPackage::write(path, kind, document, &error)) {
        io.err << error << Qt::endl;
        return ExitFailure;
    }
    io.out << tr("Wrote %1").arg(native(path)) << Qt::endl;
    return ExitSuccess;
}

int ConnectorCommand::install(const QCommandLineParser &parser, const QString &document,
                              const QString &kind, CommandIo &io) const
{
    QString folder = parser.value(OutputOption);
    if (folder.isEmpty()) {
        const QString documents = windowsDocumentsFolder();
        if (documents.isEmpty()) {
            io.err << tr("Power BI Desktop runs on Windows: there is no Custom Connectors "
                         "folder here. Writing the connector to the current folder; copy it "
                         "to [Documents]\\Power BI Desktop\\Custom Connectors on the Windows "
                         "machine.")
                   << Qt::endl;
            folder = QDir::currentPath();
        } else {
            folder = chooseCustomConnectorsFolder(documents);
        }
    }
    if (!QDir().mkpath(folder)) {
        io.err << tr("Cannot create the folder \"%1\".").arg(native(folder)) << Qt::endl;
        return ExitFailure;
    }
    const QString path = QDir(folder).filePath(kind + QStringLiteral(".mez"));
    QString error;
    if (!MezPackage::write(path, kind, document, &error)) {
        io.err << error << Qt::endl;
        return ExitFailure;
    }
    io.out << tr("Installed %1").arg(native(path)) << Qt::endl << dataExtensionsNote() << Qt::endl;
    return ExitSuccess;
}
