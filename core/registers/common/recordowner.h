#pragma once
// Which appointment a register record belongs to, and so which office keeps it: the person's
// appointment on the record's date (GC "de griffier respectievelijk de secretaris"). Used for the
// rights check in C++ and, through appointmentAtSql(), for the role and fractie in list queries, so
// both always agree.

#include "persons/person.h"
#include "registers/common/decisionbody.h"

#include <QSqlDatabase>
#include <optional>
#include <vector>

namespace integriteit {

class Session;

class RecordOwner
{
public:
    RecordOwner(const QSqlDatabase &db, const Session &session) : m_db(db), m_session(session) {}

    // The appointment in office on `date`; when there is none (a gift received the day before the
    // installation), the latest that began before it, else the first after it.
    std::optional<Appointment> appointmentAt(qint64 personId, const QDate &date) const;
    // Whether the logged-in user administers the office of that appointment.
    bool mayEdit(qint64 personId, const QDate &date) const;
    // Checks login, that the person exists and has an appointment (Validation on "person") and the
    // office (Permission). Returns the owning appointment.
    Appointment requireEdit(qint64 personId, const QDate &date) const;
    // Whether the person holds a college office (wethouder, burgemeester) during any part of
    // [from, to] (an open `to` runs on for ever).
    bool holdsCollegeOffice(qint64 personId, const QDate &from, const QDate &to) const;

    // The day that decides the owner of a record with a period: today while it runs, its end once
    // ended, its start while it lies ahead. So the office that keeps a running position is the one
    // of the person's current appointment (a raadslid who becomes wethouder moves to the secretariat).
    static QDate periodReference(const QDate &start, const QDate &end, const QDate &today);
    static QString periodReferenceSql(const QString &startExpr, const QString &endExpr);

    // The decision of requireEdit() once the person and the owning appointment are known, shared
    // with the bulk import's in-memory check so both refuse the same rows with the same message.
    static Appointment decide(const Session &session, bool personExists, const std::optional<Appointment> &appointment);
    // appointmentAtSql()'s choice among one person's appointments, in memory (any order).
    static std::optional<Appointment> pick(const std::vector<Appointment> &appointments, const QDate &date);

    // The scalar subquery that selects the id of the appointment of `personExpr` on `dateExpr`.
    static QString appointmentAtSql(const QString &personExpr, const QString &dateExpr);
    // A condition: the person has a college appointment overlapping [fromExpr, toExpr].
    static QString collegeOfficeSql(const QString &personExpr, const QString &fromExpr, const QString &toExpr);

private:
    QSqlDatabase m_db;
    const Session &m_session;
};

} // namespace integriteit
