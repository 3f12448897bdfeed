#include "benchfigures.h"

#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <sys/resource.h>

namespace integriteit::bench {

namespace {
QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QString number(double value)
{
    // Whole numbers as such, small ones with one decimal: "12.3 ms", "31180 persons".
    if (value == double(qint64(value)) || value >= 100)
        return QString::number(qint64(value + 0.5));
    return QString::number(value, 'f', 1);
}
} // namespace

void printFigure(const QString &name, double value, const QString &unit, const QString &target)
{
    out() << name << QStringLiteral(": ") << number(value);
    if (!unit.isEmpty())
        out() << QLatin1Char(' ') << unit;
    if (!target.isEmpty())
        out() << QStringLiteral(" (target ") << target << QLatin1Char(')');
    out() << Qt::endl;
}

void printNote(const QString &text)
{
    out() << QStringLiteral("# ") << text << Qt::endl;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

double minimum(const std::vector<double> &values)
{
    return values.empty() ? 0 : *std::min_element(values.begin(), values.end());
}

double maximum(const std::vector<double> &values)
{
    return values.empty() ? 0 : *std::max_element(values.begin(), values.end());
}

namespace {
double statusFieldMb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}
} // namespace

double peakRssMb()
{
    // VmHWM honours resetPeakRss(); ru_maxrss is the same figure where /proc is missing.
    if (const double hwm = statusFieldMb("VmHWM:"); hwm >= 0)
        return hwm;
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // kB on Linux
}

void resetPeakRss()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

double childrenPeakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss / 1024.0;
}

double currentRssMb()
{
    return std::max(0.0, statusFieldMb("VmRSS:"));
}

} // namespace integriteit::bench
