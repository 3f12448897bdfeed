#pragma once
// Saving the invoice letter of a private card payment (GC 9.15): asks where, in the folder used
// last and under a name with the invoice number, then writes the ODT and the PDF side by side.

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace integriteit {

class AppCore;

class InvoiceFiles
{
    Q_DECLARE_TR_FUNCTIONS(integriteit::InvoiceFiles)
public:
    explicit InvoiceFiles(AppCore &core) : m_core(core) {}

    // The ODT's path (the PDF has the same name with .pdf); empty when the user cancelled or the
    // payment has no invoice. Without `odtPath` the user chooses. Throws Error.
    QString save(qint64 paymentId, QWidget *parent, const QString &odtPath = {}) const;
    // "F2026-0001"
    QString lastNumber() const { return m_lastNumber; }

private:
    AppCore &m_core;
    mutable QString m_lastNumber;
};

} // namespace integriteit
