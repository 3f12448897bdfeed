#pragma once
// The prior decision of the seniorenconvent or the college on an invitation (GC 5.2.2) or a trip
// (GC 6.2): who decided, allowed or refused, when, and notes. All empty while not decided; the
// service checks that a decision is complete and taken by the right body.

#include "registers/common/decisionbody.h"

#include <QDate>
#include <QGroupBox>
#include <optional>

class QComboBox;
class QFormLayout;
class QPlainTextEdit;

namespace integriteit {

class DateLineEdit;

class DecisionFields : public QGroupBox
{
    Q_OBJECT
public:
    explicit DecisionFields(const QString &title, QWidget *parent = nullptr);

    void set(const std::optional<DecisionBody> &body, const std::optional<Verdict> &verdict, const QDate &date,
             const QString &notes);
    std::optional<DecisionBody> body() const;
    std::optional<Verdict> verdict() const;
    DateLineEdit *dateEdit() const { return m_date; }
    QString notes() const;
    QFormLayout *form() const { return m_form; }

private:
    QFormLayout *m_form;
    QComboBox *m_body;
    QComboBox *m_verdict;
    DateLineEdit *m_date;
    QPlainTextEdit *m_notes;
};

} // namespace integriteit
