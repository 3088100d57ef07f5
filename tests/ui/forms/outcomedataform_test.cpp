// The outcome-data form against a real project: typed values reach the store
// with provenance, invalid values never do, one undo per field, percentages
// only on request, and extractor values apart from the consensus.
#include "core/store/evidencequery.h"
#include "formfixture.h"
#include "ui/forms/fieldmessage.h"
#include "ui/forms/outcomedataform.h"
#include "ui/preferences/preferences.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QInputDialog>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

#include <algorithm>
#include <functional>
#include <memory>

using namespace ee;

namespace {

const QString kExtractor = QStringLiteral("Test Extractor");

class OutcomeDataFormTest : public formtest::FormFixture
{
protected:
    void SetUp() override
    {
        FormFixture::SetUp();
        QSettings().remove(QStringLiteral("forms/outcomeData/role"));
        // The expected texts below are in English number notation.
        m_previousLocale = QLocale();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_previousName = ui::Preferences::extractorName();
        ui::Preferences::setExtractorName(kExtractor);
        m_form = std::make_unique<ui::OutcomeDataForm>(m_editor.get());
        m_form->resize(900, 600);
        m_form->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_form.get()));
    }

    void TearDown() override
    {
        m_form.reset();
        ui::Preferences::setExtractorName(m_previousName);
        QLocale::setDefault(m_previousLocale);
        QSettings().remove(QStringLiteral("forms/outcomeData/role"));
        FormFixture::TearDown();
    }

    store::StudyId studyNamed(const QString &label) const
    {
        for (const store::Study &s : snapshot().studies) {
            if (s.label == label)
                return s.id;
        }
        ADD_FAILURE() << "no study " << label.toStdString();
        return {};
    }

    store::ComparisonId comparisonNamed(const QString &label) const
    {
        for (const store::Comparison &c : snapshot().comparisons) {
            if (c.label == label)
                return c.id;
        }
        ADD_FAILURE() << "no comparison " << label.toStdString();
        return {};
    }

    QList<store::OutcomeData> dataOf(const QString &comparison) const
    {
        const store::ComparisonId id = comparisonNamed(comparison);
        QList<store::OutcomeData> result;
        for (const store::OutcomeData &d : snapshot().outcomeData) {
            if (d.comparison == id)
                result << d;
        }
        return result;
    }

    QLineEdit *edit(const QString &name) const
    {
        auto *e = m_form->findChild<QLineEdit *>(name);
        EXPECT_TRUE(e) << name.toStdString();
        return e;
    }

    /// Types `text` into a field as a user would, replacing what it holds.
    void type(const QString &name, const QString &text, bool commit = true) const
    {
        QLineEdit *e = edit(name);
        e->setFocus();
        e->selectAll();
        if (text.isEmpty())
            QTest::keyClick(e, Qt::Key_Backspace);
        else
            QTest::keyClicks(e, text);
        if (commit)
            QTest::keyClick(e, Qt::Key_Return);
    }

    QTableWidget *list() const { return m_form->findChild<QTableWidget *>(QStringLiteral("resultList")); }

    QString status() const { return m_form->findChild<QLabel *>(QStringLiteral("resultStatus"))->text(); }

    /// Answers the next modal dialog (message box or input dialog) once it is open.
    static void answerNextDialog(const std::function<void(QWidget *)> &answer)
    {
        QTimer::singleShot(0, qApp, [answer] {
            QWidget *modal = QApplication::activeModalWidget();
            ASSERT_TRUE(modal) << "no dialog opened";
            answer(modal);
        });
    }

    /// Lu 2011: Lu1 and Lu2 share one control arm; no outcome data yet.
    /// Enters healing at 12 weeks for Lu1: 9/20 vs 4/19.
    void enterLuHealing()
    {
        m_form->setStudy(studyNamed(QStringLiteral("Lu 2011")));
        ASSERT_EQ(m_form->resultCount(), 0);
        m_form->addResult();
        type(QStringLiteral("timepoint"), QStringLiteral("12 weeks"));
        type(QStringLiteral("eventsTreatment"), QStringLiteral("9"));
        type(QStringLiteral("nTreatment"), QStringLiteral("20"));
        type(QStringLiteral("eventsControl"), QStringLiteral("4"));
        type(QStringLiteral("nControl"), QStringLiteral("19"));
    }

    std::unique_ptr<ui::OutcomeDataForm> m_form;
    QString m_previousName;
    QLocale m_previousLocale;
};

} // namespace

TEST_F(OutcomeDataFormTest, ValidBinaryEntryReachesTheStoreWithProvenanceWhoAndWhen)
{
    const store::EvidenceBase before = snapshot();
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-1);
    m_form->setStudy(studyNamed(QStringLiteral("Lu 2011")));
    m_form->addResult();
    type(QStringLiteral("timepoint"), QStringLiteral("12 weeks"));
    type(QStringLiteral("eventsTreatment"), QStringLiteral("9"));
    type(QStringLiteral("nTreatment"), QStringLiteral("20"));
    type(QStringLiteral("eventsControl"), QStringLiteral("4"));

    // Incomplete: kept in the form, not written, and the row says what it needs.
    EXPECT_EQ(snapshot(), before);
    EXPECT_EQ(status(), QStringLiteral("Not saved yet: needs N (control)"));
    EXPECT_EQ(list()->item(0, 6)->text(), QStringLiteral("Not saved yet: needs N (control)"));
    EXPECT_FALSE(m_form->selectedResultSaved());

    // The source given before the result is complete goes in with it. Lu 2011
    // has no citation of its own: the picker offers the review's first.
    auto *citation = m_form->findChild<QComboBox *>(QStringLiteral("provenanceCitation"));
    ASSERT_GT(citation->count(), 1);
    EXPECT_EQ(citation->itemText(0), snapshot().project.citation);
    citation->setCurrentIndex(0);
    auto *locator = m_form->findChild<QLineEdit *>(QStringLiteral("provenanceLocator"));
    locator->setFocus();
    QTest::keyClicks(locator, QStringLiteral("Table 2"));
    QTest::keyClick(locator, Qt::Key_Return);
    EXPECT_EQ(snapshot(), before);

    type(QStringLiteral("nControl"), QStringLiteral("19"));
    const QDateTime end = QDateTime::currentDateTimeUtc().addSecs(1);
    EXPECT_TRUE(m_form->selectedResultSaved());
    EXPECT_EQ(status(), QStringLiteral("Saved"));

    const QList<store::OutcomeData> stored = dataOf(QStringLiteral("Lu1"));
    ASSERT_EQ(stored.size(), 1);
    const store::OutcomeData &d = stored.first();
    EXPECT_EQ(d.outcome, QStringLiteral("healing"));
    EXPECT_EQ(d.timepoint, QStringLiteral("12 weeks"));
    EXPECT_EQ(d.role, store::ExtractionRole::Final);
    EXPECT_EQ(d.eventsTreatment, 9);
    EXPECT_EQ(d.nTreatment, 20);
    EXPECT_EQ(d.eventsControl, 4);
    EXPECT_EQ(d.nControl, 19);
    EXPECT_FALSE(d.meanTreatment.has_value());
    EXPECT_EQ(d.provenance.locator, QStringLiteral("Table 2"));
    EXPECT_EQ(d.provenance.citation, snapshot().project.citation) << "picked in the citation picker";
    EXPECT_EQ(d.provenance.enteredBy, kExtractor);
    const QDateTime at = QDateTime::fromString(d.provenance.enteredAt, Qt::ISODate);
    ASSERT_TRUE(at.isValid()) << d.provenance.enteredAt.toStdString();
    EXPECT_EQ(at.timeSpec(), Qt::UTC);
    EXPECT_GE(at, start);
    EXPECT_LE(at, end);
    // One undoable command for the whole new result.
    EXPECT_EQ(m_editor->undoStack()->count(), 1);
    // And it survives a crash: a fresh connection reads it.
    EXPECT_EQ(reopened().outcomeData, snapshot().outcomeData);
}

TEST_F(OutcomeDataFormTest, ListShowsStoredValuesAndTheSharedControl)
{
    enterLuHealing();
    ASSERT_EQ(m_form->resultCount(), 1);
    EXPECT_EQ(list()->item(0, 0)->text(), QStringLiteral("Lu1"));
    EXPECT_EQ(list()->item(0, 1)->text(), QStringLiteral("Control (shared with Lu2)"));
    EXPECT_EQ(list()->item(0, 2)->text(), QStringLiteral("Ulcer healing"));
    EXPECT_EQ(list()->item(0, 3)->text(), QStringLiteral("12 weeks"));
    EXPECT_EQ(list()->item(0, 4)->text(), QStringLiteral("9 / 20"));
    EXPECT_EQ(list()->item(0, 5)->text(), QStringLiteral("4 / 19"));
    EXPECT_TRUE(m_form->findChild<QLabel *>(QStringLiteral("controlInfo"))->text().contains(QStringLiteral("Lu2")));

    // A study with stored continuous data lists its values from the store.
    m_form->setStudy(studyNamed(QStringLiteral("Liu_B 2021")));
    ASSERT_EQ(m_form->resultCount(), 3);
    QStringList rows;
    for (int r = 0; r < 3; ++r)
        rows << list()->item(r, 2)->text() + QLatin1Char('|') + list()->item(r, 4)->text();
    EXPECT_TRUE(rows.contains(QStringLiteral("Ulcer area|0.12 ± 0.03 (N 54)")))
        << rows.join(QLatin1Char(';')).toStdString();

    // The citation picker offers the study's own citation first, then the review's.
    m_form->setStudy(studyNamed(QStringLiteral("Huang 2005")));
    auto *citation = m_form->findChild<QComboBox *>(QStringLiteral("provenanceCitation"));
    const store::EvidenceBase base = snapshot();
    const auto huang = std::find_if(base.studies.cbegin(), base.studies.cend(),
        [](const store::Study &st) { return st.label == QLatin1String("Huang 2005"); });
    ASSERT_NE(huang, base.studies.cend());
    ASSERT_FALSE(huang->citation.isEmpty());
    ASSERT_GE(citation->count(), 2);
    EXPECT_EQ(citation->itemText(0), huang->citation);
    EXPECT_EQ(citation->itemText(1), base.project.citation);
}

namespace {

struct InvalidCase {
    const char *outcome; ///< which result: "binary" (Lu1 healing) or "continuous" (Liu_B ulcer area)
    const char *widget;
    const char *field;
    const char *text;
    const char *message;
};

const InvalidCase kInvalidCases[] = {
    { "binary", "eventsTreatment", "events_t", "25", "Events in the treatment arm (25) cannot exceed its N (20)." },
    { "binary", "eventsTreatment", "events_t", "-1", "Events in the treatment arm cannot be negative (got -1)." },
    { "binary", "eventsControl", "events_c", "abc", "Events in the control arm must be a whole number (got “abc”)." },
    { "binary", "eventsTreatment", "events_t", "12.5",
        "Events in the treatment arm must be a whole number (got “12.5”)." },
    { "binary", "eventsTreatment", "events_t", "45%",
        "Events in the treatment arm must be a count, not a percentage: use “From percent…” to convert 45% of N." },
    { "binary", "nControl", "n_c", "0", "N in the control arm must be at least 1 (got 0)." },
    { "binary", "nTreatment", "n_t", "5", "N in the treatment arm (5) is less than its events (9)." },
    { "binary", "nTreatment", "n_t", "twenty", "N in the treatment arm must be a whole number (got “twenty”)." },
    { "binary", "nTreatment", "n_t", "", "N in the treatment arm is required." },
    { "binary", "eventsControl", "events_c", "", "Events in the control arm is required." },
    { "continuous", "sdTreatment", "sd_t", "0", "The SD in the treatment arm must be positive (got 0)." },
    { "continuous", "sdControl", "sd_c", "-2.5", "The SD in the control arm must be positive (got -2.5)." },
    { "continuous", "meanTreatment", "mean_t", "abc", "The mean in the treatment arm must be a number (got “abc”)." },
    { "continuous", "meanControl", "mean_c", "", "The mean in the control arm is required." },
    { "continuous", "nControl", "n_c", "51.5", "N in the control arm must be a whole number (got “51.5”)." },
};

} // namespace

TEST_F(OutcomeDataFormTest, EveryInvalidValueIsShownNextToItsFieldAndNeverSaved)
{
    enterLuHealing();
    for (const InvalidCase &c : kInvalidCases) {
        SCOPED_TRACE(std::string(c.widget) + " = \"" + c.text + "\"");
        if (QLatin1String(c.outcome) == QLatin1String("binary")) {
            m_form->setStudy(studyNamed(QStringLiteral("Lu 2011")));
            m_form->selectResult(0);
        } else {
            m_form->setStudy(studyNamed(QStringLiteral("Liu_B 2021")));
            int row = -1;
            for (int r = 0; r < list()->rowCount(); ++r) {
                if (list()->item(r, 2)->text() == QLatin1String("Ulcer area"))
                    row = r;
            }
            ASSERT_GE(row, 0);
            m_form->selectResult(row);
        }
        ASSERT_TRUE(m_form->selectedResultSaved());
        const QString widget = QString::fromLatin1(c.widget);
        const QString original = edit(widget)->text();
        const store::EvidenceBase before = snapshot();
        const int commands = m_editor->undoStack()->count();

        type(widget, QString::fromUtf8(c.text));

        EXPECT_EQ(m_form->fieldMessage(QString::fromLatin1(c.field)), QString::fromUtf8(c.message));
        auto *message = m_form->findChild<ui::FieldMessage *>(widget + QStringLiteral("Message"));
        ASSERT_TRUE(message);
        EXPECT_TRUE(message->hasProblem());
        EXPECT_FALSE(message->isHidden());
        EXPECT_EQ(edit(widget)->text(), QString::fromUtf8(c.text)) << "the invalid value stays as typed";
        EXPECT_EQ(snapshot(), before) << "nothing written";
        EXPECT_EQ(m_editor->undoStack()->count(), commands);

        // Putting the stored value back clears the message and writes nothing.
        type(widget, original);
        EXPECT_EQ(m_form->fieldMessage(QString::fromLatin1(c.field)), QString());
        EXPECT_EQ(snapshot(), before);
    }
}

TEST_F(OutcomeDataFormTest, EachFieldEditIsOneUndoRestoringExactSnapshots)
{
    enterLuHealing();
    const store::EvidenceBase added = snapshot();
    const int commands = m_editor->undoStack()->count();

    type(QStringLiteral("eventsTreatment"), QStringLiteral("10"));
    const store::EvidenceBase edited = snapshot();
    ASSERT_EQ(m_editor->undoStack()->count(), commands + 1);
    EXPECT_EQ(dataOf(QStringLiteral("Lu1")).first().eventsTreatment, 10);
    EXPECT_EQ(m_editor->undoStack()->undoText(), QStringLiteral("Edit events (treatment)"));

    type(QStringLiteral("nControl"), QStringLiteral("21"));
    const store::EvidenceBase edited2 = snapshot();
    ASSERT_EQ(m_editor->undoStack()->count(), commands + 2);

    m_editor->undoStack()->undo();
    EXPECT_EQ(snapshot(), edited);
    EXPECT_EQ(edit(QStringLiteral("nControl"))->text(), QStringLiteral("19")) << "the form shows the undone value";
    m_editor->undoStack()->undo();
    EXPECT_EQ(snapshot(), added);
    EXPECT_EQ(edit(QStringLiteral("eventsTreatment"))->text(), QStringLiteral("9"));
    m_editor->undoStack()->redo();
    EXPECT_EQ(snapshot(), edited);
    EXPECT_EQ(edit(QStringLiteral("eventsTreatment"))->text(), QStringLiteral("10"));
    m_editor->undoStack()->redo();
    EXPECT_EQ(snapshot(), edited2);

    // Undoing the addition takes the result out of the store and the list.
    while (m_editor->undoStack()->canUndo())
        m_editor->undoStack()->undo();
    EXPECT_TRUE(dataOf(QStringLiteral("Lu1")).isEmpty());
    EXPECT_EQ(m_form->resultCount(), 0);
}

TEST_F(OutcomeDataFormTest, AnIncompleteResultSurvivesOtherEditsAndUndo)
{
    enterLuHealing();
    m_form->addResult(); // Lu1 again, healing: make it 24 weeks, incomplete
    type(QStringLiteral("timepoint"), QStringLiteral("24 weeks"));
    type(QStringLiteral("eventsTreatment"), QStringLiteral("11"));
    ASSERT_EQ(m_form->resultCount(), 2);
    // Go back to the saved row, edit it, undo: the unsaved row stays with its value.
    m_form->selectResult(0);
    type(QStringLiteral("eventsControl"), QStringLiteral("5"));
    m_editor->undoStack()->undo();
    ASSERT_EQ(m_form->resultCount(), 2);
    m_form->selectResult(1);
    EXPECT_FALSE(m_form->selectedResultSaved());
    EXPECT_EQ(edit(QStringLiteral("eventsTreatment"))->text(), QStringLiteral("11"));
    EXPECT_EQ(status(), QStringLiteral("Not saved yet: needs N (treatment), events (control), N (control)"));
}

TEST_F(OutcomeDataFormTest, DuplicateTimePointIsRefusedNextToTheTimePoint)
{
    enterLuHealing();
    const store::EvidenceBase before = snapshot();
    m_form->addResult();
    type(QStringLiteral("timepoint"), QStringLiteral("12 weeks"));
    type(QStringLiteral("eventsTreatment"), QStringLiteral("1"));
    type(QStringLiteral("nTreatment"), QStringLiteral("2"));
    type(QStringLiteral("eventsControl"), QStringLiteral("1"));
    type(QStringLiteral("nControl"), QStringLiteral("2"));
    EXPECT_EQ(m_form->fieldMessage(QStringLiteral("timepoint")),
        QStringLiteral("Lu1 already has a result for “Ulcer healing” at “12 weeks”."));
    EXPECT_EQ(snapshot(), before);
    type(QStringLiteral("timepoint"), QStringLiteral("6 months"));
    EXPECT_EQ(m_form->fieldMessage(QStringLiteral("timepoint")), QString());
    EXPECT_EQ(dataOf(QStringLiteral("Lu1")).size(), 2);
}

TEST_F(OutcomeDataFormTest, PercentIsConvertedOnlyOnRequestAndMarked)
{
    m_form->setStudy(studyNamed(QStringLiteral("Lu 2011")));
    m_form->addResult();
    type(QStringLiteral("timepoint"), QStringLiteral("12 weeks"));
    type(QStringLiteral("nTreatment"), QStringLiteral("20"));
    type(QStringLiteral("nControl"), QStringLiteral("19"));
    type(QStringLiteral("eventsControl"), QStringLiteral("4"));
    const store::EvidenceBase before = snapshot();

    // Typed as a percentage: refused, not converted.
    type(QStringLiteral("eventsTreatment"), QStringLiteral("45%"));
    EXPECT_EQ(edit(QStringLiteral("eventsTreatment"))->text(), QStringLiteral("45%"));
    EXPECT_TRUE(m_form->fieldMessage(QStringLiteral("events_t")).contains(QStringLiteral("From percent")));
    EXPECT_EQ(snapshot(), before);

    // On request, through the field's "From percent…" button: 45% of 20 = 9 exactly.
    answerNextDialog([](QWidget *modal) {
        auto *dialog = qobject_cast<QInputDialog *>(modal);
        ASSERT_TRUE(dialog);
        EXPECT_EQ(dialog->textValue(), QStringLiteral("45%")) << "the typed percentage is offered";
        dialog->accept();
    });
    QTest::mouseClick(m_form->findChild<QToolButton *>(QStringLiteral("eventsTreatmentPercent")), Qt::LeftButton);
    EXPECT_EQ(edit(QStringLiteral("eventsTreatment"))->text(), QStringLiteral("9"));
    EXPECT_EQ(m_form->fieldMessage(QStringLiteral("events_t")), QStringLiteral("derived from percent: 45% of 20 = 9"));
    ASSERT_EQ(dataOf(QStringLiteral("Lu1")).size(), 1);
    store::OutcomeData d = dataOf(QStringLiteral("Lu1")).first();
    EXPECT_EQ(d.eventsTreatment, 9);
    EXPECT_EQ(d.provenance.confidence, store::Confidence::DerivedFromPercent);
    EXPECT_EQ(d.notes, QStringLiteral("events_t derived from percent: 45% of 20 = 9"));

    // The rounding is stated: 45% of 19 = 8.55, rounded to 9.
    ASSERT_TRUE(m_form->convertFromPercent(QStringLiteral("events_c"), QStringLiteral("45 %")));
    d = dataOf(QStringLiteral("Lu1")).first();
    EXPECT_EQ(d.eventsControl, 9);
    EXPECT_EQ(m_form->fieldMessage(QStringLiteral("events_c")),
        QStringLiteral("derived from percent: 45% of 19 = 8.55, rounded to 9"));
    EXPECT_TRUE(d.notes.contains(QStringLiteral("events_c derived from percent: 45% of 19 = 8.55, rounded to 9")));
    EXPECT_EQ(m_editor->undoStack()->undoText(), QStringLiteral("Convert percent to events (control)"));
    const auto *note = m_form->findChild<QLabel *>(QStringLiteral("provenanceDerivationNote"));
    EXPECT_FALSE(note->isHidden());
    if (const QString out = qEnvironmentVariable("EE_FORM_SCREENSHOTS"); !out.isEmpty()) {
        EXPECT_TRUE(m_form->grab().save(out + QStringLiteral("/outcomedataform-percent.png")));
    }

    // A percentage above 100 is refused where it was asked for.
    const store::EvidenceBase converted = snapshot();
    EXPECT_FALSE(m_form->convertFromPercent(QStringLiteral("events_c"), QStringLiteral("120%")));
    EXPECT_EQ(m_form->fieldMessage(QStringLiteral("events_c")),
        QStringLiteral("“120%” is not a percentage between 0% and 100%."));
    EXPECT_EQ(snapshot(), converted);

    // A later manual edit of a derived number takes its mark back; the other stays.
    type(QStringLiteral("eventsTreatment"), QStringLiteral("8"));
    d = dataOf(QStringLiteral("Lu1")).first();
    EXPECT_EQ(d.eventsTreatment, 8);
    EXPECT_FALSE(d.notes.contains(QStringLiteral("events_t derived")));
    EXPECT_EQ(d.provenance.confidence, store::Confidence::DerivedFromPercent) << "events (control) is still derived";
    EXPECT_EQ(m_form->fieldMessage(QStringLiteral("events_t")), QString());
    type(QStringLiteral("eventsControl"), QStringLiteral("4"));
    d = dataOf(QStringLiteral("Lu1")).first();
    EXPECT_EQ(d.notes, QString());
    EXPECT_EQ(d.provenance.confidence, store::Confidence::NotStated);
}

TEST_F(OutcomeDataFormTest, PercentNeedsTheArmsN)
{
    m_form->setStudy(studyNamed(QStringLiteral("Lu 2011")));
    m_form->addResult();
    EXPECT_FALSE(m_form->convertFromPercent(QStringLiteral("events_t"), QStringLiteral("45%")));
    EXPECT_EQ(m_form->fieldMessage(QStringLiteral("events_t")),
        QStringLiteral("Enter N (treatment) first: the percentage is taken of it."));
    EXPECT_EQ(edit(QStringLiteral("eventsTreatment"))->text(), QString());
}

TEST_F(OutcomeDataFormTest, EnteringAsExtractor2LeavesConsensusAndQueryUnchanged)
{
    enterLuHealing();
    store::QueryRequest request;
    request.outcome = QStringLiteral("healing");
    const auto finalBefore = m_store->query(request);
    ASSERT_TRUE(finalBefore.ok());
    const QList<store::OutcomeData> consensus = dataOf(QStringLiteral("Lu1"));
    ASSERT_EQ(consensus.size(), 1);

    auto *role = m_form->findChild<QComboBox *>(QStringLiteral("extractionRole"));
    role->setCurrentIndex(role->findData(static_cast<int>(store::ExtractionRole::Extractor2)));
    EXPECT_EQ(m_form->role(), store::ExtractionRole::Extractor2);
    EXPECT_EQ(m_form->resultCount(), 0) << "the consensus values are not listed as Extractor 2's";

    m_form->addResult();
    type(QStringLiteral("timepoint"), QStringLiteral("12 weeks"));
    type(QStringLiteral("eventsTreatment"), QStringLiteral("12"));
    type(QStringLiteral("nTreatment"), QStringLiteral("20"));
    type(QStringLiteral("eventsControl"), QStringLiteral("3"));
    type(QStringLiteral("nControl"), QStringLiteral("19"));
    ASSERT_TRUE(m_form->selectedResultSaved());

    const QList<store::OutcomeData> all = dataOf(QStringLiteral("Lu1"));
    ASSERT_EQ(all.size(), 2);
    const auto extractor = std::find_if(all.cbegin(), all.cend(),
        [](const store::OutcomeData &d) { return d.role == store::ExtractionRole::Extractor2; });
    ASSERT_NE(extractor, all.cend());
    EXPECT_EQ(extractor->eventsTreatment, 12);
    const auto final = std::find_if(
        all.cbegin(), all.cend(), [](const store::OutcomeData &d) { return d.role == store::ExtractionRole::Final; });
    ASSERT_NE(final, all.cend());
    EXPECT_EQ(*final, consensus.first()) << "the consensus is untouched";

    const auto finalAfter = m_store->query(request);
    ASSERT_TRUE(finalAfter.ok());
    ASSERT_EQ(finalAfter->rows.size(), finalBefore->rows.size());
    for (int i = 0; i < finalAfter->rows.size(); ++i) {
        EXPECT_EQ(finalAfter->rows.at(i).data, finalBefore->rows.at(i).data);
        EXPECT_EQ(finalAfter->rows.at(i).treatment.events, finalBefore->rows.at(i).treatment.events);
    }
    request.role = store::ExtractionRole::Extractor2;
    const auto second = m_store->query(request);
    ASSERT_TRUE(second.ok());
    const auto lu1 = std::find_if(second->rows.cbegin(), second->rows.cend(),
        [](const store::QueryRow &r) { return r.label == QLatin1String("Lu1"); });
    ASSERT_NE(lu1, second->rows.cend());
    EXPECT_EQ(lu1->treatment.events, 12.0);

    // The role is remembered for the next form.
    ui::OutcomeDataForm next(m_editor.get());
    EXPECT_EQ(next.role(), store::ExtractionRole::Extractor2);
}

TEST_F(OutcomeDataFormTest, RemovingAResultAsksFirst)
{
    enterLuHealing();
    const store::EvidenceBase added = snapshot();
    auto *remove = m_form->findChild<QPushButton *>(QStringLiteral("removeResult"));

    answerNextDialog([](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        ASSERT_TRUE(box);
        box->button(QMessageBox::No)->click();
    });
    QTest::mouseClick(remove, Qt::LeftButton);
    EXPECT_EQ(snapshot(), added);
    EXPECT_EQ(m_form->resultCount(), 1);

    answerNextDialog([](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        ASSERT_TRUE(box);
        box->button(QMessageBox::Yes)->click();
    });
    QTest::mouseClick(remove, Qt::LeftButton);
    EXPECT_TRUE(dataOf(QStringLiteral("Lu1")).isEmpty());
    EXPECT_EQ(m_form->resultCount(), 0);
    m_editor->undoStack()->undo();
    EXPECT_EQ(snapshot(), added);
    EXPECT_EQ(m_form->resultCount(), 1);
}

TEST_F(OutcomeDataFormTest, ContinuousOutcomeTakesMeanSdAndN)
{
    m_form->setStudy(studyNamed(QStringLiteral("Lu 2011")));
    m_form->addResult();
    auto *outcome = m_form->findChild<QComboBox *>(QStringLiteral("outcome"));
    outcome->setCurrentIndex(outcome->findData(QStringLiteral("abi")));
    EXPECT_TRUE(edit(QStringLiteral("eventsTreatment"))->isHidden());
    EXPECT_FALSE(edit(QStringLiteral("sdTreatment"))->isHidden());
    type(QStringLiteral("timepoint"), QStringLiteral("24 weeks"));
    type(QStringLiteral("meanTreatment"), QStringLiteral("0.71"));
    type(QStringLiteral("sdTreatment"), QStringLiteral("0.12"));
    type(QStringLiteral("nTreatment"), QStringLiteral("20"));
    type(QStringLiteral("meanControl"), QStringLiteral("0.55"));
    type(QStringLiteral("sdControl"), QStringLiteral("0.1"));
    EXPECT_EQ(status(), QStringLiteral("Not saved yet: needs N (control)"));
    type(QStringLiteral("nControl"), QStringLiteral("19"));
    const QList<store::OutcomeData> stored = dataOf(QStringLiteral("Lu1"));
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored.first().outcome, QStringLiteral("abi"));
    EXPECT_EQ(stored.first().meanTreatment, 0.71);
    EXPECT_EQ(stored.first().sdControl, 0.1);
    EXPECT_FALSE(stored.first().eventsTreatment.has_value());
}

TEST_F(OutcomeDataFormTest, RendersReadablyAt900x600)
{
    enterLuHealing();
    type(QStringLiteral("eventsTreatment"), QStringLiteral("25"), false);
    type(QStringLiteral("eventsControl"), QStringLiteral("12.5"), false);
    const QImage image = m_form->grab().toImage();
    EXPECT_EQ(image.size(), QSize(900, 600) * image.devicePixelRatio());
    // Every field's message fits beside its field inside the form.
    for (const char *name : { "eventsTreatmentMessage", "eventsControlMessage" }) {
        const auto *message = m_form->findChild<ui::FieldMessage *>(QString::fromLatin1(name));
        ASSERT_TRUE(message);
        EXPECT_FALSE(message->isHidden());
        const QRect r(message->mapTo(m_form.get(), QPoint(0, 0)), message->size());
        EXPECT_TRUE(m_form->rect().contains(r)) << name;
        EXPECT_GE(message->height(), message->heightForWidth(message->width())) << name << " is clipped";
    }
    const QString out = qEnvironmentVariable("EE_FORM_SCREENSHOTS");
    if (!out.isEmpty()) {
        EXPECT_TRUE(image.save(out + QStringLiteral("/outcomedataform.png")));
    }
}
