#pragma once

#include <QCoreApplication>
#include <QString>

struct Profile;
struct ProviderEndpoints;

// The Power Query M section document (KIND.pq) of a custom data connector that signs in
// to the profile's Auth0 tenant with authorization code + PKCE.
//
//   QString error;
//   const QString pq = ConnectorDocument::generate(profile,
//       ProviderEndpoints::auth0Defaults(profile.issuer), QStringLiteral("Contoso"), &error);
//   if (pq.isEmpty()) ... show error ...
//
// Every profile value enters the document only as an M text literal (mtext.h), so a
// hostile client id or audience cannot add M code. The template is a resource
// (connector.pq.in) to keep the M readable in review.
class ConnectorDocument
{
    Q_DECLARE_TR_FUNCTIONS(ConnectorDocument)
public:
    // The document, or an empty string with *error set (translated) when the kind is not
    // usable or the profile lacks a client id or endpoints.
    static QString generate(const Profile &profile, const ProviderEndpoints &endpoints,
                            const QString &kind, QString *error);

    // A data source kind names the section, its members and the .mez files: an M
    // identifier [A-Za-z_][A-Za-z0-9_]* of at most 64 characters that is not an M keyword.
    static bool isValidKind(const QString &kind);
    static QString kindRule(); // translated explanation of isValidKind() for messages
};
