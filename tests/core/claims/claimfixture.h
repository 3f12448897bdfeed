#pragma once
// A test database with office holders, extra accounts per office (four eyes needs two officials
// of the same office) and quick ways to build claims with lines and receipts.

#include "../registers/registerfixture.h"

#include "claims/claimservices.h"
#include "storage/sqlquery.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>

namespace integriteit::test {

struct ClaimFixture : RegisterFixture
{
    ClaimServices &svc() { return db.core().claims(); }
    ClaimService &claims() { return svc().claims(); }

    // An account inserted directly (no password hash needed: tests put it in the session).
    User account(const QString &name, UserRoles roles, qint64 personId = 0)
    {
        SqlQuery q(db.database().connection(), QStringLiteral(
            "INSERT INTO users(user_name, full_name, password_hash, roles, active, created_at, person_id) "
            "VALUES (:name, :full, 'x', :roles, 1, '2026-01-01T00:00:00.000Z', :person)"));
        q.bind(QStringLiteral(":name"), name)
            .bind(QStringLiteral(":full"), name)
            .bind(QStringLiteral(":roles"), int(roles.toInt()))
            .bind(QStringLiteral(":person"), personId > 0 ? QVariant(personId) : QVariant(QMetaType(QMetaType::LongLong)))
            .exec();
        return User{q.lastInsertId(), name, name, roles, true};
    }

    void as(const User &user) { db.session().setUser(user); }

    static QDate today() { return QDate::currentDate(); }

    qint64 draft(qint64 personId, const QDate &day = today(), qint64 advanceId = 0)
    {
        Claim c;
        c.personId = personId;
        c.description = QStringLiteral("Declaratie %1").arg(day.toString(QStringLiteral("MMMM yyyy")));
        c.advanceId = advanceId;
        return claims().create(c, day);
    }

    qint64 line(qint64 claimId, const QDate &date, qint64 cents, const QString &category = QStringLiteral("reis"),
                const QString &reason = QStringLiteral("Werkbezoek provinciehuis Maastricht"), const QDate &day = today())
    {
        ClaimLine l;
        l.claimId = claimId;
        l.expenseDate = date;
        l.category = category;
        l.amount = Money::fromCents(cents);
        l.description = QStringLiteral("Treinkaartje Beek-Elsloo - Maastricht");
        l.reason = reason;
        return claims().addLine(l, day);
    }

    // "%PDF-1.7" and random bytes, zeros included.
    static QByteArray pdf(quint32 seed, int size = 4096)
    {
        QByteArray bytes("%PDF-1.7\n");
        QRandomGenerator random(seed);
        while (bytes.size() < size)
            bytes.append(char(random.bounded(256)));
        if (bytes.size() > 12)
            bytes[12] = '\0';
        return bytes;
    }

    qint64 receipt(qint64 lineId, quint32 seed)
    {
        return claims().attachReceipt(lineId, QStringLiteral("bon-%1.pdf").arg(seed), pdf(seed));
    }

    // A complete line: with reason and receipt.
    qint64 fullLine(qint64 claimId, const QDate &date, qint64 cents, quint32 seed,
                    const QString &category = QStringLiteral("reis"), const QDate &day = today())
    {
        const qint64 id = line(claimId, date, cents, category, QStringLiteral("Werkbezoek provinciehuis Maastricht"), day);
        receipt(id, seed);
        return id;
    }

    int claimAudits(qint64 claimId) { return auditCount(QStringLiteral("claim"), claimId); }
};

} // namespace integriteit::test
