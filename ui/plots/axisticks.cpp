#include "ui/plots/axisticks.h"

#include "ui/plots/effectformat.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace ee::ui::axisticks {

namespace {

constexpr double epsilon = 1e-9;
constexpr int minExponent = -6;
constexpr int maxExponent = 6;

/// The 1-2-5 ratios between 10^minExponent and 10^maxExponent, ascending.
const QVector<double> &ratioSeries()
{
    static const QVector<double> series = [] {
        QVector<double> values;
        for (int e = minExponent; e <= maxExponent; ++e)
            for (double k : { 1.0, 2.0, 5.0 })
                values << k * std::pow(10.0, e);
        return values;
    }();
    return series;
}

QString ratioLabel(double ratio)
{
    return effectformat::significant(ratio, 6);
}

int decimalsFor(double step)
{
    return std::max(0, static_cast<int>(-std::floor(std::log10(step) + epsilon)));
}

} // namespace

double niceStep(double rough)
{
    if (!(rough > 0.0) || !std::isfinite(rough))
        return 1.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    const double mantissa = rough / magnitude;
    double nice = 10.0;
    if (mantissa <= 1.0 + epsilon)
        nice = 1.0;
    else if (mantissa <= 2.0 + epsilon)
        nice = 2.0;
    else if (mantissa <= 5.0 + epsilon)
        nice = 5.0;
    return nice * magnitude;
}

std::pair<double, double> niceRange(double lo, double hi, bool ratio, double nullValue, int targetTicks, bool symmetric)
{
    if (!std::isfinite(lo) || !std::isfinite(hi)) {
        lo = nullValue - 1.0;
        hi = nullValue + 1.0;
    }
    if (lo > hi)
        std::swap(lo, hi);
    if (ratio) {
        // At least 0.5 to 2 around the null, so a precise study is not drawn on a magnified axis.
        lo = std::min({ lo, nullValue - std::log(2.0) });
        hi = std::max({ hi, nullValue + std::log(2.0) });
        const double left = nullValue - lo;
        const double right = hi - nullValue;
        if (symmetric && std::min(left, right) * 3.0 >= std::max(left, right)) {
            const double half = std::max(left, right);
            lo = nullValue - half;
            hi = nullValue + half;
        }
        const QVector<double> &series = ratioSeries();
        double niceLo = std::log(series.front());
        for (double r : series)
            if (std::log(r) <= lo - nullValue + epsilon)
                niceLo = std::log(r);
        double niceHi = std::log(series.back());
        for (auto it = series.crbegin(); it != series.crend(); ++it)
            if (std::log(*it) >= hi - nullValue - epsilon)
                niceHi = std::log(*it);
        return { nullValue + niceLo, nullValue + niceHi };
    }
    lo = std::min(lo, nullValue);
    hi = std::max(hi, nullValue);
    if (hi - lo < epsilon) {
        const double half = std::max(1.0, std::abs(lo) * 0.5);
        lo -= half;
        hi += half;
    }
    const double step = niceStep((hi - lo) / std::max(1, targetTicks - 1));
    return { std::floor(lo / step + epsilon) * step, std::ceil(hi / step - epsilon) * step };
}

QVector<AxisTick> candidates(double lo, double hi, bool ratio, double nullValue, int targetTicks)
{
    QVector<AxisTick> result;
    if (!(hi > lo) || !std::isfinite(lo) || !std::isfinite(hi))
        return result;
    auto inRange = [&](double v) { return v >= lo - epsilon && v <= hi + epsilon; };
    if (ratio) {
        struct Ranked {
            double value;
            int tier;
            double distance;
        };
        QVector<Ranked> ranked;
        for (double r : ratioSeries()) {
            const double v = nullValue + std::log(r);
            if (!inRange(v))
                continue;
            const bool isEnd = std::abs(v - lo) < 1e-6 || std::abs(v - hi) < 1e-6;
            const bool isNull = std::abs(r - 1.0) < epsilon;
            const double mantissa = r / std::pow(10.0, std::floor(std::log10(r) + epsilon));
            const bool isDecade = std::abs(mantissa - 1.0) < 1e-6;
            const int tier = isEnd || isNull ? 0 : (isDecade ? 1 : 2);
            ranked.append({ v, tier, std::abs(std::log(r)) });
        }
        std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked &a, const Ranked &b) {
            if (a.tier != b.tier)
                return a.tier < b.tier;
            return a.distance < b.distance;
        });
        for (const Ranked &r : ranked)
            result.append({ r.value, ratioLabel(std::exp(r.value - nullValue)) });
        return result;
    }
    const double step = niceStep((hi - lo) / std::max(1, targetTicks - 1));
    const int decimals = decimalsFor(step);
    const long long first = std::llround(std::ceil(lo / step - epsilon));
    const long long last = std::llround(std::floor(hi / step + epsilon));
    if (last - first > 1000)
        return result;
    QVector<AxisTick> ends;
    QVector<AxisTick> nulls;
    QVector<AxisTick> inner;
    for (long long i = first; i <= last; ++i) {
        const double v = static_cast<double>(i) * step;
        QString label = effectformat::number(v, decimals);
        const QString point = QLocale().decimalPoint();
        if (label.contains(point)) {
            // "1.0" → "1", "0.50" → "0.5": axis labels carry no trailing zeros.
            while (label.endsWith(QLatin1Char('0')))
                label.chop(1);
            if (label.endsWith(point))
                label.chop(point.size());
        }
        AxisTick tick { v, label };
        if (i == first || i == last)
            ends << tick;
        else if (std::abs(v - nullValue) < step * 1e-6)
            nulls << tick;
        else
            inner << tick;
    }
    result << ends << nulls << inner;
    return result;
}

QVector<AxisTick> place(const QVector<AxisTick> &candidateTicks, const std::function<double(double)> &toPosition,
    const std::function<double(const QString &)> &labelWidth, double gap, int maxCount,
    std::optional<double> mirrorAround)
{
    struct Span {
        double left;
        double right;
    };
    auto spanOf = [&](const AxisTick &tick) {
        const double x = toPosition(tick.value);
        const double half = labelWidth(tick.label) / 2.0;
        return Span { x - half, x + half };
    };
    auto apart = [gap](const Span &a, const Span &b) { return a.right + gap <= b.left || b.right + gap <= a.left; };

    QVector<Span> taken;
    QVector<AxisTick> kept;
    QVector<bool> decided(candidateTicks.size(), false);
    for (int i = 0; i < candidateTicks.size(); ++i) {
        if (decided.at(i))
            continue;
        QVector<int> group { i };
        if (mirrorAround) {
            const double mirror = 2.0 * *mirrorAround - candidateTicks.at(i).value;
            for (int j = 0; j < candidateTicks.size(); ++j)
                if (j != i && !decided.at(j) && std::abs(candidateTicks.at(j).value - mirror) < 1e-6)
                    group << j;
        }
        for (int j : std::as_const(group))
            decided[j] = true;
        if (kept.size() + group.size() > maxCount)
            continue;
        QVector<Span> spans;
        for (int j : std::as_const(group))
            spans << spanOf(candidateTicks.at(j));
        bool fits = true;
        for (int a = 0; a < spans.size() && fits; ++a) {
            for (const Span &other : std::as_const(taken))
                fits = fits && apart(spans.at(a), other);
            for (int b = a + 1; b < spans.size(); ++b)
                fits = fits && apart(spans.at(a), spans.at(b));
        }
        if (!fits)
            continue;
        taken << spans;
        for (int j : std::as_const(group))
            kept << candidateTicks.at(j);
    }
    std::sort(kept.begin(), kept.end(), [](const AxisTick &a, const AxisTick &b) { return a.value < b.value; });
    return kept;
}

} // namespace ee::ui::axisticks
