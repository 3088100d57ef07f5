// Time from an edit of one outcome value (ProjectEditor::apply, what the forms call) to the
// value written in its own transaction and every explorer view redrawn, and
// for its undo, in the real main window (offscreen) on an editable copy of
// the bundled base.
//
// Usage: ui_edit_roundtrip_bench [edits]   (default 100)
// Prints median and 95th percentile of: edit -> written + redrawn, and
// undo -> reverted + redrawn. No target is set by the issue; the figure shows
// that an edit reaches the plots within a frame or two.
#include "core/store/bundledbases.h"
#include "core/store/evidenceindex.h"
#include "core/store/studystore.h"
#include "ui/explorer/explorercontroller.h"
#include "ui/explorer/plotarea.h"
#include "ui/forms/projecteditor.h"
#include "ui/mainwindow.h"
#include "ui/plots/forestplot.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QTemporaryDir>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

using namespace ee;

struct Spread {
    double median = 0;
    double p95 = 0;
};

Spread spreadOf(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return { values[values.size() / 2], values[static_cast<std::size_t>(values.size() * 0.95)] };
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir scratch;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, scratch.path());
    const int edits = argc > 1 ? std::max(10, std::atoi(argv[1])) : 100;

    auto bundled =
        store::StudyStore::open(store::BundledBases::defaultBasePath(), store::StudyStore::OpenMode::ReadOnly);
    const QString path = scratch.filePath(QStringLiteral("editable.evidence"));
    if (!bundled.ok() || !bundled.value()->saveAs(path).ok()) {
        std::fprintf(stderr, "ui_edit_roundtrip_bench: cannot copy the bundled base\n");
        return 1;
    }
    ui::MainWindow window;
    if (const QString error = window.openProject(path, false); !error.isEmpty()) {
        std::fprintf(stderr, "ui_edit_roundtrip_bench: %s\n", qPrintable(error));
        return 1;
    }
    window.show();
    QApplication::processEvents();
    ui::ProjectEditor *editor = window.projectEditor();
    const auto results = window.controller()->index()->base().outcomeData;
    const auto target = std::find_if(results.cbegin(), results.cend(), [](const store::OutcomeData &d) {
        return d.role == store::ExtractionRole::Final && d.eventsTreatment && d.nTreatment && *d.nTreatment > 2;
    });
    if (target == results.cend()) {
        std::fprintf(stderr, "ui_edit_roundtrip_bench: no binary result to edit\n");
        return 1;
    }
    const store::OutcomeData original = *target;

    std::vector<double> edit;
    std::vector<double> undo;
    for (int i = 0; i < edits; ++i) {
        store::OutcomeData changed = original;
        changed.eventsTreatment = (*original.eventsTreatment + 1 + i % 2) % (*original.nTreatment + 1);
        QElapsedTimer timer;
        timer.start();
        const QString error = editor->apply(
            QStringLiteral("Edit events"), [changed](store::StudyStore &s) { return s.updateOutcomeData(changed); });
        QApplication::processEvents();
        window.repaint();
        edit.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "ui_edit_roundtrip_bench: %s\n", qPrintable(error));
            return 1;
        }
        timer.restart();
        editor->undoStack()->undo();
        QApplication::processEvents();
        window.repaint();
        undo.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    const Spread e = spreadOf(edit);
    const Spread u = spreadOf(undo);
    std::printf(
        "edit (one transaction, synchronous=FULL) -> explorer redrawn: median %.2f ms, p95 %.2f ms\n", e.median, e.p95);
    std::printf(
        "undo (one transaction) -> explorer redrawn:                 median %.2f ms, p95 %.2f ms\n", u.median, u.p95);
    std::printf("(%d edits of one outcome value on an editable copy of the bundled base, %d forest rows)\n", edits,
        static_cast<int>(window.plotArea()->forest()->data().studies.size()));
    return 0;
}
