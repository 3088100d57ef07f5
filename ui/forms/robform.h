#pragma once

#include "core/store/ids.h"
#include "core/store/robassessment.h"

#include <QHash>
#include <QWidget>

#include <array>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace ee::ui {

class FieldMessage;
class ProjectEditor;

/// The "Risk of bias" tab of the study editor: the five RoB 2 domains, each
/// with its judgement and supporting text, for all outcomes of a study or for
/// one outcome, and the overall judgement as the RoB 2 algorithm proposes it
/// (proposeRob2Overall), which the reviewer may override with a reason.
///
/// Every finished change (a judgement picked, a support text left, an
/// override given) is written at once as one undoable edit through the
/// ProjectEditor, recording the extractor's name and the time. The overall
/// row follows the proposal as soon as all five domains are judged, unless
/// it is overridden; the override's reason is the overall row's support text.
class RobForm : public QWidget
{
    Q_OBJECT

public:
    explicit RobForm(ProjectEditor *editor, QWidget *parent = nullptr);

    /// Shows the assessment of `study` (all outcomes).
    void setStudy(store::StudyId study);
    store::StudyId study() const { return m_study; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct DomainRow {
        QComboBox *judgement = nullptr;
        QPlainTextEdit *support = nullptr;
    };

    void handleDataChanged();
    void handleScopeActivated();
    void handleJudgementActivated(int domainIndex);
    void handleOverrideToggled(bool checked);
    void commitSupport(int domainIndex);
    void commitOverride();

    /// Reads the stored rows of the current study and scope; refreshes the
    /// fields whose stored value changed (all of them when `force`).
    void reload(bool force);
    void fillScopes();
    void updateOverall();
    QString scopeOutcome() const;
    store::RobAssessment storedRow(store::RobDomain domain) const;
    store::RobAssessment makeRow(store::RobDomain domain, store::RobJudgement judgement, const QString &support) const;
    std::array<store::RobJudgement, 5> domainJudgements() const;
    QString write(const QString &text, const QList<store::RobAssessment> &rows);
    void setEditable(bool editable);

    ProjectEditor *m_editor = nullptr;
    store::StudyId m_study;
    QHash<int, store::RobAssessment> m_stored; ///< by RobDomain, for the current scope
    QLabel *m_studyLabel = nullptr;
    QComboBox *m_scope = nullptr;
    std::array<DomainRow, 5> m_rows {};
    QLabel *m_summary = nullptr;
    QLabel *m_considerHigh = nullptr;
    QCheckBox *m_override = nullptr;
    QComboBox *m_overrideJudgement = nullptr;
    QLineEdit *m_overrideReason = nullptr;
    FieldMessage *m_overrideMessage = nullptr;
    QLabel *m_readOnly = nullptr;
};

} // namespace ee::ui
