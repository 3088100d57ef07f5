// Reliability: a writer process is killed (SIGKILL) at random moments, many
// times, on the same file. After each kill the file must pass SQLite's
// integrity check, every change the writer reported as committed must be
// there, and no trial may be half-written (each is one transaction).
#include "core/store/studystore.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <iostream>

using namespace ee::store;

namespace {

struct Check {
    QSet<int> present;
    int maxPresent = -1;
};

/// Opens the file as the next session would and checks it.
Check checkFile(const QString &path, const QSet<int> &committed)
{
    Check check;
    auto store = StudyStore::open(path, StudyStore::OpenMode::ReadWrite);
    EXPECT_TRUE(store.ok()) << store.error().text().toStdString();
    if (!store.ok())
        return check;
    auto integrity = store.value()->integrityCheck();
    EXPECT_TRUE(integrity.ok());
    EXPECT_EQ(integrity.value(), QStringLiteral("ok"));
    auto loaded = store.value()->load();
    EXPECT_TRUE(loaded.ok()) << loaded.error().text().toStdString();
    if (!loaded.ok())
        return check;
    const EvidenceBase &base = loaded.value();
    for (const Study &s : base.studies) {
        const int i = s.label.mid(2).toInt();
        check.present.insert(i);
        check.maxPresent = std::max(check.maxPresent, i);
        int arms = 0;
        for (const Arm &a : base.arms)
            arms += a.study == s.id ? 1 : 0;
        int comparisons = 0;
        ComparisonId comparison;
        for (const Comparison &c : base.comparisons) {
            if (c.study == s.id) {
                ++comparisons;
                comparison = c.id;
            }
        }
        int data = 0;
        for (const OutcomeData &d : base.outcomeData) {
            if (d.comparison == comparison) {
                ++data;
                EXPECT_EQ(d.eventsTreatment, i % 50);
                EXPECT_EQ(d.eventsControl, (i * 7) % 50);
                EXPECT_EQ(d.provenance.quote, QStringLiteral("value %1").arg(i));
            }
        }
        int moderators = 0;
        for (const Moderator &m : base.moderators)
            moderators += m.study == s.id ? 1 : 0;
        EXPECT_EQ(arms, 2) << "trial " << i << " is half-written";
        EXPECT_EQ(comparisons, 1) << "trial " << i << " is half-written";
        EXPECT_EQ(data, 1) << "trial " << i << " is half-written";
        EXPECT_EQ(moderators, 1) << "trial " << i << " is half-written";
        EXPECT_EQ(s.notes.size(), 16000);
    }
    for (int i : committed)
        EXPECT_TRUE(check.present.contains(i)) << "committed trial " << i << " was lost";
    return check;
}

} // namespace

TEST(KilledWriter, NeverCorruptsTheFileOrLosesACommittedChange)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("killed.evidence"));
    const quint32 seed = QRandomGenerator::global()->generate();
    SCOPED_TRACE(testing::Message() << "random seed " << seed);
    QRandomGenerator random(seed);

    QSet<int> committed;
    int next = 0;
    int kills = 0;
    const int rounds = 40;
    for (int round = 0; round < rounds; ++round) {
        QProcess child;
        child.setProgram(QStringLiteral(EE_STORE_WRITER_CHILD));
        child.setArguments({ path, QString::number(next) });
        child.start();
        ASSERT_TRUE(child.waitForStarted(10000)) << child.errorString().toStdString();
        // Every eighth round kills at once (during open and schema creation);
        // the others once the writer has committed (start-up time varies with
        // load and sanitizers), then after a random while.
        QByteArray output;
        if (round % 8 == 0) {
            QThread::msleep(static_cast<unsigned long>(random.bounded(0, 15)));
        } else {
            while (!output.contains("committed ") && child.state() == QProcess::Running
                   && child.waitForReadyRead(30000))
                output += child.readAllStandardOutput();
            QThread::msleep(static_cast<unsigned long>(random.bounded(0, 250)));
        }
        child.kill();
        ASSERT_TRUE(child.waitForFinished(10000));
        ++kills;
        output += child.readAllStandardOutput();
        const QList<QByteArray> lines = output.split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("committed "))
                committed.insert(line.mid(10).toInt());
        }
        const QByteArray errors = child.readAllStandardError();
        EXPECT_TRUE(errors.isEmpty()) << errors.toStdString();
        if (!QFile::exists(path)) {
            // Killed before the file was created: nothing can have been committed.
            EXPECT_TRUE(committed.isEmpty());
            continue;
        }
        const Check check = checkFile(path, committed);
        if (::testing::Test::HasFailure())
            break;
        next = check.maxPresent + 1;
    }
    std::cout << "[          ] killed the writer " << kills << " times; " << committed.size()
              << " committed trials checked after every kill\n";
    EXPECT_EQ(kills, rounds);
    // The test is only meaningful if the writer got some work done.
    EXPECT_GT(committed.size(), rounds);
}
