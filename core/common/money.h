#pragma once
// Money as whole cents (architecture rule 6), with Dutch formatting "€ 1.234,56" and a parser that
// accepts what people type: "1.234,56", "1234,5", "€ 12", and plain "1234.56" from other systems.

#include <QString>
#include <cstdint>
#include <optional>

namespace integriteit {

class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromCents(std::int64_t cents) { return Money(cents); }

    constexpr std::int64_t cents() const { return m_cents; }

    // "€ 1.234,56"; negative amounts as "€ -1.234,56".
    QString toDutch() const;
    // "1.234,56" without the euro sign, for edit fields and CSV.
    QString toDutchPlain() const;
    // "1234.56": for machine-readable exports.
    QString toPlain() const;

    // Parses Dutch ("1.234,56") and plain ("1234.56") amounts; nullopt when the text is not an
    // amount or has more than two decimals.
    static std::optional<Money> parse(const QString &text);

    friend constexpr Money operator+(Money a, Money b) { return Money(a.m_cents + b.m_cents); }
    friend constexpr Money operator-(Money a, Money b) { return Money(a.m_cents - b.m_cents); }
    Money &operator+=(Money o) { m_cents += o.m_cents; return *this; }
    friend constexpr auto operator<=>(Money, Money) = default;

private:
    constexpr explicit Money(std::int64_t cents) : m_cents(cents) {}
    std::int64_t m_cents = 0;
};

} // namespace integriteit
