#pragma once

#include "ui/explorer/explorerresult.h"
#include "ui/explorer/explorerstate.h"

#include <QObject>
#include <QSet>
#include <QString>

#include <memory>

namespace ee::store {
class EvidenceIndex;
class StudyStore;
} // namespace ee::store

namespace ee::ui {

/// Holds the open project, the user's ExplorerState and the linked selection,
/// and recomputes the ExplorerResult synchronously on every change: the
/// engine is fast enough that a filter tick redraws everything in one frame.
class ExplorerController : public QObject
{
    Q_OBJECT

public:
    explicit ExplorerController(QObject *parent = nullptr);
    ~ExplorerController() override;

    /// Opens a project file (read-only when `readOnly`) and restores the state
    /// last used with it. Returns an error message naming the file, or empty.
    QString openProject(const QString &path, bool readOnly);
    bool hasProject() const { return m_index != nullptr; }
    const store::EvidenceIndex *index() const { return m_index; }
    store::StudyStore *store() const { return m_store.get(); }
    /// The project's name ("dfu-cell-therapy"), used to key saved state.
    QString projectName() const;

    const ExplorerState &state() const { return m_state; }
    const ExplorerResult &result() const { return m_result; }

    void setOutcome(const QString &outcome);
    void setFilters(const QMap<QString, QStringList> &filters);
    void setModel(const ModelSettings &model);
    void setOrder(StudyOrder order);
    void setContourFunnel(bool on);
    void setSmallStudyTests(bool on);
    void setForestColumns(const QStringList &facets);
    /// Excludes a study from pooling (it stays listed and drawn, marked excluded), or includes it again.
    void setStudyExcluded(const QString &key, bool excluded);
    void includeAllStudies();
    /// Analyses the consensus values (Final) or one extractor's values.
    void setDataSource(store::ExtractionRole role);

    /// Recomputes the result from the same data and state (e.g. after the
    /// interface language changed: labels are rebuilt).
    void refresh() { recompute(); }

    /// The comparison behind a study key (PlotStudy::key, "c<id>"), or 0.
    static qint64 comparisonOfKey(const QString &key);

    /// Re-reads the project after its data changed (an edit, undo or redo):
    /// the filters, model and selection stay; everything is recomputed.
    void reloadData();

    const QSet<QString> &selection() const { return m_selection; }
    void setSelection(const QSet<QString> &keys);

    /// Saves the state for the open project in QSettings.
    void saveState() const;

Q_SIGNALS:
    /// The open project is about to be closed (another one is being opened):
    /// whoever holds its store must let go of it now.
    void projectClosing();
    /// A project was opened; the outcome list and facets may all differ.
    void projectOpened();
    /// The result was recomputed (state or data changed).
    void analysisUpdated();
    /// The project's data changed under the same state (outcomes, facet
    /// levels and counts may differ); analysisUpdated follows.
    void dataReloaded();
    /// The linked selection changed.
    void selectionChanged();

private:
    void recompute();

    std::unique_ptr<store::StudyStore> m_store;
    const store::EvidenceIndex *m_index = nullptr;
    ExplorerState m_state;
    ExplorerResult m_result;
    QSet<QString> m_selection;
};

} // namespace ee::ui
