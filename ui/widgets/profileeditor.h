#pragma once

#include "config/profile.h"

#include <QDialog>
#include <QHash>

struct DoctorCheck;
struct DoctorReport;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class Services;
class QSpinBox;

// Edits one profile. Every field is checked as the person types and the problem is shown
// next to it (the texts come from Profile::normalizeIssuer and Profile::validate, so the
// editor, `configure` and the status panel say the same thing). Fields set by IT's
// managed configuration are read-only with "Set by your organisation". "Test connection"
// runs the tenant doctor (DoctorRunner, never signing in) on the values as entered.
class ProfileEditor : public QDialog
{
    Q_OBJECT
public:
    ProfileEditor(Services &services, const Profile &profile, QWidget *parent = nullptr);

    Profile profile() const; // as currently entered (issuer normalised when valid)
    // Per field key ("name", "issuer", "client_id", "scopes", "redirect_uri", "window"):
    // the problem shown next to it, empty when fine.
    QString fieldError(const QString &field) const;
    bool canSave() const;

signals:
    void saved(const QString &profileName);

private:
    QLineEdit *addField(const QString &key, const QString &label, const char *objectName);
    void addRow(const QString &key, const QString &label, QWidget *field, QWidget *buddy);
    void validate();
    void save();
    void testConnection();
    void showCheck(const DoctorCheck &check);
    void showReport(const DoctorReport &report);
    void growToFitResult();
    QString problemsOf(const Profile &probe) const;

    Services &m_services;
    Profile m_original;
    QLineEdit *m_name, *m_issuer, *m_clientId, *m_audience, *m_scopes, *m_redirectUri;
    QSpinBox *m_width, *m_height;
    QHash<QString, QLabel *> m_errors;
    QHash<QString, QString> m_errorTexts;
    QPushButton *m_test;
    QLabel *m_testResult;
    QLabel *m_saveError;
    QDialogButtonBox *m_buttons;
    bool m_testing = false;
    class QFormLayout *m_form;
};
