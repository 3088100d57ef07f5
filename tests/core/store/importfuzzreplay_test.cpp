// The fuzz corpus and thousands of deterministic mutations of it, run through
// the importer on every test run (the libFuzzer target in tests/fuzz needs
// clang; this needs nothing). Same property as the fuzzer: no crash, and
// either a complete import or a row-level refusal that changes nothing.
#include "fuzz/importproperty.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

#include <random>

namespace {

QList<QByteArray> corpus()
{
    QList<QByteArray> inputs;
    const QDir dir(QStringLiteral(EE_FUZZ_CORPUS_DIR));
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            inputs << file.readAll();
    }
    return inputs;
}

/// One random edit of the kind that breaks CSV files and importers.
QByteArray mutate(QByteArray input, std::mt19937 &random)
{
    static const QList<QByteArray> tokens = { "\"", ",", "\n", "\r\n", "\r", "-1", "0", "1e309", "nan", "inf",
        "2147483648", "", "\xff", QByteArray(1, '\0'), "1-6", "binary", "continuous", "mod:", "cmod:x", "events_t",
        "sd_c", "study", "comparison", "arm_c", "extractor2", "very_high", "RCT", "   " };
    auto pick = [&random](qsizetype n) {
        return n <= 0 ? qsizetype(0)
                      : static_cast<qsizetype>(std::uniform_int_distribution<qsizetype>(0, n - 1)(random));
    };
    const int edits = 1 + static_cast<int>(pick(4));
    for (int e = 0; e < edits; ++e) {
        switch (pick(7)) {
        case 0: // flip a byte
            if (!input.isEmpty())
                input[pick(input.size())] = static_cast<char>(pick(256));
            break;
        case 1: // delete a run
            if (!input.isEmpty()) {
                const qsizetype at = pick(input.size());
                input.remove(at, 1 + pick(20));
            }
            break;
        case 2: // insert a token
            input.insert(pick(input.size() + 1), tokens[pick(tokens.size())]);
            break;
        case 3: { // duplicate a line
            const QList<QByteArray> lines = input.split('\n');
            const QByteArray line = lines[pick(lines.size())];
            input.insert(pick(input.size() + 1), line + '\n');
            break;
        }
        case 4: { // swap two lines
            QList<QByteArray> lines = input.split('\n');
            if (lines.size() > 2)
                lines.swapItemsAt(pick(lines.size()), pick(lines.size()));
            input = lines.join('\n');
            break;
        }
        case 5: // truncate
            input.truncate(pick(input.size() + 1));
            break;
        default: { // replace a field between commas with a token
            const qsizetype comma = input.indexOf(',', pick(input.size()));
            if (comma >= 0) {
                const qsizetype end = input.indexOf(',', comma + 1);
                input.replace(comma + 1, (end < 0 ? input.size() : end) - comma - 1, tokens[pick(tokens.size())]);
            }
            break;
        }
        }
    }
    return input;
}

} // namespace

TEST(ImportFuzzReplay, SeedCorpusImportsCleanly)
{
    const QList<QByteArray> inputs = corpus();
    ASSERT_GE(inputs.size(), 5);
    for (const QByteArray &input : inputs) {
        const auto failure = ee::store::fuzz::checkImportProperty(input);
        EXPECT_FALSE(failure.has_value()) << *failure;
    }
}

TEST(ImportFuzzReplay, MutatedInputsKeepTheImportProperty)
{
    const QList<QByteArray> inputs = corpus();
    ASSERT_FALSE(inputs.isEmpty());
    std::mt19937 random(20251122); // fixed: the same inputs on every run
    int imported = 0;
    int refused = 0;
    const int perInput = 150;
    for (const QByteArray &seed : inputs) {
        for (int i = 0; i < perInput; ++i) {
            const QByteArray input = mutate(seed, random);
            bool accepted = false;
            const auto failure = ee::store::fuzz::checkImportProperty(input, &accepted);
            ASSERT_FALSE(failure.has_value()) << *failure << "\ninput:\n" << input.toStdString();
            // Count outcomes so a mutator that only ever produces garbage is noticed.
            ++(accepted ? imported : refused);
        }
    }
    EXPECT_GT(imported, 30);
    EXPECT_GT(refused, 30);
}
