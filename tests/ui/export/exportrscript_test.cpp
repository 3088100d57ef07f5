// "Export R script" (issue 8): the script metafor runs gives our numbers. Runs
// only when Rscript with metafor is installed, and is reported as skipped otherwise.

#include "core/io/studycsv.h"
#include "core/stats/analysis.h"
#include "ui/export/rscriptwriter.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>
#include <string>

namespace ee::ui {
namespace {

struct ScriptCase {
    const char *name;
    stats::EffectMeasure measure;
    stats::PoolingMethod method;
    stats::ModelChoice model;
    stats::Tau2Estimator tau2;
    bool hksj;
    const char *subgroup;
};

void PrintTo(const ScriptCase &c, std::ostream *os)
{
    *os << c.name;
}

QString rscript()
{
    return QStandardPaths::findExecutable(QStringLiteral("Rscript"));
}

bool metaforAvailable()
{
    static const bool available = [] {
        if (rscript().isEmpty())
            return false;
        QProcess r;
        r.start(rscript(), { QStringLiteral("-e"), QStringLiteral("library(metafor)") });
        return r.waitForFinished(60000) && r.exitStatus() == QProcess::NormalExit && r.exitCode() == 0;
    }();
    return available;
}

class RScript : public ::testing::TestWithParam<ScriptCase>
{
};

TEST_P(RScript, MetaforReproducesOurEstimate)
{
    const ScriptCase &c = GetParam();
    const std::string csv = std::string(EE_REFERENCE_DIR) + "/" + c.name + "/input.csv";
    const io::StudyCsvResult read = io::readStudyCsv(csv, c.measure);
    ASSERT_TRUE(read.ok()) << read.error->text();
    const io::StudyTable &table = *read.table;
    stats::AnalysisOptions options;
    options.measure = c.measure;
    options.method = c.method;
    options.model = c.model;
    options.tau2 = c.tau2;
    options.hksj = c.hksj;
    std::optional<stats::Subgrouping> groups;
    if (c.subgroup)
        groups = stats::Subgrouping { c.subgroup, *table.moderator(c.subgroup) };
    const stats::AnalysisResult result = stats::analyse(table.studies, options, groups ? &*groups : nullptr);

    RScriptWriter::DataKind kind = RScriptWriter::DataKind::Binary;
    if (table.kind == io::StudyDataKind::Continuous)
        kind = RScriptWriter::DataKind::Continuous;
    else if (table.kind == io::StudyDataKind::Generic)
        kind = table.standardErrors ? RScriptWriter::DataKind::GenericStandardError
                                    : RScriptWriter::DataKind::GenericVariance;
    const QString script = RScriptWriter::script(
        result, kind, QString::fromStdString(csv), c.subgroup ? QString::fromLatin1(c.subgroup) : QString());
    EXPECT_TRUE(script.contains(QLatin1String("library(metafor)")));
    EXPECT_TRUE(script.contains(QString::fromStdString(csv)));
    if (!metaforAvailable())
        GTEST_SKIP() << "Rscript with metafor is not installed";

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("analysis.R"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(script.toUtf8());
    file.close();
    QProcess r;
    r.start(rscript(), { path });
    ASSERT_TRUE(r.waitForFinished(120000));
    const QString output = QString::fromUtf8(r.readAllStandardOutput());
    ASSERT_EQ(r.exitCode(), 0) << QString::fromUtf8(r.readAllStandardError()).toStdString() << "\n"
                               << script.toStdString();
    const qsizetype at = output.lastIndexOf(QLatin1String("EE "));
    ASSERT_GE(at, 0) << output.toStdString();
    const QStringList values = output.mid(at + 3).section(QLatin1Char('\n'), 0, 0).split(QLatin1Char(' '));
    ASSERT_EQ(values.size(), 4) << output.toStdString();
    auto near = [](double ours, double theirs) {
        return std::abs(ours - theirs) <= 1e-4 * std::max(1.0, std::abs(theirs));
    };
    EXPECT_PRED2(near, result.fit.estimate, values[0].toDouble());
    EXPECT_PRED2(near, result.fit.ciLb, values[1].toDouble());
    EXPECT_PRED2(near, result.fit.ciUb, values[2].toDouble());
    EXPECT_PRED2(near, result.fit.randomEffects ? result.fit.tau2 : 0.0, values[3].toDouble());
}

using stats::EffectMeasure;
using stats::ModelChoice;
using stats::PoolingMethod;
using stats::Tau2Estimator;

INSTANTIATE_TEST_SUITE_P(Reference, RScript,
    ::testing::Values(ScriptCase { "bcg_OR_iv_REML_knha", EffectMeasure::OR, PoolingMethod::InverseVariance,
                          ModelChoice::Random, Tau2Estimator::REML, true, nullptr },
        ScriptCase { "li2007_OR_mh_fixed", EffectMeasure::OR, PoolingMethod::MantelHaenszel, ModelChoice::Fixed,
            Tau2Estimator::REML, false, nullptr },
        ScriptCase { "egger2001_OR_peto_fixed", EffectMeasure::OR, PoolingMethod::Peto, ModelChoice::Fixed,
            Tau2Estimator::REML, false, nullptr },
        ScriptCase { "curtis1998_SMD_iv_auto", EffectMeasure::SMD, PoolingMethod::InverseVariance, ModelChoice::Auto,
            Tau2Estimator::REML, false, nullptr },
        ScriptCase { "hackshaw1998_GEN_iv_REML_sei", EffectMeasure::GEN, PoolingMethod::InverseVariance,
            ModelChoice::Random, Tau2Estimator::REML, false, nullptr },
        ScriptCase { "edge_zeros_OR_iv_DL_only0", EffectMeasure::OR, PoolingMethod::InverseVariance,
            ModelChoice::Random, Tau2Estimator::DL, false, nullptr },
        ScriptCase { "bcg_RR_iv_PM_sub_alloc", EffectMeasure::RR, PoolingMethod::InverseVariance, ModelChoice::Random,
            Tau2Estimator::PM, false, "alloc" },
        ScriptCase { "normand1999_MD_iv_SJ", EffectMeasure::MD, PoolingMethod::InverseVariance, ModelChoice::Random,
            Tau2Estimator::SJ, false, nullptr }),
    [](const ::testing::TestParamInfo<ScriptCase> &caseInfo) { return std::string(caseInfo.param.name); });

} // namespace
} // namespace ee::ui
