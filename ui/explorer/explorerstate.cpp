#include "ui/explorer/explorerstate.h"

#include <QSettings>

namespace ee::ui {

namespace {

QString groupFor(const QString &project)
{
    QString safe = project;
    safe.replace(QLatin1Char('/'), QLatin1Char('_'));
    return QStringLiteral("explorer/") + (safe.isEmpty() ? QStringLiteral("default") : safe);
}

} // namespace

ModelSettings adjustedForOutcome(ModelSettings model, store::OutcomeKind kind)
{
    if (kind == store::OutcomeKind::Binary && !stats::isBinaryMeasure(model.measure)) {
        model.measure = stats::EffectMeasure::OR;
        model.pooling = stats::PoolingMethod::MantelHaenszel;
    }
    if (kind == store::OutcomeKind::Continuous && !stats::isContinuousMeasure(model.measure))
        model.measure = stats::EffectMeasure::MD;
    if (!stats::isBinaryMeasure(model.measure)
        || (model.pooling == stats::PoolingMethod::Peto && model.measure != stats::EffectMeasure::OR))
        model.pooling = stats::PoolingMethod::InverseVariance;
    return model;
}

void saveExplorerState(const ExplorerState &state, const QString &project)
{
    QSettings settings;
    settings.remove(groupFor(project));
    settings.beginGroup(groupFor(project));
    settings.setValue(QStringLiteral("outcome"), state.outcome);
    settings.beginGroup(QStringLiteral("filters"));
    for (auto it = state.filters.cbegin(); it != state.filters.cend(); ++it)
        settings.setValue(it.key(), it.value());
    settings.endGroup();
    settings.setValue(QStringLiteral("measure"), static_cast<int>(state.model.measure));
    settings.setValue(QStringLiteral("pooling"), static_cast<int>(state.model.pooling));
    settings.setValue(QStringLiteral("model"), static_cast<int>(state.model.model));
    settings.setValue(QStringLiteral("tau2"), static_cast<int>(state.model.tau2));
    settings.setValue(QStringLiteral("hksj"), state.model.hksj);
    settings.setValue(QStringLiteral("predictionInterval"), state.model.predictionInterval);
    settings.setValue(QStringLiteral("subgroup"), state.model.subgroupFacet);
    settings.setValue(QStringLiteral("excluded"), QStringList(state.excluded.cbegin(), state.excluded.cend()));
    settings.setValue(QStringLiteral("order"), static_cast<int>(state.order));
    settings.setValue(QStringLiteral("forestColumns"), state.forestColumns);
    settings.setValue(QStringLiteral("contourFunnel"), state.contourFunnel);
    settings.setValue(QStringLiteral("smallStudyTests"), state.smallStudyTests);
    settings.setValue(QStringLiteral("dataSource"), static_cast<int>(state.dataSource));
    settings.endGroup();
}

ExplorerState loadExplorerState(const QString &project)
{
    ExplorerState state;
    QSettings settings;
    if (!settings.childGroups().contains(QStringLiteral("explorer")))
        return state;
    settings.beginGroup(groupFor(project));
    if (settings.allKeys().isEmpty())
        return state;
    state.outcome = settings.value(QStringLiteral("outcome")).toString();
    settings.beginGroup(QStringLiteral("filters"));
    for (const QString &facet : settings.childKeys())
        state.filters.insert(facet, settings.value(facet).toStringList());
    settings.endGroup();
    auto enumValue = [&settings](const QString &key, int fallback, int last) {
        bool ok = false;
        const int value = settings.value(key).toInt(&ok);
        return ok && value >= 0 && value <= last ? value : fallback;
    };
    const ModelSettings defaults;
    state.model.measure = static_cast<stats::EffectMeasure>(
        enumValue(QStringLiteral("measure"), static_cast<int>(defaults.measure), 5));
    state.model.pooling = static_cast<stats::PoolingMethod>(
        enumValue(QStringLiteral("pooling"), static_cast<int>(defaults.pooling), 2));
    state.model.model = static_cast<stats::ModelChoice>(
        enumValue(QStringLiteral("model"), static_cast<int>(defaults.model), 2));
    state.model.tau2 = static_cast<stats::Tau2Estimator>(
        enumValue(QStringLiteral("tau2"), static_cast<int>(defaults.tau2), 6));
    state.model.hksj = settings.value(QStringLiteral("hksj"), defaults.hksj).toBool();
    state.model.predictionInterval
        = settings.value(QStringLiteral("predictionInterval"), defaults.predictionInterval).toBool();
    state.model.subgroupFacet = settings.value(QStringLiteral("subgroup")).toString();
    const QStringList excluded = settings.value(QStringLiteral("excluded")).toStringList();
    state.excluded = QSet<QString>(excluded.cbegin(), excluded.cend());
    state.order = static_cast<StudyOrder>(enumValue(QStringLiteral("order"), 0, 3));
    if (settings.contains(QStringLiteral("forestColumns")))
        state.forestColumns = settings.value(QStringLiteral("forestColumns")).toStringList();
    state.contourFunnel = settings.value(QStringLiteral("contourFunnel"), false).toBool();
    state.smallStudyTests = settings.value(QStringLiteral("smallStudyTests"), false).toBool();
    const int source = settings.value(QStringLiteral("dataSource"), 0).toInt();
    if (source == static_cast<int>(store::ExtractionRole::Extractor1)
        || source == static_cast<int>(store::ExtractionRole::Extractor2))
        state.dataSource = static_cast<store::ExtractionRole>(source);
    return state;
}

} // namespace ee::ui
