#include "connectorbuilderdialog.h"

#include "statecolors.h"

#include "auth/providerendpoints.h"
#include "connector/connectordocument.h"
#include "connector/customconnectorsfolder.h"
#include "connector/dataextensionsnote.h"
#include "connector/documentsfolder.h"
#include "connector/mezpackage.h"
#include "storage/profilestore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace {
QString native(const QString &path)
{
    return QDir::toNativeSeparators(QDir::cleanPath(path));
}

QLabel *wrappingLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}
}

ConnectorBuilderDialog::ConnectorBuilderDialog(const QStringList &profileNames,
                                               const QString &currentProfile, QWidget *parent)
    : QDialog(parent)
    , m_profile(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_nameError(wrappingLabel(QStringLiteral("connectorNameError"), this))
    , m_output(new QLineEdit(this))
    , m_choose(new QPushButton(tr("&Choose…"), this))
    , m_build(new QPushButton(tr("&Build"), this))
    , m_install(new QPushButton(tr("&Install into Power BI Desktop"), this))
    , m_result(wrappingLabel(QStringLiteral("connectorResult"), this))
{
    setObjectName(QStringLiteral("connectorBuilder"));
    setWindowTitle(tr("Build Power BI connector"));
    setAccessibleName(windowTitle());
    setMinimumWidth(520);

    m_profile->setObjectName(QStringLiteral("connectorProfileCombo"));
    m_profile->setAccessibleName(tr("Profile"));
    m_profile->addItems(profileNames);
    if (profileNames.contains(currentProfile))
        m_profile->setCurrentText(currentProfile);

    m_name->setObjectName(QStringLiteral("connectorNameEdit"));
    m_name->setAccessibleName(tr("Connector name"));
    m_name->setPlaceholderText(tr("e.g. Contoso"));
    m_name->setToolTip(ConnectorDocument::kindRule());
    m_nameError->setAccessibleName(tr("Connector name problem"));
    m_nameError->hide();
    // No palette role means "error": a red whose lightness follows the theme (as the
    // profile editor's), and the words themselves say what is wrong.
    QPalette errorPalette = m_nameError->palette();
    errorPalette.setColor(QPalette::WindowText,
                          StateColors::isDark(errorPalette) ? QColor::fromHsl(0, 200, 170)
                                                            : QColor::fromHsl(0, 200, 90));
    m_nameError->setPalette(errorPalette);

    m_output->setObjectName(QStringLiteral("connectorOutputEdit"));
    m_output->setAccessibleName(tr("Output file"));
    m_choose->setObjectName(QStringLiteral("chooseConnectorOutputButton"));
    m_choose->setAccessibleName(tr("Choose the output file"));
    m_build->setObjectName(QStringLiteral("buildConnectorButton"));
    m_build->setAccessibleName(tr("Build the connector"));
    m_build->setDefault(true);
    m_install->setObjectName(QStringLiteral("installConnectorButton"));
    m_install->setAccessibleName(tr("Install the connector into Power BI Desktop"));
#ifndef Q_OS_WIN
    m_install->setEnabled(false);
    m_install->setToolTip(tr("Power BI Desktop runs on Windows: build the .mez here and copy it "
                             "to [Documents]\\Power BI Desktop\\Custom Connectors on the Windows "
                             "machine."));
#endif
    m_result->setAccessibleName(tr("Result"));
    m_result->hide();

    auto *note = wrappingLabel(QStringLiteral("dataExtensionsNote"), this);
    note->setAccessibleName(tr("Power BI Desktop security setting"));
    note->setText(dataExtensionsNote());

    auto *outputRow = new QHBoxLayout;
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(m_choose);

    auto *form = new QFormLayout;
    form->addRow(tr("&Profile:"), m_profile);
    form->addRow(tr("Connector &name:"), m_name);
    form->addRow(QString(), m_nameError);
    auto *outputLabel = new QLabel(tr("&Output file:"), this);
    outputLabel->setBuddy(m_output);
    form->addRow(outputLabel, outputRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_build, QDialogButtonBox::ActionRole);
    buttons->addButton(m_install, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_result);
    layout->addStretch();
    layout->addWidget(buttons);

    setTabOrder(m_profile, m_name);
    setTabOrder(m_name, m_output);
    setTabOrder(m_output, m_choose);
    setTabOrder(m_choose, m_build);
    setTabOrder(m_build, m_install);

    connect(m_name, &QLineEdit::textEdited, this, &ConnectorBuilderDialog::onNameEdited);
    connect(m_output, &QLineEdit::textEdited, this, [this] {
        m_outputChosen = true;
        updateButtons();
    });
    connect(m_choose, &QPushButton::clicked, this, &ConnectorBuilderDialog::chooseOutput);
    connect(m_build, &QPushButton::clicked, this, [this] { build(); });
    connect(m_install, &QPushButton::clicked, this, [this] { install(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

void ConnectorBuilderDialog::setOutputPath(const QString &path)
{
    m_outputChosen = true;
    m_output->setText(native(path));
    updateButtons();
}

QString ConnectorBuilderDialog::outputPath() const
{
    return QDir::fromNativeSeparators(m_output->text().trimmed());
}

void ConnectorBuilderDialog::onNameEdited()
{
    const QString kind = m_name->text();
    const bool valid = ConnectorDocument::isValidKind(kind);
    // Nothing typed yet is not a mistake: say nothing until there is something to judge.
    m_nameError->setVisible(!valid && !kind.isEmpty());
    if (!valid && !kind.isEmpty())
        m_nameError->setText(tr("\"%1\" cannot name a connector. %2")
                                 .arg(kind, ConnectorDocument::kindRule()));
    if (!m_outputChosen) {
        const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        m_output->setText(valid ? native(QDir(documents).filePath(kind + QStringLiteral(".mez")))
                                : QString());
    }
    updateButtons();
}

void ConnectorBuilderDialog::chooseOutput()
{
    QString start = outputPath();
    if (start.isEmpty())
        start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the connector"), start,
                                                      tr("Power BI connectors (*.mez)"));
    if (!path.isEmpty())
        setOutputPath(path);
}

void ConnectorBuilderDialog::updateButtons()
{
    const bool ready = m_profile->count() > 0 && ConnectorDocument::isValidKind(m_name->text());
    m_build->setEnabled(ready && !outputPath().isEmpty());
#ifdef Q_OS_WIN
    m_install->setEnabled(ready);
#endif
}

QString ConnectorBuilderDialog::document(const QString &kind, QString *error) const
{
    const QString profileName = m_profile->currentText();
    QStringList problems;
    const std::optional<Profile> profile = ProfileStore().load(profileName, &problems);
    if (!profile) {
        *error = (QStringList{tr("There is no profile \"%1\".").arg(profileName)} + problems)
                     .join(QLatin1Char('\n'));
        return {};
    }
    if (!profile->isConfigured()) {
        *error = tr("The profile \"%1\" needs an issuer and a client id first.").arg(profileName);
        return {};
    }
    // Auth0's fixed routes, as the CLI uses: the connector runs inside Power BI, which
    // cannot discover.
    return ConnectorDocument::generate(*profile, ProviderEndpoints::auth0Defaults(profile->issuer),
                                       kind, error);
}

bool ConnectorBuilderDialog::build()
{
    const QString kind = m_name->text();
    const QString path = outputPath();
    if (!ConnectorDocument::isValidKind(kind) || path.isEmpty())
        return false;
    QString error;
    const QString pq = document(kind, &error);
    if (pq.isEmpty() || !MezPackage::write(path, kind, pq, &error)) {
        showResult(false, error);
        return false;
    }
    showResult(true, tr("Wrote %1").arg(native(path)));
    return true;
}

bool ConnectorBuilderDialog::install()
{
    const QString kind = m_name->text();
    if (!ConnectorDocument::isValidKind(kind))
        return false;
    const QString documents = windowsDocumentsFolder();
    if (documents.isEmpty()) {
        showResult(false, tr("Power BI Desktop runs on Windows: there is no Custom Connectors "
                             "folder here."));
        return false;
    }
    const QString folder = chooseCustomConnectorsFolder(documents);
    if (!QDir().mkpath(folder)) {
        showResult(false, tr("Cannot create the folder \"%1\".").arg(native(folder)));
        return false;
    }
    const QString path = QDir(folder).filePath(kind + QStringLiteral(".mez"));
    QString error;
    const QString pq = document(kind, &error);
    if (pq.isEmpty() || !MezPackage::write(path, kind, pq, &error)) {
        showResult(false, error);
        return false;
    }
    showResult(true, tr("Installed %1").arg(native(path)));
    return true;
}

void ConnectorBuilderDialog::showResult(bool ok, const QString &text)
{
    m_result->setProperty("ok", ok);
    m_result->setText(ok ? text : tr("Not built: %1").arg(text));
    m_result->show();
}
