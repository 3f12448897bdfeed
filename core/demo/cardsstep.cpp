// Demo creditcards of college members (GC 9.9-9.15): the card, a monthly statement, each payment
// accounted and judged by another official; a few private costs lead to an invoice.

#include "demo/registersteps.h"

#include "claims/cardpaymentservice.h"
#include "claims/creditcardservice.h"
#include "demo/demoofficials.h"
#include "demo/demoreceipt.h"

#include <algorithm>

namespace integriteit::demo {

namespace {

struct Purchase
{
    const char *merchant;
    const char *category;
    const char *description;
    const char *reason;
    int minCents, maxCents;
};

const Purchase kPurchases[] = {
    { "NS Reizigers", "reis", "Treinkaartje", "Werkbezoek provinciehuis", 1200, 5800 },
    { "Q-Park", "reis", "Parkeren", "Vergadering in de regio", 400, 2400 },
    { "Van der Valk Hotel", "verblijf", "Overnachting", "Tweedaags congres", 9500, 16500 },
    { "Restaurant De Kroon", "representatie", "Lunch met gasten", "Ontvangst namens het college", 4500, 16000 },
    { "Bloemenhuis Flora", "representatie", "Bloemen", "Felicitatie namens het gemeentebestuur", 2500, 4500 },
    { "VNG Congres", "opleiding", "Congreskaart", "Kennis voor de portefeuille", 19500, 45000 },
    { "bol.com", "overig", "Vakliteratuur", "Achtergrond bij de portefeuille", 1900, 5500 },
};

} // namespace

void addCreditCards(DemoContext &c)
{
    const DemoOfficials officials = DemoOfficials::find(c.work.database(), c.session, c.random);
    CreditCardService cards(c.work.database(), officials.clerk);
    CardPaymentService clerk(c.work.database(), officials.clerk);
    CardPaymentService second(c.work.database(), officials.second);
    for (const DemoHolder &h : c.holders) {
        for (const OfficeSpell &s : officeSpells(h, c.today)) {
            // The burgemeester has a card; some wethouders too.
            if (!s.college() || !c.random.chance(s.appointment->role == HolderRole::Mayor ? 0.9 : 0.3))
                continue;
            CreditCard card;
            card.personId = h.person.id;
            card.issuer
                = c.random.chance(0.5) ? QStringLiteral("ING Corporate Card") : QStringLiteral("Rabo BusinessCard");
            card.lastDigits = QStringLiteral("%1").arg(c.random.uniform(0, 9999), 4, 10, QLatin1Char('0'));
            card.issued = std::min(s.from.addDays(c.random.uniform(7, 40)), c.today);
            card.allowedCategories = { QStringLiteral("reis"), QStringLiteral("verblijf"),
                QStringLiteral("representatie"), QStringLiteral("opleiding") };
            card.id = cards.createCard(card, card.issued);
            for (QDate month(card.issued.year(), card.issued.month(), 1); month.addMonths(1) <= c.today;
                 month = month.addMonths(1)) {
                const QDate statementDate = month.addMonths(1).addDays(-1);
                if (statementDate < card.issued || statementDate > s.to.addDays(31) || !c.random.chance(0.45))
                    continue;
                CardStatement st;
                st.cardId = card.id;
                st.statementDate = statementDate;
                st.reference = QStringLiteral("AFS-%1").arg(statementDate.toString(QStringLiteral("yyyyMM")));
                const QDate entered = std::min(statementDate.addDays(c.random.uniform(2, 10)), c.today);
                st.id = cards.createStatement(st, entered);
                for (int n = c.random.uniform(1, 3); n > 0; --n) {
                    const Purchase &p = kPurchases[c.random.uniform(0, int(std::size(kPurchases)) - 1)];
                    CardPaymentInput row;
                    row.date = c.random.date(std::max(month, card.issued), std::min(statementDate, s.to));
                    row.merchant = QString::fromUtf8(p.merchant);
                    row.amount = Money::fromCents(c.random.uniform(p.minCents, p.maxCents));
                    const qint64 id = cards.addPayment(st.id, row, entered);
                    ++c.stats.cardPayments;
                    const QDate judged = std::min(entered.addDays(c.random.uniform(3, 25)), c.today);
                    if (entered.daysTo(c.today) < 20 && c.random.chance(0.6))
                        continue; // still to be accounted for
                    clerk.account(id, QString::fromUtf8(p.category), QString::fromUtf8(p.description),
                        QString::fromUtf8(p.reason));
                    const QString label = QStringLiteral("kaart-%1-%2").arg(c.body.index).arg(id);
                    clerk.attachReceipt(id, QStringLiteral("%1.pdf").arg(label),
                        demoReceiptPdf({ QString::fromUtf8(p.merchant), row.date, row.amount, label }));
                    if (judged == c.today && c.random.chance(0.5))
                        continue; // accounted, not judged yet
                    if (c.random.chance(0.05)) {
                        // A private part: the holder gets an invoice, mostly paid within weeks (GC 9.15).
                        const Money part
                            = c.random.chance(0.5) ? row.amount : Money::fromCents(row.amount.cents() / 2 + 1);
                        const auto invoice = second.judge(id, CardJudgement::Private, part,
                            QStringLiteral("Consumpties van de partner zijn privé."), judged, judged);
                        const QDate paid = judged.addDays(c.random.uniform(10, 40));
                        if (invoice && paid <= c.today && c.random.chance(0.85))
                            second.markInvoicePaid(invoice->id, paid, paid);
                    } else {
                        second.judge(id, CardJudgement::Business, Money(), QString(), judged, judged);
                    }
                }
            }
            if (s.appointment->end.isValid() && s.appointment->end <= c.today)
                cards.withdrawCard(card.id, std::max(card.issued, s.appointment->end), c.today);
        }
    }
}

} // namespace integriteit::demo
