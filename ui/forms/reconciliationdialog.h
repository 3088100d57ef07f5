#pragma once

#include "core/store/reconciliation.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ee::ui {

class FieldMessage;
class ProjectEditor;

/// Dual extraction: lists every value the two extractors entered differently
/// (reconcile()) side by side, with both provenances for the selected row,
/// and lets the reviewer take extractor 1's or extractor 2's value or type a
/// consensus value. Each decision writes the consensus (role Final) record
/// and a decision note as one undoable edit; "Accept all agreed values"
/// writes every result both extractors entered identically as one edit. The
/// list follows the project (undo, redo, other forms) and says when nothing
/// is left to decide.
class ReconciliationDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReconciliationDialog(ProjectEditor *editor, QWidget *parent = nullptr);

    /// Shows the dialog modally for the project of `editor`.
    static void run(ProjectEditor *editor, QWidget *parent);

    /// The items listed now, in row order.
    const QList<store::ReconciliationItem> &items() const { return m_items; }

private:
    void handleDataChanged();
    void handleSelectionChanged();
    void reload();
    void showProvenance();
    void updateButtons();
    void decide(int chosen);
    void decideTyped();
    QString itemText(const store::ReconciliationItem &item, int side) const;

    ProjectEditor *m_editor = nullptr;
    store::ReconciliationResult m_result;
    QList<store::ReconciliationItem> m_items;
    QLabel *m_summary = nullptr;
    QCheckBox *m_showDecided = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_provenance1 = nullptr;
    QLabel *m_provenance2 = nullptr;
    QPushButton *m_use1 = nullptr;
    QPushButton *m_use2 = nullptr;
    QLineEdit *m_consensus = nullptr;
    QPushButton *m_useConsensus = nullptr;
    FieldMessage *m_message = nullptr;
    QPushButton *m_acceptAgreed = nullptr;
    QLabel *m_readOnly = nullptr;
};

} // namespace ee::ui
