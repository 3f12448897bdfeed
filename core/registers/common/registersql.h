#pragma once
// Builds the WHERE clause of a register list from a RegisterFilter. Each register describes its
// table once (RegisterTable); counting and paging then share the same clause and bindings.

#include "registers/common/registerfilter.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace integriteit {

class SqlQuery;

struct RegisterTable
{
    QString table; // "side_positions": the record's alias is always r
    QString refDate; // date expression of the day that decides the owning appointment
    QString periodStart; // the record's period; the same expression twice for a dated record
    QString periodEnd; // may be NULL for a running record
    QString activeSql; // the record counts as active on :today
    QString flagSql; // the record needs attention (empty: never)
    // The table's trigram index over search_text (migration 0005), for search terms of three or
    // more characters; empty: the search reads every row with LIKE (a derived table has no index).
    QString searchIndex;
};

class RegisterSql
{
public:
    RegisterSql(const RegisterTable &table, const RegisterFilter &filter);

    // "FROM table r JOIN persons p ... LEFT JOIN appointments ap ... WHERE ...": p is the person
    // and ap the owning appointment, for the role and fractie columns.
    QString fromWhere() const;
    // "SELECT count(*) FROM ...": without the owning appointment when no condition needs it. SQLite
    // cannot drop that LEFT JOIN itself (its ON holds a correlated subquery), and evaluating it for
    // every row made the count of 200,000 nevenfuncties take a second instead of some 50 ms.
    QString countSql() const;
    // "SELECT select FROM ... ORDER BY orderBy LIMIT :limit OFFSET :offset". When neither the
    // conditions nor the order need the owning appointment (orderNeedsOwner), the page's ids are
    // chosen first without it, and the owner is looked up for those rows only: evaluating the
    // correlated owner lookup for every row before sorting made the first page of 200,000
    // nevenfuncties take seconds. When they do need it, the owner is looked up for every row but
    // only the ids are sorted. orderBy must end in a unique key (r.id), so all give the same rows.
    // orderNeedsOwner: the order names a selected column (an alias), so the page is one query.
    QString pageSql(const QString &select, const QString &orderBy, bool orderNeedsOwner) const;
    void bind(SqlQuery &query) const;
    // Adds a register-specific condition with its bindings.
    void add(const QString &clause, const QList<QPair<QString, QVariant>> &values = {});

    // "ASC" or "DESC"
    static QString direction(Qt::SortOrder order);
    // The active condition for dated records: the person is in office on :today.
    static QString personInOfficeSql();

private:
    RegisterTable m_table;
    QStringList m_clauses;
    bool m_personFilter = false;
    QList<QPair<QString, QVariant>> m_values;
};

} // namespace integriteit
