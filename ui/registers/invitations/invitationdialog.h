#pragma once
// An uitnodiging (GC 5.2): who was invited by whom to what, functional or not, accepted or not,
// the estimated value, and for excursions and events the prior decision of the seniorenconvent or
// college. OK saves through InvitationService; a refusal is shown inline with the field focused.
// Users who may not edit the record see it read-only.

#include "registers/invitations/invitation.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace integriteit {

class AppCore;
class DateLineEdit;
class DecisionFields;
class InlineMessage;
class PersonPicker;

class InvitationDialog : public QDialog
{
    Q_OBJECT
public:
    // An invitation with id 0 is created on OK, otherwise updated.
    InvitationDialog(AppCore &core, const Invitation &invitation, QWidget *parent = nullptr);

    // After acceptance: the invitation as stored, with its id.
    Invitation invitation() const { return m_invitation; }
    // The person's name as shown in the dialog, for undo texts and messages.
    QString personName() const;

    void accept() override;

private:
    void load(const Invitation &invitation);
    bool readForm(Invitation &invitation);
    void updateHints();

    AppCore &m_core;
    Invitation m_invitation;
    bool m_mayEdit = true;
    InlineMessage *m_error;
    PersonPicker *m_person;
    DateLineEdit *m_date;
    QLineEdit *m_host;
    QLineEdit *m_description;
    QComboBox *m_kind;
    QCheckBox *m_functional;
    QCheckBox *m_accepted;
    QLineEdit *m_value;
    QLabel *m_priorHint;
    DecisionFields *m_decision;
    QPlainTextEdit *m_notes;
};

} // namespace integriteit
