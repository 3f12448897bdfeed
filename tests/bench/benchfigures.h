#pragma once
// How the benchmark reports: one figure per line, "name: value unit (target …)", and the small
// statistics and memory readings behind them.

#include <QString>
#include <vector>

namespace integriteit::bench {

// Prints "name: value unit" and, when given, " (target …)"; flushed at once so a long run shows progress.
void printFigure(const QString &name, double value, const QString &unit, const QString &target = {});
void printNote(const QString &text);

double median(std::vector<double> values);
double minimum(const std::vector<double> &values);
double maximum(const std::vector<double> &values);

// Peak resident memory in MB: of this process (since the last resetPeakRss()), and of the
// children it has waited for.
double peakRssMb();
// Starts the peak afresh (Linux: /proc/self/clear_refs), so that making the database in this
// process does not count as the list's memory.
void resetPeakRss();
double childrenPeakRssMb();
// Resident memory now, in MB.
double currentRssMb();

} // namespace integriteit::bench
