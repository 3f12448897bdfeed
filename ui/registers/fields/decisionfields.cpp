#include "decisionfields.h"

#include "persons/datelineedit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QPlainTextEdit>

namespace integriteit {

DecisionFields::DecisionFields(const QString &title, QWidget *parent)
    : QGroupBox(title, parent)
    , m_form(new QFormLayout(this))
    , m_body(new QComboBox(this))
    , m_verdict(new QComboBox(this))
    , m_date(new DateLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
{
    m_body->setObjectName(QStringLiteral("decidedBy"));
    m_verdict->setObjectName(QStringLiteral("decision"));
    m_date->setObjectName(QStringLiteral("decisionDate"));
    m_notes->setObjectName(QStringLiteral("decisionNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 2 + 12);
    // Only the councils decide beforehand; the griffier or secretaris does not.
    m_body->addItem(tr("not decided yet"));
    for (DecisionBody body : { DecisionBody::SeniorsCouncil, DecisionBody::College })
        m_body->addItem(decisionBodyName(body), int(body));
    m_verdict->addItem(QString());
    for (Verdict verdict : { Verdict::Allowed, Verdict::Refused })
        m_verdict->addItem(verdictName(verdict), int(verdict));
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->addRow(tr("Decided &by:"), m_body);
    m_form->addRow(tr("Decisi&on:"), m_verdict);
    m_form->addRow(tr("Date of the decision:"), m_date);
    m_form->addRow(tr("Notes on the decision:"), m_notes);
}

void DecisionFields::set(const std::optional<DecisionBody> &body, const std::optional<Verdict> &verdict,
                         const QDate &date, const QString &notes)
{
    m_body->setCurrentIndex(body ? std::max(0, m_body->findData(int(*body))) : 0);
    m_verdict->setCurrentIndex(verdict ? std::max(0, m_verdict->findData(int(*verdict))) : 0);
    m_date->setDate(date);
    m_notes->setPlainText(notes);
}

std::optional<DecisionBody> DecisionFields::body() const
{
    return m_body->currentIndex() > 0 ? std::optional(DecisionBody(m_body->currentData().toInt())) : std::nullopt;
}

std::optional<Verdict> DecisionFields::verdict() const
{
    return m_verdict->currentIndex() > 0 ? std::optional(Verdict(m_verdict->currentData().toInt())) : std::nullopt;
}

QString DecisionFields::notes() const
{
    return m_notes->toPlainText();
}

} // namespace integriteit
