#include "profileeditor.h"

#include "auth/discovery.h"
#include "doctor/doctorrunner.h"
#include "session/services.h"
#include "storage/profilestore.h"

#include <QPointer>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
// A profile with every field valid: setting one field of it and asking validate() tells
// exactly that field's problems, in Profile's own words.
Profile validBaseline(const QString &name)
{
    Profile probe;
    probe.name = name;
    probe.issuer = QUrl(QStringLiteral("https://tenant.example.com/"));
    probe.clientId = QStringLiteral("client");
    return probe;
}

QColor errorColour(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return dark ? QColor::fromHsl(0, 200, 170) : QColor::fromHsl(0, 200, 90);
}
} // namespace

ProfileEditor::ProfileEditor(Services &services, const Profile &profile, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_original(profile)
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_testResult(new QLabel(this))
    , m_saveError(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_form(new QFormLayout)
{
    setObjectName(QStringLiteral("profileEditor"));
    setWindowTitle(tr("Profile \"%1\"").arg(profile.name));
    setAccessibleName(windowTitle());
    setMinimumWidth(560);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_name = addField(QStringLiteral("name"), tr("&Name:"), "nameEdit");
    m_issuer = addField(QStringLiteral("issuer"), tr("&Tenant:"), "issuerEdit");
    m_issuer->setPlaceholderText(tr("tenant.eu.auth0.com"));
    m_clientId = addField(QStringLiteral("client_id"), tr("&Client ID:"), "clientIdEdit");
    m_audience = addField(QStringLiteral("audience"), tr("&Audience (optional):"), "audienceEdit");
    m_audience->setPlaceholderText(tr("https://api.example.com"));
    m_scopes = addField(QStringLiteral("scopes"), tr("&Scopes:"), "scopesEdit");
    m_redirectUri = addField(QStringLiteral("redirect_uri"), tr("&Redirect URI:"), "redirectUriEdit");

    m_width = new QSpinBox(this);
    m_height = new QSpinBox(this);
    for (QSpinBox *box : {m_width, m_height}) {
        box->setRange(Profile::MinimumWindowWidth / 2, Profile::MaximumWindowExtent);
        box->setSuffix(tr(" px"));
        connect(box, &QSpinBox::valueChanged, this, &ProfileEditor::validate);
    }
    m_width->setObjectName(QStringLiteral("windowWidthEdit"));
    m_height->setObjectName(QStringLiteral("windowHeightEdit"));
    m_width->setAccessibleName(tr("Login window width"));
    m_height->setAccessibleName(tr("Login window height"));
    auto *sizeRow = new QWidget(this);
    auto *sizeLayout = new QHBoxLayout(sizeRow);
    sizeLayout->setContentsMargins(0, 0, 0, 0);
    sizeLayout->addWidget(m_width);
    sizeLayout->addWidget(new QLabel(tr("×"), sizeRow));
    sizeLayout->addWidget(m_height);
    sizeLayout->addStretch();
    addRow(QStringLiteral("window"), tr("Login &window size:"), sizeRow, m_width);

    m_name->setText(profile.name);
    m_name->setReadOnly(true); // the name is the profile's identity in the keychain
    m_issuer->setText(profile.issuer.toString());
    m_clientId->setText(profile.clientId);
    m_audience->setText(profile.audience);
    m_scopes->setText(profile.scopes.join(QLatin1Char(' ')));
    m_redirectUri->setText(profile.redirectUri.toString());
    m_width->setValue(profile.windowSize.width());
    m_height->setValue(profile.windowSize.height());

    // IT's managed values: visible, not editable, and saying why.
    const QHash<QString, QWidget *> managedEditors{
        {QStringLiteral("issuer"), m_issuer}, {QStringLiteral("client_id"), m_clientId},
        {QStringLiteral("audience"), m_audience}, {QStringLiteral("scopes"), m_scopes},
        {QStringLiteral("redirect_uri"), m_redirectUri}, {QStringLiteral("window_width"), m_width},
        {QStringLiteral("window_height"), m_height}};
    for (auto it = managedEditors.cbegin(); it != managedEditors.cend(); ++it) {
        if (!profile.managedFields.contains(it.key()))
            continue;
        if (auto *line = qobject_cast<QLineEdit *>(it.value()))
            line->setReadOnly(true);
        else
            it.value()->setEnabled(false);
        it.value()->setToolTip(tr("Set by your organisation"));
        it.value()->setProperty("managed", true);
    }
    auto *managedNote = new QLabel(tr("Fields you cannot change are set by your organisation."), this);
    managedNote->setObjectName(QStringLiteral("managedNote"));
    managedNote->setWordWrap(true);
    managedNote->setVisible(!profile.managedFields.isEmpty());

    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_test->setAccessibleName(tr("Test connection"));
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::PlainText); // findings quote the server's words
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testResult->setAccessibleName(tr("Connection test result"));
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test, 0, Qt::AlignTop);
    testRow->addWidget(m_testResult, 1);

    m_saveError->setObjectName(QStringLiteral("saveError"));
    m_saveError->setWordWrap(true);
    m_saveError->setVisible(false);
    QPalette errorPalette = m_saveError->palette();
    errorPalette.setColor(QPalette::WindowText, errorColour(palette()));
    m_saveError->setPalette(errorPalette);

    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    m_buttons->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(managedNote);
    layout->addLayout(m_form);
    layout->addLayout(testRow);
    layout->addWidget(m_saveError);
    layout->addWidget(m_buttons);

    connect(m_test, &QPushButton::clicked, this, &ProfileEditor::testConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProfileEditor::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

QLineEdit *ProfileEditor::addField(const QString &key, const QString &label, const char *objectName)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QString::fromLatin1(objectName));
    edit->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    connect(edit, &QLineEdit::textChanged, this, &ProfileEditor::validate);
    addRow(key, label, edit, edit);
    return edit;
}

void ProfileEditor::addRow(const QString &key, const QString &label, QWidget *field, QWidget *buddy)
{
    auto *error = new QLabel(this);
    // "issuerEdit" -> "issuerError": tests and screen readers find the pair by name.
    error->setObjectName(QString(buddy->objectName()).replace(QStringLiteral("Edit"), QStringLiteral("Error")));
    error->setWordWrap(true);
    error->setVisible(false);
    QPalette errorPalette = error->palette();
    errorPalette.setColor(QPalette::WindowText, errorColour(palette()));
    error->setPalette(errorPalette);
    m_errors.insert(key, error);

    auto *column = new QWidget(this);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(2);
    columnLayout->addWidget(field);
    columnLayout->addWidget(error);
    auto *caption = new QLabel(label, this);
    caption->setBuddy(buddy);
    m_form->addRow(caption, column);
}

Profile ProfileEditor::profile() const
{
    Profile profile = m_original;
    QString ignored;
    const QUrl issuer = Profile::normalizeIssuer(m_issuer->text(), &ignored);
    profile.issuer = issuer.isValid() ? issuer : QUrl(m_issuer->text().trimmed());
    profile.clientId = m_clientId->text().trimmed();
    profile.audience = m_audience->text().trimmed();
    profile.scopes = m_scopes->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    profile.redirectUri = QUrl(m_redirectUri->text().trimmed());
    profile.windowSize = QSize(m_width->value(), m_height->value());
    return profile;
}

QString ProfileEditor::problemsOf(const Profile &probe) const
{
    return probe.validate().join(QLatin1Char(' '));
}

void ProfileEditor::validate()
{
    const Profile current = profile();
    QHash<QString, QString> errors;

    if (!ProfileStore::isValidName(m_name->text()))
        errors[QStringLiteral("name")] = tr("Use 1 to 64 letters, digits, dots, dashes or underscores.");

    QString issuerError;
    if (!Profile::normalizeIssuer(m_issuer->text(), &issuerError).isValid())
        errors[QStringLiteral("issuer")] = issuerError;

    Profile probe = validBaseline(current.name);
    probe.clientId = current.clientId;
    errors[QStringLiteral("client_id")] = problemsOf(probe);
    probe = validBaseline(current.name);
    probe.scopes = current.scopes;
    errors[QStringLiteral("scopes")] = problemsOf(probe);
    probe = validBaseline(current.name);
    probe.redirectUri = current.redirectUri;
    errors[QStringLiteral("redirect_uri")] = problemsOf(probe);
    probe = validBaseline(current.name);
    probe.windowSize = current.windowSize;
    errors[QStringLiteral("window")] = problemsOf(probe);

    m_errorTexts.clear();
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        const QString text = errors.value(it.key());
        if (!text.isEmpty())
            m_errorTexts.insert(it.key(), text);
        it.value()->setText(text);
        it.value()->setVisible(!text.isEmpty());
        it.value()->setAccessibleName(text);
    }
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(canSave());
    m_test->setEnabled(!m_testing && !m_errorTexts.contains(QStringLiteral("issuer"))
                       && !m_errorTexts.contains(QStringLiteral("client_id")));
}

QString ProfileEditor::fieldError(const QString &field) const
{
    return m_errorTexts.value(field);
}

bool ProfileEditor::canSave() const
{
    return m_errorTexts.isEmpty();
}

void ProfileEditor::save()
{
    const Profile edited = profile();
    const ProfileStore::SaveResult result = m_services.profiles.save(edited);
    if (!result.ok()) {
        m_saveError->setText(result.message);
        m_saveError->setVisible(true);
        return;
    }
    if (edited.issuer != m_original.issuer)
        DiscoveryClient::clearMemoryCache(); // the old tenant's endpoints no longer apply
    emit saved(edited.name);
    accept();
}

void ProfileEditor::testConnection()
{
    m_testing = true;
    m_test->setEnabled(false);
    setCursor(Qt::BusyCursor);
    m_testResult->setText(tr("Testing the connection…"));
    // The runner's network and keychain callbacks point at it, so it must outlive a
    // dialog closed mid-test: it belongs to Services and goes when its run is done.
    auto *doctor = new DoctorRunner(m_services, &m_services);
    const QPointer<ProfileEditor> editor(this);
    DoctorRunner::Options options;
    options.signIn = false; // "Test connection" never opens the login window
    options.sessionChecks = false; // nor refreshes the stored session with unsaved values
    options.progress = [editor](const DoctorCheck &check) {
        if (editor)
            editor->showCheck(check);
    };
    doctor->run(profile(), options, [doctor, editor](const DoctorReport &report) {
        doctor->deleteLater();
        if (editor)
            editor->showReport(report);
    });
}

void ProfileEditor::showCheck(const DoctorCheck &check)
{
    // Checks arrive as they are decided: the person sees the test move on.
    m_testResult->setText(m_testResult->text() + QLatin1Char('\n') + check.toText());
    growToFitResult();
}

void ProfileEditor::showReport(const DoctorReport &report)
{
    m_testing = false;
    unsetCursor();
    m_testResult->setText(report.toText().trimmed());
    growToFitResult();
    validate();
}

void ProfileEditor::growToFitResult()
{
    // A dialog keeps its size when a label grows: without this the verdicts run under
    // the buttons. Only taller, so the dialog does not jump back and forth.
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalMinimumSize().height();
    if (needed > height())
        resize(width(), needed);
}
