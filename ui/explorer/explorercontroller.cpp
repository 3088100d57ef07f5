#include "ui/explorer/explorercontroller.h"

#include "core/store/evidenceindex.h"
#include "core/store/studystore.h"
#include "ui/explorer/resultbuilder.h"

#include <QFileInfo>

#include <algorithm>

namespace ee::ui {

ExplorerController::ExplorerController(QObject *parent)
    : QObject(parent)
{ }

ExplorerController::~ExplorerController() = default;

QString ExplorerController::openProject(const QString &path, bool readOnly)
{
    auto opened = store::StudyStore::open(
        path, readOnly ? store::StudyStore::OpenMode::ReadOnly : store::StudyStore::OpenMode::ReadWrite);
    if (!opened.ok())
        return opened.error().text();
    auto index = opened.value()->index();
    if (!index.ok())
        return index.error().text();
    if (hasProject())
        saveState();
    if (m_store)
        Q_EMIT projectClosing();
    m_store = std::move(opened.value());
    m_index = index.value();
    m_selection.clear();

    m_state = loadExplorerState(projectName());
    // The saved outcome may not exist in this file (or nothing was saved).
    const auto &outcomes = m_index->base().outcomes;
    const bool known =
        std::any_of(outcomes.cbegin(), outcomes.cend(), [this](const auto &o) { return o.code == m_state.outcome; });
    if (!known && !outcomes.isEmpty()) {
        // Start on the outcome with the most data.
        int best = -1;
        for (const store::OutcomeDefinition &outcome : outcomes) {
            store::QueryRequest request;
            request.outcome = outcome.code;
            auto result = m_index->query(request);
            const int rows = result.ok() ? static_cast<int>(result->rows.size()) : 0;
            if (rows > best) {
                best = rows;
                m_state.outcome = outcome.code;
            }
        }
    }
    Q_EMIT projectOpened();
    recompute();
    return {};
}

QString ExplorerController::projectName() const
{
    if (!m_index)
        return {};
    const QString name = m_index->base().project.name;
    return name.isEmpty() ? QFileInfo(m_store->path()).completeBaseName() : name;
}

void ExplorerController::setOutcome(const QString &outcome)
{
    if (outcome == m_state.outcome)
        return;
    m_state.outcome = outcome;
    recompute();
}

void ExplorerController::setFilters(const QMap<QString, QStringList> &filters)
{
    if (filters == m_state.filters)
        return;
    m_state.filters = filters;
    recompute();
}

void ExplorerController::setModel(const ModelSettings &model)
{
    if (model == m_state.model)
        return;
    m_state.model = model;
    recompute();
}

void ExplorerController::setOrder(StudyOrder order)
{
    if (order == m_state.order)
        return;
    m_state.order = order;
    recompute();
}

void ExplorerController::setContourFunnel(bool on)
{
    if (on == m_state.contourFunnel)
        return;
    m_state.contourFunnel = on;
    recompute();
}

void ExplorerController::setSmallStudyTests(bool on)
{
    if (on == m_state.smallStudyTests)
        return;
    m_state.smallStudyTests = on;
    recompute();
}

void ExplorerController::setForestColumns(const QStringList &facets)
{
    if (facets == m_state.forestColumns)
        return;
    m_state.forestColumns = facets;
    recompute();
}

void ExplorerController::setStudyExcluded(const QString &key, bool excluded)
{
    if (excluded == m_state.excluded.contains(key))
        return;
    if (excluded)
        m_state.excluded.insert(key);
    else
        m_state.excluded.remove(key);
    recompute();
}

void ExplorerController::includeAllStudies()
{
    if (m_state.excluded.isEmpty())
        return;
    m_state.excluded.clear();
    recompute();
}

void ExplorerController::setDataSource(store::ExtractionRole role)
{
    if (role == m_state.dataSource)
        return;
    m_state.dataSource = role;
    recompute();
}

qint64 ExplorerController::comparisonOfKey(const QString &key)
{
    if (!key.startsWith(QLatin1Char('c')))
        return 0;
    bool ok = false;
    const qint64 id = key.mid(1).toLongLong(&ok);
    return ok ? id : 0;
}

void ExplorerController::reloadData()
{
    if (!m_store)
        return;
    auto index = m_store->index();
    if (!index.ok()) {
        // The file could not be read back: keep showing the last result, say why.
        m_index = nullptr;
        m_result = ExplorerResult();
        m_result.message = index.error().text();
        Q_EMIT analysisUpdated();
        return;
    }
    m_index = index.value();
    Q_EMIT dataReloaded();
    recompute();
}

void ExplorerController::setSelection(const QSet<QString> &keys)
{
    if (keys == m_selection)
        return;
    m_selection = keys;
    Q_EMIT selectionChanged();
}

void ExplorerController::saveState() const
{
    if (m_index)
        saveExplorerState(m_state, projectName());
}

void ExplorerController::recompute()
{
    if (!m_index)
        return;
    if (const store::OutcomeDefinition *outcome = m_index->outcome(m_state.outcome))
        m_state.model = adjustedForOutcome(m_state.model, outcome->kind);
    m_result = buildExplorerResult(*m_index, m_state);
    Q_EMIT analysisUpdated();
}

} // namespace ee::ui
