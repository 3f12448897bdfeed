#pragma once
// The verbs of `integriteit` that run without a window (architecture.md "The command line").

#include <QStringList>

namespace integriteit {

class CommandLine
{
public:
    // True when the arguments ask for a verb, --help or --version rather than the window.
    static bool isCommand(const QStringList &arguments);
    // Runs the verb; returns the exit status. Errors are one line on standard error.
    static int run(const QStringList &arguments);
    static QString usage();
};

} // namespace integriteit
