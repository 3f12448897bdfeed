#pragma once
// The value forms of the CSV files: what import accepts and what export writes. Export writes the
// Dutch forms (dates dd-mm-jjjj, amounts "1.234,56", "ja"/"nee"), so a Dutch Excel reads them as
// dates and numbers; import also takes ISO dates and plain amounts from other systems.

#include "common/money.h"

#include <QDate>
#include <QString>
#include <optional>

namespace integriteit::csv {

// "31-12-2026", "1-2-2026" and ISO "2026-12-31"; nullopt for anything else or an impossible date.
std::optional<QDate> parseDate(const QString &text);
QString formatDate(const QDate &date); // "31-12-2026"; empty for a null date

// Amounts, decided by one rule so that no amount is read wrongly without a message:
//  - a comma is the decimal separator (Dutch) and then dots may only group thousands:
//    "1.234,56", "€ 1.234,56", "12,5", "1234,56";
//  - without a comma, a dot followed by exactly three digits groups thousands ("1.234" is
//    1234 euro, "1.234.567" too), and a dot followed by one or two digits is the decimal point
//    ("1234.56", "12.5"): no amount has three decimals, so "1.234" cannot mean 1,234 euro;
//  - refused: three or more decimals after a comma ("1,234": ambiguous between Dutch 1,23 and
//    English 1234), a comma before a dot ("1,234.56") unless it groups thousands correctly,
//    mixed or misplaced groups ("12.34.56"), letters.
std::optional<Money> parseAmount(const QString &text);
QString formatAmount(Money amount); // "1.234,56"

// "ja"/"nee", also "j"/"n", "1"/"0", "true"/"false", "yes"/"no" (any case).
std::optional<bool> parseBool(const QString &text);
QString formatBool(bool value); // "ja" / "nee"

} // namespace integriteit::csv
