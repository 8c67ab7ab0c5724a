#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// Reads the header and payload of a compact JWS (header.payload.signature) WITHOUT
// verifying the signature. Use it only for tokens that came straight from the token
// endpoint over TLS (OpenID Connect Core 3.1.3.7 allows TLS server validation in place
// of the signature there), or to show a token's claims in the token inspector.
//
// Returns an empty object and sets *error (translated) when the token is not three
// base64url parts whose first two are JSON objects; clears *error on success.
QJsonObject decodeJwtPayload(const QByteArray &jwt, QString *error);
QJsonObject decodeJwtHeader(const QByteArray &jwt, QString *error);
