#pragma once
// The pop-up for errors that belong to no form field (a file that cannot be opened, a refused
// action): the user message in front, the technical detail behind "Show Details" for support.

#include <QString>

class QWidget;

namespace integriteit {

class Error;

void showErrorBox(QWidget *parent, const QString &title, const Error &error);

} // namespace integriteit
