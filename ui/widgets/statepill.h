#pragma once

#include "session/statusreport.h"

#include <QWidget>

// A rounded, coloured label with the state in words ("Signed in"), painted as vectors
// so it stays sharp at any scale factor.
class StatePill : public QWidget
{
    Q_OBJECT
public:
    explicit StatePill(QWidget *parent = nullptr);

    void setState(ProfileStatus::State state, const QString &text);
    QString text() const { return m_text; }
    ProfileStatus::State state() const { return m_state; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    ProfileStatus::State m_state = ProfileStatus::State::SignedOut;
    QString m_text;
};
