// The writer the form kill test starts and kills: it adds arms to the first
// study through the real arm form, typing each label as a user does, and
// prints "committed LABEL" after each label is written (the form reports no
// problem and the undo stack grew). Usage: form_writer_child FILE START
#include "core/store/studystore.h"
#include "ui/forms/armform.h"
#include "ui/forms/fieldmessage.h"
#include "ui/forms/projecteditor.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

#include <cstdio>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: form_writer_child FILE START\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int start = QString::fromLocal8Bit(argv[2]).toInt();
    auto store = ee::store::StudyStore::open(path, ee::store::StudyStore::OpenMode::ReadWrite);
    if (!store.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().text()));
        return 1;
    }
    ee::ui::ProjectEditor editor;
    editor.setStore(store.value().get());
    auto base = store.value()->load();
    if (!base.ok() || base.value().studies.isEmpty()) {
        std::fprintf(stderr, "no study to edit\n");
        return 1;
    }
    ee::ui::ArmForm form(&editor);
    form.setStudy(base.value().studies.first().id);
    form.show();
    auto *add = form.findChild<QPushButton *>(QStringLiteral("addArm"));
    auto *label = form.findChild<QLineEdit *>(QStringLiteral("armLabel"));
    for (int i = start;; ++i) {
        QTest::mouseClick(add, Qt::LeftButton);
        const QString typed = QStringLiteral("K%1").arg(i);
        label->selectAll();
        QTest::keyClick(label, Qt::Key_Backspace);
        QTest::keyClicks(label, typed);
        const int before = editor.undoStack()->count();
        QTest::keyClick(label, Qt::Key_Return);
        if (editor.undoStack()->count() != before + 1 || !label->accessibleDescription().isEmpty()) {
            std::fprintf(stderr, "label %s was not written: %s\n", qPrintable(typed),
                qPrintable(label->accessibleDescription()));
            return 1;
        }
        std::printf("committed %s\n", qPrintable(typed));
        std::fflush(stdout);
    }
}
