#pragma once

#include "cli/command.h"

#include <QJsonObject>

struct Profile;

// `profiles [--json]`: every configured profile, merged from both scopes, with the
// fields IT manages and any problem with the values.
class ProfilesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ProfilesCommand)
public:
    QString name() const override { return QStringLiteral("profiles"); }
    QString summary() const override;
    QString usageArguments() const override { return QStringLiteral("[--json]"); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CommandIo &io) override;

    // {profile, issuer, client_id, audience, scopes, redirect_uri, window: {width, height},
    //  managed: [fields], problems: [text]}
    static QJsonObject toJson(const Profile &profile, const QStringList &problems);
};
