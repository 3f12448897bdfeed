#pragma once
// A dienstreis (GC 6): destination, dates, purpose, policy reasons and party; estimated and actual
// costs and who pays; the conflict-of-interest test for a trip paid by a third party (GC 6.4); the
// partner (only on the host's invitation and in the municipal interest, GC 6.5); third persons and
// a private extension at own cost; the prior permission of the college or seniorenconvent (GC 6.2).
// OK saves through TripService; a refusal is shown inline with the field focused.

#include "registers/trips/trip.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace integriteit {

class AppCore;
class DateLineEdit;
class DecisionFields;
class InlineMessage;
class PersonPicker;

class TripDialog : public QDialog
{
    Q_OBJECT
public:
    // A trip with id 0 is created on OK, otherwise updated.
    TripDialog(AppCore &core, const Trip &trip, QWidget *parent = nullptr);

    // After acceptance: the trip as stored, with its id.
    Trip trip() const { return m_trip; }
    QString personName() const;

    void accept() override;

private:
    QWidget *buildTripGroup();
    QWidget *buildCostsGroup();
    QWidget *buildCompanyGroup();
    void load(const Trip &trip);
    bool readForm(Trip &trip);
    void updateFields();

    AppCore &m_core;
    Trip m_trip;
    bool m_mayEdit = true;
    InlineMessage *m_error;
    PersonPicker *m_person = nullptr;
    QLineEdit *m_destination = nullptr;
    DateLineEdit *m_departure = nullptr;
    DateLineEdit *m_return = nullptr;
    QLabel *m_nights = nullptr;
    QPlainTextEdit *m_purpose = nullptr;
    QPlainTextEdit *m_policyReasons = nullptr;
    QPlainTextEdit *m_party = nullptr;
    QLineEdit *m_estimated = nullptr;
    QLineEdit *m_actual = nullptr;
    QComboBox *m_paidBy = nullptr;
    QLineEdit *m_thirdParty = nullptr;
    DateLineEdit *m_conflictDate = nullptr;
    QPlainTextEdit *m_conflictNotes = nullptr;
    QCheckBox *m_partner = nullptr;
    QCheckBox *m_partnerInvited = nullptr;
    QCheckBox *m_partnerInterest = nullptr;
    QLineEdit *m_thirdPersons = nullptr;
    QSpinBox *m_extension = nullptr;
    DecisionFields *m_decision = nullptr;
    QPlainTextEdit *m_notes = nullptr;
};

} // namespace integriteit
