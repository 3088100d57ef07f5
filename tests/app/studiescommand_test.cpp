// `evidence-cli studies` in-process on the bundled bases: filters, facets,
// data with provenance, not-extracted comparisons, shared controls, errors.
#include "app/cli/cli.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

namespace {

const std::string kBase = EE_BINARY_DIR "/share/evidence-explorer/dfu-cell-therapy.evidence";
const std::string kBcg = EE_BINARY_DIR "/share/evidence-explorer/examples/bcg.evidence";

struct CliResult {
    int code = -1;
    std::string out;
    std::string err;
    QJsonObject json() const { return QJsonDocument::fromJson(QByteArray::fromStdString(out)).object(); }
};

CliResult cli(std::vector<std::string> args)
{
    std::ostringstream out;
    std::ostringstream err;
    CliResult r;
    r.code = ee::cli::runCli(args, out, err);
    r.out = out.str();
    r.err = err.str();
    return r;
}

QStringList comparisons(const QJsonArray &rows)
{
    QStringList labels;
    for (const QJsonValue &row : rows)
        labels << row.toObject().value(QStringLiteral("comparison")).toString();
    return labels;
}

} // namespace

TEST(StudiesCommand, ListsTheRowsWithDataForAnOutcomeAsJson)
{
    const CliResult r = cli({ "studies", "--db", kBase, "--outcome", "healing", "--where", "cell_type=ASC", "--json" });
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(r.err.empty());
    const QJsonObject root = r.json();
    EXPECT_EQ(root.value(QStringLiteral("project")).toString(), QStringLiteral("dfu-cell-therapy"));
    EXPECT_EQ(root.value(QStringLiteral("outcome")).toObject().value(QStringLiteral("kind")).toString(),
        QStringLiteral("binary"));
    const QJsonArray rows = root.value(QStringLiteral("rows")).toArray();
    EXPECT_EQ(comparisons(rows),
        (QStringList {
            QStringLiteral("Uzun"), QStringLiteral("Han"), QStringLiteral("Moon"), QStringLiteral("Lonardi") }));
    const QJsonObject han = rows[1].toObject();
    EXPECT_EQ(han.value(QStringLiteral("study")).toString(), QStringLiteral("Han 2010"));
    EXPECT_EQ(han.value(QStringLiteral("year")).toInt(), 2010);
    const QJsonObject data = han.value(QStringLiteral("data")).toObject();
    EXPECT_EQ(data.value(QStringLiteral("events_t")).toDouble(), 26);
    EXPECT_EQ(data.value(QStringLiteral("n_c")).toDouble(), 26);
    EXPECT_EQ(han.value(QStringLiteral("facets")).toObject().value(QStringLiteral("route")).toString(),
        QStringLiteral("topical"));
    const QJsonObject provenance = han.value(QStringLiteral("provenance")).toObject();
    EXPECT_EQ(provenance.value(QStringLiteral("confidence")).toString(), QStringLiteral("derived-from-percent"));
    EXPECT_TRUE(
        provenance.value(QStringLiteral("quote")).toString().contains(QStringLiteral("62% of the control group")));
    // The other ASC comparisons have no healing data: listed, not drawn as zero.
    const QJsonArray notExtracted = root.value(QStringLiteral("not_extracted")).toArray();
    EXPECT_EQ(notExtracted.size(), 9 - 4);
    // Counts per facet level: ASC is selected, PBMNC would give Huang and Zhang.
    const QJsonArray cellTypes =
        root.value(QStringLiteral("facet_counts")).toObject().value(QStringLiteral("cell_type")).toArray();
    bool sawPbmnc = false;
    for (const QJsonValue &level : cellTypes) {
        if (level.toObject().value(QStringLiteral("level")).toString() == QLatin1String("PBMNC")) {
            EXPECT_EQ(level.toObject().value(QStringLiteral("studies")).toInt(), 2);
            sawPbmnc = true;
        }
    }
    EXPECT_TRUE(sawPbmnc);
}

TEST(StudiesCommand, ListsMatchingComparisonsWithoutAnOutcome)
{
    const CliResult r =
        cli({ "studies", "--db", kBase, "--where", "cell_type=BMMSC,BMMNC", "--where", "route=IM", "--json" });
    ASSERT_EQ(r.code, 0) << r.err;
    const QJsonObject root = r.json();
    EXPECT_TRUE(root.value(QStringLiteral("outcome")).isNull());
    EXPECT_EQ(root.value(QStringLiteral("comparisons")).toInt(), 10);
    EXPECT_EQ(root.value(QStringLiteral("studies")).toInt(), 8);
    EXPECT_TRUE(root.value(QStringLiteral("not_extracted")).toArray().isEmpty());
}

TEST(StudiesCommand, PrintsAReadableTable)
{
    const CliResult r = cli({ "studies", "--db", kBase, "--outcome", "amputation", "--counts" });
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("Outcome: amputation (Amputation, binary, lower is better)"), std::string::npos);
    EXPECT_NE(r.out.find("Mohammadzadeh"), std::string::npos);
    EXPECT_NE(r.out.find("0/7"), std::string::npos);
    EXPECT_NE(r.out.find("4 comparison(s) with data from 4 studies."), std::string::npos);
    EXPECT_NE(r.out.find("34 matching comparison(s) not extracted for amputation"), std::string::npos);
    EXPECT_NE(r.out.find("Studies available per facet level"), std::string::npos);
}

TEST(StudiesCommand, WorksOnTheExampleProjects)
{
    const CliResult r = cli({ "studies", "--db", kBcg, "--outcome", "tb", "--where", "alloc=random", "--json" });
    ASSERT_EQ(r.code, 0) << r.err;
    const QJsonArray rows = r.json().value(QStringLiteral("rows")).toArray();
    EXPECT_EQ(rows.size(), 7);
    EXPECT_EQ(
        rows[0].toObject().value(QStringLiteral("moderators")).toObject().value(QStringLiteral("ablat")).toString(),
        QStringLiteral("44"));
}

TEST(StudiesCommand, BadInputIsAUsageErrorWithNothingOnStandardOutput)
{
    const struct {
        std::vector<std::string> args;
        const char *message;
    } cases[] = {
        { { "studies" }, "--db FILE.evidence is required" },
        { { "studies", "--db" }, "needs a value" },
        { { "studies", "--db", kBase, "--colour" }, "unknown option '--colour'" },
        { { "studies", "--db", kBase, "--where", "cell_type" }, "expected FACET=LEVEL" },
        { { "studies", "--db", kBase, "--where", "shape=round" }, "unknown facet 'shape'" },
        { { "studies", "--db", kBase, "--where", "route=oral" }, "facet 'route' has no level 'oral'" },
        { { "studies", "--db", kBase, "--outcome", "mortality" }, "unknown outcome 'mortality'" },
        { { "studies", "--db", kBase, "--shared-control", "half" }, "flag or split" },
        { { "studies", "--db", "/nonexistent/x.evidence" }, "does not exist" },
        { { "studies", "--db", EE_SOURCE_DIR "/resources/data/dfu-cell-therapy/studies.csv" },
            "not an SQLite database" },
    };
    for (const auto &c : cases) {
        const CliResult r = cli(c.args);
        EXPECT_EQ(r.code, 2) << c.message;
        EXPECT_TRUE(r.out.empty()) << c.message;
        EXPECT_NE(r.err.find(c.message), std::string::npos) << r.err;
        EXPECT_EQ(r.err.rfind("evidence-cli studies: ", 0), 0u) << r.err;
    }
}

TEST(StudiesCommand, HelpDescribesTheOptions)
{
    const CliResult r = cli({ "studies", "--help" });
    EXPECT_EQ(r.code, 0);
    EXPECT_NE(r.out.find("--where FACET=L1[,L2...]"), std::string::npos);
    EXPECT_NE(r.out.find("--shared-control flag|split"), std::string::npos);
}
