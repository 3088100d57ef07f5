#include "ui/diagnostics/diagnosticsdata.h"

#include "core/stats/cumulative.h"
#include "core/stats/diagnostics.h"
#include "core/stats/influence.h"
#include "ui/plots/effectformat.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <exception>
#include <limits>

namespace ee::ui {

namespace {

class DiagnosticsText
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosticsPanel)
};

QString tau2Text(double tau2)
{
    return effectformat::number(tau2, tau2 > 0 && tau2 < 0.01 ? 4 : 3);
}

QString i2Text(double i2)
{
    return effectformat::number(i2, 0) + QLatin1Char('%');
}

ForestData baseForest(const ExplorerResult &result, const QString &title)
{
    ForestData f;
    f.title = title;
    f.measureLabel = result.forest.measureLabel;
    f.ratioScale = result.forest.ratioScale;
    f.nullValue = result.forest.nullValue;
    f.favoursLeft = result.forest.favoursLeft;
    f.favoursRight = result.forest.favoursRight;
    f.moderatorHeaders = { QStringLiteral("τ²"), QStringLiteral("I²") };
    f.overall = result.forest.overall;
    if (f.overall) {
        f.overall->piLower.reset();
        f.overall->piUpper.reset();
    }
    return f;
}

PlotStudy fitRow(const PlotStudy &source, const QString &label, const stats::PoolFit &fit)
{
    PlotStudy row;
    row.key = source.key;
    row.label = label;
    row.yi = fit.estimate;
    row.vi = fit.se * fit.se;
    row.ciLower = fit.ciLb;
    row.ciUpper = fit.ciUb;
    row.weightPercent = source.weightPercent;
    row.selected = source.selected;
    row.moderatorColumns = { tau2Text(fit.tau2), i2Text(fit.I2) };
    row.tooltip = source.tooltip;
    return row;
}

QString prettyName(QString name)
{
    name.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

} // namespace

int ModeratorChoice::present() const
{
    return static_cast<int>(
        std::count_if(values.cbegin(), values.cend(), [](const QString &v) { return !v.isEmpty(); }));
}

DiagnosticsStudies diagnosticsStudies(const ExplorerResult &result)
{
    DiagnosticsStudies d;
    if (!result.analysis)
        return d;
    const auto &analysis = *result.analysis;
    QVector<int> rowOf(static_cast<int>(analysis.studies.size()), -1);
    for (int r = 0; r < result.analysisIndex.size(); ++r) {
        const int a = result.analysisIndex[r];
        if (a >= 0 && a < rowOf.size())
            rowOf[a] = r;
    }
    for (int a = 0; a < rowOf.size(); ++a) {
        const stats::EffectSize &e = analysis.studies[static_cast<std::size_t>(a)].effect;
        const int r = rowOf[a];
        if (!e.estimable() || r < 0 || r >= result.studies.size())
            continue;
        d.rows << r;
        d.studies << result.studies[r];
        d.yi.push_back(e.yi);
        d.vi.push_back(e.vi);
    }
    return d;
}

QString tooFewStudiesMessage(const QString &view, int pooled)
{
    if (pooled >= kDiagnosticsMinimumStudies)
        return {};
    return DiagnosticsText::tr("%1: at least %2 pooled studies are needed (%3 pooled).")
        .arg(view)
        .arg(kDiagnosticsMinimumStudies)
        .arg(pooled);
}

ForestData leaveOneOutForest(const ExplorerResult &result, const DiagnosticsStudies &studies)
{
    ForestData f = baseForest(result, DiagnosticsText::tr("Leave-one-out analysis"));
    f.emptyMessage = !result.message.isEmpty()
        ? result.message
        : tooFewStudiesMessage(DiagnosticsText::tr("Leave-one-out"), studies.size());
    if (!f.emptyMessage.isEmpty())
        return f;
    // The analysis' own leave-one-out (when the builder asked for it) refits the
    // exact model, Mantel-Haenszel and Peto included; otherwise refit the inverse-
    // variance model the other diagnostics use.
    std::vector<stats::LeaveOneOut> loo;
    if (result.analysis->leaveOneOut.size() == static_cast<std::size_t>(studies.size())) {
        QHash<int, int> pooledOfAnalysis;
        for (int j = 0; j < studies.size(); ++j)
            pooledOfAnalysis.insert(result.analysisIndex[studies.rows[j]], j);
        for (const stats::LeaveOneOutResult &l : result.analysis->leaveOneOut) {
            stats::LeaveOneOut refit = l.refit;
            refit.omitted = static_cast<std::size_t>(pooledOfAnalysis.value(static_cast<int>(l.study), -1));
            if (refit.omitted < static_cast<std::size_t>(studies.size()))
                loo.push_back(std::move(refit));
        }
    }
    if (loo.size() != static_cast<std::size_t>(studies.size()))
        loo = stats::leaveOneOut(studies.yi, studies.vi, stats::diagnosticsModel(*result.analysis));
    for (const stats::LeaveOneOut &l : loo) {
        const PlotStudy &source = studies.studies[static_cast<int>(l.omitted)];
        const QString label = DiagnosticsText::tr("Omitting %1").arg(source.label);
        if (l.estimable) {
            f.studies << fitRow(source, label, l.fit);
        } else {
            PlotStudy row = fitRow(source, label, l.fit);
            row.yi = row.ciLower = row.ciUpper = std::numeric_limits<double>::quiet_NaN();
            row.moderatorColumns = { QStringLiteral("—"), QStringLiteral("—") };
            row.tooltip = DiagnosticsText::tr("The refit failed: %1").arg(QString::fromStdString(l.failure));
            f.studies << row;
        }
    }
    return f;
}

ForestData cumulativeForest(const ExplorerResult &result, const DiagnosticsStudies &studies)
{
    ForestData f = baseForest(result, DiagnosticsText::tr("Cumulative meta-analysis by year"));
    f.emptyMessage = !result.message.isEmpty()
        ? result.message
        : tooFewStudiesMessage(DiagnosticsText::tr("Cumulative meta-analysis"), studies.size());
    if (!f.emptyMessage.isEmpty())
        return f;
    std::vector<double> years;
    for (int r : studies.rows) {
        const auto &year = result.query.rows[r].year;
        years.push_back(year ? static_cast<double>(*year) : std::numeric_limits<double>::infinity());
    }
    const std::vector<std::size_t> order = stats::orderBy(years);
    const std::vector<stats::CumulativeStep> steps =
        stats::cumulativeMetaAnalysis(studies.yi, studies.vi, stats::diagnosticsModel(*result.analysis), order);
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const PlotStudy &source = studies.studies[static_cast<int>(steps[i].added)];
        const QString label = i == 0 ? source.label : DiagnosticsText::tr("+ %1").arg(source.label);
        f.studies << fitRow(source, label, steps[i].fit);
    }
    return f;
}

QVector<ModeratorChoice> moderatorChoices(const ExplorerResult &result, const DiagnosticsStudies &studies)
{
    QVector<ModeratorChoice> choices;
    auto keep = [&choices](ModeratorChoice c) {
        QSet<QString> distinct;
        for (const QString &v : std::as_const(c.values))
            if (!v.isEmpty())
                distinct.insert(v);
        if (distinct.size() < 2)
            return;
        if (c.numeric) {
            c.positive = std::all_of(
                c.values.cbegin(), c.values.cend(), [](const QString &v) { return v.isEmpty() || v.toDouble() > 0; });
        }
        choices << c;
    };

    ModeratorChoice year { QStringLiteral("year"), DiagnosticsText::tr("Year"), true, false, {} };
    for (int r : studies.rows) {
        const auto &y = result.query.rows[r].year;
        year.values << (y ? QString::number(*y) : QString());
    }
    keep(year);

    QStringList names;
    for (int r : studies.rows)
        for (auto it = result.query.rows[r].moderators.cbegin(); it != result.query.rows[r].moderators.cend(); ++it)
            if (!names.contains(it.key()))
                names << it.key();
    names.sort();
    for (const QString &name : std::as_const(names)) {
        bool allNumeric = true;
        for (int r : studies.rows) {
            const auto it = result.query.rows[r].moderators.constFind(name);
            if (it != result.query.rows[r].moderators.cend() && !it->isEmpty() && !it->min)
                allNumeric = false;
        }
        ModeratorChoice c { QStringLiteral("mod:") + name, prettyName(name), allNumeric, false, {} };
        for (int r : studies.rows) {
            const auto it = result.query.rows[r].moderators.constFind(name);
            if (it == result.query.rows[r].moderators.cend() || it->isEmpty()) {
                c.values << QString();
            } else if (allNumeric) {
                const double v = it->max ? (*it->min + *it->max) / 2.0 : *it->min;
                c.values << QString::number(v, 'g', 17);
            } else {
                c.values << it->text;
            }
        }
        keep(c);
    }
    for (const QString &facet : result.query.facetNames) {
        ModeratorChoice c { QStringLiteral("facet:") + facet, prettyName(facet), false, false, {} };
        for (int r : studies.rows)
            c.values << result.query.levelOf(result.query.rows[r], facet);
        keep(c);
    }
    return choices;
}

} // namespace ee::ui
