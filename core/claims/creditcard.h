#pragma once
// Creditcards (GC 9.9-9.15): the card register, the statements, each card payment accounted for
// like a claim line (kind, reason, receipt), and the invoice for costs that turn out to be
// private (GC 9.15). Only the issuer and the last four digits of a card are kept, never its number.

#include "common/money.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace integriteit {

struct CreditCard
{
    qint64 id = 0;
    qint64 personId = 0;           // the holder
    QString issuer;                // "ING Corporate Card"
    QString lastDigits;            // "1234"
    QDate issued;
    QDate withdrawn;               // ingetrokken; null while in use
    QStringList allowedCategories; // the kinds of cost it may be used for (GC 9.10)
    QString notes;

    bool isActiveOn(const QDate &day) const { return issued <= day && (!withdrawn.isValid() || withdrawn >= day); }
    // "ING Corporate Card •••• 1234"
    QString label() const;
    QJsonObject toJson() const;
};

struct CardStatement
{
    qint64 id = 0;
    qint64 cardId = 0;
    QDate statementDate;
    QString reference; // the issuer's statement number
    QString source;    // the imported file's name, empty when typed in

    QJsonObject toJson() const;
};

// A row of a statement, typed in or parsed from a CSV file.
struct CardPaymentInput
{
    QDate date;
    QString merchant;
    Money amount;
    QString category;    // optional: may be filled in when accounting
    QString description;
};

enum class CardJudgement {
    Business, // zakelijk: the municipality bears it
    Private,  // privé, fully or in part: invoiced to the holder (GC 9.15)
};
QString cardJudgementCode(CardJudgement judgement); // "zakelijk", "prive"
std::optional<CardJudgement> cardJudgementFromCode(const QString &code);
QString cardJudgementName(CardJudgement judgement);

struct CardPayment
{
    qint64 id = 0;
    qint64 statementId = 0;
    qint64 cardId = 0;
    qint64 personId = 0;
    QDate date;
    QString merchant;
    Money amount;
    QString category;
    QString description;
    QString reason;        // functionaliteit (GC 9.11)
    qint64 receiptId = 0;  // betalingsbewijs (GC 9.11)
    qint64 accountedBy = 0;
    std::optional<CardJudgement> judgement;
    Money privateAmount;   // the part for the holder's account
    qint64 judgedBy = 0;
    QDate judgedDate;
    QString judgementNote;

    // Kind, reason and receipt present: accounted for like a claim line.
    bool isAccounted() const { return !category.isEmpty() && !reason.trimmed().isEmpty() && receiptId > 0; }
    QJsonObject toJson() const;
};

// Factuur voor privékosten (GC 9.15), tracked until paid.
struct PrivateInvoice
{
    qint64 id = 0;
    qint64 paymentId = 0;
    qint64 personId = 0;
    int numberYear = 0;
    int numberSeq = 0;
    QDate invoiceDate;
    QDate dueDate;
    Money amount;
    QDate paidDate;
    QString notes;

    QString number() const; // "F2026-0001"
    bool isOverdue(const QDate &today) const { return !paidDate.isValid() && today > dueDate; }
    QJsonObject toJson() const;
    static constexpr int kPaymentTermDays = 30;
};

} // namespace integriteit
