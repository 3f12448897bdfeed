#pragma once
// The officials who handle the demo's declaraties and card payments. The four-eyes rule (seed 004)
// needs a second account besides the one entering and checking, and a referral needs the
// burgemeester's account: the existing accounts are used, and made (without a known password, so
// nobody can log in with them) only where the database lacks them.

#include "auth/session.h"

#include <QDate>
#include <QDateTime>

class QSqlDatabase;

namespace integriteit {
class Database;
class UnitOfWork;
} // namespace integriteit

namespace integriteit::demo {

class DemoRandom;

struct DemoOfficials
{
    Session clerk; // enters, submits and checks (the demo's own user)
    Session second; // approves, rejects, judges: never the one who checked
    Session mayor; // takes the claims referred to him (GC 9.6)

    static DemoOfficials find(Database &database, const Session &demoUser, DemoRandom &random);
};

// The moment a workflow step "happened" in the demo's history: late morning UTC, the same day in
// every Dutch (and nearly every other) time zone.
QString demoMoment(const QDate &day, DemoRandom &random);

} // namespace integriteit::demo
