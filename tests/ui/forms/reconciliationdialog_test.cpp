// The reconciliation dialog on a copy of the bundled base with two
// extractors' data added through the store: it lists exactly the
// disagreements, each decision writes the consensus (Final) record as one
// undoable edit, and the explorer's query then returns the consensus values.
#include "core/store/evidencequery.h"
#include "core/store/reconciliation.h"
#include "tests/ui/forms/formfixture.h"
#include "ui/forms/fieldmessage.h"
#include "ui/forms/reconciliationdialog.h"
#include "ui/preferences/preferences.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace ee;
using store::ExtractionRole;

namespace {

const QString kT1 = QStringLiteral("52 weeks (dual)");
const QString kT2 = QStringLiteral("78 weeks (dual)");

class ReconciliationDialogTest : public formtest::FormFixture
{
protected:
    void SetUp() override
    {
        formtest::FormFixture::SetUp();
        ASSERT_TRUE(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings().clear();
        ui::Preferences::setExtractorName(QStringLiteral("Reviewer"));
        const store::EvidenceBase base = snapshot();
        ASSERT_GE(base.comparisons.size(), 2);
        m_c1 = base.comparisons[0];
        m_c2 = base.comparisons[1];
        for (const store::OutcomeDefinition &outcome : base.outcomes) {
            if (outcome.code == QStringLiteral("healing"))
                m_healingLabel = outcome.label;
        }
        ASSERT_FALSE(m_healingLabel.isEmpty());
        // C1 at T1: control events differ (3 vs 4); the rest agrees.
        add(m_c1.id, kT1, ExtractionRole::Extractor1, 8, 20, 3, 20, QStringLiteral("Table 2"));
        add(m_c1.id, kT1, ExtractionRole::Extractor2, 8, 20, 4, 20, QStringLiteral("Table 3"));
        // C1 at T2: both extractors agree on everything.
        add(m_c1.id, kT2, ExtractionRole::Extractor1, 10, 20, 5, 20, QStringLiteral("Figure 1"));
        add(m_c1.id, kT2, ExtractionRole::Extractor2, 10, 20, 5, 20, QStringLiteral("Figure 1"));
        // C2 at T1: treatment events (6 vs 7) and control N (15 vs 16) differ.
        add(m_c2.id, kT1, ExtractionRole::Extractor1, 6, 15, 2, 15, QStringLiteral("p. 4"));
        add(m_c2.id, kT1, ExtractionRole::Extractor2, 7, 15, 2, 16, QStringLiteral("p. 5"));
        m_dialog = std::make_unique<ui::ReconciliationDialog>(m_editor.get());
        m_table = m_dialog->findChild<QTableWidget *>(QStringLiteral("disagreements"));
        // Shown, as a user sees it: Enter in a field must not also press a button.
        m_dialog->show();
        ASSERT_NE(m_table, nullptr);
    }

    void TearDown() override
    {
        m_dialog.reset();
        formtest::FormFixture::TearDown();
    }

    void add(store::ComparisonId comparison, const QString &timepoint, ExtractionRole role, int et, int nt, int ec,
        int nc, const QString &locator)
    {
        store::OutcomeData d;
        d.comparison = comparison;
        d.outcome = QStringLiteral("healing");
        d.timepoint = timepoint;
        d.role = role;
        d.eventsTreatment = et;
        d.nTreatment = nt;
        d.eventsControl = ec;
        d.nControl = nc;
        d.provenance.quote = QStringLiteral("healed %1 of %2").arg(et).arg(nt);
        d.provenance.locator = locator;
        d.provenance.enteredBy = role == ExtractionRole::Extractor1 ? QStringLiteral("Ann") : QStringLiteral("Bob");
        d.provenance.enteredAt = QStringLiteral("2026-11-01T10:00:00Z");
        auto added = m_store->addOutcomeData(d);
        ASSERT_TRUE(added.ok()) << added.error().text().toStdString();
    }

    template<typename T> T *child(const QString &name) const
    {
        T *widget = m_dialog->findChild<T *>(name);
        EXPECT_NE(widget, nullptr) << name.toStdString();
        return widget;
    }

    QStringList rowText(int row) const
    {
        QStringList cells;
        for (int column = 0; column < m_table->columnCount(); ++column)
            cells << m_table->item(row, column)->text();
        return cells;
    }

    /// The Final healing record of `comparison` at `timepoint`, if any.
    std::optional<store::OutcomeData> finalRecord(store::ComparisonId comparison, const QString &timepoint) const
    {
        for (const store::OutcomeData &d : snapshot().outcomeData) {
            if (d.comparison == comparison && d.timepoint == timepoint && d.role == ExtractionRole::Final)
                return d;
        }
        return std::nullopt;
    }

    void select(int row) { m_table->setCurrentCell(row, 0); }

    QTemporaryDir m_settingsDir;
    store::Comparison m_c1;
    store::Comparison m_c2;
    QString m_healingLabel;
    std::unique_ptr<ui::ReconciliationDialog> m_dialog;
    QTableWidget *m_table = nullptr;
};

} // namespace

TEST_F(ReconciliationDialogTest, ListsExactlyTheDisagreements)
{
    ASSERT_EQ(m_table->rowCount(), 3);
    EXPECT_EQ(rowText(0).mid(1),
        (QStringList { m_c1.label, m_healingLabel, kT1, QStringLiteral("Events (control)"), QStringLiteral("3"),
            QStringLiteral("4"), QStringLiteral("(none yet)") }))
        << rowText(0).join(QLatin1Char('|')).toStdString();
    EXPECT_EQ(rowText(1).mid(3, 4),
        (QStringList { kT1, QStringLiteral("Events (treatment)"), QStringLiteral("6"), QStringLiteral("7") }));
    EXPECT_EQ(rowText(2).mid(3, 4),
        (QStringList { kT1, QStringLiteral("N (control)"), QStringLiteral("15"), QStringLiteral("16") }));
    // Both provenances of the selected row.
    select(0);
    const QString p1 = child<QLabel>(QStringLiteral("provenance1"))->text();
    const QString p2 = child<QLabel>(QStringLiteral("provenance2"))->text();
    EXPECT_TRUE(p1.contains(QStringLiteral("Table 2")) && p1.contains(QStringLiteral("Ann"))
        && p1.contains(QStringLiteral("healed 8 of 20")) && p1.contains(QStringLiteral("2026-11-01T10:00:00Z")))
        << p1.toStdString();
    EXPECT_TRUE(p2.contains(QStringLiteral("Table 3")) && p2.contains(QStringLiteral("Bob"))) << p2.toStdString();
    // Agreed, not yet accepted: C1/T1 three fields, C1/T2 four, C2/T1 two (N treatment, events control).
    const QString summary = child<QLabel>(QStringLiteral("reconciliationSummary"))->text();
    EXPECT_TRUE(summary.contains(QStringLiteral("3 disagreement"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("9 agreed"))) << summary.toStdString();
}

TEST_F(ReconciliationDialogTest, PickingWritesTheFinalValueAndUndoRestoresTheSnapshot)
{
    const store::EvidenceBase before = snapshot();
    select(0);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("useExtractor2")), Qt::LeftButton);
    const std::optional<store::OutcomeData> final = finalRecord(m_c1.id, kT1);
    ASSERT_TRUE(final.has_value());
    EXPECT_EQ(final->eventsTreatment, 8);
    EXPECT_EQ(final->nTreatment, 20);
    EXPECT_EQ(final->eventsControl, 4);
    EXPECT_EQ(final->nControl, 20);
    EXPECT_EQ(final->provenance.locator, QStringLiteral("Table 3")); // extractor 2's provenance
    EXPECT_EQ(final->provenance.enteredBy, QStringLiteral("Bob"));
    EXPECT_EQ(m_editor->undoStack()->count(), 1);
    // The decided row left the list; the next one is selected.
    ASSERT_EQ(m_table->rowCount(), 2);
    EXPECT_EQ(m_table->currentRow(), 0);
    EXPECT_EQ(m_table->item(0, 4)->text(), QStringLiteral("Events (treatment)"));
    const store::EvidenceBase after = snapshot();

    m_editor->undoStack()->undo();
    EXPECT_EQ(snapshot(), before);
    EXPECT_EQ(m_table->rowCount(), 3);
    m_editor->undoStack()->redo();
    EXPECT_EQ(snapshot(), after);
    EXPECT_EQ(m_table->rowCount(), 2);

    // Decided items come back with "Show decided".
    QTest::mouseClick(child<QCheckBox>(QStringLiteral("showDecided")), Qt::LeftButton);
    EXPECT_EQ(m_table->rowCount(), 3);
    EXPECT_EQ(m_table->item(0, 7)->text(), QStringLiteral("4"));
}

TEST_F(ReconciliationDialogTest, TypedConsensusIsValidated)
{
    select(1); // C2 events (treatment): 6 vs 7, N 15
    auto *value = child<QLineEdit>(QStringLiteral("consensusValue"));
    auto *message = child<ui::FieldMessage>(QStringLiteral("consensusMessage"));
    const store::EvidenceBase before = snapshot();
    const struct {
        const char *text;
        const char *expected;
    } invalid[] = {
        { "", "Type the consensus value" },
        { "abc", "is not a number" },
        { "6.5", "must be a whole number" },
        { "16", "exceed N (15)" },
        { "-1", "cannot be negative" },
    };
    for (const auto &c : invalid) {
        SCOPED_TRACE(c.text);
        value->clear();
        QTest::keyClicks(value, QString::fromLatin1(c.text));
        QTest::keyClick(value, Qt::Key_Return);
        EXPECT_TRUE(message->hasProblem());
        EXPECT_TRUE(message->text().contains(QString::fromLatin1(c.expected))) << message->text().toStdString();
        EXPECT_EQ(snapshot(), before);
    }
    value->clear();
    QTest::keyClicks(value, QStringLiteral("5"));
    QTest::keyClick(value, Qt::Key_Return);
    EXPECT_FALSE(message->hasProblem());
    const std::optional<store::OutcomeData> final = finalRecord(m_c2.id, kT1);
    ASSERT_TRUE(final.has_value());
    EXPECT_EQ(final->eventsTreatment, 5);
    EXPECT_EQ(final->provenance.enteredBy, QStringLiteral("Reviewer"));
    EXPECT_TRUE(final->provenance.quote.contains(QStringLiteral("Consensus")));
    // The decision is on record with both readings.
    bool noted = false;
    for (const store::EvidenceNote &note : snapshot().notes) {
        noted = noted
            || (note.kind == store::NoteKind::Conflict && note.comparison == m_c2.id
                && note.field == QStringLiteral("events_t@") + kT1 && note.reviewValue == QStringLiteral("5")
                && note.otherValue == QStringLiteral("6|7"));
    }
    EXPECT_TRUE(noted);
}

TEST_F(ReconciliationDialogTest, AllDecisionsReachTheExplorer)
{
    select(0);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("useExtractor2")), Qt::LeftButton); // C1 events_c = 4
    ASSERT_EQ(m_table->rowCount(), 2);
    select(0);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("useExtractor1")), Qt::LeftButton); // C2 events_t = 6
    ASSERT_EQ(m_table->rowCount(), 1);
    select(0);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("useExtractor2")), Qt::LeftButton); // C2 n_c = 16
    EXPECT_EQ(m_table->rowCount(), 0);
    EXPECT_TRUE(
        child<QLabel>(QStringLiteral("reconciliationSummary"))->text().contains(QStringLiteral("Nothing left")));
    // C1 at T2 is still only agreed: accept it in one edit.
    const int edits = m_editor->undoStack()->count();
    QTest::mouseClick(child<QPushButton>(QStringLiteral("acceptAgreed")), Qt::LeftButton);
    EXPECT_EQ(m_editor->undoStack()->count(), edits + 1);
    EXPECT_FALSE(child<QPushButton>(QStringLiteral("acceptAgreed"))->isEnabled());

    store::QueryRequest request;
    request.outcome = QStringLiteral("healing");
    request.timepoint = kT1;
    request.role = ExtractionRole::Final;
    auto t1 = m_store->query(request);
    ASSERT_TRUE(t1.ok()) << t1.error().text().toStdString();
    int checked = 0;
    for (const store::QueryRow &row : t1.value().rows) {
        if (row.comparison == m_c1.id) {
            EXPECT_EQ(row.treatment.events, 8.0);
            EXPECT_EQ(row.treatment.n, 20.0);
            EXPECT_EQ(row.control.events, 4.0);
            EXPECT_EQ(row.control.n, 20.0);
            ++checked;
        } else if (row.comparison == m_c2.id) {
            EXPECT_EQ(row.treatment.events, 6.0);
            EXPECT_EQ(row.treatment.n, 15.0);
            EXPECT_EQ(row.control.events, 2.0);
            EXPECT_EQ(row.control.n, 16.0);
            ++checked;
        }
    }
    EXPECT_EQ(checked, 2);
    request.timepoint = kT2;
    auto t2 = m_store->query(request);
    ASSERT_TRUE(t2.ok());
    ASSERT_EQ(t2.value().rows.size(), 1);
    EXPECT_EQ(t2.value().rows[0].comparison, m_c1.id);
    EXPECT_EQ(t2.value().rows[0].treatment.events, 10.0);
    EXPECT_EQ(t2.value().rows[0].control.events, 5.0);
}

TEST_F(ReconciliationDialogTest, RendersReadably)
{
    select(0);
    m_dialog->resize(900, 600);
    m_dialog->show();
    const QImage image = m_dialog->grab().toImage();
    EXPECT_EQ(image.size(), QSize(900, 600));
    const QString out = qEnvironmentVariable("EE_SCREENSHOT_DIR");
    if (!out.isEmpty())
        image.save(out + QStringLiteral("/reconciliationdialog.png"));
}

TEST_F(ReconciliationDialogTest, ATimePointFromOneExtractorIsTakenWhole)
{
    const QString t3 = QStringLiteral("104 weeks (extractor 1 only)");
    add(m_c2.id, t3, ExtractionRole::Extractor1, 9, 15, 3, 15, QStringLiteral("Table 4"));
    // Written behind the editor's back: open the dialog again to see it.
    m_dialog = std::make_unique<ui::ReconciliationDialog>(m_editor.get());
    m_table = m_dialog->findChild<QTableWidget *>(QStringLiteral("disagreements"));
    ASSERT_NE(m_table, nullptr);
    ASSERT_EQ(m_table->rowCount(), 4);
    const int row = 3;
    EXPECT_EQ(m_table->item(row, 3)->text(), t3);
    EXPECT_EQ(m_table->item(row, 4)->text(), QStringLiteral("Whole result"));
    EXPECT_EQ(m_table->item(row, 5)->text(), QStringLiteral("9/15 vs 3/15"));
    EXPECT_EQ(m_table->item(row, 6)->text(), QStringLiteral("(not extracted)"));
    select(row);
    EXPECT_TRUE(child<QPushButton>(QStringLiteral("useExtractor1"))->isEnabled());
    EXPECT_FALSE(child<QPushButton>(QStringLiteral("useExtractor2"))->isEnabled());
    EXPECT_FALSE(child<QLineEdit>(QStringLiteral("consensusValue"))->isEnabled());
    const store::EvidenceBase before = snapshot();
    QTest::mouseClick(child<QPushButton>(QStringLiteral("useExtractor1")), Qt::LeftButton);
    const std::optional<store::OutcomeData> final = finalRecord(m_c2.id, t3);
    ASSERT_TRUE(final.has_value());
    EXPECT_EQ(final->eventsTreatment, 9);
    EXPECT_EQ(final->eventsControl, 3);
    EXPECT_EQ(final->provenance.locator, QStringLiteral("Table 4"));
    EXPECT_EQ(m_table->rowCount(), 3);
    m_editor->undoStack()->undo();
    EXPECT_EQ(snapshot(), before);
    EXPECT_EQ(m_table->rowCount(), 4);
}
