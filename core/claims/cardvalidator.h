#pragma once
// Field rules of cards, statements and card payments. Every free text is also searched for
// something that looks like a full card number: only the last four digits may be kept.

#include "claims/creditcard.h"

#include <QSqlDatabase>

namespace integriteit {

class CardValidator
{
public:
    explicit CardValidator(const QSqlDatabase &db) : m_db(db) {}

    void validate(const CreditCard &card, const QDate &today) const;
    void validate(const CardStatement &statement, const QDate &today) const;
    // A statement row; `statementDate` (when set) is the latest possible payment date.
    void validate(const CardPaymentInput &row, const QDate &today, const QDate &statementDate = {}) const;

    // Throws Error(Validation) on `field` when the text holds twelve or more digits in a row
    // (spaces and hyphens allowed between them).
    static void noCardNumber(const QString &text, const char *field, const QString &label);

private:
    QSqlDatabase m_db;
};

} // namespace integriteit
