#include "ui/export/batchexportdialog.h"

#include "ui/export/exportsizefields.h"
#include "ui/export/plotexporter.h"
#include "ui/plots/studyplot.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace ee::ui {

BatchExportDialog::BatchExportDialog(
    const QList<std::pair<QString, StudyPlot *>> &plots, const QString &defaultStem, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Export all plots"));
    setObjectName(QStringLiteral("batchExportDialog"));

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("plots"));
    for (const auto &[title, plot] : plots) {
        m_plots.append({ title, QPointer<StudyPlot>(plot) });
        auto *item = new QListWidgetItem(title, m_list);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(plot ? Qt::Checked : Qt::Unchecked);
    }

    m_fields = new ExportSizeFields(
        tr("Follow each plot"), tr("Forest plots grow with their rows; scatter plots are 4:3."), this);
    // Settings that leave the font size to the plot show 8 pt.
    m_fields->setDefaultFontPointSize(8.0);
    m_greyscale = new QCheckBox(tr("Greyscale (PNG, TIFF)"), this);
    m_greyscale->setObjectName(QStringLiteral("greyscale"));

    auto *formatRow = new QHBoxLayout;
    for (const auto &[format, label] :
        { std::pair { ExportFormat::Png, tr("PNG") }, std::pair { ExportFormat::Tiff, tr("TIFF") },
            std::pair { ExportFormat::Svg, tr("SVG") }, std::pair { ExportFormat::Pdf, tr("PDF") } }) {
        auto *box = new QCheckBox(label, this);
        box->setObjectName(QStringLiteral("format_") + formatSuffix(format));
        m_formats.append({ format, box });
        formatRow->addWidget(box);
    }
    formatRow->addStretch(1);

    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("folder"));
    auto *browse = new QPushButton(tr("Choose…"), this);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    m_stem = new QLineEdit(this);
    m_stem->setObjectName(QStringLiteral("stem"));
    m_stem->setToolTip(tr("Files are named STEM-PLOT.SUFFIX, e.g. analysis-forest.pdf"));

    auto *form = new QFormLayout;
    m_fields->addSizeRows(form);
    m_fields->addResolutionAndFontRows(form);
    form->addRow(QString(), m_greyscale);
    form->addRow(tr("Formats:"), formatRow);
    auto *folderLabel = new QLabel(tr("F&older:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("File name &stem:"), m_stem);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_fit = new QLabel(this);
    m_fit->setObjectName(QStringLiteral("fitText"));
    m_fit->setWordWrap(true);
    m_report = new QPlainTextEdit(this);
    m_report->setObjectName(QStringLiteral("report"));
    m_report->setReadOnly(true);
    m_report->setPlaceholderText(tr("The files written and any failures are listed here."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::ActionRole);
    m_export->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, [this] { exportAll(); });
    connect(browse, &QPushButton::clicked, this, &BatchExportDialog::chooseFolder);

    auto *plotsBox = new QGroupBox(tr("Plots"), this);
    auto *plotsLayout = new QVBoxLayout(plotsBox);
    plotsLayout->addWidget(m_list);
    auto *top = new QHBoxLayout;
    top->addWidget(plotsBox);
    top->addLayout(form, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_fit);
    layout->addWidget(m_report, 1);
    layout->addWidget(buttons);

    ExportSettings initial;
    initial.applyPreset(ExportPreset::DoubleColumn);
    for (const auto &[title, plot] : plots) {
        Q_UNUSED(title)
        if (plot) {
            initial.fontFamily = plot->font().family();
            break;
        }
    }
    setSettings(initial);
    setFormats({ ExportFormat::Png, ExportFormat::Pdf });
    QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    setFolder(documents.isEmpty() ? QDir::homePath() : documents);
    setStem(defaultStem.isEmpty() ? QStringLiteral("plot") : defaultStem);

    connect(m_fields, &ExportSizeFields::settingsEdited, this, &BatchExportDialog::updateState);
    connect(m_list, &QListWidget::itemChanged, this, &BatchExportDialog::updateState);
    for (const auto &[format, box] : std::as_const(m_formats)) {
        Q_UNUSED(format)
        connect(box, &QCheckBox::toggled, this, &BatchExportDialog::updateState);
    }
    connect(m_folder, &QLineEdit::textChanged, this, &BatchExportDialog::updateState);
    connect(m_stem, &QLineEdit::textChanged, this, &BatchExportDialog::updateState);
    updateState();
}

BatchExportDialog::~BatchExportDialog() = default;

void BatchExportDialog::run(
    const QList<std::pair<QString, StudyPlot *>> &plots, const QString &defaultStem, QWidget *parent)
{
    if (plots.isEmpty()) {
        QMessageBox::information(parent, tr("Export all plots"), tr("There is no plot to export."));
        return;
    }
    BatchExportDialog dialog(plots, defaultStem, parent);
    dialog.exec();
}

ExportSettings BatchExportDialog::settings() const
{
    ExportSettings s;
    m_fields->applyTo(s);
    s.greyscale = m_greyscale->isChecked();
    return s;
}

void BatchExportDialog::setSettings(const ExportSettings &s)
{
    m_updating = true;
    m_fields->setSettings(s);
    m_greyscale->setChecked(s.greyscale);
    m_updating = false;
    updateState();
}

QList<ExportFormat> BatchExportDialog::formats() const
{
    QList<ExportFormat> chosen;
    for (const auto &[format, box] : m_formats)
        if (box->isChecked())
            chosen << format;
    return chosen;
}

void BatchExportDialog::setFormats(const QList<ExportFormat> &formats)
{
    m_updating = true;
    for (const auto &[format, box] : std::as_const(m_formats))
        box->setChecked(formats.contains(format));
    m_updating = false;
    updateState();
}

QString BatchExportDialog::folder() const
{
    return m_folder->text().trimmed();
}

void BatchExportDialog::setFolder(const QString &folder)
{
    m_folder->setText(QDir::toNativeSeparators(folder));
}

QString BatchExportDialog::stem() const
{
    return m_stem->text().trimmed();
}

void BatchExportDialog::setStem(const QString &stem)
{
    m_stem->setText(stem);
}

QList<std::pair<QString, StudyPlot *>> BatchExportDialog::checkedPlots() const
{
    QList<std::pair<QString, StudyPlot *>> chosen;
    for (int i = 0; i < m_plots.size(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked && m_plots[i].second)
            chosen.append({ m_plots[i].first, m_plots[i].second.data() });
    return chosen;
}

void BatchExportDialog::setPlotChecked(int index, bool checked)
{
    if (QListWidgetItem *item = m_list->item(index))
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

QList<BatchExport::Entry> BatchExportDialog::plannedFiles() const
{
    return BatchExport::plan(checkedPlots(), formats(), QDir::fromNativeSeparators(folder()), stem());
}

QString BatchExportDialog::fitText() const
{
    QStringList lines;
    ExportSettings s = settings();
    s.format = ExportFormat::Png;
    for (const auto &[title, plot] : checkedPlots()) {
        for (const QString &line : { PlotExporter::fitNote(*plot, s), PlotExporter::fitWarning(*plot, s) })
            if (!line.isEmpty())
                lines << tr("%1: %2").arg(title, line);
    }
    return lines.join(QLatin1Char('\n'));
}

void BatchExportDialog::updateState()
{
    if (m_updating)
        return;
    const QList<BatchExport::Entry> planned = plannedFiles();
    QString problem;
    if (checkedPlots().isEmpty())
        problem = tr("Tick at least one plot.");
    else if (formats().isEmpty())
        problem = tr("Tick at least one format.");
    else if (folder().isEmpty())
        problem = tr("Choose a folder.");
    m_export->setEnabled(problem.isEmpty());
    if (!problem.isEmpty()) {
        m_summary->setText(problem);
    } else {
        const int existing = static_cast<int>(BatchExport::existing(planned).size());
        QString text = tr("%n file(s), e.g. %1", nullptr, static_cast<int>(planned.size()))
                           .arg(QFileInfo(planned.front().path).fileName());
        if (existing > 0)
            text += tr(" · %n already exist(s): you will be asked before anything is replaced.", nullptr, existing);
        m_summary->setText(text);
    }
    m_fit->setText(fitText());
}

void BatchExportDialog::chooseFolder()
{
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Export all plots to"), folder());
    if (!chosen.isEmpty())
        setFolder(chosen);
}

QList<BatchExport::Entry> BatchExportDialog::exportAll(std::optional<BatchExport::Existing> existing)
{
    const QList<BatchExport::Entry> planned = plannedFiles();
    if (planned.isEmpty())
        return {};
    BatchExport::Existing policy = BatchExport::Existing::Overwrite;
    if (existing) {
        policy = *existing;
    } else {
        const QStringList present = BatchExport::existing(planned);
        if (!present.isEmpty()) {
            QStringList names;
            for (const QString &path : present)
                names << QFileInfo(path).fileName();
            QMessageBox box(QMessageBox::Question, tr("Export all plots"),
                tr("%n file(s) already exist(s):", nullptr, static_cast<int>(present.size())) + QLatin1Char('\n')
                    + names.join(QLatin1Char('\n')),
                QMessageBox::NoButton, this);
            QPushButton *unique = box.addButton(tr("Add a number to the new files"), QMessageBox::AcceptRole);
            QPushButton *overwrite = box.addButton(tr("Replace them"), QMessageBox::DestructiveRole);
            box.addButton(QMessageBox::Cancel);
            box.setDefaultButton(unique);
            box.exec();
            if (box.clickedButton() == unique)
                policy = BatchExport::Existing::UniqueSuffix;
            else if (box.clickedButton() == overwrite)
                policy = BatchExport::Existing::Overwrite;
            else
                return {};
        }
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QList<BatchExport::Entry> entries =
        BatchExport::write(checkedPlots(), settings(), formats(), QDir::fromNativeSeparators(folder()), stem(), policy);
    QApplication::restoreOverrideCursor();
    m_report->setPlainText(reportFor(entries));
    updateState();
    return entries;
}

QString BatchExportDialog::reportText() const
{
    return m_report->toPlainText();
}

QString BatchExportDialog::reportFor(const QList<BatchExport::Entry> &entries)
{
    QStringList lines;
    int written = 0;
    int failed = 0;
    for (const BatchExport::Entry &e : entries) {
        if (e.skipped) {
            lines << tr("Skipped (exists): %1").arg(QDir::toNativeSeparators(e.path));
        } else if (e.ok()) {
            ++written;
            lines << tr("Written: %1").arg(QDir::toNativeSeparators(e.path));
        } else {
            ++failed;
            lines << tr("Failed: %1").arg(e.error);
        }
    }
    lines.prepend(tr("%n file(s) written", nullptr, written)
        + (failed > 0 ? tr(", %n failed", nullptr, failed) : QString()) + QLatin1Char('.'));
    return lines.join(QLatin1Char('\n'));
}

} // namespace ee::ui
