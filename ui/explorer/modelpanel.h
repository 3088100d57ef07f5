#pragma once

#include "core/stats/types.h"
#include "core/store/storeenums.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;

namespace ee::ui {

/// The analysis settings a user picks in the "Model" dock.
struct ModelSettings {
    stats::EffectMeasure measure = stats::EffectMeasure::OR;
    stats::PoolingMethod pooling = stats::PoolingMethod::MantelHaenszel;
    stats::ModelChoice model = stats::ModelChoice::Auto;
    stats::Tau2Estimator tau2 = stats::Tau2Estimator::REML;
    bool hksj = false;
    bool predictionInterval = true;
    QString subgroupFacet; ///< facet key to split by, empty for none

    bool operator==(const ModelSettings &) const = default;
};

/// The "Model" dock: effect measure, pooling method, fixed/random/automatic,
/// tau² estimator, Hartung-Knapp-Sidik-Jonkman, prediction interval and
/// subgroup-by. Only offers combinations the engine supports for the outcome
/// (Mantel-Haenszel and Peto for binary data, Peto for odds ratios only).
class ModelPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ModelPanel(QWidget *parent = nullptr);

    ModelSettings settings() const;
    /// Shows `settings`, adjusted to what the outcome kind allows; emits nothing.
    void setSettings(const ModelSettings &settings);

    /// Offers the measures of `kind` and keeps the current choice when it still applies.
    void setOutcomeKind(store::OutcomeKind kind);
    store::OutcomeKind outcomeKind() const { return m_kind; }

    /// The facets a user may split by: (key, label) pairs.
    void setSubgroupFacets(const QList<std::pair<QString, QString>> &facets);

Q_SIGNALS:
    /// Any setting changed by the user.
    void settingsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Sets every text (labels, choices, tooltips) in the current language.
    void retranslate();
    void handleEdited();
    void updateEnabledState();
    void fillMeasures();
    void fillPooling();

    store::OutcomeKind m_kind = store::OutcomeKind::Binary;
    bool m_updating = false;
    QComboBox *m_measure = nullptr;
    QComboBox *m_pooling = nullptr;
    QComboBox *m_model = nullptr;
    QComboBox *m_tau2 = nullptr;
    QCheckBox *m_hksj = nullptr;
    QCheckBox *m_prediction = nullptr;
    QComboBox *m_subgroup = nullptr;
};

} // namespace ee::ui
