#include "ui/export/rscriptwriter.h"

#include <QStringList>

namespace ee::ui {

namespace {

QString rString(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString latin(std::string_view text)
{
    return QString::fromLatin1(text.data(), static_cast<qsizetype>(text.size()));
}

QString correctionTarget(stats::CorrectionTarget to)
{
    switch (to) {
    case stats::CorrectionTarget::OnlyZero:
        return QStringLiteral("only0");
    case stats::CorrectionTarget::All:
        return QStringLiteral("all");
    case stats::CorrectionTarget::IfAnyZero:
        return QStringLiteral("if0all");
    case stats::CorrectionTarget::None:
        return QStringLiteral("none");
    }
    return QStringLiteral("only0");
}

QString rBool(bool value)
{
    return value ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
}

} // namespace

QString RScriptWriter::script(
    const stats::AnalysisResult &analysis, DataKind kind, const QString &csvPath, const QString &subgroupColumn)
{
    const stats::AnalysisOptions &o = analysis.options;
    const stats::PoolFit &fit = analysis.fit;
    const QString measure = latin(stats::toString(o.measure));
    const QString level = QString::number(o.level, 'g', 6);
    const bool drop00 = o.drop00.value_or(o.method != stats::PoolingMethod::InverseVariance);
    const QString correction = QStringLiteral("add = ") + QString::number(o.add, 'g', 6) + QStringLiteral(", to = ")
        + rString(correctionTarget(o.to)) + QStringLiteral(", drop00 = ") + rBool(drop00);

    QStringList lines;
    lines
        << QStringLiteral("# Reproduces an Evidence Explorer %1 analysis with metafor.").arg(QStringLiteral(EE_VERSION))
        << QStringLiteral("# Run with: Rscript this-file.R (needs the metafor package).")
        << QStringLiteral("library(metafor)")
        << QStringLiteral("dat <- read.csv(%1, check.names = FALSE, stringsAsFactors = FALSE)").arg(rString(csvPath))
        << QStringLiteral("names(dat) <- tolower(trimws(names(dat)))") << QString();

    QString arms;
    switch (kind) {
    case DataKind::Binary:
        arms = QStringLiteral("ai = events_t, n1i = n_t, ci = events_c, n2i = n_c");
        break;
    case DataKind::Continuous:
        arms = QStringLiteral("m1i = mean_t, sd1i = sd_t, n1i = n_t, m2i = mean_c, sd2i = sd_c, n2i = n_c");
        break;
    case DataKind::GenericVariance:
    case DataKind::GenericStandardError:
        break;
    }

    const bool generic = kind == DataKind::GenericVariance || kind == DataKind::GenericStandardError;
    // The model the analysis used: for the automatic rule, the one it chose.
    if (analysis.autoDecision)
        lines << QStringLiteral("# The automatic rule (fixed effect when I² < 50% and P(Q) > 0.10) chose the %1 model.")
                     .arg(fit.randomEffects ? QStringLiteral("random-effects") : QStringLiteral("fixed-effect"));
    const QString test = fit.test == stats::TestStatistic::KnappHartung ? QStringLiteral("knha") : QStringLiteral("z");
    const QString method = fit.randomEffects ? latin(stats::toString(o.tau2)) : QStringLiteral("EE");

    auto fitCall = [&](const QString &dataExpr) -> QString {
        if (!fit.randomEffects && o.method == stats::PoolingMethod::MantelHaenszel)
            return QStringLiteral("rma.mh(measure = %1, %2, data = %3, %4, level = %5)")
                .arg(rString(measure), arms, dataExpr, correction, level);
        if (!fit.randomEffects && o.method == stats::PoolingMethod::Peto)
            return QStringLiteral("rma.peto(%1, data = %2, %3, level = %4)").arg(arms, dataExpr, correction, level);
        QString effects;
        if (generic)
            effects = kind == DataKind::GenericVariance ? QStringLiteral("yi = yi, vi = vi, data = %1").arg(dataExpr)
                                                        : QStringLiteral("yi = yi, sei = sei, data = %1").arg(dataExpr);
        else
            effects = QStringLiteral("yi, vi, data = escalc(measure = %1, %2, data = %3, %4)")
                          .arg(rString(o.method == stats::PoolingMethod::Peto ? QStringLiteral("PETO") : measure), arms,
                              dataExpr, correction);
        return QStringLiteral("rma(%1, method = %2, test = %3, level = %4)")
            .arg(effects, rString(method), rString(test), level);
    };

    lines << QStringLiteral("res <- ") + fitCall(QStringLiteral("dat")) << QStringLiteral("print(res)");
    const bool ratio = stats::isRatioMeasure(o.measure);
    lines << (ratio ? QStringLiteral("print(predict(res, transf = exp))") : QStringLiteral("print(predict(res))"));
    if (!subgroupColumn.isEmpty()) {
        lines << QString() << QStringLiteral("# One fit per subgroup level, each with its own tau².")
              << QStringLiteral("for (lvl in unique(dat[[%1]][dat[[%1]] != \"\"])) {")
                     .arg(rString(subgroupColumn.toLower()))
              << QStringLiteral("  sub <- dat[dat[[%1]] == lvl, ]").arg(rString(subgroupColumn.toLower()))
              << QStringLiteral("  cat(\"\\nSubgroup\", lvl, \"\\n\")")
              << QStringLiteral("  if (nrow(sub) >= 2) print(") + fitCall(QStringLiteral("sub")) + QStringLiteral(")")
              << QStringLiteral("}");
    }
    lines << QString() << QStringLiteral("# One line for automated comparison with Evidence Explorer (analysis scale).")
          << QStringLiteral("tau2 <- if (is.null(res$tau2)) 0 else res$tau2")
          << QStringLiteral(
                 "cat(sprintf(\"EE %.10g %.10g %.10g %.10g\\n\", as.numeric(res$b), res$ci.lb, res$ci.ub, tau2))");
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace ee::ui
