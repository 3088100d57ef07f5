#include "ui/explorer/resultbuilder.h"

#include "core/stats/distributions.h"
#include "core/stats/errors.h"
#include "core/store/evidenceindex.h"
#include "ui/explorer/plotdatabuilder.h"
#include "ui/plots/effectformat.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <exception>
#include <numeric>

namespace ee::ui {

using plotdata::heterogeneityText;
using plotdata::measureName;
using plotdata::modelLabel;
using plotdata::overallTestText;
using plotdata::pooledRow;
using plotdata::poolingName;
using plotdata::pText;

namespace {

/// Translation context of the texts this file writes into plots and the summary.
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

QString measureAbbreviation(stats::EffectMeasure measure)
{
    return QString::fromLatin1(
        stats::toString(measure).data(), static_cast<qsizetype>(stats::toString(measure).size()));
}

/// A number copied from a paper ("0.45") written as the interface writes numbers
/// ("0,45" in Spanish); text that is not a plain number stays as it is.
QString publishedNumber(const QString &text)
{
    bool ok = false;
    QLocale::c().toDouble(text, &ok);
    if (!ok)
        return text;
    QString shown = text;
    shown.replace(QLatin1Char('.'), QLocale().decimalPoint());
    if (shown.startsWith(QLatin1Char('-')))
        shown[0] = QChar(0x2212);
    return shown;
}

bool rowIsComplete(const store::QueryRow &row, store::OutcomeKind kind)
{
    auto armOk = [kind](const store::ArmNumbers &arm) {
        if (!(arm.n > 0))
            return false;
        if (kind == store::OutcomeKind::Binary)
            return arm.events.has_value();
        return arm.mean.has_value() && arm.sd.has_value();
    };
    return armOk(row.treatment) && armOk(row.control);
}

stats::Study toStudy(const store::QueryRow &row, store::OutcomeKind kind)
{
    stats::Study study;
    study.label = row.label.toStdString();
    if (kind == store::OutcomeKind::Binary)
        study.data = stats::BinaryArms { *row.treatment.events, row.treatment.n, *row.control.events, row.control.n };
    else
        study.data = stats::ContinuousArms { *row.treatment.mean, *row.treatment.sd, row.treatment.n, *row.control.mean,
            *row.control.sd, row.control.n };
    return study;
}

QStringList dataColumns(const store::QueryRow &row, store::OutcomeKind kind)
{
    auto arm = [kind](const store::ArmNumbers &a) -> QString {
        if (kind == store::OutcomeKind::Binary)
            return countText(*a.events) + QLatin1Char('/') + countText(a.n);
        return meanText(*a.mean) + QStringLiteral(" (") + meanText(*a.sd) + QStringLiteral(") ") + countText(a.n);
    };
    return { arm(row.treatment), arm(row.control) };
}

QString levelLabel(const store::EvidenceIndex &index, const QString &facet, const QString &code)
{
    if (code.isEmpty())
        return ResultText::tr("not recorded");
    if (const store::FacetDefinition *definition = index.facet(facet)) {
        for (const store::FacetLevel &level : definition->levels) {
            if (level.code == code)
                return level.label.isEmpty() ? level.code : level.label;
        }
    }
    return code;
}

/// A level as a narrow forest-plot column shows it: the label when short, else the code.
QString shortLevelLabel(const store::EvidenceIndex &index, const QString &facet, const QString &code)
{
    if (code.isEmpty())
        return QStringLiteral("–");
    const QString label = levelLabel(index, facet, code);
    if (label.size() <= 10)
        return label;
    QString shortCode = code;
    shortCode.replace(QLatin1Char('_'), QLatin1Char(' '));
    return shortCode;
}

QString facetLabel(const store::EvidenceIndex &index, const QString &facet)
{
    const store::FacetDefinition *definition = index.facet(facet);
    return definition && !definition->label.isEmpty() ? definition->label : facet;
}

QString tooltipFor(const store::EvidenceIndex &index, const store::QueryResult &query, const store::QueryRow &row,
    const QStringList &data, bool complete)
{
    QString html = QStringLiteral("<b>") + row.label.toHtmlEscaped() + QStringLiteral("</b>");
    if (row.studyLabel != row.label)
        html += QStringLiteral(" (") + row.studyLabel.toHtmlEscaped() + QStringLiteral(")");
    html += QStringLiteral("<br/>");
    if (complete) {
        html += ResultText::tr("Treatment: %1; control: %2").arg(data.value(0), data.value(1)).toHtmlEscaped();
        if (!row.timepoint.isEmpty())
            html += QStringLiteral(" · ") + row.timepoint.toHtmlEscaped();
        html += QStringLiteral("<br/>");
    } else {
        html += ResultText::tr("No data extracted for this outcome").toHtmlEscaped() + QStringLiteral("<br/>");
    }
    QStringList facets;
    for (const QString &facet : query.facetNames) {
        const QString code = query.levelOf(row, facet);
        if (!code.isEmpty())
            facets << facetLabel(index, facet) + QStringLiteral(": ") + levelLabel(index, facet, code);
    }
    if (!facets.isEmpty())
        html += facets.join(QStringLiteral(" · ")).toHtmlEscaped() + QStringLiteral("<br/>");
    if (row.sharedControlGroupSize > 1)
        html +=
            ResultText::tr("Control arm shared with %n other comparison(s)", nullptr, row.sharedControlGroupSize - 1)
                .toHtmlEscaped()
            + (row.controlSplit ? ResultText::tr(" (split)") : QString()) + QStringLiteral("<br/>");
    const store::Provenance &p = row.provenance;
    if (!p.quote.isEmpty())
        html += QStringLiteral("<i>“") + p.quote.left(400).toHtmlEscaped()
            + (p.quote.size() > 400 ? QStringLiteral("…") : QString()) + QStringLiteral("”</i><br/>");
    QStringList source;
    if (!p.counted.isEmpty())
        source << ResultText::tr("counted: %1").arg(p.counted);
    const QString confidence = plotdata::confidenceName(p.confidence);
    if (!confidence.isEmpty())
        source << ResultText::tr("confidence: %1").arg(confidence);
    if (!source.isEmpty())
        html += source.join(QStringLiteral(" · ")).toHtmlEscaped() + QStringLiteral("<br/>");
    if (!p.citation.isEmpty())
        html += QStringLiteral("<small>") + p.citation.left(300).toHtmlEscaped() + QStringLiteral("</small>");
    if (row.noteCount > 0)
        html += QStringLiteral("<br/>")
            + ResultText::tr("%n note(s) on this study", nullptr, row.noteCount).toHtmlEscaped();
    return html;
}

/// "Favours …" labels placed by the outcome's better direction.
void setFavours(ForestData &forest, store::BetterDirection better)
{
    const QString treatment = ResultText::tr("Favours treatment");
    const QString control = ResultText::tr("Favours control");
    switch (better) {
    case store::BetterDirection::Higher:
        forest.favoursLeft = control;
        forest.favoursRight = treatment;
        break;
    case store::BetterDirection::Lower:
        forest.favoursLeft = treatment;
        forest.favoursRight = control;
        break;
    case store::BetterDirection::Unknown:
        forest.favoursLeft = ResultText::tr("Lower with treatment");
        forest.favoursRight = ResultText::tr("Higher with treatment");
        break;
    }
}

std::optional<store::PublishedResult> publishedFor(
    const store::EvidenceIndex &index, const ExplorerState &state, const store::QueryResult &query)
{
    // The paper's number is comparable when the view is the whole outcome, or
    // exactly one level of one facet.
    QString facet;
    QString level;
    for (auto it = state.filters.cbegin(); it != state.filters.cend(); ++it) {
        const store::FacetCounts *counts = nullptr;
        for (const store::FacetCounts &c : query.facetCounts) {
            if (c.facet == it.key())
                counts = &c;
        }
        const qsizetype all = counts ? counts->levels.size() : -1;
        if (it.value().size() == all)
            continue; // every level ticked: not a filter
        if (!facet.isEmpty() || it.value().size() != 1)
            return std::nullopt;
        facet = it.key();
        level = it.value().front();
    }
    const QList<store::PublishedResult> found = facet.isEmpty()
        ? index.publishedResults(state.outcome, QStringLiteral("overall"), QStringLiteral("overall"))
        : index.publishedResults(state.outcome, facet, level);
    for (const store::PublishedResult &result : found) {
        if (result.estimateValue)
            return result;
    }
    return std::nullopt;
}

} // namespace

QString studyKey(const store::QueryRow &row)
{
    return QStringLiteral("c") + QString::number(row.comparison.value);
}

ExplorerResult buildExplorerResult(const store::EvidenceIndex &index, const ExplorerState &state)
{
    ExplorerResult result;

    // 1. The store's answer. A facet with no level ticked empties the result,
    //    but the counts still come from the other filters.
    store::QueryRequest request;
    request.outcome = state.outcome;
    request.role = state.dataSource;
    QString emptyFacet;
    for (auto it = state.filters.cbegin(); it != state.filters.cend(); ++it) {
        if (it.value().isEmpty())
            emptyFacet = facetLabel(index, it.key());
        else
            request.filters.insert(it.key(), it.value());
    }
    auto queried = index.query(request);
    if (!queried.ok()) {
        result.message = queried.error().message();
        result.forest.emptyMessage = result.funnel.emptyMessage = result.baujat.emptyMessage = result.message;
        return result;
    }
    result.query = std::move(queried.value());
    if (!emptyFacet.isEmpty()) {
        result.query.rows.clear();
        result.query.notExtracted.clear();
        result.query.studyCount = 0;
    }
    const store::QueryResult &query = result.query;
    const store::OutcomeKind kind = query.outcome ? query.outcome->kind : store::OutcomeKind::Binary;

    // 2. The model options, kept consistent with the outcome's kind of data.
    const ModelSettings model = adjustedForOutcome(state.model, kind);
    stats::AnalysisOptions options;
    options.measure = model.measure;
    options.method = model.pooling;
    options.model = state.model.model;
    options.tau2 = state.model.tau2;
    options.hksj = state.model.hksj;
    options.baujat = true;
    const bool ratio = stats::isRatioMeasure(options.measure);
    const double z = stats::normalCritical(options.level);

    // 3. Every row with complete data becomes a study; excluded ones are drawn, not pooled.
    std::vector<stats::Study> allStudies;
    std::vector<int> completeRows;
    for (int i = 0; i < query.rows.size(); ++i) {
        if (rowIsComplete(query.rows[i], kind)) {
            allStudies.push_back(toStudy(query.rows[i], kind));
            completeRows.push_back(i);
        }
    }
    std::vector<stats::EffectSize> displayEffects;
    try {
        stats::ContinuityCorrection cc;
        displayEffects = stats::computeEffectSizes(options.measure, allStudies, cc);
    } catch (const std::exception &error) {
        result.message = QString::fromStdString(error.what());
    }

    std::vector<stats::Study> pooled;
    std::vector<int> pooledRows;
    stats::Subgrouping subgrouping;
    subgrouping.column = state.model.subgroupFacet.toStdString();
    QStringList groupCodes;
    for (std::size_t i = 0; i < completeRows.size() && result.message.isEmpty(); ++i) {
        const store::QueryRow &row = query.rows[completeRows[i]];
        if (state.excluded.contains(studyKey(row)))
            continue;
        pooled.push_back(allStudies[i]);
        pooledRows.push_back(completeRows[i]);
        if (!state.model.subgroupFacet.isEmpty())
            subgrouping.levels.push_back(query.levelOf(row, state.model.subgroupFacet).toStdString());
    }

    if (result.message.isEmpty()) {
        if (!emptyFacet.isEmpty())
            result.message = ResultText::tr("No level of “%1” is ticked.").arg(emptyFacet);
        else if (query.rows.isEmpty() && query.notExtracted.isEmpty())
            result.message = ResultText::tr("No study matches the current filters.");
        else if (completeRows.empty())
            result.message =
                ResultText::tr("No study has data for this outcome with the current filters (%n not extracted).",
                    nullptr, static_cast<int>(query.notExtracted.size() + query.rows.size()));
        else if (pooled.empty())
            result.message = ResultText::tr("Every study with data is excluded.");
    }
    if (result.message.isEmpty()) {
        try {
            result.analysis =
                stats::analyse(pooled, options, state.model.subgroupFacet.isEmpty() ? nullptr : &subgrouping);
        } catch (const stats::ConvergenceError &error) {
            result.message =
                ResultText::tr("The model could not be fitted: %1").arg(QString::fromStdString(error.what()));
        } catch (const std::exception &error) {
            result.message =
                ResultText::tr("The studies cannot be pooled: %1").arg(QString::fromStdString(error.what()));
        }
    }

    // 4. One PlotStudy per query row.
    result.analysisIndex = QVector<int>(query.rows.size(), -1);
    for (std::size_t i = 0; i < pooledRows.size() && result.analysis; ++i)
        result.analysisIndex[pooledRows[i]] = static_cast<int>(i);
    QStringList groupNames;
    if (result.analysis && result.analysis->subgroups) {
        for (const stats::SubgroupResult &group : result.analysis->subgroups->groups)
            groupCodes << QString::fromStdString(group.level);
        for (const QString &code : groupCodes)
            groupNames << levelLabel(index, state.model.subgroupFacet, code);
    }
    result.studies.reserve(query.rows.size());
    std::vector<int> displayIndex(query.rows.size(), -1);
    for (std::size_t i = 0; i < completeRows.size(); ++i)
        displayIndex[completeRows[i]] = static_cast<int>(i);
    for (int r = 0; r < query.rows.size(); ++r) {
        const store::QueryRow &row = query.rows[r];
        const bool complete = displayIndex[r] >= 0;
        PlotStudy study;
        study.key = studyKey(row);
        study.label = row.year ? row.label + QLatin1Char(' ') + QString::number(*row.year) : row.label;
        study.excluded = state.excluded.contains(study.key);
        const int a = result.analysisIndex[r];
        const stats::EffectSize *effect = nullptr;
        if (a >= 0)
            effect = &result.analysis->studies[a].effect;
        else if (complete && displayIndex[r] < static_cast<int>(displayEffects.size()))
            effect = &displayEffects[displayIndex[r]];
        if (effect && effect->estimable()) {
            study.yi = effect->yi;
            study.vi = effect->vi;
            study.ciLower = effect->yi - z * std::sqrt(effect->vi);
            study.ciUpper = effect->yi + z * std::sqrt(effect->vi);
        } else {
            study.yi = study.vi = study.ciLower = study.ciUpper = std::nan("");
        }
        if (a >= 0 && result.analysis->studies[a].weight)
            study.weightPercent = *result.analysis->studies[a].weight;
        if (!groupCodes.isEmpty())
            study.subgroup = static_cast<int>(groupCodes.indexOf(query.levelOf(row, state.model.subgroupFacet)));
        if (complete)
            study.dataColumns = dataColumns(row, kind);
        for (const QString &facet : state.forestColumns) {
            if (query.facetNames.contains(facet))
                study.moderatorColumns << shortLevelLabel(index, facet, query.levelOf(row, facet));
        }
        study.tooltip = tooltipFor(index, query, row, study.dataColumns, complete);
        result.studies.push_back(study);
    }

    // 5. Forest plot.
    ForestData &forest = result.forest;
    forest.ratioScale = ratio;
    forest.nullValue = 0.0;
    forest.title = query.outcome ? query.outcome->label : state.outcome;
    forest.measureLabel = result.analysis
        ? plotdata::measureWithModel(options.measure, result.analysis->fit, options.level)
        : measureName(options.measure);
    setFavours(forest, query.outcome ? query.outcome->better : store::BetterDirection::Unknown);
    if (kind == store::OutcomeKind::Binary)
        forest.dataHeaders = { ResultText::tr("Treatment\nEvents/Total"), ResultText::tr("Control\nEvents/Total") };
    else
        forest.dataHeaders = { ResultText::tr("Treatment\nMean (SD) N"), ResultText::tr("Control\nMean (SD) N") };
    for (const QString &facet : state.forestColumns) {
        if (query.facetNames.contains(facet))
            forest.moderatorHeaders << facetLabel(index, facet);
    }
    QVector<int> forestRows; // indices into result.studies, complete rows only
    for (int r = 0; r < query.rows.size(); ++r) {
        if (displayIndex[r] >= 0)
            forestRows.push_back(r);
    }
    auto ordered = [&](QVector<int> rows) {
        auto yearOf = [&](int r) { return query.rows[r].year.value_or(9999); };
        std::stable_sort(rows.begin(), rows.end(), [&](int x, int y) {
            const PlotStudy &sx = result.studies[x];
            const PlotStudy &sy = result.studies[y];
            switch (state.order) {
            case StudyOrder::Year:
                return yearOf(x) != yearOf(y) ? yearOf(x) < yearOf(y) : sx.label < sy.label;
            case StudyOrder::Effect:
                return sx.yi < sy.yi;
            case StudyOrder::Weight:
                return sx.weightPercent > sy.weightPercent;
            case StudyOrder::Label:
                return sx.label.localeAwareCompare(sy.label) < 0;
            }
            return false;
        });
        return rows;
    };
    forestRows = ordered(forestRows);
    QVector<int> forestIndexOfRow(query.rows.size(), -1);
    for (int r : forestRows) {
        forestIndexOfRow[r] = static_cast<int>(forest.studies.size());
        forest.studies.push_back(result.studies[r]);
    }
    if (result.analysis) {
        const stats::AnalysisResult &analysis = *result.analysis;
        std::optional<stats::Interval> prediction;
        if (state.model.predictionInterval)
            prediction = analysis.prediction;
        forest.overall = pooledRow(modelLabel(analysis.fit), analysis.fit, prediction);
        if (analysis.subgroups) {
            const QString facetName = facetLabel(index, state.model.subgroupFacet);
            for (int g = 0; g < groupCodes.size(); ++g) {
                ForestSubgroup section;
                section.title = facetName + QStringLiteral(": ") + groupNames[g];
                for (int r : forestRows) {
                    if (result.studies[r].subgroup == g && !result.studies[r].excluded)
                        section.studies.push_back(forestIndexOfRow[r]);
                }
                const stats::PoolFit &fit = analysis.subgroups->groups[g].fit;
                if (fit.k >= 2)
                    section.subtotal = pooledRow(ResultText::tr("Subtotal"), fit, std::nullopt);
                forest.subgroups.push_back(section);
            }
            // Studies left out of the subgroups (excluded, or no level) in a last section.
            ForestSubgroup rest;
            rest.title = ResultText::tr("Not in a subgroup (excluded or %1 not recorded)").arg(facetName);
            for (int r : forestRows) {
                if (result.studies[r].subgroup < 0 || result.studies[r].excluded)
                    rest.studies.push_back(forestIndexOfRow[r]);
            }
            if (!rest.studies.isEmpty())
                forest.subgroups.push_back(rest);
            if (analysis.subgroups->qBetweenP)
                forest.subgroupTest = ResultText::tr("Test for subgroup differences: Q = %1, df = %2 (%3)")
                                          .arg(effectformat::number(analysis.subgroups->qBetween, 2),
                                              effectformat::number(analysis.subgroups->qBetweenDf, 0),
                                              pText(*analysis.subgroups->qBetweenP));
        }
    }
    forest.emptyMessage = result.message;

    // 6. Funnel and Baujat plots: the studies with an estimable effect.
    FunnelData &funnel = result.funnel;
    funnel.xLabel =
        ratio ? ResultText::tr("%1 (log scale)").arg(measureName(options.measure)) : measureName(options.measure);
    funnel.ratioScale = ratio;
    funnel.contours = state.contourFunnel;
    funnel.subgroupNames = groupNames;
    BaujatData &baujat = result.baujat;
    baujat.subgroupNames = groupNames;
    QVector<int> baujatIndexOfAnalysis(static_cast<int>(pooledRows.size()), -1);
    for (int r : forestRows) {
        if (std::isfinite(result.studies[r].yi))
            funnel.studies.push_back(result.studies[r]);
        const int a = result.analysisIndex[r];
        if (a >= 0) {
            baujatIndexOfAnalysis[a] = static_cast<int>(baujat.studies.size());
            baujat.studies.push_back(result.studies[r]);
        }
    }
    if (result.analysis) {
        funnel.pooled = result.analysis->fit.estimate;
        for (const stats::BaujatResult &point : result.analysis->baujat) {
            const int s = baujatIndexOfAnalysis.value(static_cast<int>(point.study), -1);
            if (s >= 0)
                baujat.points.push_back({ s, point.x, point.y });
        }
    }
    funnel.emptyMessage = result.message;
    if (result.analysis && result.analysis->fit.k < 3 && result.message.isEmpty())
        funnel.emptyMessage = ResultText::tr(
            "A funnel plot needs at least 3 studies (%n pooled).", nullptr, static_cast<int>(result.analysis->fit.k));
    baujat.emptyMessage = result.message;
    if (result.analysis && baujat.points.size() < 2 && result.message.isEmpty())
        baujat.emptyMessage = ResultText::tr("A Baujat plot needs at least 2 pooled studies.");

    // 7. Summary strip.
    SummaryData &summary = result.summary;
    double patients = 0;
    for (int r : pooledRows)
        patients += query.rows[r].treatment.n + query.rows[r].control.n;
    if (result.analysis) {
        const stats::AnalysisResult &analysis = *result.analysis;
        const stats::PoolFit &fit = analysis.fit;
        summary.estimate = measureAbbreviation(options.measure) + QLatin1Char(' ')
            + effectformat::estimateWithInterval(fit.estimate, fit.ciLb, fit.ciUb, ratio);
        summary.pValue = pText(fit.pval);
        summary.heterogeneity = fit.randomEffects
            ? ResultText::tr("I² = %1%, τ² = %2")
                  .arg(effectformat::number(fit.I2, 0), effectformat::number(fit.tau2, 3))
            : ResultText::tr("I² = %1%").arg(effectformat::number(fit.I2, 0));
        summary.model = modelLabel(fit);
        if (analysis.autoDecision)
            summary.model += ResultText::tr(", chosen by the review's rule (I² = %1%, P(Q) = %2)")
                                 .arg(effectformat::number(analysis.autoDecision->I2, 0),
                                     effectformat::number(analysis.autoDecision->Qp, 3));
    } else {
        summary.estimate = result.message;
    }
    summary.counts = ResultText::tr("%n studies, %1 patients", nullptr, static_cast<int>(pooledRows.size()))
                         .arg(countText(patients));
    if (!query.notExtracted.isEmpty() || static_cast<int>(completeRows.size()) < query.rows.size())
        summary.counts += QStringLiteral(" · ")
            + ResultText::tr("%n not extracted", nullptr,
                static_cast<int>(
                    query.notExtracted.size() + query.rows.size() - static_cast<int>(completeRows.size())));
    if (query.sharedControls)
        summary.warning = ResultText::tr("Some comparisons share a control group: its patients count more than once.");
    result.published = publishedFor(index, state, query);
    if (result.published) {
        const store::PublishedResult &p = *result.published;
        summary.published = ResultText::tr("Published: %1 %2 %3")
                                .arg(p.measure, publishedNumber(p.estimate),
                                    QLatin1Char('[') + publishedNumber(p.ciLower) + effectformat::listSeparator()
                                        + publishedNumber(p.ciUpper) + QLatin1Char(']'));
        QStringList extra;
        if (!p.model.isEmpty())
            extra << p.model;
        if (!p.i2.isEmpty())
            extra << QStringLiteral("I² = ") + p.i2 + QStringLiteral("%");
        if (!p.k.isEmpty())
            extra << QStringLiteral("k = ") + p.k;
        if (!p.patients.isEmpty())
            extra << ResultText::tr("%1 patients").arg(p.patients);
        if (!extra.isEmpty())
            summary.published += QStringLiteral(" (") + extra.join(QStringLiteral(", ")) + QStringLiteral(")");
    }
    return result;
}

} // namespace ee::ui
