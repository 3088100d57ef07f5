// The RoB 2 form: domain judgements and support reach the store one edit at a
// time, the overall row follows the RoB 2 proposal, an override needs a
// reason, and the explorer's "rob" facet sees the result.
#include "core/store/evidencequery.h"
#include "core/store/rob2algorithm.h"
#include "tests/ui/forms/formfixture.h"
#include "ui/forms/fieldmessage.h"
#include "ui/forms/robform.h"
#include "ui/preferences/preferences.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFocusEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTest>
#include <QUndoStack>

using namespace ee;
using store::RobDomain;
using store::RobJudgement;

namespace {

class RobFormTest : public formtest::FormFixture
{
protected:
    void SetUp() override
    {
        formtest::FormFixture::SetUp();
        ASSERT_TRUE(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings().clear();
        ui::Preferences::setExtractorName(QStringLiteral("Tester"));
        // A study with consensus healing data, so the explorer query has rows.
        const store::EvidenceBase base = snapshot();
        for (const store::OutcomeData &d : base.outcomeData) {
            if (d.outcome == QStringLiteral("healing") && d.role == store::ExtractionRole::Final) {
                for (const store::Comparison &c : base.comparisons) {
                    if (c.id == d.comparison)
                        m_study = c.study;
                }
                break;
            }
        }
        ASSERT_TRUE(m_study.isValid());
        m_form = std::make_unique<ui::RobForm>(m_editor.get());
        m_form->resize(900, 600);
        m_form->setStudy(m_study);
    }

    void TearDown() override
    {
        m_form.reset();
        formtest::FormFixture::TearDown();
    }

    template<typename T> T *child(const QString &name) const
    {
        T *widget = m_form->findChild<T *>(name);
        EXPECT_NE(widget, nullptr) << name.toStdString();
        return widget;
    }

    QComboBox *judgementCombo(RobDomain domain) const
    {
        return child<QComboBox>(QStringLiteral("judgement_") + store::toCode(domain));
    }

    /// Picks a judgement as a user does (the combo's activated signal).
    static void choose(QComboBox *combo, RobJudgement judgement)
    {
        const int index = combo->findData(static_cast<int>(judgement));
        ASSERT_GE(index, 0);
        combo->setCurrentIndex(index);
        Q_EMIT combo->activated(index);
    }

    void judgeAll(const std::array<RobJudgement, 5> &judgements)
    {
        for (std::size_t i = 0; i < 5; ++i)
            choose(judgementCombo(store::kRob2Domains[i]), judgements[i]);
    }

    /// The stored rows of the study for `outcome`, by domain.
    QHash<int, store::RobAssessment> stored(const QString &outcome = {}) const
    {
        QHash<int, store::RobAssessment> rows;
        for (const store::RobAssessment &row : snapshot().riskOfBias) {
            if (row.study == m_study && row.outcome == outcome)
                rows.insert(static_cast<int>(row.domain), row);
        }
        return rows;
    }

    QTemporaryDir m_settingsDir;
    store::StudyId m_study;
    std::unique_ptr<ui::RobForm> m_form;
};

constexpr auto L = RobJudgement::Low;
constexpr auto S = RobJudgement::SomeConcerns;
constexpr auto H = RobJudgement::High;

} // namespace

TEST_F(RobFormTest, DomainsWriteOneEditEachAndTheOverallFollowsTheProposal)
{
    judgeAll({ L, L, L, L, L });
    const auto rows = stored();
    ASSERT_EQ(rows.size(), 6);
    for (const RobDomain domain : store::kRob2Domains) {
        EXPECT_EQ(rows.value(static_cast<int>(domain)).judgement, L);
        EXPECT_EQ(rows.value(static_cast<int>(domain)).assessedBy, QStringLiteral("Tester"));
        const QDateTime at = QDateTime::fromString(rows.value(static_cast<int>(domain)).assessedAt, Qt::ISODate);
        EXPECT_TRUE(at.isValid());
        EXPECT_EQ(at.timeSpec(), Qt::UTC);
    }
    const store::RobAssessment overall = rows.value(static_cast<int>(RobDomain::Overall));
    EXPECT_EQ(overall.judgement, L);
    EXPECT_TRUE(overall.support.isEmpty());
    EXPECT_EQ(m_editor->undoStack()->count(), 5);
    EXPECT_TRUE(child<QLabel>(QStringLiteral("robOverallSummary"))->text().contains(QStringLiteral("Low")));

    // One domain high: the overall follows, in the same edit.
    const store::EvidenceBase before = snapshot();
    choose(judgementCombo(RobDomain::Measurement), H);
    EXPECT_EQ(stored().value(static_cast<int>(RobDomain::Overall)).judgement, H);
    EXPECT_EQ(m_editor->undoStack()->count(), 6);
    const store::EvidenceBase after = snapshot();
    m_editor->undoStack()->undo();
    EXPECT_EQ(snapshot(), before);
    EXPECT_EQ(judgementCombo(RobDomain::Measurement)->currentData().toInt(), static_cast<int>(L));
    m_editor->undoStack()->redo();
    EXPECT_EQ(snapshot(), after);
    EXPECT_EQ(judgementCombo(RobDomain::Measurement)->currentData().toInt(), static_cast<int>(H));
}

TEST_F(RobFormTest, IncompleteAssessmentProposesNothingAndKeepsARecordedOverall)
{
    store::RobAssessment recorded;
    recorded.study = m_study;
    recorded.domain = RobDomain::Overall;
    recorded.judgement = H;
    ASSERT_TRUE(m_store->putRiskOfBias(recorded).ok());
    m_form->setStudy(m_study);
    choose(judgementCombo(RobDomain::Randomisation), L);
    EXPECT_EQ(stored().value(static_cast<int>(RobDomain::Overall)).judgement, H);
    EXPECT_TRUE(
        child<QLabel>(QStringLiteral("robOverallSummary"))->text().contains(QStringLiteral("Recorded overall")));
}

TEST_F(RobFormTest, ThreeDomainsWithSomeConcernsSuggestConsideringHigh)
{
    judgeAll({ S, L, S, L, L });
    EXPECT_EQ(stored().value(static_cast<int>(RobDomain::Overall)).judgement, S);
    EXPECT_TRUE(child<QLabel>(QStringLiteral("robConsiderHigh"))->isHidden());
    choose(judgementCombo(RobDomain::Selection), S);
    EXPECT_EQ(stored().value(static_cast<int>(RobDomain::Overall)).judgement, S); // a suggestion only
    EXPECT_FALSE(child<QLabel>(QStringLiteral("robConsiderHigh"))->isHidden());
    EXPECT_TRUE(child<QLabel>(QStringLiteral("robConsiderHigh"))->text().contains(QStringLiteral("3")));
}

TEST_F(RobFormTest, OverrideNeedsAReason)
{
    judgeAll({ L, L, L, L, L });
    auto *overrideBox = child<QCheckBox>(QStringLiteral("robOverride"));
    auto *judgement = child<QComboBox>(QStringLiteral("robOverrideJudgement"));
    auto *reason = child<QLineEdit>(QStringLiteral("robOverrideReason"));
    auto *message = child<ui::FieldMessage>(QStringLiteral("robOverrideMessage"));
    const store::EvidenceBase before = snapshot();
    const int edits = m_editor->undoStack()->count();

    QTest::mouseClick(overrideBox, Qt::LeftButton);
    ASSERT_TRUE(overrideBox->isChecked());
    choose(judgement, H);
    QTest::keyClick(reason, Qt::Key_Return);
    EXPECT_TRUE(message->hasProblem());
    EXPECT_TRUE(message->text().contains(QStringLiteral("reason")));
    EXPECT_EQ(snapshot(), before);

    // Overriding with the proposed judgement is no override.
    choose(judgement, L);
    QTest::keyClicks(reason, QStringLiteral("unblinded assessors"));
    QTest::keyClick(reason, Qt::Key_Return);
    EXPECT_TRUE(message->hasProblem());
    EXPECT_EQ(snapshot(), before);

    choose(judgement, H);
    EXPECT_FALSE(message->hasProblem());
    const store::RobAssessment overall = stored().value(static_cast<int>(RobDomain::Overall));
    EXPECT_EQ(overall.judgement, H);
    EXPECT_EQ(overall.support, QStringLiteral("unblinded assessors"));
    EXPECT_EQ(m_editor->undoStack()->count(), edits + 1);
    EXPECT_EQ(child<QLabel>(QStringLiteral("robOverallSummary"))->text(),
        QStringLiteral("Proposed: Low, overridden: High because unblinded assessors"));

    // A domain change keeps the override and updates the proposal shown.
    choose(judgementCombo(RobDomain::Deviations), S);
    EXPECT_EQ(stored().value(static_cast<int>(RobDomain::Overall)).judgement, H);
    EXPECT_EQ(child<QLabel>(QStringLiteral("robOverallSummary"))->text(),
        QStringLiteral("Proposed: Some concerns, overridden: High because unblinded assessors"));

    // Removing the override returns to the proposal; undo brings it back.
    const store::EvidenceBase overridden = snapshot();
    QTest::mouseClick(overrideBox, Qt::LeftButton);
    EXPECT_EQ(stored().value(static_cast<int>(RobDomain::Overall)).judgement, S);
    EXPECT_TRUE(stored().value(static_cast<int>(RobDomain::Overall)).support.isEmpty());
    m_editor->undoStack()->undo();
    EXPECT_EQ(snapshot(), overridden);
    EXPECT_TRUE(overrideBox->isChecked());
}

TEST_F(RobFormTest, SupportTextIsWrittenWhenTheFieldIsLeft)
{
    auto *support = child<QPlainTextEdit>(QStringLiteral("support_randomisation"));
    QTest::keyClicks(support, QStringLiteral("Sealed envelopes, not described further."));
    EXPECT_TRUE(stored().isEmpty()); // nothing until the field is left
    QFocusEvent out(QEvent::FocusOut, Qt::TabFocusReason);
    QApplication::sendEvent(support, &out);
    EXPECT_EQ(stored().value(static_cast<int>(RobDomain::Randomisation)).support,
        QStringLiteral("Sealed envelopes, not described further."));
    EXPECT_EQ(m_editor->undoStack()->count(), 1);
    // Leaving it again unchanged writes nothing.
    QApplication::sendEvent(support, &out);
    EXPECT_EQ(m_editor->undoStack()->count(), 1);
    m_editor->undoStack()->undo();
    EXPECT_TRUE(stored().isEmpty());
    EXPECT_TRUE(support->toPlainText().isEmpty());
}

TEST_F(RobFormTest, OneOutcomeScopeIsStoredWithItsOutcome)
{
    auto *scope = child<QComboBox>(QStringLiteral("robScope"));
    const int index = scope->findData(QStringLiteral("healing"));
    ASSERT_GT(index, 0);
    scope->setCurrentIndex(index);
    Q_EMIT scope->activated(index);
    judgeAll({ L, L, L, L, H });
    EXPECT_TRUE(stored().isEmpty());
    EXPECT_EQ(stored(QStringLiteral("healing")).value(static_cast<int>(RobDomain::Overall)).judgement, H);
    // Back to all outcomes: nothing judged there.
    scope->setCurrentIndex(0);
    Q_EMIT scope->activated(0);
    EXPECT_EQ(judgementCombo(RobDomain::Selection)->currentData().toInt(), static_cast<int>(RobJudgement::NotAssessed));
}

TEST_F(RobFormTest, TheExplorerFacetSeesTheOverallJudgement)
{
    store::QueryRequest request;
    request.outcome = QStringLiteral("healing");
    request.filters.insert(QStringLiteral("rob"), { QStringLiteral("low") });
    auto query = m_store->query(request);
    ASSERT_TRUE(query.ok()) << query.error().text().toStdString();
    for (const store::QueryRow &row : query.value().rows)
        EXPECT_NE(row.study, m_study);

    judgeAll({ L, L, L, L, L });
    query = m_store->query(request);
    ASSERT_TRUE(query.ok());
    bool found = false;
    for (const store::QueryRow &row : query.value().rows)
        found = found || row.study == m_study;
    EXPECT_TRUE(found);
}

TEST_F(RobFormTest, RendersReadably)
{
    judgeAll({ S, L, S, S, L });
    // The fullest state: an override refused for want of a reason.
    QTest::mouseClick(child<QCheckBox>(QStringLiteral("robOverride")), Qt::LeftButton);
    QTest::keyClick(child<QLineEdit>(QStringLiteral("robOverrideReason")), Qt::Key_Return);
    EXPECT_TRUE(child<ui::FieldMessage>(QStringLiteral("robOverrideMessage"))->hasProblem());
    m_form->show();
    const QImage image = m_form->grab().toImage();
    EXPECT_EQ(image.size(), QSize(900, 600));
    const QString out = qEnvironmentVariable("EE_SCREENSHOT_DIR");
    if (!out.isEmpty())
        image.save(out + QStringLiteral("/robform.png"));
}

TEST_F(RobFormTest, ReadOnlyProjectShowsWhyAndWritesNothing)
{
    auto bundled = store::StudyStore::open(formtest::kBundledBase, store::StudyStore::OpenMode::ReadOnly);
    ASSERT_TRUE(bundled.ok());
    ui::ProjectEditor readOnlyEditor;
    readOnlyEditor.setStore(bundled.value().get());
    ui::RobForm form(&readOnlyEditor);
    form.setStudy(m_study);
    auto *combo = form.findChild<QComboBox *>(QStringLiteral("judgement_randomisation"));
    ASSERT_NE(combo, nullptr);
    EXPECT_FALSE(combo->isEnabled());
    EXPECT_FALSE(form.findChild<QCheckBox *>(QStringLiteral("robOverride"))->isEnabled());
    auto *why = form.findChild<QLabel *>(QStringLiteral("robReadOnly"));
    ASSERT_NE(why, nullptr);
    EXPECT_FALSE(why->isHidden());
    EXPECT_EQ(why->text(), readOnlyEditor.whyReadOnly());
}
