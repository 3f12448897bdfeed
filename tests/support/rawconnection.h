#pragma once
// A plain QSqlDatabase connection beside the application's own: how tests play the other program
// (or the attacker) that edits a file behind Integriteit's back.

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace integriteit::test {

class RawConnection
{
public:
    explicit RawConnection(const QString &path);
    ~RawConnection();
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    QSqlDatabase db() const;
    // Runs one statement; fails the test (REQUIRE) when SQLite refuses it.
    void exec(const QString &sql);
    // Runs one statement and reports whether SQLite accepted it.
    bool tryExec(const QString &sql);
    QVariant scalar(const QString &sql);

private:
    QString m_name;
};

} // namespace integriteit::test
