// The study editor in the real main window: a double-clicked study opens in
// the editor, edits reach the explorer's plots at once, Edit → Undo takes
// them back, and a read-only project is shown but not edited.
#include "core/store/evidenceindex.h"
#include "core/store/studystore.h"
#include "ui/explorer/explorercontroller.h"
#include "ui/explorer/plotarea.h"
#include "ui/forms/armform.h"
#include "ui/forms/formtestutil.h"
#include "ui/forms/projecteditor.h"
#include "ui/forms/studyeditordialog.h"
#include "ui/forms/studyform.h"
#include "ui/mainwindow.h"
#include "ui/plots/forestplot.h"

#include <QApplication>
#include <QMenuBar>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace ee;
using namespace ee::formtest;

namespace {

const QString kBundled = QStringLiteral(EE_BINARY_DIR "/share/evidence-explorer/dfu-cell-therapy.evidence");

class StudyEditorWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QSettings().clear();
        auto bundled = store::StudyStore::open(kBundled, store::StudyStore::OpenMode::ReadOnly);
        ASSERT_TRUE(bundled.ok());
        m_path = m_dir.filePath(QStringLiteral("editable.evidence"));
        ASSERT_TRUE(bundled.value()->saveAs(m_path).ok());
    }

    const ui::PlotStudy *forestRow(ui::MainWindow &window, const QString &key) const
    {
        for (const ui::PlotStudy &study : window.plotArea()->forest()->data().studies) {
            if (study.key == key)
                return &study;
        }
        return nullptr;
    }

    QTemporaryDir m_dir;
    QString m_path;
};

} // namespace

TEST_F(StudyEditorWindowTest, ADoubleClickedStudyOpensAndItsEditsRedrawThePlotsAtOnce)
{
    ui::MainWindow window;
    ASSERT_TRUE(window.openProject(m_path, false).isEmpty());
    window.show();
    ASSERT_TRUE(window.projectEditor()->canEdit());
    const auto &studies = window.plotArea()->forest()->data().studies;
    ASSERT_FALSE(studies.isEmpty());
    const QString key = studies.first().key;
    const QString label = studies.first().label;

    Q_EMIT window.plotArea()->forest()->studyActivated(key);
    ui::StudyEditorDialog *editor = window.studyEditor();
    ASSERT_TRUE(editor->isVisible());
    EXPECT_EQ(editor->tabs()->currentIndex(), ui::StudyEditorDialog::OutcomesTab);
    const qint64 comparison = ui::ExplorerController::comparisonOfKey(key);
    store::StudyId study;
    for (const store::Comparison &c : window.controller()->index()->base().comparisons) {
        if (c.id.value == comparison)
            study = c.study;
    }
    EXPECT_EQ(editor->study(), study);
    // For looking at the editor by hand: EE_SCREENSHOT_DIR=/tmp/shots ./test_ui --gtest_filter='StudyEditor*'
    if (qEnvironmentVariableIsSet("EE_SCREENSHOT_DIR")) {
        for (int tab = 0; tab < editor->tabs()->count(); ++tab) {
            editor->tabs()->setCurrentIndex(tab);
            QApplication::processEvents();
            editor->grab().save(qEnvironmentVariable("EE_SCREENSHOT_DIR") + QStringLiteral("/editor-%1.png").arg(tab));
        }
    }

    // Change the study's year in the form: the forest plot's row ("Lu1 2011") follows immediately.
    editor->tabs()->setCurrentIndex(ui::StudyEditorDialog::StudyTab);
    QLineEdit *yearEdit = child<QLineEdit>(editor->studyForm(), "year");
    typeAndCommit(yearEdit, QStringLiteral("1999"));
    const ui::PlotStudy *row = forestRow(window, key);
    ASSERT_NE(row, nullptr);
    EXPECT_TRUE(row->label.endsWith(QStringLiteral(" 1999"))) << row->label.toStdString();

    // Edit → Undo (the main window's action) restores the plot.
    QAction *undo = nullptr;
    for (QAction *menu : window.menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction *action : menu->menu()->actions()) {
            if (action->shortcut() == QKeySequence(QKeySequence::Undo))
                undo = action;
        }
    }
    ASSERT_NE(undo, nullptr);
    // Enter in a field wrote the year, and nothing else (no dialog button pressed).
    ASSERT_EQ(window.projectEditor()->undoStack()->count(), 1);
    EXPECT_TRUE(undo->isEnabled());
    undo->trigger();
    row = forestRow(window, key);
    ASSERT_NE(row, nullptr);
    EXPECT_EQ(row->label, label);
    EXPECT_NE(yearEdit->text(), QStringLiteral("1999"));
}

TEST_F(StudyEditorWindowTest, TheBundledBaseIsShownButNotEdited)
{
    ui::MainWindow window;
    ASSERT_TRUE(window.openDefaultProject().isEmpty());
    EXPECT_FALSE(window.projectEditor()->canEdit());
    const QString key = window.plotArea()->forest()->data().studies.first().key;
    window.editStudyOfKey(key);
    ui::StudyEditorDialog *editor = window.studyEditor();
    EXPECT_TRUE(editor->isVisible());
    EXPECT_TRUE(child<QLineEdit>(editor->studyForm(), "study")->isReadOnly());
    EXPECT_EQ(window.projectEditor()->undoStack()->count(), 0);
}

TEST_F(StudyEditorWindowTest, OpeningAnotherProjectDropsTheEditorsHistory)
{
    ui::MainWindow window;
    ASSERT_TRUE(window.openProject(m_path, false).isEmpty());
    ui::ProjectEditor *editor = window.projectEditor();
    ASSERT_TRUE(editor
                    ->apply(QStringLiteral("Rename"),
                        [](store::StudyStore &s) {
                            auto base = s.load();
                            store::Study study = base.value().studies.first();
                            study.notes = QStringLiteral("edited");
                            return s.updateStudy(study);
                        })
                    .isEmpty());
    EXPECT_EQ(editor->undoStack()->count(), 1);
    ASSERT_TRUE(window.openDefaultProject().isEmpty());
    EXPECT_EQ(editor->undoStack()->count(), 0);
    EXPECT_FALSE(editor->canEdit());
}
