#pragma once
// Lets equal texts of a long list share one buffer. A list of 191,087 claims holds each
// claimant's name, sort name and party group once per claim, read from SQL as separate copies;
// shared, a name costs its bytes once per person instead of once per row.

#include <QSet>
#include <QString>

namespace integriteit {

class StringPool
{
public:
    // `text` takes the buffer of an equal text seen before (QString's implicit sharing).
    void share(QString &text)
    {
        if (text.isEmpty())
            return;
        const auto it = m_texts.constFind(text);
        if (it != m_texts.constEnd())
            text = *it;
        else
            m_texts.insert(text);
    }

private:
    QSet<QString> m_texts;
};

} // namespace integriteit
