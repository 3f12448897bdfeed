#include "expensecategories.h"

#include "auth/session.h"
#include "common/error.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/unitofwork.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::ExpenseCategories) };

const QString kEntity = QStringLiteral("expense_category");

ExpenseCategory read(const SqlQuery &q)
{
    return ExpenseCategory{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toBool(),
                           q.value(4).toInt()};
}

void validateName(const QSqlDatabase &db, const QString &name, const QString &exceptCode)
{
    const QString field = QStringLiteral("name");
    if (name.isEmpty())
        throw Error::validation(field, Tr::tr("Name: fill in the name of the kind of cost."));
    if (name.size() > 100)
        throw Error::validation(field, Tr::tr("Name: at most 100 characters."));
    SqlQuery q(db, QStringLiteral("SELECT count(*) FROM expense_categories WHERE name = :name COLLATE NOCASE AND code <> :code"));
    q.bind(QStringLiteral(":name"), name).bind(QStringLiteral(":code"), exceptCode).exec();
    if (q.next() && q.value(0).toInt() > 0)
        throw Error::validation(field, Tr::tr("Name: another kind of cost already has this name."));
}
} // namespace

QJsonObject ExpenseCategory::toJson() const
{
    return {{QStringLiteral("code"), code},
            {QStringLiteral("name"), name},
            {QStringLiteral("active"), active},
            {QStringLiteral("sort_order"), sortOrder}};
}

ExpenseCategories::ExpenseCategories(Database &database, const Session &session, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_session(session)
{
}

std::vector<ExpenseCategory> ExpenseCategories::list(bool includeInactive) const
{
    m_session.requireLogin();
    SqlQuery q(m_database.connection(),
               QStringLiteral("SELECT id, code, name, active, sort_order FROM expense_categories %1 "
                              "ORDER BY sort_order, name COLLATE NOCASE")
                   .arg(includeInactive ? QString() : QStringLiteral("WHERE active = 1")));
    q.exec();
    std::vector<ExpenseCategory> result;
    while (q.next())
        result.push_back(read(q));
    return result;
}

std::optional<ExpenseCategory> ExpenseCategories::find(const QSqlDatabase &db, const QString &code)
{
    SqlQuery q(db, QStringLiteral("SELECT id, code, name, active, sort_order FROM expense_categories WHERE code = :code"),
               SqlQuery::Reuse::Yes); // every claim line and card payment is validated against it
    q.bind(QStringLiteral(":code"), code).exec();
    if (!q.next())
        return std::nullopt;
    return read(q);
}

void ExpenseCategories::requireUsable(const QSqlDatabase &db, const QString &code, const QString &field,
                                      const QString &allowedInactive)
{
    const auto category = find(db, code);
    if (!category)
        throw Error::validation(field, Tr::tr("Kind of cost: choose one of the list."));
    if (!category->active && code != allowedInactive)
        throw Error::validation(field, Tr::tr("Kind of cost: \"%1\" is no longer in use; choose another.").arg(category->name));
}

ExpenseCategory ExpenseCategories::category(const QString &code) const
{
    m_session.requireLogin();
    const auto c = find(m_database.connection(), code);
    if (!c)
        throw Error::notFound(Tr::tr("This kind of cost no longer exists."), QStringLiteral("expense_category %1").arg(code));
    return *c;
}

bool ExpenseCategories::mayEdit() const
{
    return m_session.has(UserRole::Administrator) || m_session.has(UserRole::Secretariat);
}

void ExpenseCategories::requireEdit() const
{
    m_session.requireLogin();
    if (!mayEdit())
        throw Error::permission(Tr::tr("You may not change the kinds of cost: that is done by the administrator or the secretariat."));
}

qint64 ExpenseCategories::add(const ExpenseCategory &input)
{
    requireEdit();
    static const QRegularExpression codePattern(QStringLiteral("^[a-z0-9_-]{1,30}$"));
    const QString code = input.code.trimmed();
    const QString name = input.name.trimmed();
    const QSqlDatabase db = m_database.connection();
    if (!codePattern.match(code).hasMatch())
        throw Error::validation(QStringLiteral("code"),
                                Tr::tr("Code: use at most 30 small letters, digits, hyphens or underscores, for example \"parkeren\"."));
    if (find(db, code))
        throw Error::validation(QStringLiteral("code"), Tr::tr("Code: this code is already in use."));
    validateName(db, name, code);
    UnitOfWork work(m_database, m_session.actor());
    const int order = input.sortOrder > 0
        ? input.sortOrder
        : SqlQuery::scalar(db, QStringLiteral("SELECT coalesce(max(sort_order), 0) + 10 FROM expense_categories")).toInt();
    SqlQuery q(db, QStringLiteral("INSERT INTO expense_categories(code, name, active, sort_order) VALUES (:code, :name, 1, :order)"));
    q.bind(QStringLiteral(":code"), code).bind(QStringLiteral(":name"), name).bind(QStringLiteral(":order"), order).exec();
    const qint64 id = q.lastInsertId();
    work.audit(kEntity, id, QStringLiteral("create"), {}, ExpenseCategory{id, code, name, true, order}.toJson());
    work.commit();
    Q_EMIT categoriesChanged();
    return id;
}

void ExpenseCategories::rename(const QString &code, const QString &newName)
{
    requireEdit();
    const ExpenseCategory before = category(code);
    const QString name = newName.trimmed();
    validateName(m_database.connection(), name, code);
    ExpenseCategory after = before;
    after.name = name;
    UnitOfWork work(m_database, m_session.actor());
    SqlQuery(m_database.connection(), QStringLiteral("UPDATE expense_categories SET name = :name WHERE code = :code"))
        .bind(QStringLiteral(":name"), name).bind(QStringLiteral(":code"), code).exec();
    work.audit(kEntity, before.id, QStringLiteral("rename"), before.toJson(), after.toJson());
    work.commit();
    Q_EMIT categoriesChanged();
}

void ExpenseCategories::setActive(const QString &code, bool active)
{
    requireEdit();
    const ExpenseCategory before = category(code);
    if (before.active == active)
        return;
    ExpenseCategory after = before;
    after.active = active;
    UnitOfWork work(m_database, m_session.actor());
    SqlQuery(m_database.connection(), QStringLiteral("UPDATE expense_categories SET active = :active WHERE code = :code"))
        .bind(QStringLiteral(":active"), active).bind(QStringLiteral(":code"), code).exec();
    work.audit(kEntity, before.id, active ? QStringLiteral("activate") : QStringLiteral("deactivate"), before.toJson(),
               after.toJson());
    work.commit();
    Q_EMIT categoriesChanged();
}

} // namespace integriteit
