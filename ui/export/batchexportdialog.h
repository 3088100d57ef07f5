#pragma once

#include "ui/export/batchexport.h"
#include "ui/export/exportsettings.h"

#include <QDialog>
#include <QList>
#include <QPointer>

#include <optional>
#include <utility>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace ee::ui {

class ExportSizeFields;
class StudyPlot;

/// "Export All Plots…": several plots (checkboxes) at one size (preset or custom),
/// font and resolution, in any of PNG, TIFF, SVG and PDF, into one folder as
/// STEM-TITLE.SUFFIX. Existing files are never overwritten without asking (the
/// user may instead add a number to the new names). Every written file and every
/// failure is listed by name.
class BatchExportDialog : public QDialog
{
    Q_OBJECT

public:
    BatchExportDialog(
        const QList<std::pair<QString, StudyPlot *>> &plots, const QString &defaultStem, QWidget *parent = nullptr);
    ~BatchExportDialog() override;

    /// Shows the dialog for `plots` (title, plot); it stays open after an export to show the report.
    static void run(const QList<std::pair<QString, StudyPlot *>> &plots, const QString &defaultStem, QWidget *parent);

    /// Size, font and resolution (the format is set per file).
    ExportSettings settings() const;
    void setSettings(const ExportSettings &settings);
    QList<ExportFormat> formats() const;
    void setFormats(const QList<ExportFormat> &formats);
    QString folder() const;
    void setFolder(const QString &folder);
    QString stem() const;
    void setStem(const QString &stem);
    /// The ticked plots, in the order given.
    QList<std::pair<QString, StudyPlot *>> checkedPlots() const;
    void setPlotChecked(int index, bool checked);

    /// The files the current choices would write.
    QList<BatchExport::Entry> plannedFiles() const;
    /// Notes and warnings on fitting the chosen size (font reduced, rows that do not fit), one per line.
    QString fitText() const;
    /// Writes the batch. With a policy, existing files are handled by it; without, the
    /// user is asked (overwrite, add a number, or cancel: nothing written). Shows and
    /// returns the report.
    QList<BatchExport::Entry> exportAll(std::optional<BatchExport::Existing> existing = std::nullopt);
    /// The report of the last export as shown: "Written: …", "Failed: …".
    QString reportText() const;
    /// One line per entry: "Written: /dir/a-forest.png" or "Failed: Cannot write …".
    static QString reportFor(const QList<BatchExport::Entry> &entries);

private:
    void updateState();
    void chooseFolder();

    QList<std::pair<QString, QPointer<StudyPlot>>> m_plots;
    QListWidget *m_list = nullptr;
    ExportSizeFields *m_fields = nullptr;
    QCheckBox *m_greyscale = nullptr;
    QList<std::pair<ExportFormat, QCheckBox *>> m_formats;
    QLineEdit *m_folder = nullptr;
    QLineEdit *m_stem = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_fit = nullptr;
    QPlainTextEdit *m_report = nullptr;
    QPushButton *m_export = nullptr;
    bool m_updating = false;
};

} // namespace ee::ui
