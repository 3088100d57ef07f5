#include "core/store/poolinput.h"

#include "core/store/studystore.h"

namespace ee::store {

Result<QMap<QString, QStringList>> parseWhereClauses(const std::vector<std::string> &clauses)
{
    QMap<QString, QStringList> filters;
    for (const std::string &clause : clauses) {
        const QString text = QString::fromStdString(clause);
        const qsizetype equals = text.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            return StoreError(
                StoreErrorCode::InvalidInput, storeTr("--where '%1': expected FACET=LEVEL[,LEVEL...]").arg(text));
        }
        const QString facet = text.left(equals).trimmed();
        if (facet.isEmpty())
            return StoreError(StoreErrorCode::InvalidInput, storeTr("--where '%1': the facet name is empty").arg(text));
        QStringList &levels = filters[facet];
        for (const QString &part : text.mid(equals + 1).split(QLatin1Char(','))) {
            const QString level = part.trimmed();
            if (level.isEmpty())
                return StoreError(StoreErrorCode::InvalidInput,
                    storeTr("--where '%1': empty level (use - for \"not recorded\")").arg(text));
            const QString code = level == QLatin1String("-") ? QString(QLatin1String("")) : level;
            if (!levels.contains(code))
                levels << code;
        }
    }
    return filters;
}

Result<PoolInput> poolInput(const StudyStore &store, const std::string &outcome,
    const std::vector<std::string> &whereClauses, SharedControlMode sharedControl)
{
    auto filters = parseWhereClauses(whereClauses);
    if (!filters)
        return filters.error();
    QueryRequest request;
    request.outcome = QString::fromStdString(outcome);
    request.filters = filters.value();
    request.sharedControl = sharedControl;
    if (request.outcome.isEmpty())
        return StoreError(StoreErrorCode::InvalidInput, storeTr("an outcome is required"), store.path());
    auto result = store.query(request);
    if (!result) {
        StoreError error = result.error();
        return StoreError(error.code(), error.message(), store.path());
    }
    const QueryResult &query = result.value();

    PoolInput input;
    input.outcome = outcome;
    input.outcomeLabel = query.outcome->label.toStdString();
    input.binary = query.outcome->kind == OutcomeKind::Binary;
    input.betterDirection = toCode(query.outcome->better).toStdString();
    input.sharedControls = query.sharedControls;
    for (const QueryRow &row : query.rows) {
        PoolInputRow out;
        out.study.label = row.label.toStdString();
        if (input.binary) {
            out.study.data = ee::stats::BinaryArms { row.treatment.events.value_or(0), row.treatment.n,
                row.control.events.value_or(0), row.control.n };
        } else {
            out.study.data = ee::stats::ContinuousArms { row.treatment.mean.value_or(0), row.treatment.sd.value_or(0),
                row.treatment.n, row.control.mean.value_or(0), row.control.sd.value_or(0), row.control.n };
        }
        out.studyLabel = row.studyLabel.toStdString();
        out.year = row.year;
        out.timepoint = row.timepoint.toStdString();
        for (int f = 0; f < query.facetNames.size(); ++f)
            out.facets[query.facetNames[f].toStdString()] = row.facetLevels.value(f).toStdString();
        for (auto it = row.moderators.constBegin(); it != row.moderators.constEnd(); ++it) {
            out.moderators[it.key().toStdString()] = it->text.toStdString();
            if (it->min && it->max && *it->min == *it->max)
                out.numericModerators[it.key().toStdString()] = *it->min;
        }
        out.citation = row.provenance.citation.toStdString();
        out.quote = row.provenance.quote.toStdString();
        out.confidence = toCode(row.provenance.confidence).toStdString();
        out.sharedControlGroupSize = row.sharedControlGroupSize;
        out.controlSplit = row.controlSplit;
        input.rows.push_back(std::move(out));
    }
    for (const NotExtractedRow &row : query.notExtracted)
        input.notExtracted.push_back(row.label.toStdString());
    return input;
}

Result<PoolInput> poolInputFromFile(const QString &path, const std::string &outcome,
    const std::vector<std::string> &whereClauses, SharedControlMode sharedControl)
{
    auto store = StudyStore::open(path, StudyStore::OpenMode::ReadOnly);
    if (!store)
        return store.error();
    return poolInput(*store.value(), outcome, whereClauses, sharedControl);
}

} // namespace ee::store
