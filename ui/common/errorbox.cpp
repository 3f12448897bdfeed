#include "errorbox.h"

#include "common/error.h"

#include <QMessageBox>
#include <QtGlobal>

namespace integriteit {

void showErrorBox(QWidget *parent, const QString &title, const Error &error)
{
    if (!error.detail().isEmpty())
        qWarning("%s: %s", qUtf8Printable(error.userMessage()), qUtf8Printable(error.detail()));
    QMessageBox box(error.kind() == Error::Kind::Validation ? QMessageBox::Warning : QMessageBox::Critical, title,
        error.userMessage(), QMessageBox::Ok, parent);
    if (!error.detail().isEmpty())
        box.setDetailedText(error.detail());
    box.exec();
}

} // namespace integriteit
