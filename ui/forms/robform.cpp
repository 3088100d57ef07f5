#include "ui/forms/robform.h"

#include "core/store/evidenceindex.h"
#include "core/store/rob2algorithm.h"
#include "core/store/studystore.h"
#include "ui/forms/fieldmessage.h"
#include "ui/forms/projecteditor.h"
#include "ui/preferences/preferences.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFontMetrics>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace ee::ui {

using store::RobDomain;
using store::RobJudgement;

namespace {

QString judgementName(RobJudgement judgement)
{
    switch (judgement) {
    case RobJudgement::NotAssessed:
        return RobForm::tr("Not assessed");
    case RobJudgement::Low:
        return RobForm::tr("Low");
    case RobJudgement::SomeConcerns:
        return RobForm::tr("Some concerns");
    case RobJudgement::High:
        return RobForm::tr("High");
    }
    return {};
}

QString domainName(RobDomain domain)
{
    switch (domain) {
    case RobDomain::Randomisation:
        return RobForm::tr("D1 Randomisation process");
    case RobDomain::Deviations:
        return RobForm::tr("D2 Deviations from intended interventions");
    case RobDomain::MissingData:
        return RobForm::tr("D3 Missing outcome data");
    case RobDomain::Measurement:
        return RobForm::tr("D4 Measurement of the outcome");
    case RobDomain::Selection:
        return RobForm::tr("D5 Selection of the reported result");
    case RobDomain::Overall:
        return RobForm::tr("Overall");
    }
    return {};
}

QString domainHelp(RobDomain domain)
{
    switch (domain) {
    case RobDomain::Randomisation:
        return RobForm::tr("Was the allocation sequence random and concealed? Do baseline differences suggest a "
                           "problem with randomisation?");
    case RobDomain::Deviations:
        return RobForm::tr("Were participants, carers or people delivering the interventions aware of the "
                           "assignment, and did deviations arise because of the trial context? Was the analysis "
                           "appropriate to estimate the effect of assignment?");
    case RobDomain::MissingData:
        return RobForm::tr("Were outcome data available for nearly all participants, and if not, could missingness "
                           "depend on the true value of the outcome?");
    case RobDomain::Measurement:
        return RobForm::tr("Was the method of measuring the outcome appropriate and the same across groups? Were "
                           "assessors aware of the intervention received?");
    case RobDomain::Selection:
        return RobForm::tr("Was the result analysed as prespecified, or selected from several measurements or "
                           "analyses?");
    case RobDomain::Overall:
        break;
    }
    return {};
}

void fillJudgements(QComboBox *combo, bool withNotAssessed)
{
    const RobJudgement all[] = { RobJudgement::NotAssessed, RobJudgement::Low, RobJudgement::SomeConcerns,
        RobJudgement::High };
    for (const RobJudgement judgement : all) {
        if (judgement == RobJudgement::NotAssessed && !withNotAssessed)
            continue;
        combo->addItem(judgementName(judgement), static_cast<int>(judgement));
    }
}

void selectJudgement(QComboBox *combo, RobJudgement judgement)
{
    const QSignalBlocker blocker(combo);
    const int index = combo->findData(static_cast<int>(judgement));
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

RobJudgement comboJudgement(const QComboBox *combo)
{
    return store::fromInt<RobJudgement>(combo->currentData().toInt()).value_or(RobJudgement::NotAssessed);
}

} // namespace

RobForm::RobForm(ProjectEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
{
    auto *layout = new QVBoxLayout(this);

    auto *scopeRow = new QHBoxLayout;
    m_studyLabel = new QLabel(this);
    m_studyLabel->setObjectName(QStringLiteral("robStudy"));
    auto *scopeLabel = new QLabel(tr("Judgements apply to:"), this);
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("robScope"));
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_scope->setToolTip(tr("RoB 2 assesses a result: judge all outcomes of the study together, or one outcome "
                           "on its own."));
    scopeLabel->setBuddy(m_scope);
    scopeRow->addWidget(m_studyLabel);
    scopeRow->addStretch(1);
    scopeRow->addWidget(scopeLabel);
    scopeRow->addWidget(m_scope);
    layout->addLayout(scopeRow);

    m_readOnly = new QLabel(this);
    m_readOnly->setObjectName(QStringLiteral("robReadOnly"));
    m_readOnly->setWordWrap(true);
    m_readOnly->setVisible(false);
    layout->addWidget(m_readOnly);

    auto *domains = new QGroupBox(tr("Domains"), this);
    auto *grid = new QGridLayout(domains);
    grid->addWidget(new QLabel(tr("Domain"), domains), 0, 0);
    grid->addWidget(new QLabel(tr("Judgement"), domains), 0, 1);
    grid->addWidget(new QLabel(tr("Support for the judgement"), domains), 0, 2);
    const int lineHeight = QFontMetrics(font()).lineSpacing();
    for (std::size_t i = 0; i < store::kRob2Domains.size(); ++i) {
        const RobDomain domain = store::kRob2Domains[i];
        const QString code = store::toCode(domain);
        auto *label = new QLabel(domainName(domain), domains);
        label->setWordWrap(true);
        label->setToolTip(domainHelp(domain));
        DomainRow &row = m_rows[i];
        row.judgement = new QComboBox(domains);
        row.judgement->setObjectName(QStringLiteral("judgement_") + code);
        row.judgement->setAccessibleName(domainName(domain));
        fillJudgements(row.judgement, true);
        label->setBuddy(row.judgement);
        row.support = new QPlainTextEdit(domains);
        row.support->setObjectName(QStringLiteral("support_") + code);
        row.support->setAccessibleName(tr("Support for %1").arg(domainName(domain)));
        row.support->setPlaceholderText(domainHelp(domain));
        row.support->setTabChangesFocus(true);
        row.support->setFixedHeight(lineHeight * 3 + 12);
        row.support->installEventFilter(this);
        const int gridRow = static_cast<int>(i) + 1;
        grid->addWidget(label, gridRow, 0, Qt::AlignTop);
        grid->addWidget(row.judgement, gridRow, 1, Qt::AlignTop);
        grid->addWidget(row.support, gridRow, 2);
        const int index = static_cast<int>(i);
        connect(row.judgement, &QComboBox::activated, this, [this, index] { handleJudgementActivated(index); });
    }
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(2, 5);
    layout->addWidget(domains);

    auto *overall = new QGroupBox(tr("Overall risk of bias"), this);
    auto *overallLayout = new QVBoxLayout(overall);
    m_summary = new QLabel(overall);
    m_summary->setObjectName(QStringLiteral("robOverallSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    overallLayout->addWidget(m_summary);
    m_considerHigh = new QLabel(overall);
    m_considerHigh->setObjectName(QStringLiteral("robConsiderHigh"));
    m_considerHigh->setWordWrap(true);
    m_considerHigh->setVisible(false);
    overallLayout->addWidget(m_considerHigh);
    auto *overrideRow = new QHBoxLayout;
    m_override = new QCheckBox(tr("Override:"), overall);
    m_override->setObjectName(QStringLiteral("robOverride"));
    m_override->setToolTip(tr("Record a different overall judgement than the algorithm proposes, with the reason."));
    m_overrideJudgement = new QComboBox(overall);
    m_overrideJudgement->setObjectName(QStringLiteral("robOverrideJudgement"));
    m_overrideJudgement->setAccessibleName(tr("Overridden overall judgement"));
    fillJudgements(m_overrideJudgement, false);
    m_overrideReason = new QLineEdit(overall);
    m_overrideReason->setObjectName(QStringLiteral("robOverrideReason"));
    m_overrideReason->setAccessibleName(tr("Reason for the override"));
    m_overrideReason->setPlaceholderText(tr("Reason for the override (required)"));
    overrideRow->addWidget(m_override);
    overrideRow->addWidget(m_overrideJudgement);
    overrideRow->addWidget(m_overrideReason, 1);
    overallLayout->addLayout(overrideRow);
    m_overrideMessage = new FieldMessage(overall);
    m_overrideMessage->setObjectName(QStringLiteral("robOverrideMessage"));
    m_overrideMessage->setField(m_overrideReason);
    overallLayout->addWidget(m_overrideMessage);
    layout->addWidget(overall);
    layout->addStretch(1);

    connect(m_scope, &QComboBox::activated, this, &RobForm::handleScopeActivated);
    connect(m_override, &QCheckBox::toggled, this, &RobForm::handleOverrideToggled);
    connect(m_overrideJudgement, &QComboBox::activated, this, &RobForm::commitOverride);
    connect(m_overrideReason, &QLineEdit::editingFinished, this, &RobForm::commitOverride);
    if (m_editor)
        connect(m_editor, &ProjectEditor::dataChanged, this, &RobForm::handleDataChanged);

    setStudy(store::StudyId());
}

void RobForm::setStudy(store::StudyId study)
{
    m_study = study;
    fillScopes();
    reload(true);
}

bool RobForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut) {
        for (std::size_t i = 0; i < m_rows.size(); ++i) {
            if (watched == m_rows[i].support)
                commitSupport(static_cast<int>(i));
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RobForm::handleDataChanged()
{
    // The study may have been removed, or outcomes added: keep the scope if
    // it still exists.
    fillScopes();
    reload(false);
}

void RobForm::handleScopeActivated()
{
    reload(true);
}

void RobForm::fillScopes()
{
    const QString current = scopeOutcome();
    const QSignalBlocker blocker(m_scope);
    m_scope->clear();
    m_scope->addItem(tr("All outcomes of the study"), QString());
    const store::StudyStore *storePtr = m_editor ? m_editor->store() : nullptr;
    if (storePtr) {
        auto index = storePtr->index();
        if (index) {
            const store::EvidenceBase &base = index.value()->base();
            for (const store::OutcomeDefinition &outcome : base.outcomes) {
                const QString label = outcome.label.isEmpty() ? outcome.code : outcome.label;
                m_scope->addItem(tr("Outcome: %1").arg(label), outcome.code);
            }
        }
    }
    const int index = m_scope->findData(current);
    m_scope->setCurrentIndex(index < 0 ? 0 : index);
}

QString RobForm::scopeOutcome() const
{
    return m_scope->currentIndex() < 0 ? QString() : m_scope->currentData().toString();
}

void RobForm::reload(bool force)
{
    QHash<int, store::RobAssessment> stored;
    const store::StudyStore *storePtr = m_editor ? m_editor->store() : nullptr;
    bool studyExists = false;
    if (storePtr && m_study.isValid()) {
        auto index = storePtr->index();
        if (index) {
            const store::EvidenceIndex *evidence = index.value();
            if (const store::Study *study = evidence->study(m_study)) {
                studyExists = true;
                m_studyLabel->setText(tr("Study: %1").arg(study->label));
            }
            const QString outcome = scopeOutcome();
            for (const store::RobAssessment &row : evidence->base().riskOfBias) {
                if (row.study == m_study && row.outcome == outcome)
                    stored.insert(static_cast<int>(row.domain), row);
            }
        }
    }
    if (!studyExists)
        m_studyLabel->setText(tr("No study selected"));

    const QHash<int, store::RobAssessment> previous = m_stored;
    m_stored = stored;
    const auto changed = [&](RobDomain domain) {
        const int key = static_cast<int>(domain);
        return force || previous.value(key) != stored.value(key);
    };
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const RobDomain domain = store::kRob2Domains[i];
        const int key = static_cast<int>(domain);
        if (!changed(domain))
            continue;
        const store::RobAssessment row = stored.value(key);
        selectJudgement(m_rows[i].judgement, row.judgement);
        // Never overwrite support text the user is typing with a value that
        // did not change in the store.
        if (force || previous.value(key).support != row.support) {
            const QSignalBlocker blocker(m_rows[i].support);
            m_rows[i].support->setPlainText(row.support);
        }
    }
    if (changed(RobDomain::Overall)) {
        const store::RobAssessment overall = stored.value(static_cast<int>(RobDomain::Overall));
        const bool overridden = !overall.support.isEmpty();
        {
            const QSignalBlocker blocker(m_override);
            m_override->setChecked(overridden);
        }
        if (overridden) {
            selectJudgement(m_overrideJudgement, overall.judgement);
            m_overrideReason->setText(overall.support);
        } else if (force) {
            m_overrideReason->clear();
        }
        m_overrideMessage->clearMessage();
    }
    setEditable(studyExists && m_editor && m_editor->canEdit());
    updateOverall();
}

void RobForm::setEditable(bool editable)
{
    for (DomainRow &row : m_rows) {
        row.judgement->setEnabled(editable);
        row.support->setReadOnly(!editable);
    }
    m_scope->setEnabled(m_study.isValid());
    m_override->setEnabled(editable);
    m_overrideJudgement->setEnabled(editable && m_override->isChecked());
    m_overrideReason->setEnabled(editable && m_override->isChecked());
    const QString why = m_editor && m_study.isValid() && !m_editor->canEdit() ? m_editor->whyReadOnly() : QString();
    m_readOnly->setText(why);
    m_readOnly->setVisible(!why.isEmpty());
}

std::array<RobJudgement, 5> RobForm::domainJudgements() const
{
    std::array<RobJudgement, 5> judgements {};
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        judgements[i] = storedRow(store::kRob2Domains[i]).judgement;
    return judgements;
}

void RobForm::updateOverall()
{
    const store::Rob2Proposal proposal = store::proposeRob2Overall(domainJudgements());
    const store::RobAssessment overall = storedRow(RobDomain::Overall);
    const bool overridden = !overall.support.isEmpty();
    QString text;
    if (overridden) {
        text = tr("Proposed: %1, overridden: %2 because %3")
                   .arg(judgementName(proposal.judgement), judgementName(overall.judgement), overall.support);
    } else if (proposal.judgement != RobJudgement::NotAssessed) {
        text = tr("Overall: %1 (proposed by the RoB 2 algorithm)").arg(judgementName(proposal.judgement));
    } else if (overall.judgement != RobJudgement::NotAssessed) {
        text = tr("Recorded overall judgement: %1. The algorithm proposes one once all five domains are judged.")
                   .arg(judgementName(overall.judgement));
    } else {
        text = tr("Not assessed: judge all five domains and the RoB 2 algorithm proposes the overall judgement "
                  "(%n domain(s) still to judge).",
            nullptr, proposal.notAssessedCount);
    }
    m_summary->setText(text);
    if (proposal.considerHigh) {
        m_considerHigh->setText(tr("%n domain(s) have some concerns. The RoB 2 guidance lets you judge the result at "
                                   "high risk of bias when several concerns together substantially lower confidence "
                                   "in it: use Override to do so.",
            nullptr, proposal.someConcernsCount));
    }
    m_considerHigh->setVisible(proposal.considerHigh);
}

store::RobAssessment RobForm::storedRow(RobDomain domain) const
{
    store::RobAssessment row = m_stored.value(static_cast<int>(domain));
    row.study = m_study;
    row.outcome = scopeOutcome();
    row.domain = domain;
    return row;
}

store::RobAssessment RobForm::makeRow(RobDomain domain, RobJudgement judgement, const QString &support) const
{
    store::RobAssessment row;
    row.study = m_study;
    row.outcome = scopeOutcome();
    row.domain = domain;
    row.judgement = judgement;
    row.support = support;
    row.assessedBy = Preferences::extractorName();
    row.assessedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    return row;
}

QString RobForm::write(const QString &text, const QList<store::RobAssessment> &rows)
{
    if (!m_editor)
        return tr("No project is open.");
    return m_editor->apply(text, [&rows](store::StudyStore &store) -> store::Status {
        for (const store::RobAssessment &row : rows) {
            if (store::Status status = store.putRiskOfBias(row); !status)
                return status;
        }
        return {};
    });
}

void RobForm::handleJudgementActivated(int domainIndex)
{
    const RobDomain domain = store::kRob2Domains[static_cast<std::size_t>(domainIndex)];
    const RobJudgement judgement = comboJudgement(m_rows[static_cast<std::size_t>(domainIndex)].judgement);
    const store::RobAssessment stored = storedRow(domain);
    if (judgement == stored.judgement)
        return;
    QList<store::RobAssessment> rows { makeRow(domain, judgement, stored.support) };
    // The overall row follows the proposal unless the reviewer overrode it;
    // an incomplete assessment leaves a recorded overall judgement alone.
    std::array<RobJudgement, 5> judgements = domainJudgements();
    judgements[static_cast<std::size_t>(domainIndex)] = judgement;
    const store::Rob2Proposal proposal = store::proposeRob2Overall(judgements);
    const store::RobAssessment overall = storedRow(RobDomain::Overall);
    if (overall.support.isEmpty() && proposal.judgement != RobJudgement::NotAssessed
        && overall.judgement != proposal.judgement)
        rows.append(makeRow(RobDomain::Overall, proposal.judgement, QString()));
    const QString error = write(tr("Set RoB 2 judgement (%1)").arg(domainName(domain)), rows);
    if (!error.isEmpty())
        selectJudgement(m_rows[static_cast<std::size_t>(domainIndex)].judgement, stored.judgement);
}

void RobForm::commitSupport(int domainIndex)
{
    if (!m_study.isValid() || !m_editor || !m_editor->canEdit())
        return;
    const RobDomain domain = store::kRob2Domains[static_cast<std::size_t>(domainIndex)];
    const QString text = m_rows[static_cast<std::size_t>(domainIndex)].support->toPlainText().trimmed();
    const store::RobAssessment stored = storedRow(domain);
    if (text == stored.support)
        return;
    write(tr("Edit RoB 2 support (%1)").arg(domainName(domain)), { makeRow(domain, stored.judgement, text) });
}

void RobForm::handleOverrideToggled(bool checked)
{
    const bool editable = m_study.isValid() && m_editor && m_editor->canEdit();
    m_overrideJudgement->setEnabled(editable && checked);
    m_overrideReason->setEnabled(editable && checked);
    if (checked) {
        const store::Rob2Proposal proposal = store::proposeRob2Overall(domainJudgements());
        if (m_overrideReason->text().trimmed().isEmpty()) {
            // Start from the judgement the guidance suggests considering.
            if (proposal.considerHigh)
                selectJudgement(m_overrideJudgement, RobJudgement::High);
            m_overrideMessage->showNote(tr("Choose the overall judgement and give the reason for the override."));
            m_overrideReason->setFocus();
        }
        return;
    }
    m_overrideMessage->clearMessage();
    const store::RobAssessment overall = storedRow(RobDomain::Overall);
    if (overall.support.isEmpty())
        return;
    const store::Rob2Proposal proposal = store::proposeRob2Overall(domainJudgements());
    const QString error =
        write(tr("Remove RoB 2 override"), { makeRow(RobDomain::Overall, proposal.judgement, QString()) });
    if (!error.isEmpty()) {
        const QSignalBlocker blocker(m_override);
        m_override->setChecked(true);
        m_overrideMessage->showProblem(error);
    }
}

void RobForm::commitOverride()
{
    if (!m_override->isChecked() || !m_study.isValid() || !m_editor || !m_editor->canEdit())
        return;
    const RobJudgement judgement = comboJudgement(m_overrideJudgement);
    const QString reason = m_overrideReason->text().trimmed();
    const store::Rob2Proposal proposal = store::proposeRob2Overall(domainJudgements());
    if (reason.isEmpty()) {
        m_overrideMessage->showProblem(
            tr("Give the reason for overriding the proposed judgement: an override without a reason is not "
               "saved."));
        return;
    }
    if (judgement == proposal.judgement) {
        m_overrideMessage->showProblem(
            tr("The override must differ from the proposed judgement (%1).").arg(judgementName(proposal.judgement)));
        return;
    }
    const store::RobAssessment overall = storedRow(RobDomain::Overall);
    if (overall.judgement == judgement && overall.support == reason) {
        m_overrideMessage->clearMessage();
        return;
    }
    const QString error =
        write(tr("Override RoB 2 overall judgement"), { makeRow(RobDomain::Overall, judgement, reason) });
    if (error.isEmpty())
        m_overrideMessage->clearMessage();
    else
        m_overrideMessage->showProblem(error);
}

} // namespace ee::ui
