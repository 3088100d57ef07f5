#include "ui/export/reportwriter.h"

#include "ui/export/methodstext.h"
#include "ui/plots/effectformat.h"
#include "ui/plots/studyplot.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <cmath>

namespace ee::ui {

namespace {

class ReportTr
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &name, const QString &value)
{
    if (value.isEmpty())
        return {};
    return QStringLiteral("<tr><th align=\"left\">") + esc(name) + QStringLiteral("</th><td>") + esc(value)
        + QStringLiteral("</td></tr>");
}

QString plotImage(StudyPlot *plot)
{
    ExportSettings settings;
    settings.preset = ExportPreset::Custom;
    settings.widthMm = 160;
    settings.fontPointSize = 8;
    settings.dpi = 150;
    const QImage image = PlotExporter::renderImage(*plot, settings);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    // Shown at 160 mm wide whatever the viewer's resolution.
    return QStringLiteral("<p><img width=\"605\" src=\"data:image/png;base64,") + QString::fromLatin1(png.toBase64())
        + QStringLiteral("\"/></p>");
}

QString confidenceText(store::Confidence confidence)
{
    switch (confidence) {
    case store::Confidence::NotStated:
        return {};
    case store::Confidence::Exact:
        return ReportTr::tr("exact (printed in the source)");
    case store::Confidence::DerivedFromPercent:
        return ReportTr::tr("derived from a printed percentage");
    case store::Confidence::Derived:
        return ReportTr::tr("derived from other printed numbers");
    case store::Confidence::Approximate:
        return ReportTr::tr("approximate (read from a figure or rounded)");
    case store::Confidence::Unclear:
        return ReportTr::tr("unclear");
    case store::Confidence::AsTranscribed:
        return ReportTr::tr("as transcribed from a secondary table");
    }
    return {};
}

/// `text` in quotation marks, unless the store kept its own.
QString quoted(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1Char('"')) || trimmed.startsWith(QChar(0x201C)))
        return trimmed;
    return QChar(0x201C) + trimmed + QChar(0x201D);
}

/// The provenance of one study's numbers as a small block: citation, the quote, where, what was counted, confidence.
QString provenanceHtml(const store::Provenance &p)
{
    QStringList parts;
    if (!p.citation.isEmpty())
        parts << esc(p.citation);
    if (!p.quote.isEmpty())
        parts << QStringLiteral("<i>") + esc(quoted(p.quote)) + QStringLiteral("</i>");
    QStringList details;
    if (!p.locator.isEmpty())
        details << esc(ReportTr::tr("where: %1").arg(p.locator));
    if (!p.counted.isEmpty())
        details << esc(ReportTr::tr("counted: %1").arg(p.counted));
    if (const QString c = confidenceText(p.confidence); !c.isEmpty())
        details << esc(ReportTr::tr("confidence: %1").arg(c));
    if (!details.isEmpty())
        parts << details.join(QStringLiteral(" · "));
    return parts.join(QStringLiteral("<br/>"));
}

/// Our pooled estimate beside the published one, row by row.
QString comparisonTable(const ExplorerResult &result, bool ratio)
{
    const store::PublishedResult &p = *result.published;
    const stats::PoolFit &fit = result.analysis->fit;
    auto th = [](const QString &text) -> QString {
        return QStringLiteral("<th align=\"left\">") + esc(text) + QStringLiteral("</th>");
    };
    auto td = [](const QString &text) -> QString {
        return QStringLiteral("<td>") + esc(text) + QStringLiteral("</td>");
    };
    QString h = QStringLiteral("<table><tr>") + th(QString()) + th(ReportTr::tr("This analysis"))
        + th(ReportTr::tr("Published")) + QStringLiteral("</tr>");
    auto line = [&](const QString &name, const QString &ours, const QString &theirs) {
        h += QStringLiteral("<tr>") + th(name) + td(ours) + td(theirs) + QStringLiteral("</tr>");
    };
    line(ReportTr::tr("Estimate [95% CI]"), effectformat::estimateWithInterval(fit.estimate, fit.ciLb, fit.ciUb, ratio),
        p.estimate + QStringLiteral(" [") + p.ciLower + QStringLiteral(", ") + p.ciUpper + QStringLiteral("]"));
    line(ReportTr::tr("Measure"), result.forest.measureLabel, p.measure);
    line(ReportTr::tr("Model"), fit.randomEffects ? ReportTr::tr("random effects") : ReportTr::tr("fixed effect"),
        p.model);
    line(ReportTr::tr("Studies"), QString::number(fit.k), p.k);
    line(QStringLiteral("I²"), effectformat::number(fit.I2, 0) + QLatin1Char('%'),
        p.i2.isEmpty() ? QString() : p.i2 + QLatin1Char('%'));
    if (!p.patients.isEmpty())
        line(ReportTr::tr("Patients"), QString(), p.patients);
    h += QStringLiteral("</table>");
    QStringList where;
    if (!p.figure.isEmpty())
        where << ReportTr::tr("figure %1").arg(p.figure);
    if (!p.section.isEmpty())
        where << ReportTr::tr("section %1").arg(p.section);
    if (!where.isEmpty() || !p.quote.isEmpty()) {
        h += QStringLiteral("<p><small>") + esc(ReportTr::tr("Published in %1.").arg(where.join(QStringLiteral(", "))));
        if (!p.quote.isEmpty())
            h += QStringLiteral(" <i>") + esc(quoted(p.quote)) + QStringLiteral("</i>");
        h += QStringLiteral("</small></p>");
    }
    return h;
}

PlotExporter::Result saveText(const QString &text, const QString &fileName)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
        return { ReportTr::tr("Cannot write “%1”: %2").arg(QFileInfo(fileName).fileName(), file.errorString()) };
    return {};
}

} // namespace

QString ReportWriter::html(const ExplorerResult &result, const QList<StudyPlot *> &plots, const QString &title)
{
    QString h = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"/><title>") + esc(title)
        + QStringLiteral("</title><style>body{font-family:sans-serif;max-width:170mm;margin:auto}"
                         "table{border-collapse:collapse}td,th{padding:2px 8px;border-bottom:1px solid #ccc}"
                         "</style></head><body>");
    h += QStringLiteral("<h1>") + esc(title) + QStringLiteral("</h1>");
    if (!result.analysis) {
        h += QStringLiteral("<p>") + esc(result.message) + QStringLiteral("</p></body></html>");
        return h;
    }
    const stats::AnalysisResult &analysis = *result.analysis;
    const stats::PoolFit &fit = analysis.fit;
    const bool ratio = stats::isRatioMeasure(analysis.options.measure);

    h += QStringLiteral("<h2>") + esc(ReportTr::tr("Methods")) + QStringLiteral("</h2><p>")
        + esc(MethodsText::paragraph(analysis)) + QStringLiteral("</p>");

    h += QStringLiteral("<h2>") + esc(ReportTr::tr("Results")) + QStringLiteral("</h2><table>");
    h += row(ReportTr::tr("Pooled estimate"), result.summary.estimate);
    h += row(ReportTr::tr("Test for overall effect"), result.summary.pValue);
    h += row(ReportTr::tr("Model"), result.summary.model);
    h += row(ReportTr::tr("Studies"), result.summary.counts);
    h += row(ReportTr::tr("Heterogeneity"),
        QStringLiteral("Q = ") + effectformat::number(fit.Q, 2) + QStringLiteral(", df = ")
            + effectformat::number(fit.Qdf, 0) + QStringLiteral(", I² = ") + effectformat::number(fit.I2, 0)
            + QStringLiteral("%"));
    if (fit.randomEffects) {
        QString tau2 = effectformat::number(fit.tau2, 4);
        if (analysis.tau2Ci)
            tau2 += QStringLiteral(" [") + effectformat::number(analysis.tau2Ci->lower, 4) + QStringLiteral(", ")
                + effectformat::number(analysis.tau2Ci->upper, 4) + QStringLiteral("]");
        h += row(QStringLiteral("τ²"), tau2);
        if (fit.k >= 2) {
            auto shown = [ratio](double v) { return effectformat::number(ratio ? std::exp(v) : v, 2); };
            h += row(ReportTr::tr("Prediction interval"),
                QStringLiteral("[") + shown(analysis.prediction.lower) + QStringLiteral(", ")
                    + shown(analysis.prediction.upper) + QStringLiteral("]"));
        }
    }
    if (!result.summary.warning.isEmpty())
        h += row(ReportTr::tr("Note"), result.summary.warning);
    h += QStringLiteral("</table>");
    if (!result.published && !result.summary.published.isEmpty())
        h += QStringLiteral("<p>") + esc(result.summary.published) + QStringLiteral("</p>");
    if (result.published) {
        h += QStringLiteral("<h3>") + esc(ReportTr::tr("Published estimate")) + QStringLiteral("</h3>");
        h += comparisonTable(result, ratio);
    }

    if (!plots.isEmpty()) {
        h += QStringLiteral("<h2>") + esc(ReportTr::tr("Plots")) + QStringLiteral("</h2>");
        for (StudyPlot *plot : plots) {
            if (plot && !plot->isShowingMessage())
                h += plotImage(plot);
        }
    }

    h += QStringLiteral("<h2>") + esc(ReportTr::tr("Studies")) + QStringLiteral("</h2><table><tr><th>")
        + esc(ReportTr::tr("Study")) + QStringLiteral("</th><th>") + esc(ReportTr::tr("Effect [95% CI]"))
        + QStringLiteral("</th><th>") + esc(ReportTr::tr("Weight")) + QStringLiteral("</th><th>")
        + esc(ReportTr::tr("Provenance")) + QStringLiteral("</th></tr>");
    for (int r = 0; r < result.studies.size(); ++r) {
        const PlotStudy &study = result.studies[r];
        QString effect = ReportTr::tr("not estimable");
        if (std::isfinite(study.yi))
            effect = effectformat::estimateWithInterval(study.yi, study.ciLower, study.ciUpper, ratio);
        QString weight = study.excluded ? ReportTr::tr("excluded") : QString();
        if (!study.excluded && study.weightPercent > 0)
            weight = effectformat::percent(study.weightPercent);
        QString source;
        if (r < result.query.rows.size())
            source = provenanceHtml(result.query.rows[r].provenance);
        h += QStringLiteral("<tr><td valign=\"top\">") + esc(study.label) + QStringLiteral("</td><td valign=\"top\">")
            + esc(effect) + QStringLiteral("</td><td valign=\"top\">") + esc(weight)
            + QStringLiteral("</td><td><small>") + source + QStringLiteral("</small></td></tr>");
    }
    h += QStringLiteral("</table></body></html>\n");
    return h;
}

PlotExporter::Result ReportWriter::writeHtml(
    const ExplorerResult &result, const QList<StudyPlot *> &plots, const QString &title, const QString &fileName)
{
    return saveText(html(result, plots, title), fileName);
}

PlotExporter::Result ReportWriter::writePdf(
    const ExplorerResult &result, const QList<StudyPlot *> &plots, const QString &title, const QString &fileName)
{
    QSaveFile probe(fileName);
    if (!probe.open(QIODevice::WriteOnly))
        return { ReportTr::tr("Cannot write “%1”: %2").arg(QFileInfo(fileName).fileName(), probe.errorString()) };
    probe.cancelWriting();
    QTextDocument document;
    document.setHtml(html(result, plots, title));
    QPdfWriter writer(fileName);
    writer.setCreator(QStringLiteral("Evidence Explorer"));
    writer.setTitle(title);
    writer.setPageLayout(QPageLayout(
        QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter));
    document.print(&writer);
    return {};
}

} // namespace ee::ui
