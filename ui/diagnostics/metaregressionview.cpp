#include "ui/diagnostics/metaregressionview.h"

#include "core/stats/diagnostics.h"
#include "ui/diagnostics/bubbleplot.h"
#include "ui/plots/effectformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <exception>
#include <stdexcept>
#include <string>

namespace ee::ui {

namespace {

QString pText(double p)
{
    if (!std::isfinite(p))
        return QStringLiteral("—");
    if (p < 0.001)
        return QStringLiteral("< ") + effectformat::number(0.001, 3);
    return effectformat::number(p, 3);
}

/// "= 0.012" or "< 0.001", after a "p".
QString pRelation(double p)
{
    const QString text = pText(p);
    return text.startsWith(QLatin1Char('<')) ? text : QStringLiteral("= ") + text;
}

QString num(double v)
{
    return effectformat::number(v, std::abs(v) < 0.01 && v != 0 ? 4 : 3);
}

} // namespace

struct MetaRegressionView::Job {
    std::atomic<bool> cancel { false };
    bool discarded = false;
    stats::PermutationTest test;
    QString error;
};

MetaRegressionView::MetaRegressionView(QWidget *parent)
    : QWidget(parent)
    , m_moderator(new QComboBox(this))
    , m_log(new QCheckBox(this))
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_plot(new BubblePlot(this))
    , m_table(new QTableWidget(this))
    , m_summary(new QLabel(this))
    , m_permute(new QPushButton(this))
    , m_permutation(new QLabel(this))
    , m_moderatorLabel(new QLabel(this))
{
    auto *top = new QHBoxLayout;
    top->addWidget(m_moderatorLabel);
    top->addWidget(m_moderator, 1);
    top->addWidget(m_log);

    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);

    m_table->setColumnCount(5);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_permutation->setWordWrap(true);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_table, 1);
    sideLayout->addWidget(m_summary);
    auto *permuteRow = new QHBoxLayout;
    permuteRow->addWidget(m_permute);
    permuteRow->addStretch(1);
    sideLayout->addLayout(permuteRow);
    sideLayout->addWidget(m_permutation);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_plot);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 560, 420 });
    m_stack->addWidget(splitter);
    m_stack->addWidget(m_message);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    connect(m_moderator, &QComboBox::currentIndexChanged, this, [this] { refit(); });
    connect(m_log, &QCheckBox::toggled, this, [this] { refit(); });
    connect(m_permute, &QPushButton::clicked, this, &MetaRegressionView::startPermutationTest);
    connect(m_plot, &StudyPlot::studyClicked, this, &MetaRegressionView::studyClicked);
    connect(m_plot, &StudyPlot::studyExclusionRequested, this, &MetaRegressionView::studyExclusionRequested);
    retranslate();
    showMessage(tr("No study to show."));
}

void MetaRegressionView::retranslate()
{
    m_moderatorLabel->setText(tr("Moderator:"));
    m_log->setText(tr("Log₁₀ scale"));
    m_log->setToolTip(tr("Regress on log₁₀ of the moderator (doses in cells)"));
    m_table->setHorizontalHeaderLabels({ tr("Term"), tr("Estimate"), tr("SE"), tr("CI"), tr("p") });
    if (!m_job)
        m_permute->setText(tr("Permutation test (1,000)"));
}

void MetaRegressionView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

MetaRegressionView::~MetaRegressionView()
{
    stopPermutation();
}

QString MetaRegressionView::message() const
{
    return m_stack->currentWidget() == m_message ? m_message->text() : QString();
}

QString MetaRegressionView::summaryText() const
{
    return m_summary->text();
}

QString MetaRegressionView::permutationText() const
{
    return m_permutation->text();
}

void MetaRegressionView::setSelectedKeys(const QSet<QString> &keys)
{
    m_plot->setSelectedKeys(keys);
}

void MetaRegressionView::showMessage(const QString &text)
{
    m_fit.reset();
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
    m_permute->setEnabled(false);
    m_permutation->clear();
}

void MetaRegressionView::setData(const ExplorerResult &result, const DiagnosticsStudies &studies)
{
    stopPermutation();
    m_result = result;
    m_studies = studies;
    m_choices = moderatorChoices(result, studies);
    const QString previous = m_moderator->currentData().toString();
    {
        const QSignalBlocker blocker(m_moderator);
        m_moderator->clear();
        for (const ModeratorChoice &c : std::as_const(m_choices))
            m_moderator->addItem(c.numeric ? c.label : QString(c.label + tr(" (categorical)")), c.id);
        const int again = m_moderator->findData(previous);
        m_moderator->setCurrentIndex(again >= 0 ? again : 0);
    }
    refit();
}

void MetaRegressionView::refit()
{
    stopPermutation();
    if (!m_result.message.isEmpty()) {
        showMessage(m_result.message);
        return;
    }
    const QString few = tooFewStudiesMessage(tr("Meta-regression"), m_studies.size());
    if (!few.isEmpty()) {
        showMessage(few);
        return;
    }
    const int index = m_moderator->currentIndex();
    if (index < 0 || index >= m_choices.size()) {
        showMessage(tr("No moderator varies among the pooled studies."));
        return;
    }
    const ModeratorChoice &choice = m_choices[index];
    m_log->setEnabled(choice.numeric && choice.positive);
    const bool logScale = m_log->isEnabled() && m_log->isChecked();

    // The studies with a value for the moderator.
    QVector<int> used;
    stats::ModeratorColumn column;
    column.name = choice.label.toStdString();
    column.kind = choice.numeric ? stats::ModeratorKind::Numeric : stats::ModeratorKind::Categorical;
    std::vector<double> yi;
    std::vector<double> vi;
    QVector<double> xs;
    for (int i = 0; i < choice.values.size(); ++i) {
        if (choice.values[i].isEmpty())
            continue;
        used << i;
        yi.push_back(m_studies.yi[static_cast<std::size_t>(i)]);
        vi.push_back(m_studies.vi[static_cast<std::size_t>(i)]);
        if (choice.numeric) {
            const double v = logScale ? std::log10(choice.values[i].toDouble()) : choice.values[i].toDouble();
            xs << v;
            column.values.push_back(QString::number(v, 'g', 17).toStdString());
        } else {
            column.values.push_back(choice.values[i].toStdString());
        }
    }
    const int missing = m_studies.size() - static_cast<int>(used.size());
    try {
        if (used.size() < kDiagnosticsMinimumStudies)
            throw std::invalid_argument(tr("%1 is recorded for %2 pooled studies; meta-regression needs at least %3.")
                                            .arg(choice.label)
                                            .arg(used.size())
                                            .arg(kDiagnosticsMinimumStudies)
                                            .toStdString());
        const stats::DesignMatrix design = stats::buildDesignMatrix(std::span(&column, 1), yi.size());
        if (static_cast<Eigen::Index>(yi.size()) <= design.X.cols())
            throw std::invalid_argument(tr("%1 has %2 coefficients for %3 studies: meta-regression needs more studies "
                                           "than coefficients.")
                                            .arg(choice.label)
                                            .arg(design.X.cols())
                                            .arg(yi.size())
                                            .toStdString());
        const stats::InverseVarianceOptions model = stats::diagnosticsModel(*m_result.analysis);
        stats::MetaRegressionOptions options;
        options.randomEffects = model.randomEffects;
        options.estimator = model.estimator;
        options.knha = model.knha;
        options.level = model.level;
        options.control = model.control;
        stats::MetaRegressionFit fit = stats::fitMetaRegression(yi, vi, design.X, options, design.terms);

        // Bubble plot.
        BubbleData bubble;
        bubble.xLabel = logScale ? tr("log₁₀ %1").arg(choice.label) : choice.label;
        bubble.yLabel = m_result.funnel.xLabel.isEmpty() ? m_result.forest.measureLabel : m_result.funnel.xLabel;
        bubble.ratioScale = m_result.forest.ratioScale;
        bubble.categorical = !choice.numeric;
        for (int u = 0; u < used.size(); ++u) {
            bubble.studies << m_studies.studies[used[u]];
            bubble.weights << 1.0 / (vi[static_cast<std::size_t>(u)] + fit.tau2);
        }
        const Eigen::MatrixXd &vb = fit.vb;
        if (choice.numeric) {
            bubble.x = xs;
            const double lo = *std::min_element(xs.cbegin(), xs.cend());
            const double hi = *std::max_element(xs.cbegin(), xs.cend());
            constexpr int steps = 60;
            for (int s = 0; s <= steps; ++s) {
                const double x = lo + (hi - lo) * s / steps;
                const double pred = fit.beta(0) + fit.beta(1) * x;
                const double se = std::sqrt(std::max(0.0, vb(0, 0) + 2 * x * vb(0, 1) + x * x * vb(1, 1)));
                bubble.lineX << x;
                bubble.lineY << pred;
                bubble.bandLower << pred - fit.crit * se;
                bubble.bandUpper << pred + fit.crit * se;
            }
        } else {
            // Levels in the design matrix's order: sorted by bytes, the first is the reference.
            std::vector<std::string> levels(column.values.begin(), column.values.end());
            std::sort(levels.begin(), levels.end());
            levels.erase(std::unique(levels.begin(), levels.end()), levels.end());
            for (const std::string &l : levels)
                bubble.levels << QString::fromStdString(l);
            for (const std::string &v : column.values)
                bubble.x << static_cast<double>(std::lower_bound(levels.begin(), levels.end(), v) - levels.begin());
            for (int l = 0; l < bubble.levels.size(); ++l) {
                double est = fit.beta(0);
                double var = vb(0, 0);
                if (l > 0) {
                    est += fit.beta(l);
                    var += vb(l, l) + 2 * vb(0, l);
                }
                const double se = std::sqrt(std::max(0.0, var));
                bubble.levelEstimate << est;
                bubble.levelLower << est - fit.crit * se;
                bubble.levelUpper << est + fit.crit * se;
            }
        }
        m_plot->setData(bubble);

        // Coefficients and tests.
        m_table->setRowCount(static_cast<int>(fit.p));
        for (int j = 0; j < static_cast<int>(fit.p); ++j) {
            QString term = QString::fromStdString(fit.terms[static_cast<std::size_t>(j)]);
            if (j > 0 && !choice.numeric && term.startsWith(choice.label))
                term = choice.label + QStringLiteral(": ") + term.mid(choice.label.size()); // R's "allocrandom"
            const QStringList cells = { term, num(fit.beta(j)), num(fit.se(j)),
                QStringLiteral("[") + num(fit.ciLb(j)) + QStringLiteral(", ") + num(fit.ciUb(j)) + QStringLiteral("]"),
                pText(fit.pval(j)) };
            for (int c = 0; c < cells.size(); ++c) {
                auto *item = new QTableWidgetItem(cells[c]);
                if (c > 0)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_table->setItem(j, c, item);
            }
        }
        QString summary = fit.QMdf2 > 0
            ? tr("Test of moderators: F(%1, %2) = %3, p %4")
                  .arg(fit.QMdf1)
                  .arg(fit.QMdf2)
                  .arg(num(fit.QM), pRelation(fit.QMp))
            : tr("Test of moderators: QM(df = %1) = %2, p %3").arg(fit.QMdf1).arg(num(fit.QM), pRelation(fit.QMp));
        summary += QLatin1Char('\n')
            + tr("Residual heterogeneity: QE(df = %1) = %2, p %3").arg(fit.QEdf).arg(num(fit.QE), pRelation(fit.QEp));
        if (fit.randomEffects)
            summary += QLatin1Char('\n') + tr("τ² (residual) = %1").arg(num(fit.tau2));
        if (fit.R2)
            summary += tr("; R² = %1%").arg(effectformat::number(*fit.R2, 1));
        summary += QLatin1Char('\n') + tr("k = %1").arg(fit.k);
        if (missing > 0)
            summary += tr(" (%n pooled studies without a value left out)", nullptr, missing);
        m_summary->setText(summary);
        m_permutation->clear();
        m_permute->setEnabled(true);
        m_fitYi = yi;
        m_fitVi = vi;
        m_fitX = design.X;
        m_fitOptions = options;
        m_fitOptions.computeR2 = false;
        m_fit = std::move(fit);
        m_stack->setCurrentIndex(0);
    } catch (const std::exception &e) {
        showMessage(
            tr("Meta-regression on %1 is not possible: %2").arg(choice.label, QString::fromStdString(e.what())));
    }
}

void MetaRegressionView::stopPermutation()
{
    if (!m_thread)
        return;
    m_job->cancel = true;
    m_job->discarded = true;
    QThread *thread = m_thread;
    m_thread = nullptr;
    m_job.reset();
    thread->wait();
    delete thread;
    m_permute->setEnabled(m_fit.has_value());
    m_permute->setText(tr("Permutation test (1,000)"));
    Q_EMIT permutationFinished();
}

void MetaRegressionView::startPermutationTest()
{
    if (!m_fit || m_thread)
        return;
    auto job = std::make_shared<Job>();
    m_job = job;
    m_permute->setEnabled(false);
    m_permutation->setText(tr("Running %1 permutations…").arg(permutations));
    m_thread = QThread::create([job, y = m_fitYi, v = m_fitVi, fit = *m_fit, X = m_fitX, options = m_fitOptions] {
        try {
            job->test =
                stats::permutationTest(y, v, fit, X, options, permutations, permutationSeed, false, &job->cancel);
        } catch (const std::exception &e) {
            job->error = QString::fromStdString(e.what());
        }
    });
    connect(m_thread, &QThread::finished, this, [this, job] {
        if (job->discarded || job != m_job)
            return;
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        m_job.reset();
        m_permute->setEnabled(m_fit.has_value());
        if (!job->error.isEmpty()) {
            m_permutation->setText(tr("Permutation test failed: %1").arg(job->error));
        } else if (m_fit) {
            QStringList parts;
            parts << tr("Permutation test (%1%2 permutations, seed %3): QM p %4")
                         .arg(job->test.exact ? tr("exact, ") : QString())
                         .arg(job->test.permutations)
                         .arg(permutationSeed)
                         .arg(pRelation(job->test.QMp));
            for (std::size_t j = 1; j < job->test.pval.size() && j < m_fit->terms.size(); ++j)
                parts << tr("%1: p %2").arg(QString::fromStdString(m_fit->terms[j]), pRelation(job->test.pval[j]));
            m_permutation->setText(parts.join(QStringLiteral("; ")));
        }
        Q_EMIT permutationFinished();
    });
    m_thread->start(QThread::LowPriority);
}

} // namespace ee::ui
