#pragma once
// The demo's proofs of payment: a small but complete one-page PDF (catalog, page, Helvetica, one
// content stream, a cross-reference table with correct offsets) that poppler and any viewer
// render, with the shop, the date and the amount as text, and the line's label so that every
// receipt differs (the receipt store keys on SHA-256). Some 800 bytes: a national demo attaches
// about a million of them.

#include "common/money.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace integriteit::demo {

struct DemoReceipt
{
    QString shop;   // "NS Reizigers"
    QDate date;
    Money amount;
    QString label;  // unique per claim line, e.g. "3-1021-2"
};

QByteArray demoReceiptPdf(const DemoReceipt &receipt);
// The shop a demo line's receipt comes from, guessed from its description ("Treinreis ..." gives
// "NS Reizigers"); a general one when nothing matches.
QString demoReceiptShop(const QString &description);

} // namespace integriteit::demo
