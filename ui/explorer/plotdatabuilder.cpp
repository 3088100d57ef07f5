#include "ui/explorer/plotdatabuilder.h"

#include "core/stats/distributions.h"
#include "ui/plots/effectformat.h"

#include <QCoreApplication>

#include <cmath>
#include <variant>

namespace ee::ui {

namespace {

class ResultText
{
    Q_DECLARE_TR_FUNCTIONS(ResultBuilder)
};

QString countText(double value)
{
    return effectformat::count(value);
}

QString meanText(double value)
{
    return effectformat::significant(value, 4);
}

} // namespace

namespace plotdata {

QString pText(double p)
{
    return effectformat::pValue(p);
}

QString measureName(stats::EffectMeasure measure)
{
    switch (measure) {
    case stats::EffectMeasure::OR:
        return ResultText::tr("Odds ratio");
    case stats::EffectMeasure::RR:
        return ResultText::tr("Risk ratio");
    case stats::EffectMeasure::RD:
        return ResultText::tr("Risk difference");
    case stats::EffectMeasure::MD:
        return ResultText::tr("Mean difference");
    case stats::EffectMeasure::SMD:
        return ResultText::tr("Std. mean difference");
    case stats::EffectMeasure::GEN:
        return ResultText::tr("Effect");
    }
    return {};
}

QString poolingName(stats::PoolingMethod method)
{
    switch (method) {
    case stats::PoolingMethod::MantelHaenszel:
        return ResultText::tr("M-H");
    case stats::PoolingMethod::Peto:
        return ResultText::tr("Peto");
    case stats::PoolingMethod::InverseVariance:
        return ResultText::tr("IV");
    }
    return {};
}

QString estimatorName(stats::Tau2Estimator estimator)
{
    const auto name = stats::toString(estimator);
    return QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
}

QString modelLabel(const stats::PoolFit &fit)
{
    if (!fit.randomEffects) {
        if (fit.method == stats::PoolingMethod::MantelHaenszel)
            return ResultText::tr("Fixed-effect model (Mantel-Haenszel)");
        if (fit.method == stats::PoolingMethod::Peto)
            return ResultText::tr("Fixed-effect model (Peto)");
        return ResultText::tr("Fixed-effect model (inverse variance)");
    }
    QString label = ResultText::tr("Random-effects model (%1)").arg(estimatorName(fit.tau2Estimator));
    if (fit.test == stats::TestStatistic::KnappHartung)
        label = ResultText::tr("Random-effects model (%1, HKSJ)").arg(estimatorName(fit.tau2Estimator));
    return label;
}

QString heterogeneityText(const stats::PoolFit &fit)
{
    if (fit.k < 2)
        return ResultText::tr("Heterogeneity: not applicable (one study)");
    const QString q = effectformat::number(fit.Q, 2);
    const QString df = effectformat::number(fit.Qdf, 0);
    const QString i2 = effectformat::number(fit.I2, 0);
    if (fit.randomEffects)
        return ResultText::tr("Heterogeneity: τ² = %1; Q = %2, df = %3 (%4); I² = %5%")
            .arg(effectformat::number(fit.tau2, fit.tau2 < 0.01 && fit.tau2 > 0 ? 4 : 2), q, df, pText(fit.Qp), i2);
    return ResultText::tr("Heterogeneity: Q = %1, df = %2 (%3); I² = %4%").arg(q, df, pText(fit.Qp), i2);
}

QString overallTestText(const stats::PoolFit &fit)
{
    const QString value = effectformat::number(std::abs(fit.zval), 2);
    if (fit.test == stats::TestStatistic::KnappHartung)
        return ResultText::tr("Test for overall effect: t(%1) = %2 (%3)")
            .arg(effectformat::number(fit.df, 0), value, pText(fit.pval));
    return ResultText::tr("Test for overall effect: z = %1 (%2)").arg(value, pText(fit.pval));
}

QString measureWithModel(stats::EffectMeasure measure, const stats::PoolFit &fit, double level)
{
    const QString ci = effectformat::number(level, 0);
    if (fit.randomEffects)
        return ResultText::tr("%1 (%2, random, %3% CI)").arg(measureName(measure), poolingName(fit.method), ci);
    return ResultText::tr("%1 (%2, fixed, %3% CI)").arg(measureName(measure), poolingName(fit.method), ci);
}

QString confidenceName(store::Confidence confidence)
{
    switch (confidence) {
    case store::Confidence::NotStated:
        return {};
    case store::Confidence::Exact:
        return ResultText::tr("exact");
    case store::Confidence::DerivedFromPercent:
        return ResultText::tr("from a percentage");
    case store::Confidence::Derived:
        return ResultText::tr("derived");
    case store::Confidence::Approximate:
        return ResultText::tr("approximate");
    case store::Confidence::Unclear:
        return ResultText::tr("unclear");
    case store::Confidence::AsTranscribed:
        return ResultText::tr("as transcribed");
    }
    return {};
}

PooledRow pooledRow(const QString &label, const stats::PoolFit &fit, const std::optional<stats::Interval> &prediction)
{
    PooledRow row;
    row.label = label;
    row.estimate = fit.estimate;
    row.ciLower = fit.ciLb;
    row.ciUpper = fit.ciUb;
    if (prediction && fit.randomEffects && fit.k >= 2) {
        row.piLower = prediction->lower;
        row.piUpper = prediction->upper;
    }
    row.heterogeneity = heterogeneityText(fit);
    row.overallTest = overallTestText(fit);
    return row;
}

} // namespace plotdata

QStringList studyDataColumns(const stats::Study &study)
{
    if (const auto *b = std::get_if<stats::BinaryArms>(&study.data))
        return { countText(b->eventsT) + QLatin1Char('/') + countText(b->nT),
            countText(b->eventsC) + QLatin1Char('/') + countText(b->nC) };
    if (const auto *c = std::get_if<stats::ContinuousArms>(&study.data))
        return { meanText(c->meanT) + QStringLiteral(" (") + meanText(c->sdT) + QStringLiteral(") ") + countText(c->nT),
            meanText(c->meanC) + QStringLiteral(" (") + meanText(c->sdC) + QStringLiteral(") ") + countText(c->nC) };
    return {};
}

QStringList studyDataHeaders(const stats::Study &study)
{
    if (std::holds_alternative<stats::BinaryArms>(study.data))
        return { ResultText::tr("Treatment\nEvents/Total"), ResultText::tr("Control\nEvents/Total") };
    if (std::holds_alternative<stats::ContinuousArms>(study.data))
        return { ResultText::tr("Treatment\nMean (SD) N"), ResultText::tr("Control\nMean (SD) N") };
    return {};
}

PlotDataSet buildPlotData(const stats::AnalysisResult &analysis, const PlotDataInput &input)
{
    using namespace plotdata;
    PlotDataSet set;
    const stats::AnalysisOptions &options = analysis.options;
    const bool ratio = stats::isRatioMeasure(options.measure);
    const double z = stats::normalCritical(options.level);

    QStringList groupCodes;
    if (analysis.subgroups) {
        for (const stats::SubgroupResult &group : analysis.subgroups->groups)
            groupCodes << QString::fromStdString(group.level);
    }
    QVector<PlotStudy> studies;
    for (std::size_t i = 0; i < analysis.studies.size(); ++i) {
        const stats::StudyResult &result = analysis.studies[i];
        const int n = static_cast<int>(i);
        PlotStudy study;
        study.key = QStringLiteral("s") + QString::number(n + 1);
        study.label = n < input.labels.size() ? input.labels[n] : QString::fromStdString(result.label);
        const stats::EffectSize &effect = result.effect;
        if (effect.estimable()) {
            study.yi = effect.yi;
            study.vi = effect.vi;
            study.ciLower = effect.yi - z * std::sqrt(effect.vi);
            study.ciUpper = effect.yi + z * std::sqrt(effect.vi);
        } else {
            study.yi = study.vi = study.ciLower = study.ciUpper = std::nan("");
        }
        if (result.weight)
            study.weightPercent = *result.weight;
        if (!groupCodes.isEmpty() && n < input.subgroupLevels.size())
            study.subgroup = static_cast<int>(groupCodes.indexOf(input.subgroupLevels[n]));
        if (n < input.dataColumns.size())
            study.dataColumns = input.dataColumns[n];
        study.tooltip = study.label.toHtmlEscaped();
        studies.push_back(study);
    }

    ForestData &forest = set.forest;
    forest.ratioScale = ratio;
    forest.title = input.title;
    const stats::PoolFit &fit = analysis.fit;
    forest.measureLabel = measureWithModel(options.measure, fit, options.level);
    forest.favoursLeft = ResultText::tr("Lower with treatment");
    forest.favoursRight = ResultText::tr("Higher with treatment");
    forest.dataHeaders = input.dataHeaders;
    forest.studies = studies;
    std::optional<stats::Interval> prediction;
    if (input.predictionInterval)
        prediction = analysis.prediction;
    forest.overall = pooledRow(modelLabel(fit), fit, prediction);
    if (analysis.subgroups) {
        for (int g = 0; g < groupCodes.size(); ++g) {
            ForestSubgroup section;
            section.title = input.subgroupTitle.isEmpty() ? groupCodes[g]
                                                          : input.subgroupTitle + QStringLiteral(": ") + groupCodes[g];
            for (int s = 0; s < studies.size(); ++s) {
                if (studies[s].subgroup == g)
                    section.studies.push_back(s);
            }
            const stats::PoolFit &groupFit = analysis.subgroups->groups[g].fit;
            if (groupFit.k >= 2)
                section.subtotal = pooledRow(ResultText::tr("Subtotal"), groupFit, std::nullopt);
            forest.subgroups.push_back(section);
        }
        if (analysis.subgroups->qBetweenP)
            forest.subgroupTest =
                ResultText::tr("Test for subgroup differences: Q = %1, df = %2 (%3)")
                    .arg(effectformat::number(analysis.subgroups->qBetween, 2),
                        effectformat::number(analysis.subgroups->qBetweenDf, 0), pText(*analysis.subgroups->qBetweenP));
    }

    FunnelData &funnel = set.funnel;
    funnel.xLabel =
        ratio ? ResultText::tr("%1 (log scale)").arg(measureName(options.measure)) : measureName(options.measure);
    funnel.ratioScale = ratio;
    funnel.pooled = fit.estimate;
    funnel.subgroupNames = groupCodes;
    BaujatData &baujat = set.baujat;
    baujat.subgroupNames = groupCodes;
    QVector<int> baujatIndex(studies.size(), -1);
    for (int s = 0; s < studies.size(); ++s) {
        if (std::isfinite(studies[s].yi))
            funnel.studies.push_back(studies[s]);
        if (analysis.studies[static_cast<std::size_t>(s)].weight) {
            baujatIndex[s] = static_cast<int>(baujat.studies.size());
            baujat.studies.push_back(studies[s]);
        }
    }
    for (const stats::BaujatResult &point : analysis.baujat) {
        const int s = baujatIndex.value(static_cast<int>(point.study), -1);
        if (s >= 0)
            baujat.points.push_back({ s, point.x, point.y });
    }
    if (fit.k < 3)
        funnel.emptyMessage =
            ResultText::tr("A funnel plot needs at least 3 studies (%n pooled).", nullptr, static_cast<int>(fit.k));
    if (baujat.points.size() < 2)
        baujat.emptyMessage = ResultText::tr("A Baujat plot needs at least 2 pooled studies.");
    return set;
}

} // namespace ee::ui
