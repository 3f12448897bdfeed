#include "personvalidator.h"

#include "common/dutchformat.h"
#include "common/error.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::PersonValidator) };

void require(bool ok, const char *field, const QString &message)
{
    if (!ok)
        throw Error::validation(QLatin1String(field), message);
}

void checkPastDate(const QDate &date, const QDate &start, const QDate &today, const char *field, const QString &label)
{
    if (!date.isValid())
        return;
    require(date <= today, field, Tr::tr("%1: the date cannot be in the future.").arg(label));
    require(date.year() >= 1900 && date >= start.addYears(-1), field,
            Tr::tr("%1: the date lies too far before the start of the appointment.").arg(label));
}
} // namespace

void PersonValidator::validate(const Person &p) const
{
    static const QRegularExpression initials(QStringLiteral(R"(^(\p{Lu}\p{Ll}{0,2}\.)+$)"));
    static const QRegularExpression prefix(QStringLiteral(R"(^[\p{Ll}' ]{0,20}$)"));
    static const QRegularExpression name(QStringLiteral(R"(^[\p{L}][\p{L}\p{M}' .-]*$)"));
    static const QRegularExpression email(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    static const QRegularExpression phone(QStringLiteral(R"(^\+?[0-9 ()-]{6,20}$)"));

    require(!p.lastName.trimmed().isEmpty(), "lastName", Tr::tr("Last name: fill in the last name."));
    require(p.lastName.size() <= 100 && name.match(p.lastName).hasMatch(), "lastName",
            Tr::tr("Last name: use letters, spaces, hyphens and apostrophes only (at most 100)."));
    require(!p.initials.isEmpty(), "initials", Tr::tr("Initials: fill in the initials, for example J.P."));
    require(initials.match(p.initials).hasMatch(), "initials",
            Tr::tr("Initials: write them with capitals and dots, for example J.P. or Th."));
    require(p.firstName.isEmpty() || (p.firstName.size() <= 50 && name.match(p.firstName).hasMatch()), "firstName",
            Tr::tr("First name: use letters only (at most 50)."));
    require(prefix.match(p.namePrefix).hasMatch(), "namePrefix",
            Tr::tr("Prefix: write the prefix in small letters, for example \"van der\" (at most 20)."));
    require(p.email.isEmpty() || (p.email.size() <= 200 && email.match(p.email).hasMatch()), "email",
            Tr::tr("E-mail: this is not an e-mail address."));
    require(p.phone.isEmpty() || phone.match(p.phone).hasMatch(), "phone",
            Tr::tr("Phone: use digits, spaces, hyphens and an optional + (6 to 20 characters)."));
    require(p.notes.size() <= 4000, "notes", Tr::tr("Notes: at most 4000 characters."));
}

void PersonValidator::validate(const Appointment &a, const QDate &today) const
{
    {
        SqlQuery q(m_db, QStringLiteral("SELECT count(*) FROM persons WHERE id = :id"));
        q.bind(QStringLiteral(":id"), a.personId).exec();
        require(q.next() && q.value(0).toInt() == 1, "person", Tr::tr("Office holder: this person no longer exists."));
    }
    {
        SqlQuery q(m_db, QStringLiteral("SELECT count(*) FROM organisations WHERE id = :id"));
        q.bind(QStringLiteral(":id"), a.organisationId).exec();
        require(q.next() && q.value(0).toInt() == 1, "organisation", Tr::tr("Body: choose the council or body."));
    }
    require(a.start.isValid(), "start", Tr::tr("Start: fill in the date of installation."));
    require(a.start.year() >= 1950 && a.start <= today.addYears(1), "start",
            Tr::tr("Start: the date must lie between 1950 and one year from now."));
    require(!a.end.isValid() || a.end >= a.start, "end", Tr::tr("End: the end date cannot be before the start date."));
    require(a.endReason.size() <= 200, "endReason", Tr::tr("Reason for leaving: at most 200 characters."));
    require(a.endReason.isEmpty() || a.end.isValid(), "endReason",
            Tr::tr("Reason for leaving: fill in the end date as well, or clear the reason."));

    if (a.role == HolderRole::Alderman)
        require(a.fractionPct >= 1 && a.fractionPct <= 100, "fraction",
                Tr::tr("Part-time factor: an alderman works between 1% and 100% of full time."));
    else
        require(a.fractionPct == 0, "fraction", Tr::tr("Part-time factor: only an alderman has a part-time factor."));

    const bool council = a.role == HolderRole::Councillor;
    require(!a.deputyChair || council, "deputyChair",
            Tr::tr("Deputy chair: only a councillor can be deputy chair of the council."));
    require(!a.groupLeader || council, "groupLeader", Tr::tr("Group leader: only a councillor can lead a party group."));
    require(!(council || a.role == HolderRole::CommitteeMember) || !a.faction.trimmed().isEmpty(), "faction",
            Tr::tr("Party group: a councillor or committee member belongs to a party group; fill it in."));
    require(a.faction.size() <= 80, "faction", Tr::tr("Party group: at most 80 characters."));
    require(a.role != HolderRole::Mayor || a.faction.isEmpty(), "faction",
            Tr::tr("Party group: the mayor is appointed, not elected for a party group; leave it empty."));

    checkPastDate(a.oathDate, a.start, today, "oathDate", Tr::tr("Oath or affirmation"));
    checkPastDate(a.codeReceived, a.start, today, "codeReceived", Tr::tr("Code of conduct received"));
    checkPastDate(a.protocolReceived, a.start, today, "protocolReceived", Tr::tr("Protocol received"));
    checkPastDate(a.screeningDate, a.start, today, "screeningDate", Tr::tr("Certificate of conduct / risk analysis"));
    require(a.role == HolderRole::Alderman || (!a.screeningDate.isValid() && a.screeningReference.isEmpty()),
            "screeningDate", Tr::tr("Certificate of conduct / risk analysis: this applies to aldermen only."));
    require(a.screeningReference.isEmpty() || a.screeningDate.isValid(), "screeningDate",
            Tr::tr("Certificate of conduct / risk analysis: fill in the date as well as the reference."));
    require(a.screeningReference.size() <= 100, "screeningReference", Tr::tr("Reference: at most 100 characters."));
    require(!a.transitionalSettlement || a.role == HolderRole::Alderman || a.role == HolderRole::Mayor,
            "transitionalSettlement",
            Tr::tr("Transitional arrangement: this applies to aldermen and the mayor only."));

    // The same person cannot hold the same office twice at once; a body has one mayor at a time.
    const QString end = a.end.isValid() ? dutch::isoDate(a.end) : QStringLiteral("9999-12-31");
    SqlQuery overlap(m_db, QStringLiteral(
        "SELECT count(*) FROM appointments WHERE id <> :id AND organisation_id = :org AND role = :role "
        "AND start_date <= :end AND coalesce(end_date, '9999-12-31') >= :start AND (person_id = :person OR role = 'burgemeester')"));
    overlap.bind(QStringLiteral(":id"), a.id)
        .bind(QStringLiteral(":org"), a.organisationId)
        .bind(QStringLiteral(":role"), holderRoleCode(a.role))
        .bind(QStringLiteral(":end"), end)
        .bind(QStringLiteral(":start"), dutch::isoDate(a.start))
        .bind(QStringLiteral(":person"), a.personId)
        .exec();
    if (overlap.next() && overlap.value(0).toInt() > 0)
        throw Error::validation(QStringLiteral("start"),
                                a.role == HolderRole::Mayor
                                    ? Tr::tr("Start: another mayor is in office during this period.")
                                    : Tr::tr("Start: this person already holds this office during (part of) this period."));
}

} // namespace integriteit
