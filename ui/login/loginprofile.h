#pragma once

#include <QString>

class QObject;
class QWebEngineProfile;

// The browser profile of the login window. Off the record unless the person chose
// "remember me": then cookies live in persistentDir so the provider's session survives.
// Downloads are refused either way. Returns nullptr and sets *error when persistentDir
// cannot be used.
QWebEngineProfile *createLoginProfile(const QString &persistentDir, QObject *parent, QString *error);
