#pragma once
// `integriteit demo`: realistic Dutch demo data (names with tussenvoegsels and diacritics, real party
// names, three council terms, coalition changes, mid-term resignations) at three scales.

#include <QDate>
#include "common/currentdate.h"
#include <QString>
#include <functional>

namespace integriteit {

class Database;

struct DemoOptions
{
    enum class Scale { Small, Large, National };
    Scale scale = Scale::Small;
    quint32 seed = 1;
    QDate today = currentDate(); // the last term runs up to this day
};

struct DemoStats
{
    int organisations = 0;
    int persons = 0;
    int appointments = 0;
    // The registers and declaraties (core/demo/registersteps.h)
    int sidePositions = 0;
    int sideIncomes = 0;
    int interests = 0;
    int gifts = 0;
    int invitations = 0;
    int trips = 0;
    int claims = 0;
    int claimLines = 0;
    int cardPayments = 0;
};

class DemoGenerator
{
public:
    // Fills the database in one unit of work per organisation, audit rows included; every body
    // gets its office holders, registers and declaraties, national included. The same
    // options and seed give the same data. progress(done, total) is called after each organisation.
    static DemoStats generate(Database &database, const QString &actor, const DemoOptions &options,
                              const std::function<void(int done, int total)> &progress = {});
    static bool parseScale(const QString &text, DemoOptions::Scale *scale);
};

} // namespace integriteit
