#pragma once
// A new claim, or a draft's header: the office holder (only for a new one), a description such as
// "Declaratie oktober 2026", notes, and the advance (voorschot) it accounts for. OK saves through
// ClaimService; a refusal is shown in the dialog, which stays open with the input intact.

#include "claims/claim.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace integriteit {

class AppCore;
class InlineMessage;
class PersonChooser;

class ClaimDialog : public QDialog
{
    Q_OBJECT
public:
    // A claim with id 0 is created on OK, otherwise its header is updated.
    ClaimDialog(AppCore &core, const Claim &claim, QWidget *parent = nullptr);

    // After acceptance: the claim as saved, with its id.
    const Claim &claim() const { return m_claim; }
    void accept() override;

private:
    void fillAdvances(qint64 personId);

    AppCore &m_core;
    Claim m_claim;
    InlineMessage *m_error;
    PersonChooser *m_person;
    QLineEdit *m_description;
    QComboBox *m_advance;
    QPlainTextEdit *m_notes;
};

} // namespace integriteit
