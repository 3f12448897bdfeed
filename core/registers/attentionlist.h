#pragma once
// Aandachtspunten: everything that needs action by the logged-in user's office(s), for the start
// page. Each item names the record it concerns, so the UI can open it.
//
// What is listed (and when):
// - a personal side position of a wethouder or burgemeester without the GC 3.6 dates, while it runs
//   or lies ahead; due on its start;
// - the yearly inventory (GC 3.4) of the current and the previous year: from the inventory start
//   date (setting, default 1 September) ONE item per year and office counting the persons in office
//   since then without confirmation (personId 0, `count` set); due 31 December of that year;
// - a gift above the year's threshold without destination, due on receipt; a gift received at home
//   without a decision of the seniorenconvent or college (GC 5.1.5), due on receipt;
// - an excursion or event without decision while it lies ahead (a decision is only possible
//   beforehand, GC 5.2.2); due on its date;
// - a trip without permission while it lies ahead (GC 6.2), mentioning the conflict-of-interest
//   test when a third party pays (GC 6.4); due on departure;
// - income of a past year of a full-time wethouder or the burgemeester that is not published;
//   due 31 March of the next year;
// - a missing settlement decision on last year's income, from 1 January; due 30 June;
// - open onboarding checklist items of current appointments; due on the start of the appointment.

#include "auth/role.h"
#include "common/currentdate.h"

#include <QDate>
#include <QString>
#include <vector>

namespace integriteit {

class Database;
class Session;

enum class AttentionKind {
    SidePositionCollegeSteps,
    InventoryUnconfirmed,
    GiftWithoutDestination,
    GiftReceivedAtHome,
    InvitationWithoutDecision,
    TripWithoutPermission,
    IncomeUnpublished,
    SettlementUndecided,
    OnboardingOpen,
};

struct AttentionItem
{
    AttentionKind kind = AttentionKind::OnboardingOpen;
    Office office = Office::Griffie;
    qint64 personId = 0;
    QString personName;
    // The record to open: its audit entity name and id ("gift", 12). For the yearly inventory and
    // the settlement, which are per person and year, recordId is 0 and `year` is set; the grouped
    // inventory item has personId 0 too and opens the year's list of those not confirmed.
    QString entity;
    qint64 recordId = 0;
    int year = 0;
    // How many persons a grouped item stands for (the yearly inventory); 1 for a single record.
    int count = 1;
    QString text;  // translated
    QDate due;
    bool overdue(const QDate &today) const { return due.isValid() && due < today; }
};

class AttentionList
{
public:
    explicit AttentionList(Database &database) : m_database(database) {}

    // Sorted by due date, then person. Empty when nobody is logged in.
    std::vector<AttentionItem> items(const Session &session, const QDate &today = currentDate()) const;

private:
    Database &m_database;
};

} // namespace integriteit
