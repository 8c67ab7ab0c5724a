#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Builds the Power BI custom connector (.mez) for a profile, like
// `connector-signin connector build|install`, for people who do not use a terminal.
// Results and errors are shown inline (connectorResult), never in a message box.
//
//   ConnectorBuilderDialog dialog(services.profiles.profileNames(), currentProfile, this);
//   dialog.setOutputPath(path); // optional: otherwise <Documents>/<KIND>.mez
//   dialog.exec();
class ConnectorBuilderDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectorBuilderDialog(const QStringList &profileNames, const QString &currentProfile,
                           QWidget *parent = nullptr);

    // The .mez to write; once set (here or through "Choose…") it no longer follows the name.
    void setOutputPath(const QString &path);
    QString outputPath() const;

    // What "Build" and "Install" do; true when the file was written.
    bool build();
    bool install();

private:
    void onNameEdited();
    void chooseOutput();
    void updateButtons();
    QString document(const QString &kind, QString *error) const; // empty + *error on failure
    void showResult(bool ok, const QString &text);

    QComboBox *m_profile;
    QLineEdit *m_name;
    QLabel *m_nameError;
    QLineEdit *m_output;
    QPushButton *m_choose;
    QPushButton *m_build;
    QPushButton *m_install;
    QLabel *m_result;
    bool m_outputChosen = false;
};
