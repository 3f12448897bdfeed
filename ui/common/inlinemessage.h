#pragma once
// A message shown inside a form (not in a pop-up), so the user keeps his input in view while he
// corrects it. Hidden while empty.

#include <QFrame>

class QLabel;

namespace integriteit {

class Error;

class InlineMessage : public QFrame
{
    Q_OBJECT
public:
    explicit InlineMessage(QWidget *parent = nullptr);

    void showError(const QString &text);
    // Shows the error's user message and puts the focus on the widget of `form` whose objectName is
    // the error's field(), so the user lands where the correction is needed.
    void showError(const Error &error, QWidget *form);
    void showInformation(const QString &text);
    void clear();

    QString text() const;

private:
    void display(const QString &text, bool error);

    QLabel *m_icon;
    QLabel *m_text;
};

// Focuses the child of `form` named `field` (and selects its text); false when there is none.
bool focusField(QWidget *form, const QString &field);

} // namespace integriteit
