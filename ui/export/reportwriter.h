#pragma once

#include "ui/explorer/explorerresult.h"
#include "ui/export/plotexporter.h"

#include <QList>
#include <QString>

class QTextDocument;

namespace ee::ui {

class StudyPlot;

/// The analysis report of the current view: title, methods paragraph written
/// from the actual settings (MethodsText), results table, the plots, the studies
/// with their provenance, and the published estimate beside ours when the store
/// has one. HTML (images embedded as data URIs) or PDF through QTextDocument.
class ReportWriter
{
public:
    /// The report as a self-contained HTML page. Plots are rendered at 160 mm, 150 dpi.
    static QString html(const ExplorerResult &result, const QList<StudyPlot *> &plots, const QString &title);
    static PlotExporter::Result writeHtml(
        const ExplorerResult &result, const QList<StudyPlot *> &plots, const QString &title, const QString &fileName);
    /// A4 PDF through Qt's text layout; text stays text.
    static PlotExporter::Result writePdf(
        const ExplorerResult &result, const QList<StudyPlot *> &plots, const QString &title, const QString &fileName);
};

} // namespace ee::ui
