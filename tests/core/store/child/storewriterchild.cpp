// A writer for the kill test (tests/core/store/killedwriter_test.cpp): adds
// one complete trial per transaction to the project at argv[1], starting at
// number argv[2], and prints "committed N" after each commit returns, until it
// is killed. Each trial is a study with two arms, a comparison, an outcome
// value with provenance and a moderator, all in one transaction; the study
// notes carry ~16 KB so the WAL is checkpointed now and then.
#include "core/store/studystore.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

using namespace ee::store;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: store_writer_child FILE FIRST\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int first = std::atoi(argv[2]);
    auto opened = StudyStore::open(path, StudyStore::OpenMode::Create);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().text()));
        return 1;
    }
    StudyStore &store = *opened.value();
    Status defined = store.transaction([&]() -> Status {
        if (Status s = store.putOutcomeDefinition({ QStringLiteral("healing"), QStringLiteral("Healing"),
                OutcomeKind::Binary, QStringLiteral("patients"), BetterDirection::Higher, {}, 0 });
            !s)
            return s;
        return store.putModeratorDefinition({ QStringLiteral("followup_months"), {}, {}, {} });
    });
    if (!defined) {
        std::fprintf(stderr, "%s\n", qPrintable(defined.error().text()));
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    const QString payload(16000, QLatin1Char('x'));
    for (int i = first;; ++i) {
        Status written = store.transaction([&]() -> Status {
            Study study;
            study.label = QStringLiteral("W %1").arg(i);
            study.year = 2000 + i % 100;
            study.notes = payload;
            auto studyId = store.addStudy(study);
            if (!studyId)
                return studyId.error();
            Arm treatment;
            treatment.study = studyId.value();
            treatment.label = QStringLiteral("T");
            auto t = store.addArm(treatment);
            if (!t)
                return t.error();
            Arm control;
            control.study = studyId.value();
            control.label = QStringLiteral("C");
            control.role = ArmRole::Control;
            auto c = store.addArm(control);
            if (!c)
                return c.error();
            auto comparison =
                store.addComparison({ ComparisonId(), studyId.value(), study.label, t.value(), c.value(), {}, {}, {} });
            if (!comparison)
                return comparison.error();
            OutcomeData data;
            data.comparison = comparison.value();
            data.outcome = QStringLiteral("healing");
            data.eventsTreatment = i % 50;
            data.nTreatment = 50;
            data.eventsControl = (i * 7) % 50;
            data.nControl = 50;
            data.provenance.quote = QStringLiteral("value %1").arg(i);
            if (auto d = store.addOutcomeData(data); !d)
                return d.error();
            Moderator m;
            m.study = studyId.value();
            m.name = QStringLiteral("followup_months");
            m.valueText = QString::number(i);
            m.valueMin = m.valueMax = i;
            if (auto id = store.setModerator(m); !id)
                return id.error();
            return {};
        });
        if (!written) {
            std::fprintf(stderr, "%s\n", qPrintable(written.error().text()));
            return 1;
        }
        std::printf("committed %d\n", i);
        std::fflush(stdout);
    }
}
