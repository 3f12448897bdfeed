#pragma once
// The PDF of a letter from the same filled content.xml as its OpenDocument file, so both say the
// same: a small reader for the elements the letter templates use (paragraphs and headings with a
// named style, tables with column widths and cell borders) into a QTextDocument.

#include <QByteArray>
#include <QString>
#include <memory>

class QTextDocument;

namespace integriteit::odt {

// Throws Error(File) when the XML is not well-formed.
std::unique_ptr<QTextDocument> toTextDocument(const QByteArray &contentXml);
// A4 with the page margins of the template's styles; throws Error(File) when it cannot be written.
void writePdf(const QString &path, const QByteArray &contentXml, const QString &title);

} // namespace integriteit::odt
