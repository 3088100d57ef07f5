#include "ui/export/batchexport.h"

#include "ui/export/plotexporter.h"
#include "ui/plots/studyplot.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace ee::ui {

namespace {
class ExportText
{
    Q_DECLARE_TR_FUNCTIONS(PlotExport)
};
} // namespace

QString BatchExport::slug(const QString &title)
{
    QString out;
    bool dash = false;
    for (const QChar c : title.toLower()) {
        if (c.isLetterOrNumber()) {
            if (dash && !out.isEmpty())
                out += QLatin1Char('-');
            out += c;
            dash = false;
        } else {
            dash = true;
        }
    }
    return out.isEmpty() ? QStringLiteral("plot") : out;
}

QString BatchExport::filePath(const QString &folder, const QString &stem, const QString &title, ExportFormat format)
{
    const QString base = stem.trimmed().isEmpty() ? QStringLiteral("plot") : stem.trimmed();
    return QDir(folder).filePath(base + QLatin1Char('-') + slug(title) + QLatin1Char('.') + formatSuffix(format));
}

QString BatchExport::uniquePath(const QString &path)
{
    if (!QFileInfo::exists(path))
        return path;
    const QFileInfo info(path);
    const QString base = info.dir().filePath(info.completeBaseName());
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    for (int n = 2;; ++n) {
        const QString candidate = base + QLatin1Char('-') + QString::number(n) + suffix;
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
}

QList<BatchExport::Entry> BatchExport::plan(const QList<std::pair<QString, StudyPlot *>> &plots,
    const QList<ExportFormat> &formats, const QString &folder, const QString &stem)
{
    QList<Entry> entries;
    for (const auto &[title, plot] : plots) {
        Q_UNUSED(plot)
        for (const ExportFormat format : formats)
            entries.append({ title, format, filePath(folder, stem, title, format), {}, false });
    }
    return entries;
}

QStringList BatchExport::existing(const QList<Entry> &planned)
{
    QStringList files;
    for (const Entry &e : planned)
        if (QFileInfo::exists(e.path))
            files << e.path;
    return files;
}

QList<BatchExport::Entry> BatchExport::write(const QList<std::pair<QString, StudyPlot *>> &plots,
    const ExportSettings &settings, const QList<ExportFormat> &formats, const QString &folder, const QString &stem,
    Existing existingFiles)
{
    QList<Entry> entries = plan(plots, formats, folder, stem);
    if (!QDir().mkpath(folder)) {
        for (Entry &e : entries)
            e.error = ExportText::tr("Cannot write “%1”: the folder “%2” cannot be created")
                          .arg(QFileInfo(e.path).fileName(), QDir::toNativeSeparators(folder));
        return entries;
    }
    int i = 0;
    for (const auto &[title, plot] : plots) {
        for (int f = 0; f < formats.size(); ++f, ++i) {
            Entry &e = entries[i];
            if (!plot) {
                e.error =
                    ExportText::tr("Cannot write “%1”: the plot no longer exists").arg(QFileInfo(e.path).fileName());
                continue;
            }
            if (QFileInfo::exists(e.path)) {
                if (existingFiles == Existing::Skip) {
                    e.skipped = true;
                    continue;
                }
                if (existingFiles == Existing::UniqueSuffix)
                    e.path = uniquePath(e.path);
            }
            ExportSettings s = settings;
            s.format = e.format;
            s.greyscale = settings.greyscale && isRaster(e.format);
            s.transparent = settings.transparent && e.format != ExportFormat::Pdf;
            e.error = PlotExporter::exportToFile(*plot, s, e.path).error;
        }
    }
    return entries;
}

} // namespace ee::ui
