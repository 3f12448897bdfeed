#pragma once
// The rights-validate-write-audit sequence of a register whose record has id, personId, columns(),
// fromColumns() and searchText(). Services keep their own public API and signals and delegate here,
// so every register follows the same order: rights on the old and the new state, validation, one
// unit of work with its audit row.

#include "auth/session.h"
#include "common/error.h"
#include "registers/common/recordowner.h"
#include "registers/common/recordstore.h"
#include "storage/database.h"
#include "storage/unitofwork.h"

#include <QCoreApplication>
#include <functional>

namespace integriteit {

template<class Record>
class RecordWrites
{
public:
    struct Spec
    {
        QString table;
        QString entity;
        bool searchable = true;
        std::function<QDate(const Record &)> referenceDate;   // decides the owning appointment
        std::function<void(const Record &)> validate;         // throws Error(Validation)
        std::function<Record(Record)> normalize;              // trims texts
        QString notFound;                                     // translated
        QString exists;                                       // translated, for restore
        QString otherPerson;                                  // translated, for a changed person
    };

    RecordWrites(Database &database, const Session &session, Spec spec)
        : m_database(database), m_session(session), m_spec(std::move(spec))
    {
    }

    Record load(qint64 id) const
    {
        m_session.requireLogin();
        const auto columns = store().load(id);
        if (!columns)
            throw Error::notFound(m_spec.notFound, QStringLiteral("%1 %2").arg(m_spec.entity).arg(id));
        return Record::fromColumns(*columns);
    }

    bool mayEdit(const Record &r) const
    {
        return owner().mayEdit(r.personId, m_spec.referenceDate(r));
    }

    qint64 insert(const Record &input, bool keepId)
    {
        const Record r = m_spec.normalize(input);
        if (keepId && store().load(r.id))
            throw Error(Error::Kind::Conflict, m_spec.exists);
        owner().requireEdit(r.personId, m_spec.referenceDate(r));
        m_spec.validate(r);
        UnitOfWork work(m_database, m_session.actor());
        const qint64 id = store().insert(work, r.columns(), r.searchText(), r.personId, keepId ? r.id : 0);
        work.commit();
        return id;
    }

    // Returns the record as written.
    Record write(const Record &before, const Record &input, const QString &action)
    {
        const Record r = m_spec.normalize(input);
        owner().requireEdit(before.personId, m_spec.referenceDate(before));
        if (r.personId != before.personId)
            throw Error::validation(QStringLiteral("person"), m_spec.otherPerson);
        owner().requireEdit(r.personId, m_spec.referenceDate(r));
        m_spec.validate(r);
        UnitOfWork work(m_database, m_session.actor());
        store().update(work, r.id, before.columns(), r.columns(), r.searchText(), r.personId, action);
        work.commit();
        return r;
    }

    Record remove(qint64 id)
    {
        const Record before = load(id);
        owner().requireEdit(before.personId, m_spec.referenceDate(before));
        UnitOfWork work(m_database, m_session.actor());
        store().remove(work, id, before.columns(), before.personId);
        work.commit();
        return before;
    }

    RecordOwner owner() const { return RecordOwner(m_database.connection(), m_session); }

private:
    RecordStore store() const { return RecordStore(m_database, m_spec.table, m_spec.entity, m_spec.searchable); }

    Database &m_database;
    const Session &m_session;
    Spec m_spec;
};

} // namespace integriteit
