#include "passwordprompt.h"

#include <QTextStream>
#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace integriteit {

std::optional<QString> readPassword(const QString &prompt)
{
    const QByteArray fromEnvironment = qgetenv("INTEGRITEIT_PASSWORD");
    if (!fromEnvironment.isEmpty())
        return QString::fromUtf8(fromEnvironment);
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    QTextStream(stderr) << prompt << Qt::flush;
    termios old {};
    tcgetattr(STDIN_FILENO, &old);
    termios silent = old;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    std::string line;
    std::getline(std::cin, line);
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    QTextStream(stderr) << "\n" << Qt::flush;
    return QString::fromStdString(line);
}

} // namespace integriteit
