#include "csvimporter.h"

#include "auth/session.h"
#include "common/dutchformat.h"
#include "common/error.h"
#include "csv/csvreader.h"
#include "csv/csvrowparser.h"
#include "csv/personnames.h"
#include "storage/database.h"
#include "storage/unitofwork.h"

#include <QCoreApplication>
#include <optional>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::CsvImporter) };

constexpr int kProgressStep = 250;
} // namespace

CsvImporter::CsvImporter(Database &database, const Session &session, CsvRegister &target)
    : m_database(database)
    , m_session(session)
    , m_register(target)
{
}

CsvImportResult CsvImporter::run(const QByteArray &bytes, const Progress &progress)
{
    m_session.requireLogin();
    if (!m_register.canImport())
        throw Error(Error::Kind::Validation, Tr::tr("The register %1 cannot be imported, only exported.").arg(m_register.name()));

    CsvImportResult result;
    // Row by row: the file's bytes and one row in memory, never the whole table.
    std::optional<CsvStream> stream;
    try {
        stream.emplace(bytes);
        result.rows = stream->countRows();
    } catch (const Error &e) {
        result.problems.push_back({0, 0, {}, e.userMessage()});
        return result;
    }

    // The header decides which cell is which column; the order is free.
    const CsvRowParser parser(m_register.columns(), stream->header(), m_register.name());
    result.problems = parser.headerProblems();
    if (!result.problems.empty())
        return result;

    // A service's error names its field; the problem names the file column of that field.
    auto problemFor = [&](int rowNumber, const Error &e) {
        // A refused right is about the row's office holder (whose office keeps the record).
        const QString field = e.kind() == Error::Kind::Permission && e.field().isEmpty() ? QStringLiteral("person")
                                                                                          : e.field();
        const int column = parser.fileColumnOf(field);
        return CsvProblem{rowNumber, column, parser.columnName(column), e.userMessage()};
    };
    auto full = [&]() { return int(result.problems.size()) >= kMaxProblems; };

    PersonNames names(m_database.connection());
    UnitOfWork work(m_database, m_session.actor());
    // Declared after `work`: its statements are finished before `work` commits or rolls back.
    const std::unique_ptr<CsvBulkImport> bulk = m_rowByRow ? nullptr : m_register.bulkImport(work);
    int done = 0;
    CsvRow row;
    while (true) {
        if (full())
            break;
        try {
            if (!stream->next(row))
                break;
        } catch (const Error &e) {
            // Broken text further down the file: reported like a broken file, nothing is saved.
            result.problems.push_back({0, 0, {}, e.userMessage()});
            break;
        }
        const CsvParsedRow parsed = parser.parse(row);
        bool rowOk = parsed.problems.empty();
        for (const CsvProblem &p : parsed.problems)
            if (!full())
                result.problems.push_back(p);
        // The person is named by number only; a name next to it must be that person's name.
        const qint64 personId = parsed.values.value(QStringLiteral("person_id")).toLongLong();
        if (personId > 0 && !parsed.typedName.isEmpty()) {
            const auto name = names.name(personId);
            if (!name) {
                rowOk = false;
                const int column = parser.fileColumnOf(QStringLiteral("person"));
                result.problems.push_back({row.number, column, parser.columnName(column),
                                           Tr::tr("there is no office holder with number %1.").arg(personId)});
            } else if (!PersonNames::sameName(parsed.typedName, *name)) {
                rowOk = false;
                result.problems.push_back({row.number, parsed.nameColumn, QStringLiteral("persoon_naam"),
                                           Tr::tr("\"%1\" is not the name of office holder %2 (%3).")
                                               .arg(parsed.typedName).arg(personId).arg(*name)});
            }
        }
        if (rowOk) {
            try {
                if (bulk) {
                    bulk->importRecord(parsed.values);
                } else {
                    m_register.setRow(row.number);
                    m_register.importRecord(parsed.values);
                }
            } catch (const Error &e) {
                result.problems.push_back(problemFor(row.number, e));
            }
        }
        ++done;
        if (progress && (done % kProgressStep == 0 || done == result.rows) && !progress(done, result.rows)) {
            result.cancelled = true;
            return result; // `work` rolls back
        }
    }
    result.truncated = full();
    if (!result.truncated)
        m_register.finishImport([&](int rowNumber, const Error &e) {
            if (!full())
                result.problems.push_back(problemFor(rowNumber, e));
        });
    if (!result.problems.empty()) {
        // In file order, as the user corrects them (a row's name check comes after its cells).
        std::stable_sort(result.problems.begin(), result.problems.end(), [](const CsvProblem &a, const CsvProblem &b) {
            return a.row != b.row ? a.row < b.row : a.column < b.column;
        });
        return result; // `work` rolls back: nothing of the file is saved
    }
    if (bulk) {
        try {
            bulk->finish();
        } catch (const Error &e) {
            result.problems.push_back({0, 0, {}, e.userMessage()});
            return result; // `work` rolls back
        }
    }
    work.commit();
    if (bulk)
        bulk->committed();
    result.imported = done;
    return result;
}

} // namespace integriteit
