// The provenance editor: fills from a Provenance, hands back what the user
// typed, and says when a field is finished.
#include "ui/forms/provenanceeditor.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace ee;

namespace {

store::Provenance sample()
{
    store::Provenance p;
    p.id = store::ProvenanceId(7);
    p.citation = QStringLiteral("Lu D et al. Diabetes Res Clin Pract 2011");
    p.quote = QStringLiteral("ulcer healing rate was 100% in the BMMSC group");
    p.locator = QStringLiteral("Table 3, p. 290");
    p.counted = QStringLiteral("limbs");
    p.confidence = store::Confidence::Exact;
    p.enteredBy = QStringLiteral("Ana Ruiz");
    p.enteredAt = QStringLiteral("2026-11-22T10:15:00Z");
    return p;
}

struct Widgets {
    QComboBox *citation;
    QPlainTextEdit *quote;
    QLineEdit *locator;
    QLineEdit *counted;
    QComboBox *confidence;
    QLabel *entered;
    QLabel *note;
};

Widgets widgetsOf(const ui::ProvenanceEditor &editor)
{
    return { editor.findChild<QComboBox *>(QStringLiteral("provenanceCitation")),
        editor.findChild<QPlainTextEdit *>(QStringLiteral("provenanceQuote")),
        editor.findChild<QLineEdit *>(QStringLiteral("provenanceLocator")),
        editor.findChild<QLineEdit *>(QStringLiteral("provenanceCounted")),
        editor.findChild<QComboBox *>(QStringLiteral("provenanceConfidence")),
        editor.findChild<QLabel *>(QStringLiteral("provenanceEntered")),
        editor.findChild<QLabel *>(QStringLiteral("provenanceDerivationNote")) };
}

} // namespace

TEST(ProvenanceEditor, FillsEveryFieldAndHandsBackTheSameProvenance)
{
    ui::ProvenanceEditor editor;
    QSignalSpy edited(&editor, &ui::ProvenanceEditor::provenanceEdited);
    editor.setCitations({ QStringLiteral("Other 2010"), sample().citation });
    editor.setProvenance(sample());
    const Widgets w = widgetsOf(editor);
    ASSERT_TRUE(w.citation && w.quote && w.locator && w.counted && w.confidence && w.entered && w.note);
    EXPECT_EQ(w.citation->currentText(), sample().citation);
    EXPECT_EQ(w.citation->currentIndex(), 1);
    EXPECT_EQ(w.quote->toPlainText(), sample().quote);
    EXPECT_EQ(w.locator->text(), sample().locator);
    EXPECT_EQ(w.counted->text(), sample().counted);
    EXPECT_EQ(w.confidence->currentText(), ui::ProvenanceEditor::confidenceLabel(store::Confidence::Exact));
    EXPECT_EQ(w.entered->text(), QStringLiteral("Entered by Ana Ruiz at 2026-11-22 10:15 UTC"));
    EXPECT_TRUE(w.note->isHidden());
    EXPECT_EQ(editor.provenance(), sample());
    EXPECT_EQ(edited.count(), 0) << "filling is not an edit";
}

TEST(ProvenanceEditor, OneSignalPerFinishedFieldAndWhoWhenUntouched)
{
    ui::ProvenanceEditor editor;
    editor.setProvenance(sample());
    QSignalSpy edited(&editor, &ui::ProvenanceEditor::provenanceEdited);
    const Widgets w = widgetsOf(editor);

    w.locator->selectAll();
    QTest::keyClicks(w.locator, QStringLiteral("Figure 2"));
    EXPECT_EQ(edited.count(), 0) << "typing is not finishing";
    QTest::keyClick(w.locator, Qt::Key_Return);
    EXPECT_EQ(edited.count(), 1);

    store::Provenance expected = sample();
    expected.locator = QStringLiteral("Figure 2");
    EXPECT_EQ(editor.provenance(), expected) << "id, enteredBy and enteredAt stay those of setProvenance";

    // Enter again without a change is not another edit.
    QTest::keyClick(w.locator, Qt::Key_Return);
    EXPECT_EQ(edited.count(), 1);

    // A typed citation that is not among the choices is kept as typed.
    w.citation->lineEdit()->selectAll();
    QTest::keyClicks(w.citation->lineEdit(), QStringLiteral("NCT01065337"));
    QTest::keyClick(w.citation->lineEdit(), Qt::Key_Return);
    EXPECT_EQ(edited.count(), 2);
    EXPECT_EQ(editor.provenance().citation, QStringLiteral("NCT01065337"));
}

TEST(ProvenanceEditor, ConfidenceChoiceIsAnEditAndDerivedFromPercentShowsItsNote)
{
    ui::ProvenanceEditor editor;
    editor.setProvenance(sample());
    QSignalSpy edited(&editor, &ui::ProvenanceEditor::provenanceEdited);
    const Widgets w = widgetsOf(editor);
    w.confidence->setCurrentIndex(w.confidence->findData(static_cast<int>(store::Confidence::DerivedFromPercent)));
    EXPECT_EQ(edited.count(), 1);
    EXPECT_EQ(editor.provenance().confidence, store::Confidence::DerivedFromPercent);
    EXPECT_FALSE(w.note->isHidden());
    EXPECT_EQ(w.note->text(), QStringLiteral("derived from percent"));
    editor.setDerivationNote(QStringLiteral("derived from percent: events (treatment)"));
    EXPECT_EQ(w.note->toolTip(), QStringLiteral("derived from percent: events (treatment)"));

    // Every confidence has a human label, none is the code.
    for (int i = 0; i < w.confidence->count(); ++i) {
        const auto c = static_cast<store::Confidence>(w.confidence->itemData(i).toInt());
        EXPECT_FALSE(w.confidence->itemText(i).isEmpty());
        EXPECT_NE(w.confidence->itemText(i), store::toCode(c));
    }
}

TEST(ProvenanceEditor, QuoteIsFinishedWhenFocusLeavesIt)
{
    ui::ProvenanceEditor editor;
    editor.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&editor));
    editor.activateWindow();
    editor.setProvenance(sample());
    QSignalSpy edited(&editor, &ui::ProvenanceEditor::provenanceEdited);
    const Widgets w = widgetsOf(editor);
    w.quote->setFocus();
    w.quote->selectAll();
    QTest::keyClicks(w.quote, QStringLiteral("9 of 20 healed"));
    EXPECT_EQ(edited.count(), 0);
    w.locator->setFocus();
    EXPECT_EQ(edited.count(), 1);
    EXPECT_EQ(editor.provenance().quote, QStringLiteral("9 of 20 healed"));
}

TEST(ProvenanceEditor, EmptyProvenanceSaysNotEnteredYet)
{
    ui::ProvenanceEditor editor;
    editor.setProvenance({});
    EXPECT_EQ(widgetsOf(editor).entered->text(), QStringLiteral("Not entered yet"));
    EXPECT_EQ(editor.provenance(), store::Provenance());
}
