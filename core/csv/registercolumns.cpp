// The column tables of the six record registers (README "CSV-bestanden" documents the same). A
// column's key is the record's column in Record::columns(), its field the validator's field name.

#include "csv/recordcsvregister.h"

#include "appcore.h"
#include "common/error.h"

#include <QCoreApplication>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::CsvRegister) };

template<class E, class F>
QStringList codes(F code, int count)
{
    QStringList out;
    for (int i = 0; i < count; ++i)
        out << code(E(i));
    return out;
}

CsvColumn col(const char *name, const char *key, CsvType type, bool required, bool isPublic, const char *field = "")
{
    CsvColumn c;
    c.name = QString::fromLatin1(name);
    c.key = QString::fromLatin1(key);
    c.type = type;
    c.required = required;
    c.isPublic = isPublic;
    c.field = QString::fromLatin1(field);
    return c;
}

CsvColumn code(const char *name, const char *key, QStringList values, bool required, bool isPublic, const char *field)
{
    CsvColumn c = col(name, key, CsvType::Code, required, isPublic, field);
    c.codes = std::move(values);
    return c;
}

CsvColumn exportOnly(CsvColumn c)
{
    c.exportOnly = true;
    return c;
}

// Every register starts with the explicit person key and the name that checks it.
QList<CsvColumn> personColumns()
{
    return {col("persoon_nr", "person_id", CsvType::Integer, true, false, "person"),
            col("persoon_naam", "person_name", CsvType::Text, false, true)};
}

const QStringList kBodies = codes<DecisionBody>(decisionBodyCode, 4);
const QStringList kVerdicts = codes<Verdict>(verdictCode, 2);

QString personSelect(const char *table)
{
    return QStringLiteral("SELECT r.* FROM %1 r").arg(QString::fromLatin1(table));
}
} // namespace

QList<CsvColumn> sidePositionCsvColumns()
{
    // `nr` lets a neveninkomsten file name the position; a new record gets a new number.
    return QList<CsvColumn>{exportOnly(col("nr", "id", CsvType::Integer, false, false))} + personColumns()
        + QList<CsvColumn>{col("organisatie", "organisation", CsvType::Text, true, true, "organisation"),
                           col("functie", "description", CsvType::Text, true, true, "description"),
                           col("ambtshalve", "ex_officio", CsvType::Bool, true, true),
                           col("bezoldigd", "paid", CsvType::Bool, true, true),
                           col("begindatum", "start_date", CsvType::Date, true, true, "start"),
                           col("einddatum", "end_date", CsvType::Date, false, true, "end"),
                           col("gemeld", "reported_date", CsvType::Date, false, false, "reported"),
                           col("gemeld_aan_raad", "raad_notified_date", CsvType::Date, false, false, "raadNotified"),
                           col("besproken_in_college", "college_discussed_date", CsvType::Date, false, false, "collegeDiscussed"),
                           col("notities", "notes", CsvType::Text, false, false, "notes")};
}

RecordCsvSpec sidePositionsCsv(AppCore &core)
{
    RecordCsvSpec s;
    s.name = QStringLiteral("nevenfuncties");
    s.title = Tr::tr("Side positions");
    s.columns = sidePositionCsvColumns();
    s.select = personSelect("side_positions");
    s.yearCondition = QStringLiteral("r.start_date <= :to AND (r.end_date IS NULL OR r.end_date >= :from)");
    SidePositionService &service = core.registers().sidePositions();
    s.create = [&service](const QVariantMap &v) { service.create(SidePosition::fromColumns(v)); };
    s.bulk.table = QStringLiteral("side_positions");
    s.bulk.entity = QStringLiteral("side_position");
    s.bulk.prepare = [&service](const QVariantMap &v, const OwnerCheck &requireEdit) {
        const SidePosition p = service.checkedForInsert(SidePosition::fromColumns(v), requireEdit);
        return BulkRecord{p.personId, p.columns(), p.searchText()};
    };
    s.bulk.changed = [&service](qint64 personId) { Q_EMIT service.recordsChanged(personId); };
    return s;
}

RecordCsvSpec sideIncomeCsv(AppCore &core)
{
    RecordCsvSpec s;
    s.name = QStringLiteral("neveninkomsten");
    s.title = Tr::tr("Side income");
    s.columns = QList<CsvColumn>{col("nevenfunctie_nr", "position_id", CsvType::Integer, true, false, "position")}
        + personColumns()
        + QList<CsvColumn>{exportOnly(col("organisatie", "organisation", CsvType::Text, false, true)),
                           exportOnly(col("functie", "description", CsvType::Text, false, true)),
                           col("jaar", "year", CsvType::Integer, true, true, "year"),
                           col("bedrag", "amount_cents", CsvType::Money, true, true, "amount"),
                           col("openbaar_gemaakt", "published_date", CsvType::Date, false, false, "published"),
                           col("notities", "notes", CsvType::Text, false, false, "notes")};
    s.select = QStringLiteral("SELECT r.*, sp.person_id AS person_id, sp.organisation AS organisation, "
                              "sp.description AS description FROM side_incomes r "
                              "JOIN side_positions sp ON sp.id = r.position_id");
    s.yearCondition = QStringLiteral("r.year = CAST(substr(:from, 1, 4) AS INTEGER)");
    SidePositionService &positions = core.registers().sidePositions();
    SideIncomeService &service = core.registers().sideIncome();
    s.create = [&positions, &service](const QVariantMap &v) {
        // The position is the key; the person column must name its person, never another.
        const qint64 positionId = v.value(QStringLiteral("position_id")).toLongLong();
        const SidePosition position = positions.position(positionId);
        if (position.personId != v.value(QStringLiteral("person_id")).toLongLong())
            throw Error::validation(QStringLiteral("person"),
                                    Tr::tr("side position %1 belongs to office holder %2, not to this one.")
                                        .arg(positionId).arg(position.personId));
        service.create(SideIncome::fromColumns(v));
    };
    return s;
}

RecordCsvSpec financialInterestsCsv(AppCore &core)
{
    RecordCsvSpec s;
    s.name = QStringLiteral("financiele-belangen");
    s.title = Tr::tr("Financial interests");
    s.columns = personColumns()
        + QList<CsvColumn>{col("organisatie", "organisation", CsvType::Text, true, true, "organisation"),
                           code("soort", "kind", codes<InterestKind>(interestKindCode, 5), true, true, "kind"),
                           col("omschrijving", "description", CsvType::Text, false, true, "description"),
                           col("verkregen", "acquired_date", CsvType::Date, true, true, "acquired"),
                           col("gemeld", "reported_date", CsvType::Date, false, false, "reported"),
                           col("beeindigd", "end_date", CsvType::Date, false, true, "end"),
                           col("notities", "notes", CsvType::Text, false, false, "notes")};
    s.select = personSelect("financial_interests");
    s.yearCondition = QStringLiteral("r.acquired_date <= :to AND (r.end_date IS NULL OR r.end_date >= :from)");
    FinancialInterestService &service = core.registers().financialInterests();
    s.create = [&service](const QVariantMap &v) { service.create(FinancialInterest::fromColumns(v)); };
    return s;
}

RecordCsvSpec giftsCsv(AppCore &core)
{
    RecordCsvSpec s;
    s.name = QStringLiteral("geschenken");
    s.title = Tr::tr("Gifts");
    s.columns = personColumns()
        + QList<CsvColumn>{col("datum", "received_date", CsvType::Date, true, true, "received"),
                           col("gever", "giver", CsvType::Text, true, true, "giver"),
                           col("omschrijving", "description", CsvType::Text, true, true, "description"),
                           col("waarde", "value_cents", CsvType::Money, true, true, "value"),
                           col("aanleiding", "occasion", CsvType::Text, false, true, "occasion"),
                           col("thuis_ontvangen", "received_at_home", CsvType::Bool, false, false),
                           col("gemeld", "reported_date", CsvType::Date, false, false, "reported"),
                           code("bestemming", "destination", codes<GiftDestination>(giftDestinationCode, 5), false, true,
                                "destination"),
                           code("besloten_door", "decided_by", kBodies, false, false, "decidedBy"),
                           col("besluitdatum", "decision_date", CsvType::Date, false, false, "decisionDate"),
                           col("notities", "notes", CsvType::Text, false, false, "notes")};
    s.select = personSelect("gifts");
    s.yearCondition = QStringLiteral("r.received_date BETWEEN :from AND :to");
    GiftService &service = core.registers().gifts();
    s.create = [&service](const QVariantMap &v) { service.create(Gift::fromColumns(v)); };
    return s;
}

RecordCsvSpec invitationsCsv(AppCore &core)
{
    RecordCsvSpec s;
    s.name = QStringLiteral("uitnodigingen");
    s.title = Tr::tr("Invitations");
    s.columns = personColumns()
        + QList<CsvColumn>{col("datum", "event_date", CsvType::Date, true, true, "eventDate"),
                           col("gastheer", "host", CsvType::Text, true, true, "host"),
                           col("omschrijving", "description", CsvType::Text, true, true, "description"),
                           code("soort", "kind", codes<InvitationKind>(invitationKindCode, 6), true, true, "kind"),
                           col("functioneel", "functional", CsvType::Bool, true, true),
                           col("aangenomen", "accepted", CsvType::Bool, true, true, "accepted"),
                           col("waarde", "value_cents", CsvType::OptionalMoney, false, true, "value"),
                           code("besloten_door", "decided_by", kBodies, false, false, "decidedBy"),
                           col("besluitdatum", "decision_date", CsvType::Date, false, false, "decisionDate"),
                           code("besluit", "decision", kVerdicts, false, true, "decision"),
                           col("toelichting_besluit", "decision_notes", CsvType::Text, false, false, "decisionNotes"),
                           col("notities", "notes", CsvType::Text, false, false, "notes")};
    s.select = personSelect("invitations");
    s.yearCondition = QStringLiteral("r.event_date BETWEEN :from AND :to");
    InvitationService &service = core.registers().invitations();
    s.create = [&service](const QVariantMap &v) { service.create(Invitation::fromColumns(v)); };
    return s;
}

RecordCsvSpec tripsCsv(AppCore &core)
{
    RecordCsvSpec s;
    s.name = QStringLiteral("dienstreizen");
    s.title = Tr::tr("Official trips");
    s.columns = personColumns()
        + QList<CsvColumn>{col("bestemming", "destination", CsvType::Text, true, true, "destination"),
                           col("doel", "purpose", CsvType::Text, true, true, "purpose"),
                           col("beleidsoverwegingen", "policy_reasons", CsvType::Text, false, true, "policyReasons"),
                           col("gezelschap", "party", CsvType::Text, false, true, "party"),
                           col("vertrek", "departure_date", CsvType::Date, true, true, "departure"),
                           col("terugkeer", "return_date", CsvType::Date, true, true, "returnDate"),
                           col("geraamde_kosten", "estimated_cents", CsvType::Money, true, true, "estimatedCosts"),
                           col("werkelijke_kosten", "actual_cents", CsvType::OptionalMoney, false, true, "actualCosts"),
                           code("betaald_door", "paid_by", codes<TripPayer>(tripPayerCode, 2), true, true, "paidBy"),
                           col("derde", "third_party", CsvType::Text, false, true, "thirdParty"),
                           col("partner_reist_mee", "partner_travels", CsvType::Bool, false, true, "partner"),
                           col("partner_uitgenodigd", "partner_invited_by_host", CsvType::Bool, false, false, "partner"),
                           col("partner_gemeentelijk_belang", "partner_municipal_interest", CsvType::Bool, false, false, "partner"),
                           col("derden", "third_persons", CsvType::Text, false, false, "thirdPersons"),
                           col("prive_verlenging_dagen", "private_extension_days", CsvType::Integer, false, false,
                               "privateExtension"),
                           code("besloten_door", "decided_by", kBodies, false, false, "decidedBy"),
                           col("besluitdatum", "decision_date", CsvType::Date, false, false, "decisionDate"),
                           code("besluit", "decision", kVerdicts, false, true, "decision"),
                           col("toelichting_besluit", "decision_notes", CsvType::Text, false, false, "decisionNotes"),
                           col("toets_belangenverstrengeling", "conflict_test_date", CsvType::Date, false, false, "conflictTest"),
                           col("toelichting_toets", "conflict_test_notes", CsvType::Text, false, false, "conflictTest"),
                           col("notities", "notes", CsvType::Text, false, false, "notes")};
    s.select = personSelect("trips");
    s.yearCondition = QStringLiteral("r.departure_date BETWEEN :from AND :to");
    TripService &service = core.registers().trips();
    s.create = [&service](const QVariantMap &v) { service.create(Trip::fromColumns(v)); };
    return s;
}

} // namespace integriteit
