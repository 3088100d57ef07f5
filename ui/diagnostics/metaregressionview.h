#pragma once

#include "core/stats/metaregression.h"
#include "ui/diagnostics/diagnosticsdata.h"

#include <QSet>
#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QThread;

namespace ee::ui {

class BubblePlot;

/// The meta-regression tab: a moderator chooser (year, the rows' moderators and
/// facets), the bubble plot, the coefficients table with QM, QE, τ² and R², and
/// a permutation test (1,000 permutations, seed 1) run in the background.
class MetaRegressionView : public QWidget
{
    Q_OBJECT

public:
    explicit MetaRegressionView(QWidget *parent = nullptr);
    ~MetaRegressionView() override;

    /// Replaces the data; keeps the chosen moderator when it is still offered.
    /// Cancels a running permutation test.
    void setData(const ExplorerResult &result, const DiagnosticsStudies &studies);

    BubblePlot *bubblePlot() const { return m_plot; }
    QComboBox *moderatorBox() const { return m_moderator; }
    QTableWidget *coefficientTable() const { return m_table; }
    QPushButton *permutationButton() const { return m_permute; }
    /// The message shown instead of the plot and table, or empty.
    QString message() const;
    /// Summary (QM, QE, τ², R²) and permutation result lines as shown.
    QString summaryText() const;
    QString permutationText() const;
    const std::optional<stats::MetaRegressionFit> &fit() const { return m_fit; }
    bool isPermuting() const { return m_thread != nullptr; }

    static constexpr std::size_t permutations = 1000;
    static constexpr std::uint64_t permutationSeed = 1;

public Q_SLOTS:
    void setSelectedKeys(const QSet<QString> &keys);
    /// Starts the permutation test of the current fit (the button does this).
    void startPermutationTest();

Q_SIGNALS:
    void studyClicked(const QString &key, Qt::KeyboardModifiers modifiers);
    void studyExclusionRequested(const QString &key, bool exclude);
    /// The permutation test ended (also when cancelled by a new result).
    void permutationFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    /// The fixed texts, again after a language change.
    void retranslate();
    struct Job;
    void refit();
    void showMessage(const QString &text);
    void stopPermutation();

    ExplorerResult m_result;
    DiagnosticsStudies m_studies;
    QVector<ModeratorChoice> m_choices;
    QComboBox *m_moderator = nullptr;
    QCheckBox *m_log = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_message = nullptr;
    BubblePlot *m_plot = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_permute = nullptr;
    QLabel *m_permutation = nullptr;
    QLabel *m_moderatorLabel = nullptr;

    std::optional<stats::MetaRegressionFit> m_fit;
    std::vector<double> m_fitYi;
    std::vector<double> m_fitVi;
    Eigen::MatrixXd m_fitX;
    stats::MetaRegressionOptions m_fitOptions;

    std::shared_ptr<Job> m_job;
    QThread *m_thread = nullptr;
};

} // namespace ee::ui
