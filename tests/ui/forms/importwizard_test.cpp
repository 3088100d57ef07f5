// The CSV import wizard: file problems named clearly, column mapping
// suggested from foreign headers, a preview that lists exactly the bad rows
// and writes nothing, and an import that one undo removes.
#include "core/store/evidenceindex.h"
#include "tests/ui/forms/formfixture.h"
#include "ui/forms/fieldmessage.h"
#include "ui/forms/importwizard.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace ee;
using ee::ui::ImportWizard;

namespace {

class ImportWizardTest : public formtest::FormFixture
{
protected:
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    /// Types the path into the file page as a user would and presses Enter.
    void chooseFile(ImportWizard &wizard, const QString &path)
    {
        auto *edit = wizard.findChild<QLineEdit *>(QStringLiteral("filePath"));
        ASSERT_NE(edit, nullptr);
        edit->clear();
        QTest::keyClicks(edit, path);
        QTest::keyClick(edit, Qt::Key_Return);
    }

    /// Chooses a readable file and goes on to the mapping page (Enter in the
    /// path field may already have pressed Next, the default button).
    void openFile(ImportWizard &wizard, const QString &path)
    {
        chooseFile(wizard, path);
        if (wizard.currentId() == ImportWizard::FilePage)
            wizard.next();
        ASSERT_EQ(wizard.currentId(), ImportWizard::MappingPage);
    }

    QComboBox *mappingCombo(ImportWizard &wizard, const QString &sourceColumn)
    {
        auto *table = wizard.findChild<QTableWidget *>(QStringLiteral("mappingTable"));
        for (int r = 0; table && r < table->rowCount(); ++r) {
            if (table->item(r, 0)->text() == sourceColumn)
                return qobject_cast<QComboBox *>(table->cellWidget(r, 1));
        }
        return nullptr;
    }

    void mapColumn(ImportWizard &wizard, const QString &sourceColumn, const QString &target)
    {
        QComboBox *combo = mappingCombo(wizard, sourceColumn);
        ASSERT_NE(combo, nullptr) << sourceColumn.toStdString();
        const int index = combo->findData(target);
        ASSERT_GE(index, 0) << target.toStdString();
        combo->setCurrentIndex(index);
    }

    QStringList problemList(ImportWizard &wizard)
    {
        auto *list = wizard.findChild<QListWidget *>(QStringLiteral("problemList"));
        QStringList lines;
        for (int i = 0; list && i < list->count(); ++i)
            lines << list->item(i)->text();
        return lines;
    }

    bool canGoOn(ImportWizard &wizard)
    {
        QAbstractButton *button =
            wizard.button(wizard.currentPage()->isCommitPage() ? QWizard::CommitButton : QWizard::NextButton);
        return button->isVisible() && button->isEnabled();
    }

    void screenshot(ImportWizard &wizard, const char *name)
    {
        const QByteArray dir = qgetenv("EE_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            wizard.grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + QString::fromLatin1(name));
    }

    QList<store::QueryRow> healingRows()
    {
        auto index = m_store->index();
        EXPECT_TRUE(index.ok());
        store::QueryRequest request;
        request.outcome = QStringLiteral("healing");
        auto result = index.value()->query(request);
        EXPECT_TRUE(result.ok());
        return result.ok() ? result.value().rows : QList<store::QueryRow>();
    }
};

// A file from another tool (metafor / RevMan style headers).
const QByteArray kForeign = "Trial,Year,Events (treatment),N_T,e.c,n2i,Colour\n"
                            "Kim 2019,2019,3,10,1,10,red\n"
                            "Park 2021,2021,7,12,4,11,blue\n";

} // namespace

TEST_F(ImportWizardTest, MappingIsSuggestedForForeignHeadersWithSamples)
{
    ImportWizard wizard(m_editor.get());
    wizard.show();
    const QString path = writeFile(QStringLiteral("foreign.csv"), kForeign);
    auto *edit = wizard.findChild<QLineEdit *>(QStringLiteral("filePath"));
    QTest::keyClicks(edit, path);
    Q_EMIT edit->editingFinished(); // as when the field loses focus
    EXPECT_TRUE(canGoOn(wizard));
    EXPECT_TRUE(
        wizard.findChild<QLabel *>(QStringLiteral("fileInfo"))->text().contains(QStringLiteral("2 data row(s)")));
    screenshot(wizard, "import-1-file.png");
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::MappingPage);

    const struct {
        const char *source;
        const char *target;
    } expected[] = { { "Trial", "study" }, { "Year", "year" }, { "Events (treatment)", "events_t" }, { "N_T", "n_t" },
        { "e.c", "events_c" }, { "n2i", "n_c" }, { "Colour", "" } };
    for (const auto &e : expected) {
        QComboBox *combo = mappingCombo(wizard, QString::fromLatin1(e.source));
        ASSERT_NE(combo, nullptr) << e.source;
        EXPECT_EQ(combo->currentData().toString(), QString::fromLatin1(e.target)) << e.source;
    }
    auto *table = wizard.findChild<QTableWidget *>(QStringLiteral("mappingTable"));
    EXPECT_EQ(table->item(6, 2)->text(), QStringLiteral("red · blue"));
    EXPECT_EQ(wizard.findChild<QLineEdit *>(QStringLiteral("fixedArmT"))->text(), QStringLiteral("Treatment"));

    // The outcome is required and nothing provides it.
    auto *missing = wizard.findChild<ui::FieldMessage *>(QStringLiteral("missingColumns"));
    EXPECT_TRUE(missing->hasProblem());
    EXPECT_TRUE(missing->text().contains(QStringLiteral("outcome")));
    EXPECT_FALSE(canGoOn(wizard));
    screenshot(wizard, "import-2-mapping-missing.png");

    QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("fixedOutcome")), QStringLiteral("healing"));
    EXPECT_FALSE(missing->hasProblem());
    EXPECT_TRUE(canGoOn(wizard));

    // Two columns mapped to one field block Next until one is changed.
    mapColumn(wizard, QStringLiteral("Colour"), QStringLiteral("n_c"));
    EXPECT_TRUE(missing->text().contains(QStringLiteral("already mapped from column 'n2i'")));
    EXPECT_FALSE(canGoOn(wizard));
    mapColumn(wizard, QStringLiteral("Colour"), QStringLiteral("mod:colour"));
    EXPECT_TRUE(canGoOn(wizard));
    screenshot(wizard, "import-2-mapping.png");
}

TEST_F(ImportWizardTest, PreviewListsExactlyTheBadRowsAndWritesNothing)
{
    const QByteArray header = "study,year,comparison,arm_t,arm_c,outcome,events_t,n_t,events_c,n_c,mean_t,sd_t,"
                              "mean_c,sd_c\n";
    const struct {
        const char *row;
        QStringList problems; // as listed, with the file line filled in
    } cases[] = {
        { "Kim 2019,2019,Kim,T,C,healing,3,10,1,10,,,,", {} },
        { "Lee 2020,2020,Lee,T,C,healing,25,20,5,20,,,,",
            { QStringLiteral("column events_t: events (25) exceed N (20)") } },
        { "Park 2021,2021,Park,T,C,abi,,10,,10,0.5,0,0.4,0.2",
            { QStringLiteral("column sd_t: the SD must be positive, got 0") } },
        { "Old 1066,1066,Old,T,C,healing,1,10,1,10,,,,",
            { QStringLiteral("column year: year 1066 is not plausible (1800-2200)") } },
        { "Nan 2022,2022,Nan,T,C,healing,1,ten,1,10,,,,",
            { QStringLiteral("column n_t: 'ten' is not a whole number") } },
        { ",2023,Anon,T,C,healing,1,10,1,10,,,,", { QStringLiteral("column study: the study label is empty") } },
        { "Half 2023,2023,Half,T,C,healing,1,10,12.5,20,,,,",
            { QStringLiteral("column events_c: '12.5' is not a whole number") } },
        { "Lu 2011,2011,LuX,T,C,healing,1,10,1,10,,,,",
            { QStringLiteral("column study: study 'Lu 2011' is already in the project") } },
        { "Good 2024,2024,Good,T,C,healing,2,10,1,10,,,,", {} },
    };
    QByteArray text = header;
    QStringList expected;
    int line = 2;
    for (const auto &c : cases) {
        text += c.row;
        text += '\n';
        for (const QString &p : c.problems)
            expected << QStringLiteral("row %1, %2").arg(line).arg(p);
        ++line;
    }
    const QString path = writeFile(QStringLiteral("bad rows.csv"), text);
    const store::EvidenceBase before = snapshot();

    ImportWizard wizard(m_editor.get());
    wizard.show();
    openFile(wizard, path);
    EXPECT_TRUE(canGoOn(wizard));
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::PreviewPage);
    screenshot(wizard, "import-3-preview-problems.png");

    EXPECT_EQ(problemList(wizard), expected);
    EXPECT_FALSE(canGoOn(wizard));
    EXPECT_TRUE(wizard.findChild<QLabel *>(QStringLiteral("previewStatus"))
                    ->text()
                    .startsWith(QStringLiteral("7 problem(s) found in 7 row(s).")));
    // The bad cells are highlighted: row 3 (table row 1), events_t.
    auto *preview = wizard.findChild<QTableWidget *>(QStringLiteral("previewTable"));
    EXPECT_EQ(preview->verticalHeaderItem(1)->text(), QStringLiteral("3"));
    EXPECT_EQ(preview->item(1, 6)->toolTip(), QStringLiteral("events (25) exceed N (20)"));
    EXPECT_NE(preview->item(1, 6)->background(), preview->item(0, 6)->background());

    EXPECT_EQ(snapshot(), before);
    EXPECT_EQ(m_editor->undoStack()->count(), 0);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), text);
}

TEST_F(ImportWizardTest, ValidFileImportsAsOneUndoableEdit)
{
    const QString path = writeFile(QStringLiteral("foreign.csv"), kForeign);
    const store::EvidenceBase before = snapshot();
    const qsizetype healingBefore = healingRows().size();

    ImportWizard wizard(m_editor.get());
    wizard.show();
    openFile(wizard, path);
    QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("fixedOutcome")), QStringLiteral("healing"));
    QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("fixedTimepoint")), QStringLiteral("12 weeks"));
    // A wrong mapping first: events and N swapped.
    mapColumn(wizard, QStringLiteral("Events (treatment)"), QStringLiteral("n_t"));
    mapColumn(wizard, QStringLiteral("N_T"), QStringLiteral("events_t"));
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::PreviewPage);
    EXPECT_EQ(problemList(wizard),
        (QStringList { QStringLiteral("row 2, column events_t: events (10) exceed N (3)"),
            QStringLiteral("row 3, column events_t: events (12) exceed N (7)") }));
    EXPECT_FALSE(canGoOn(wizard));

    // Back to the mapping, fix it, and the preview is clean.
    wizard.back();
    ASSERT_EQ(wizard.currentId(), ImportWizard::MappingPage);
    mapColumn(wizard, QStringLiteral("Events (treatment)"), QStringLiteral("events_t"));
    mapColumn(wizard, QStringLiteral("N_T"), QStringLiteral("n_t"));
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::PreviewPage);
    EXPECT_TRUE(problemList(wizard).isEmpty());
    EXPECT_TRUE(canGoOn(wizard));
    EXPECT_EQ(wizard.findChild<QLabel *>(QStringLiteral("previewStatus"))->text(),
        QStringLiteral("Ready to import 2 study(ies), 4 arm(s), 2 comparison(s), 2 outcome result(s) from 2 row(s)."));
    screenshot(wizard, "import-3-preview.png");
    EXPECT_EQ(snapshot(), before);

    wizard.next(); // Import
    ASSERT_EQ(wizard.currentId(), ImportWizard::ResultPage);
    screenshot(wizard, "import-4-result.png");
    EXPECT_TRUE(wizard.findChild<QLabel *>(QStringLiteral("importSummary"))
                    ->text()
                    .contains(QStringLiteral("2 study(ies): Kim 2019, Park 2021")));

    const store::EvidenceBase after = snapshot();
    EXPECT_EQ(after.studies.size(), before.studies.size() + 2);
    EXPECT_EQ(after.comparisons.size(), before.comparisons.size() + 2);
    EXPECT_EQ(after.outcomeData.size(), before.outcomeData.size() + 2);
    const QList<store::QueryRow> rows = healingRows();
    EXPECT_EQ(rows.size(), healingBefore + 2);
    bool sawKim = false;
    for (const store::QueryRow &row : rows) {
        if (row.studyLabel != QLatin1String("Kim 2019"))
            continue;
        sawKim = true;
        EXPECT_EQ(row.year, 2019);
        EXPECT_EQ(row.timepoint, QStringLiteral("12 weeks"));
        EXPECT_EQ(row.treatment.events, 3);
        EXPECT_EQ(row.treatment.n, 10);
        EXPECT_EQ(row.control.events, 1);
        EXPECT_EQ(row.control.n, 10);
    }
    EXPECT_TRUE(sawKim);

    ASSERT_EQ(m_editor->undoStack()->count(), 1);
    EXPECT_EQ(m_editor->undoStack()->undoText(), QStringLiteral("Import foreign.csv"));
    m_editor->undoStack()->undo();
    EXPECT_EQ(snapshot(), before);
    EXPECT_EQ(healingRows().size(), healingBefore);
    m_editor->undoStack()->redo();
    EXPECT_EQ(snapshot(), after); // same ids
    EXPECT_EQ(reopened(), after);
}

TEST_F(ImportWizardTest, FileProblemsNameTheFile)
{
    const struct {
        const char *name;
        QByteArray bytes;
        bool create;
        const char *fragment;
    } cases[] = {
        { "missing.csv", QByteArray(), false, "does not exist" },
        { "empty.csv", QByteArray(" \n\n"), true, "is empty" },
        { "latin1.csv", QByteArray("study,country\nM\xfcller 2019,Germany\n"), true, "is not UTF-8 text" },
        { "binary.csv", QByteArray("PK\x03\x04\0\0\x14", 7), true, "is not a text file" },
        { "ragged.csv", QByteArray("study,year\nKim 2019,2019,extra\n"), true,
            "line 2: 3 fields, but the header has 2" },
        { "quote.csv", QByteArray("study,year\nKim \"2019,2019\n"), true, "line 2: a quote inside an unquoted field" },
        { "header.csv", QByteArray("study,year\n"), true, "has a header but no data rows" },
        { "semicolons.csv", QByteArray("study;year\nKim 2019;2019\n"), true, "separated by semicolons" },
    };
    for (const auto &c : cases) {
        SCOPED_TRACE(c.name);
        const QString name = QString::fromLatin1(c.name);
        const QString path = c.create ? writeFile(name, c.bytes) : m_dir.filePath(name);
        ImportWizard wizard(m_editor.get());
        wizard.show();
        chooseFile(wizard, path);
        auto *message = wizard.findChild<ui::FieldMessage *>(QStringLiteral("fileMessage"));
        EXPECT_TRUE(message->hasProblem());
        EXPECT_TRUE(message->text().contains(name)) << message->text().toStdString();
        EXPECT_TRUE(message->text().contains(QString::fromLatin1(c.fragment))) << message->text().toStdString();
        EXPECT_FALSE(canGoOn(wizard));
        wizard.next();
        EXPECT_EQ(wizard.currentId(), ImportWizard::FilePage);
        if (qstrcmp(c.name, "latin1.csv") == 0)
            screenshot(wizard, "import-1-file-problem.png");
    }
}

TEST_F(ImportWizardTest, PreviewShowsTheFirstRowsAndListsProblemsInAllRows)
{
    QByteArray text = "study,comparison,arm_t,arm_c,outcome,events_t,n_t,events_c,n_c\n";
    for (int i = 0; i < 250; ++i) {
        const int line = i + 2;
        text += QStringLiteral("Big %1,Big %1,T,C,healing,%2,10,1,10\n").arg(line).arg(line == 240 ? 11 : 1).toUtf8();
    }
    const store::EvidenceBase before = snapshot();
    ImportWizard wizard(m_editor.get());
    wizard.show();
    openFile(wizard, writeFile(QStringLiteral("big.csv"), text));
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::PreviewPage);
    auto *preview = wizard.findChild<QTableWidget *>(QStringLiteral("previewTable"));
    EXPECT_EQ(preview->rowCount(), 200);
    EXPECT_EQ(
        problemList(wizard), QStringList { QStringLiteral("row 240, column events_t: events (11) exceed N (10)") });
    EXPECT_TRUE(wizard.findChild<QLabel *>(QStringLiteral("previewStatus"))
                    ->text()
                    .contains(QStringLiteral("The table shows the first 200 of 250 rows")));
    EXPECT_FALSE(canGoOn(wizard));
    EXPECT_EQ(snapshot(), before);
}
