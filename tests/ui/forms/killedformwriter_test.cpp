// A writer killed mid-edit leaves every previously entered value intact: a
// child process types arm labels into the real arm form and is SIGKILLed at
// random moments; after each kill the file passes SQLite's integrity check,
// every label the child reported as written is there, and nothing else of
// the project changed.
#include "ui/forms/formfixture.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>

#include <iostream>

using namespace ee;

namespace {

class KilledFormWriter : public formtest::FormFixture
{
};

} // namespace

TEST_F(KilledFormWriter, KeepsEveryValueEnteredBeforeTheKill)
{
    const store::EvidenceBase original = snapshot();
    const store::StudyId edited = original.studies.first().id;
    m_editor.reset();
    m_store.reset(); // the child is the only writer

    const quint32 seed = QRandomGenerator::global()->generate();
    SCOPED_TRACE(testing::Message() << "random seed " << seed);
    QRandomGenerator random(seed);
    QSet<QString> committed;
    int next = 0;
    const int rounds = 12;
    for (int round = 0; round < rounds; ++round) {
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        child.setProcessEnvironment(environment);
        child.setProgram(QStringLiteral(EE_FORM_WRITER_CHILD));
        child.setArguments({ m_path, QString::number(next) });
        child.start();
        ASSERT_TRUE(child.waitForStarted(10000)) << child.errorString().toStdString();
        // Start-up time varies with load and sanitizers: kill while it types,
        // after its first label (but within the first few in odd rounds).
        QByteArray output;
        while (!output.contains("committed ") && child.state() == QProcess::Running
               && child.waitForReadyRead(30000))
            output += child.readAllStandardOutput();
        QThread::msleep(static_cast<unsigned long>(round % 2 ? random.bounded(0, 40) : random.bounded(40, 600)));
        child.kill();
        ASSERT_TRUE(child.waitForFinished(10000));
        output += child.readAllStandardOutput();
        for (const QByteArray &line : output.split('\n')) {
            if (line.startsWith("committed "))
                committed.insert(QString::fromUtf8(line.mid(10)));
        }
        const QByteArray errors = child.readAllStandardError();
        EXPECT_FALSE(errors.contains("was not written")) << errors.toStdString();

        auto reopened = store::StudyStore::open(m_path, store::StudyStore::OpenMode::ReadWrite);
        ASSERT_TRUE(reopened.ok()) << reopened.error().text().toStdString();
        EXPECT_EQ(reopened.value()->integrityCheck().value(), QStringLiteral("ok"));
        auto loaded = reopened.value()->load();
        ASSERT_TRUE(loaded.ok());
        store::EvidenceBase base = loaded.value();
        QSet<QString> labels;
        int highest = next - 1;
        QList<store::Arm> originalArms;
        for (const store::Arm &arm : base.arms) {
            if (arm.study == edited && arm.id.value > original.arms.last().id.value) {
                labels.insert(arm.label);
                if (arm.label.startsWith(QLatin1Char('K')))
                    highest = std::max(highest, arm.label.mid(1).toInt());
            } else
                originalArms.append(arm);
        }
        for (const QString &label : committed)
            EXPECT_TRUE(labels.contains(label)) << "the arm label " << label.toStdString() << " was lost";
        // Everything else is exactly as it was.
        base.arms = originalArms;
        EXPECT_EQ(base, original);
        if (::testing::Test::HasFailure())
            break;
        next = highest + 1;
    }
    std::cout << "[          ] killed the form writer " << rounds << " times; " << committed.size()
              << " typed labels checked after every kill\n";
    EXPECT_GT(committed.size(), rounds);
}
