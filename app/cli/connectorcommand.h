#pragma once

#include "command.h"

// `connector build|install`: makes the Power BI custom data connector (.mez) that signs
// in to a profile's tenant, for organisations that ship the connector with this program.
//
//   connector-signin connector build   --profile P --name KIND [--output FILE.mez] [--pq FILE]
//   connector-signin connector install --profile P --name KIND [--output DIR]
//
// install puts the .mez where Power BI Desktop looks: [Documents]/Power BI Desktop/
// Custom Connectors (see connector/customconnectorsfolder.h).
class ConnectorCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ConnectorCommand)
public:
    QString name() const override;
    QString summary() const override;
    QString usageArguments() const override;
    bool acceptsPositionalArguments() const override { return true; }
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CommandIo &io) override;

private:
    int build(const QCommandLineParser &parser, const QString &document, const QString &kind,
              CommandIo &io) const;
    int install(const QCommandLineParser &parser, const QString &document, const QString &kind,
                CommandIo &io) const;
};
