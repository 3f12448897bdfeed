#pragma once
// Adding or changing a geschenk, and recording its destination. Shows, while the user types, the
// threshold of the year received and whether the gift is above it. OK saves through GiftService;
// a refusal is shown at the top with the focus on the field it names, and nothing is saved.

#include "registers/gifts/gift.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace integriteit {

class AppCore;
class DateLineEdit;
class InlineMessage;
class PersonPicker;

class GiftDialog : public QDialog
{
    Q_OBJECT
public:
    // A gift with id 0 is created on OK, otherwise updated.
    GiftDialog(AppCore &core, const Gift &gift, QWidget *parent = nullptr);

    const Gift &gift() const { return m_gift; }
    bool changed() const { return m_changed; }
    void accept() override;

private:
    void updateThreshold();

    AppCore &m_core;
    Gift m_gift;
    bool m_changed = false;
    InlineMessage *m_error;
    PersonPicker *m_person;
    DateLineEdit *m_received;
    QLineEdit *m_giver;
    QLineEdit *m_description;
    QLineEdit *m_value;
    QLabel *m_threshold;
    QLineEdit *m_occasion;
    QCheckBox *m_atHome;
    DateLineEdit *m_reported;
    QComboBox *m_destination;
    QComboBox *m_decidedBy;
    DateLineEdit *m_decisionDate;
    QPlainTextEdit *m_notes;
};

} // namespace integriteit
