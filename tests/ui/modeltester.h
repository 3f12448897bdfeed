#pragma once
// QAbstractItemModelTester inside Catch2: the tester reports in Warning mode, and this guard turns
// every report into a test failure (QtTest mode needs a QTest run; Fatal mode would abort the process
// without saying which test failed).

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QStringList>
#include <memory>

namespace integriteit::test {

class CheckedModel
{
public:
    explicit CheckedModel(QAbstractItemModel *model)
    {
        s_reports.clear();
        s_previous = qInstallMessageHandler(&CheckedModel::collect);
        m_tester = std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    }
    ~CheckedModel()
    {
        m_tester.reset();
        qInstallMessageHandler(s_previous);
        s_previous = nullptr;
    }
    // Call after each step; fails the test with the tester's words.
    void requireClean() const
    {
        INFO(s_reports.join(QLatin1Char('\n')).toStdString());
        REQUIRE(s_reports.isEmpty());
    }

private:
    static void collect(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (type != QtDebugMsg && type != QtInfoMsg && context.category
            && QByteArray(context.category).startsWith("qt.modeltest"))
            s_reports << message;
        else if (s_previous)
            s_previous(type, context, message);
    }

    static inline QStringList s_reports;
    static inline QtMessageHandler s_previous = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

} // namespace integriteit::test
