#include "invoicefiles.h"

#include "appcore.h"
#include "claims/invoice/invoiceletterservice.h"
#include "common/waitcursor.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace integriteit {

namespace {
const QString kFolderKey = QStringLiteral("cardsPage/invoiceFolder");
}

QString InvoiceFiles::save(qint64 paymentId, QWidget *parent, const QString &odtPathGiven) const
{
    auto &claims = m_core.claims();
    const InvoiceLetterService letters(claims.cardPayments(), claims.cards(), m_core.persons(), m_core.settings());
    const auto invoice = claims.cardPayments().invoiceForPayment(paymentId);
    if (!invoice)
        return {};
    // Refusals (no IBAN in the settings, rights) come before the user picks a place.
    const InvoiceLetter letter = letters.letter(invoice->id);
    QString odtPath = odtPathGiven;
    if (odtPath.isEmpty()) {
        QSettings settings;
        const QString folder =
            settings.value(kFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
        odtPath = QFileDialog::getSaveFileName(parent, tr("Save invoice %1").arg(letter.number),
                                               QDir(folder).filePath(letter.baseFileName() + QStringLiteral(".odt")),
                                               tr("OpenDocument text (*.odt)"));
        if (odtPath.isEmpty())
            return {};
        if (!odtPath.endsWith(QLatin1String(".odt"), Qt::CaseInsensitive))
            odtPath += QStringLiteral(".odt");
        settings.setValue(kFolderKey, QFileInfo(odtPath).absolutePath());
    }
    const QFileInfo info(odtPath);
    WaitCursor wait;
    letters.write(letter, odtPath, info.dir().filePath(info.completeBaseName() + QStringLiteral(".pdf")));
    m_lastNumber = letter.number;
    return odtPath;
}

} // namespace integriteit
