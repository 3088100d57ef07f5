#pragma once

#include "core/store/provenance.h"

#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace ee::ui {

/// Edits where a number came from (store::Provenance): the source picked from
/// the project's citations or typed, the verbatim quote, the page/table
/// locator, what was counted and the confidence; shows who entered the value
/// and when (read-only: the forms record that automatically on every write).
///
/// The editor does not write anything: it emits provenanceEdited() when the
/// user has finished editing one field, and the owning form writes
/// provenance() in one undoable edit.
class ProvenanceEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ProvenanceEditor(QWidget *parent = nullptr);
    ~ProvenanceEditor() override;

    /// The choices of the citation picker (the user may still type any text).
    void setCitations(const QStringList &citations);
    QStringList citations() const { return m_citations; }

    /// Fills the fields from `provenance`, without emitting provenanceEdited().
    /// A field the user is editing right now keeps its text when its stored
    /// value did not change.
    void setProvenance(const store::Provenance &provenance);
    /// What the fields hold; id, enteredBy and enteredAt are those of the last
    /// setProvenance().
    store::Provenance provenance() const;

    /// Shows or hides the "derived from percent" note beside the confidence
    /// (the forms set it; a confidence of DerivedFromPercent shows it too).
    void setDerivationNote(const QString &note);

    /// The human label of a confidence value ("Printed in the source").
    static QString confidenceLabel(store::Confidence confidence);

Q_SIGNALS:
    /// The user finished editing one field (focus left a text field, Enter,
    /// or a new choice in a picker) and its value differs from the last
    /// setProvenance().
    void provenanceEdited();

private:
    void handleFieldFinished();
    void updateEnteredLine();
    void updateDerivationNote();

    QComboBox *m_citation = nullptr;
    QPlainTextEdit *m_quote = nullptr;
    QLineEdit *m_locator = nullptr;
    QLineEdit *m_counted = nullptr;
    QComboBox *m_confidence = nullptr;
    QLabel *m_derivationNote = nullptr;
    QLabel *m_entered = nullptr;
    QStringList m_citations;
    store::Provenance m_provenance;
    QString m_derivationText;
    QObject *m_quoteFilter = nullptr;
    bool m_filling = false;
};

} // namespace ee::ui
