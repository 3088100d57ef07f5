#pragma once

#include "ui/export/exportsettings.h"

#include <QList>
#include <QString>

#include <utility>

namespace ee::ui {

class StudyPlot;

/// Writes several plots in several formats into one folder with one size, font
/// and resolution (no UI: the batch dialog and `evidence-cli plot a,b,c --out-dir`
/// both use it). Files are named STEM-TITLE.SUFFIX ("analysis-forest.pdf").
class BatchExport
{
public:
    /// What to do when a file already exists.
    enum class Existing : int {
        Overwrite = 0,
        UniqueSuffix = 1, ///< write STEM-TITLE-2.SUFFIX (the first free number) instead
        Skip = 2, ///< leave the file, report it as skipped
    };

    /// One file of a batch and what became of it.
    struct Entry {
        QString title; ///< the plot's title as given
        ExportFormat format = ExportFormat::Png;
        QString path; ///< the file written (or that would have been)
        QString error; ///< empty when written (or skipped)
        bool skipped = false; ///< existed and Existing::Skip
        bool ok() const { return error.isEmpty() && !skipped; }
    };

    /// "Leave-one-out" → "leave-one-out", "Méta-régression" → "méta-régression": lower
    /// case, letters and digits kept, every other run of characters one '-'.
    static QString slug(const QString &title);
    /// `folder`/STEM-slug(title).suffix; "plot" when the stem is empty.
    static QString filePath(const QString &folder, const QString &stem, const QString &title, ExportFormat format);
    /// `path` when free, else the first of path-2, path-3 … (before the suffix) that is free.
    static QString uniquePath(const QString &path);
    /// The files a batch would write, in order (plot by plot, format by format), before any
    /// collision handling.
    static QList<Entry> plan(const QList<std::pair<QString, StudyPlot *>> &plots, const QList<ExportFormat> &formats,
        const QString &folder, const QString &stem);
    /// The planned entries whose file exists already.
    static QStringList existing(const QList<Entry> &planned);

    /// Writes every plot in every format with `settings` (its format is ignored). A
    /// failure does not stop the batch: each entry says what happened. The folder is
    /// created when missing.
    static QList<Entry> write(const QList<std::pair<QString, StudyPlot *>> &plots, const ExportSettings &settings,
        const QList<ExportFormat> &formats, const QString &folder, const QString &stem, Existing existing);
};

} // namespace ee::ui
