#pragma once

// Realistic plot data for the plot tests: dichotomous studies of cell therapy
// for diabetic foot ulcers (healing), with log odds ratios, inverse-variance
// random-effects weights (DerSimonian-Laird) and RevMan-style text, computed
// here from seeded pseudo-random counts. The numbers only need to look like
// an analysis; the engine's correctness is tested in tests/core/stats.

#include "ui/plots/baujatdata.h"
#include "ui/plots/forestdata.h"
#include "ui/plots/funneldata.h"

#include <QImage>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <ostream>

// Readable QString values in GoogleTest failure messages.
inline void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}

namespace ee::ui::testing {

struct Lcg {
    std::uint64_t state;
    double uniform()
    {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<double>(state >> 11) / 9007199254740992.0;
    }
    int between(int lo, int hi) { return lo + static_cast<int>(uniform() * (hi - lo + 1)); }
};

inline QString studyLabel(int i)
{
    static const char *names[] = { "Huang", "Dash", "Jain", "Lu", "Procházka", "Vojtaššák", "Kirana", "Amann", "Wang",
        "Qin", "Tanaka", "Öztürk", "Kim", "Moon", "Zhang", "Mohammadzadeh", "Gupta", "Li", "Chen", "Rodríguez", "Smith",
        "Nguyen", "Kumar", "Müller", "Rossi", "Hernández", "Sato", "Ivanova", "Park", "Silva", "Dubois", "Novak",
        "Yamamoto", "O'Brien", "Kowalski", "Fischer", "Andersen", "Subrammaniyan-Wijesinghe" };
    const int count = static_cast<int>(std::size(names));
    return QString::fromUtf8(names[i % count]) + QLatin1Char(' ') + QString::number(2004 + (i * 7) % 18);
}

inline QString fmt(double v, int decimals = 2)
{
    return QString::number(v, 'f', decimals);
}

struct Pooled {
    double estimate = 0, lower = 0, upper = 0, piLower = 0, piUpper = 0, tau2 = 0, q = 0, i2 = 0, z = 0;
    int df = 0;
};

/// DerSimonian-Laird pooling of `indexes` of `studies`; writes random-effects weights into `weights`.
inline Pooled pool(const QVector<PlotStudy> &studies, const QVector<int> &indexes, QVector<double> &weights)
{
    double sw = 0, swy = 0, sw2 = 0;
    int k = 0;
    for (int i : indexes) {
        if (studies.at(i).excluded)
            continue;
        const double w = 1.0 / studies.at(i).vi;
        sw += w;
        swy += w * studies.at(i).yi;
        sw2 += w * w;
        ++k;
    }
    const double fixed = swy / sw;
    double q = 0;
    for (int i : indexes)
        if (!studies.at(i).excluded)
            q += (studies.at(i).yi - fixed) * (studies.at(i).yi - fixed) / studies.at(i).vi;
    Pooled p;
    p.df = k - 1;
    p.q = q;
    p.tau2 = std::max(0.0, (q - p.df) / (sw - sw2 / sw));
    p.i2 = q > 0 ? std::max(0.0, (q - p.df) / q) * 100 : 0;
    double rw = 0, rwy = 0;
    for (int i : indexes) {
        if (studies.at(i).excluded)
            continue;
        const double w = 1.0 / (studies.at(i).vi + p.tau2);
        weights[i] = w;
        rw += w;
        rwy += w * studies.at(i).yi;
    }
    p.estimate = rwy / rw;
    const double se = std::sqrt(1.0 / rw);
    p.lower = p.estimate - 1.96 * se;
    p.upper = p.estimate + 1.96 * se;
    const double sePi = std::sqrt(se * se + p.tau2);
    p.piLower = p.estimate - 2.1 * sePi;
    p.piUpper = p.estimate + 2.1 * sePi;
    p.z = p.estimate / se;
    return p;
}

inline QString heterogeneityText(const Pooled &p)
{
    // Chi-square upper tail by the Wilson-Hilferty approximation: good enough for display.
    const double df = std::max(1, p.df);
    const double z = (std::cbrt(std::max(p.q, 1e-9) / df) - (1 - 2 / (9 * df))) / std::sqrt(2 / (9 * df));
    const double pValue = 0.5 * std::erfc(z / std::sqrt(2.0));
    return QStringLiteral("Heterogeneity: τ² = %1; Q = %2, df = %3 (%4); I² = %5%")
        .arg(fmt(p.tau2), fmt(p.q), QString::number(p.df),
            pValue < 0.001 ? QStringLiteral("p < 0.001") : QStringLiteral("p = ") + fmt(pValue, 3),
            QString::number(std::lround(p.i2)));
}

inline QString overallTestText(const Pooled &p)
{
    const double pValue = std::erfc(std::abs(p.z) / std::sqrt(2.0));
    return QStringLiteral("Test for overall effect: z = %1 (%2)")
        .arg(
            fmt(std::abs(p.z)), pValue < 0.001 ? QStringLiteral("p < 0.001") : QStringLiteral("p = ") + fmt(pValue, 3));
}

inline QVector<PlotStudy> makeStudies(int count, int subgroups, std::uint64_t seed = 7)
{
    static const char *cellTypes[] = { "BMMSC", "PBMNC", "ADSC" };
    static const char *doses[] = { "≥10⁸ cells", "10⁶–10⁸", "<10⁶ cells" };
    static const char *routes[] = { "Intramuscular", "Topical", "Intra-arterial" };
    Lcg rng { seed };
    QVector<PlotStudy> studies;
    for (int i = 0; i < count; ++i) {
        PlotStudy s;
        s.key = QStringLiteral("study-%1").arg(i);
        s.label = studyLabel(i);
        const int n1 = rng.between(8, 70);
        const int n2 = rng.between(8, 70);
        const double pc = 0.2 + 0.3 * rng.uniform();
        const double odds = pc / (1 - pc) * std::exp(0.9 + 1.2 * (rng.uniform() - 0.5));
        const double pt = odds / (1 + odds);
        int a = std::clamp(static_cast<int>(std::lround(n1 * pt + (rng.uniform() - 0.5) * 4)), 0, n1);
        int c = std::clamp(static_cast<int>(std::lround(n2 * pc + (rng.uniform() - 0.5) * 4)), 0, n2);
        if (i == 2)
            a = n1; // a study with a zero cell: corrected, wide interval
        const double cc = (a == 0 || c == 0 || a == n1 || c == n2) ? 0.5 : 0.0;
        const double A = a + cc, B = n1 - a + cc, C = c + cc, D = n2 - c + cc;
        s.yi = std::log(A * D / (B * C));
        s.vi = 1 / A + 1 / B + 1 / C + 1 / D;
        s.ciLower = s.yi - 1.96 * std::sqrt(s.vi);
        s.ciUpper = s.yi + 1.96 * std::sqrt(s.vi);
        s.subgroup = subgroups > 0 ? i % subgroups : -1;
        s.dataColumns = { QStringLiteral("%1/%2").arg(a).arg(n1), QStringLiteral("%1/%2").arg(c).arg(n2) };
        const int type = subgroups > 0 ? s.subgroup : i % 3;
        s.moderatorColumns = { QString::fromUtf8(cellTypes[type % 3]), QString::fromUtf8(doses[(i / 2) % 3]),
            QString::fromUtf8(routes[(i / 3) % 3]) };
        s.tooltip = QStringLiteral("<b>%1</b><br>Healed: %2 vs %3<br><i>\"Complete healing at 12 weeks\"</i>")
                        .arg(s.label, s.dataColumns.at(0), s.dataColumns.at(1));
        studies << s;
    }
    return studies;
}

/// A forest plot of `count` studies, optionally in `subgroups` sections, one excluded when `withExcluded`.
inline ForestData makeForest(int count, int subgroups = 0, bool withExcluded = false)
{
    ForestData data;
    data.measureLabel = QStringLiteral("Odds ratio (M-H, random, 95% CI)");
    data.ratioScale = true;
    data.nullValue = 0.0;
    data.favoursLeft = QStringLiteral("Favours control");
    data.favoursRight = QStringLiteral("Favours cell therapy");
    data.dataHeaders = { QStringLiteral("Cell therapy\nEvents/Total"), QStringLiteral("Control\nEvents/Total") };
    data.moderatorHeaders = { QStringLiteral("Cell type"), QStringLiteral("Dose"), QStringLiteral("Route") };
    data.studies = makeStudies(count, subgroups);
    if (withExcluded && count > 1)
        data.studies[1].excluded = true;

    QVector<double> weights(count, 0.0);
    QVector<int> all;
    for (int i = 0; i < count; ++i)
        all << i;
    const Pooled overall = pool(data.studies, all, weights);
    double total = 0;
    for (double w : weights)
        total += w;
    for (int i = 0; i < count; ++i)
        data.studies[i].weightPercent = data.studies.at(i).excluded ? 0.0 : weights.at(i) / total * 100.0;

    PooledRow row;
    row.label = QStringLiteral("Total (95% CI)");
    row.estimate = overall.estimate;
    row.ciLower = overall.lower;
    row.ciUpper = overall.upper;
    row.piLower = overall.piLower;
    row.piUpper = overall.piUpper;
    row.heterogeneity = heterogeneityText(overall);
    row.overallTest = overallTestText(overall);
    data.overall = row;

    if (subgroups > 0) {
        static const char *titles[] = { "Cell type: BMMSC", "Cell type: PBMNC", "Cell type: ADSC" };
        for (int g = 0; g < subgroups; ++g) {
            ForestSubgroup subgroup;
            subgroup.title = QString::fromUtf8(titles[g % 3]);
            for (int i = g; i < count; i += subgroups)
                subgroup.studies << i;
            if (subgroup.studies.size() >= 2) {
                QVector<double> ignored(count, 0.0);
                const Pooled p = pool(data.studies, subgroup.studies, ignored);
                PooledRow sub;
                sub.label = QStringLiteral("Subtotal (95% CI)");
                sub.estimate = p.estimate;
                sub.ciLower = p.lower;
                sub.ciUpper = p.upper;
                sub.heterogeneity = heterogeneityText(p);
                sub.overallTest = overallTestText(p);
                subgroup.subtotal = sub;
            }
            data.subgroups << subgroup;
        }
        data.subgroupTest =
            QStringLiteral("Test for subgroup differences: Q = 1.84, df = %1 (p = 0.40)").arg(subgroups - 1);
    }
    return data;
}

inline FunnelData makeFunnel(int count, int subgroups = 0, bool contours = false)
{
    const ForestData forest = makeForest(count, subgroups);
    FunnelData data;
    data.xLabel = QStringLiteral("Odds ratio (log scale)");
    data.ratioScale = true;
    data.pooled = forest.overall->estimate;
    data.nullValue = 0.0;
    data.contours = contours;
    data.studies = forest.studies;
    if (subgroups > 0)
        data.subgroupNames =
            QStringList { QStringLiteral("BMMSC"), QStringLiteral("PBMNC"), QStringLiteral("ADSC") }.mid(0, subgroups);
    return data;
}

inline BaujatData makeBaujat(int count, int subgroups = 0)
{
    const FunnelData funnel = makeFunnel(count, subgroups);
    BaujatData data;
    data.studies = funnel.studies;
    data.subgroupNames = funnel.subgroupNames;
    // x: contribution to Q; y: squared shift of the pooled estimate without the study, scaled by its variance.
    double sw = 0, swy = 0;
    for (const PlotStudy &s : std::as_const(data.studies)) {
        sw += 1 / s.vi;
        swy += s.yi / s.vi;
    }
    const double fixed = swy / sw;
    for (int i = 0; i < data.studies.size(); ++i) {
        const PlotStudy &s = data.studies.at(i);
        const double w = 1 / s.vi;
        const double without = (swy - w * s.yi) / (sw - w);
        BaujatPoint point;
        point.study = i;
        point.x = (s.yi - fixed) * (s.yi - fixed) / s.vi;
        point.y = (fixed - without) * (fixed - without) / (1 / (sw - w));
        data.points << point;
    }
    return data;
}

/// Share of pixels that differ from the top-left pixel: a blank image gives 0.
inline double inkedFraction(const QImage &image)
{
    const QImage img = image.convertToFormat(QImage::Format_ARGB32);
    const QRgb background = img.pixel(0, 0);
    qint64 inked = 0;
    for (int y = 0; y < img.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(img.constScanLine(y));
        for (int x = 0; x < img.width(); ++x)
            inked += line[x] != background ? 1 : 0;
    }
    return img.isNull() ? 0.0 : static_cast<double>(inked) / (static_cast<double>(img.width()) * img.height());
}

/// Where test images go for a human to look at.
inline QString imagePath(const QString &name)
{
    return QStringLiteral("/tmp/plots-") + name + QStringLiteral(".png");
}

} // namespace ee::ui::testing
