#include "claimvalidator.h"

#include "claims/claimquery.h"
#include "claims/expensecategories.h"
#include "common/dutchformat.h"
#include "common/error.h"
#include "registers/common/fieldrules.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::ClaimValidator) };
using fieldrules::require;
} // namespace

void ClaimValidator::validate(const Claim &c) const
{
    fieldrules::text(c.description, "description", Tr::tr("Description"), 200, true);
    fieldrules::text(c.notes, "notes", Tr::tr("Notes"), 4000, false);
    if (c.advanceId <= 0)
        return;
    SqlQuery q(m_db, QStringLiteral("SELECT person_id, (SELECT count(*) FROM claims WHERE advance_id = :id AND id <> :claim) "
                                    "FROM advances WHERE id = :id"), SqlQuery::Reuse::Yes);
    q.bind(QStringLiteral(":id"), c.advanceId).bind(QStringLiteral(":claim"), c.id).exec();
    require(q.next(), "advance", Tr::tr("Advance: this advance no longer exists."));
    require(q.value(0).toLongLong() == c.personId, "advance", Tr::tr("Advance: choose an advance paid to this office holder."));
    require(q.value(1).toInt() == 0, "advance", Tr::tr("Advance: this advance is already settled by another claim."));
}

void ClaimValidator::validate(const ClaimLine &l, const QDate &today, const QString &previousCategory) const
{
    fieldrules::requiredDate(l.expenseDate, "expenseDate", Tr::tr("Date of expense"));
    fieldrules::pastDate(l.expenseDate, today, "expenseDate", Tr::tr("Date of expense"));
    if (l.category.isEmpty())
        throw Error::validation(QStringLiteral("category"), Tr::tr("Kind of cost: choose one of the list."));
    ExpenseCategories::requireUsable(m_db, l.category, QStringLiteral("category"), previousCategory);
    fieldrules::amount(l.amount, "amount", Tr::tr("Amount"));
    require(l.amount.cents() > 0, "amount", Tr::tr("Amount: fill in the amount paid."));
    fieldrules::text(l.description, "description", Tr::tr("Description"), 500, true);
    fieldrules::text(l.reason, "reason", Tr::tr("Functional reason"), 2000, false);
}

void ClaimValidator::requireComplete(const std::vector<ClaimLine> &lines)
{
    if (lines.empty())
        throw Error::validation(QStringLiteral("lines"), Tr::tr("The claim has no lines: add the expenses first."));
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const ClaimLine &l = lines[i];
        const QString name = Tr::tr("Line %1 (%2, %3)").arg(int(i) + 1).arg(dutch::date(l.expenseDate), l.amount.toDutch());
        const QString detail = QStringLiteral("claim_line %1").arg(l.id);
        if (l.reason.trimmed().isEmpty())
            throw Error(Error::Kind::Validation,
                        Tr::tr("%1: fill in the functional reason of the expense (GC 9.3).").arg(name), detail,
                        QStringLiteral("reason"));
        if (l.receiptId <= 0)
            throw Error(Error::Kind::Validation,
                        Tr::tr("%1: attach the proof of payment (GC 9.3).").arg(name), detail, QStringLiteral("receipt"));
    }
}

void ClaimValidator::requireSameOffice(const Claim &c, const ClaimLine &l) const
{
    // One claim, one office: a raadslid who becomes wethouder claims his raad costs at the griffie
    // and his college costs at the secretariat.
    SqlQuery q(m_db, QStringLiteral("SELECT min(expense_date) FROM claim_lines WHERE claim_id = :claim AND id <> :line"), SqlQuery::Reuse::Yes);
    q.bind(QStringLiteral(":claim"), c.id).bind(QStringLiteral(":line"), l.id).exec();
    if (!q.next() || q.value(0).isNull())
        return;
    const ClaimQuery query(m_db);
    const auto other = query.ownerRole(c.personId, dutch::fromIso(q.value(0).toString()));
    const auto mine = query.ownerRole(c.personId, l.expenseDate);
    if (other && mine && officeFor(*other) != officeFor(*mine))
        throw Error::validation(QStringLiteral("expenseDate"),
                                Tr::tr("Date of expense: the costs of that day are handled by the %1, the other lines of "
                                       "this claim by the %2. Enter them on a separate claim.")
                                    .arg(officeName(officeFor(*mine)).toLower(), officeName(officeFor(*other)).toLower()));
}

} // namespace integriteit
