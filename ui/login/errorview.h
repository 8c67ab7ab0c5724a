#pragma once

#include <QWidget>

class LoadFailure;
class QLabel;
class QPushButton;

// Shown inside the login window, in place of the web page, when the sign-in page cannot
// be loaded: what went wrong in plain words and a "Try again" button.
class ErrorView : public QWidget
{
    Q_OBJECT

public:
    explicit ErrorView(QWidget *parent = nullptr);

    void showFailure(const LoadFailure &failure);

signals:
    void retryRequested();

private:
    QLabel *m_title;
    QLabel *m_message;
    QPushButton *m_retry;
};
