#pragma once
// The project's one error convention (architecture rule 2): core throws Error; callers in ui/ and
// app/ catch it, show userMessage() and log detail(). Never a -1 sentinel or a silent qDebug().

#include <QString>
#include <exception>
#include <string>

namespace integriteit {

class Error : public std::exception
{
public:
    enum class Kind {
        Validation,   // the user's input breaks a rule; field() names the field
        Permission,   // the logged-in user may not do this
        NotFound,     // the record no longer exists
        Conflict,     // the action contradicts stored data (overlap, still referenced)
        Workflow,     // an illegal state transition
        Storage,      // the database refused: the detail carries the driver's text
        File,         // a file cannot be opened, read or written
        Authentication
    };

    Error(Kind kind, QString userMessage, QString detail = {}, QString field = {});

    Kind kind() const { return m_kind; }
    // Translated, for the user: says what is wrong and, where possible, what to do.
    const QString &userMessage() const { return m_userMessage; }
    // Technical, for the log: SQL error text, file paths, ids.
    const QString &detail() const { return m_detail; }
    // The form field the message is about, or empty.
    const QString &field() const { return m_field; }

    const char *what() const noexcept override { return m_what.c_str(); }

    static Error validation(const QString &field, const QString &message);
    static Error permission(const QString &message);
    static Error notFound(const QString &message, const QString &detail = {});
    static Error storage(const QString &message, const QString &detail);

private:
    Kind m_kind;
    QString m_userMessage;
    QString m_detail;
    QString m_field;
    std::string m_what;
};

} // namespace integriteit
