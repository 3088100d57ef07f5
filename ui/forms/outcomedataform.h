#pragma once

#include "core/store/arm.h"
#include "core/store/comparison.h"
#include "core/store/outcomedata.h"
#include "core/store/outcomedefinition.h"
#include "core/store/storevalidation.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QToolButton;

namespace ee::ui {

class FieldMessage;
class ProjectEditor;
class ProvenanceEditor;

/// The "Outcome data" tab of the study editor: the results of one study
/// (comparison × outcome × time point), per extraction role, with their
/// values and provenance.
///
/// Values are checked as they are typed; a field's value is written when the
/// field is finished (Enter, focus out), as one undoable edit, and only when
/// the whole result is then complete and valid: an invalid value stays in its
/// field with its message and is never written or changed. A new result that is
/// not complete yet stays in the form ("not saved yet: needs N (control)") until
/// it is. Every write records the extractor's name and the UTC time in the
/// result's provenance.
class OutcomeDataForm : public QWidget
{
    Q_OBJECT

public:
    explicit OutcomeDataForm(ProjectEditor *editor, QWidget *parent = nullptr);
    ~OutcomeDataForm() override;

    /// Shows the results of `study` (an invalid id shows nothing).
    void setStudy(store::StudyId study);
    store::StudyId study() const { return m_study; }

    /// Who the values are entered as: the consensus (Final) values the
    /// analysis uses, or one extractor's independent values. Remembered in
    /// QSettings for the next form.
    store::ExtractionRole role() const { return m_role; }
    void setRole(store::ExtractionRole role);

    /// Starts a new result for the selected comparison (or the first one).
    void addResult();
    /// Asks for confirmation, then removes the selected result (or discards
    /// it when it is not saved yet). Returns true when it was removed.
    bool removeSelectedResult();
    /// The number of results listed for the current role (saved and not yet).
    int resultCount() const;
    /// Selects the listed result at `row` for editing.
    void selectResult(int row);
    int selectedResult() const;
    /// True when the selected result is stored; false while it is not saved yet.
    bool selectedResultSaved() const;

    /// Converts a percentage ("45%", "45") of the arm's N to events for
    /// `field` ("events_t" or "events_c"), states the rounding, marks the
    /// result's provenance as derived from percent and writes it like a typed
    /// value. This is what the "From percent…" action does after asking.
    /// Returns false (with the reason next to the field) when it cannot.
    bool convertFromPercent(const QString &field, const QString &percentText);

    /// The message shown next to a field (CSV field code, "timepoint",
    /// "outcome", "comparison"), empty when there is none.
    QString fieldMessage(const QString &field) const;

Q_SIGNALS:
    /// The form wrote an edit to the project.
    void resultWritten();

private:
    struct Entry {
        quint64 key = 0; ///< form-local identity, stable across reloads
        store::OutcomeData stored; ///< as stored; stored.id invalid while not saved
        store::OutcomeData draft; ///< what the form holds: key fields, provenance, notes
        QHash<QString, QString> text; ///< value field code → text as typed
        QSet<QString> touched; ///< value fields the user has finished editing
        QHash<QString, int> derivedValue; ///< events converted from a percentage, not saved yet
        bool saved() const { return stored.id.isValid(); }
    };
    struct FieldWidgets {
        QString field;
        QLabel *label = nullptr;
        QLineEdit *edit = nullptr;
        FieldMessage *message = nullptr;
        QToolButton *percent = nullptr;
    };

    void buildUi();
    void reload();
    void refreshList();
    void fillEditor();
    void revalidate();
    void updateVisibility();
    void updateControlInfo();

    Entry *currentEntry();
    const Entry *currentEntry() const;
    Entry *entryByKey(quint64 key);
    QList<int> visibleEntryIndexes() const;
    store::OutcomeKind kindOf(const QString &outcome) const;
    QString outcomeLabel(const QString &outcome) const;
    QString comparisonLabel(store::ComparisonId comparison) const;
    QString armLabel(store::ArmId arm) const;
    QString sharedWith(const store::Comparison &comparison) const;

    /// Problems of the entry's texts: parse errors, then value rules, then
    /// required fields the user has left empty; keyed by field code.
    QHash<QString, QString> problemsOf(const Entry &entry) const;
    QString keyProblem(const Entry &entry) const;
    /// The entry's values parsed from its texts (fields of its kind only);
    /// fields that do not parse stay empty.
    store::OutcomeData parsedValues(const Entry &entry) const;
    QString statusText(const Entry &entry) const;
    QString valuesText(const Entry &entry, bool treatment) const;

    void handleTextChanged(const QString &field, const QString &text);
    void handleFieldFinished(const QString &field);
    void commitKeyField(Entry &entry, const QString &field, const QString &undoText,
                        const std::function<void(store::OutcomeData &, const store::OutcomeData &)> &take);
    void handleComparisonChosen();
    void handleOutcomeChosen();
    void handleTimepointFinished();
    void handleProvenanceEdited();
    void handleRoleChosen();
    void handlePercentRequested(const QString &field);
    void handleSelectionChanged();

    /// Writes a stored entry's new version (one undoable edit named `text`);
    /// shows an error next to `field`. Returns true when written.
    bool writeUpdate(Entry &entry, store::OutcomeData candidate, const QString &text, const QString &field);
    /// Adds a not-yet-saved entry when it is complete and valid.
    bool tryAdd(Entry &entry, const QString &field);
    static void stamp(store::Provenance &provenance);
    static QString percentMarkPrefix(const QString &field);
    static bool hasPercentMark(const QString &notes, const QString &field);
    static QString percentMark(const QString &notes, const QString &field);
    static QString withoutPercentMark(const QString &notes, const QString &field);

    ProjectEditor *m_editor = nullptr;
    store::StudyId m_study;
    store::ExtractionRole m_role = store::ExtractionRole::Final;
    QString m_studyCitation;
    QList<store::Comparison> m_comparisons; ///< of the study
    QList<store::Comparison> m_allComparisons; ///< of the project, for shared controls
    QList<store::Arm> m_arms; ///< of the study
    QList<store::OutcomeDefinition> m_outcomes;
    QStringList m_citations;
    QList<Entry> m_entries;
    quint64 m_currentKey = 0;
    quint64 m_filledKey = 0; ///< the entry the editor was last filled with
    QSet<QString> m_typedSinceFill; ///< value fields the user typed in since then
    quint64 m_nextKey = 1;
    bool m_filling = false;

    QComboBox *m_roleBox = nullptr;
    QLabel *m_readOnly = nullptr;
    QTableWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QWidget *m_editorPanel = nullptr;
    QComboBox *m_comparisonBox = nullptr;
    FieldMessage *m_comparisonMessage = nullptr;
    QLabel *m_controlInfo = nullptr;
    QComboBox *m_outcomeBox = nullptr;
    FieldMessage *m_outcomeMessage = nullptr;
    QLineEdit *m_timepoint = nullptr;
    FieldMessage *m_timepointMessage = nullptr;
    QLabel *m_treatmentHeader = nullptr;
    QLabel *m_controlHeader = nullptr;
    QList<FieldWidgets> m_fields;
    QLabel *m_status = nullptr;
    ProvenanceEditor *m_provenance = nullptr;
};

} // namespace ee::ui
