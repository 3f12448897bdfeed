#pragma once
// The demo's source of chance. Only std::seed_seq and std::mt19937 are used, whose output the C++
// standard fixes, and no std:: distribution (their algorithms differ between standard libraries):
// so one seed gives the same demo data with every compiler.

#include <QDate>

#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <random>
#include <utility>
#include <vector>

namespace integriteit::demo {

class DemoRandom
{
public:
    // A stream for one purpose: the seed of the run plus a salt (body, step), so that adding a
    // step or a body later does not change the data the existing ones produce.
    DemoRandom(quint32 seed, std::initializer_list<quint32> salt)
    {
        std::vector<quint32> material { seed };
        material.insert(material.end(), salt.begin(), salt.end());
        std::seed_seq sequence(material.begin(), material.end());
        m_engine.seed(sequence);
    }

    quint32 next() { return static_cast<quint32>(m_engine()); }

    // Uniform in [0, 1).
    double real() { return next() / 4294967296.0; }

    // Uniform in [lo, hi], both included.
    int uniform(int lo, int hi)
    {
        if (hi <= lo)
            return lo;
        const quint64 span = quint64(hi - lo) + 1;
        return lo + int((quint64(next()) * span) >> 32);
    }

    bool chance(double p) { return real() < p; }

    // Index drawn with the given (non-negative) weights; -1 when they are all zero.
    int weighted(const std::vector<double> &weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        if (total <= 0)
            return -1;
        double r = real() * total;
        for (size_t i = 0; i < weights.size(); ++i) {
            r -= weights[i];
            if (r < 0)
                return int(i);
        }
        return int(weights.size()) - 1;
    }

    template<class T> const T &pick(const std::vector<T> &items)
    {
        return items[size_t(uniform(0, int(items.size()) - 1))];
    }

    // Fisher-Yates, for std::vector and QList alike.
    template<class Container> void shuffle(Container &items)
    {
        for (int i = int(items.size()) - 1; i > 0; --i)
            std::swap(items[i], items[uniform(0, i)]);
    }

    // exp(N(0, sigma)): a positive factor around 1, for how strong a party is in one place.
    double lognormal(double sigma)
    {
        const double u1 = 1.0 - real(); // (0, 1]
        const double u2 = real();
        const double normal = std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
        return std::exp(sigma * normal);
    }

    int binomial(int n, double p)
    {
        int k = 0;
        for (int i = 0; i < n; ++i)
            k += chance(p) ? 1 : 0;
        return k;
    }

    // Uniform in [from, to]; from when the range is empty.
    QDate date(const QDate &from, const QDate &to)
    {
        if (!to.isValid() || to <= from)
            return from;
        return from.addDays(uniform(0, int(from.daysTo(to))));
    }

private:
    std::mt19937 m_engine;
};

} // namespace integriteit::demo
