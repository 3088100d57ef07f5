#include "ui/explorer/modelpanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>

namespace ee::ui {

using stats::EffectMeasure;
using stats::ModelChoice;
using stats::PoolingMethod;
using stats::Tau2Estimator;

namespace {

template<typename Enum> Enum currentEnum(const QComboBox *box)
{
    return static_cast<Enum>(box->currentData().toInt());
}

template<typename Enum> void selectEnum(QComboBox *box, Enum value)
{
    const int index = box->findData(static_cast<int>(value));
    if (index >= 0)
        box->setCurrentIndex(index);
}

} // namespace

ModelPanel::ModelPanel(QWidget *parent)
    : QWidget(parent)
    , m_measure(new QComboBox(this))
    , m_pooling(new QComboBox(this))
    , m_model(new QComboBox(this))
    , m_tau2(new QComboBox(this))
    , m_hksj(new QCheckBox(this))
    , m_prediction(new QCheckBox(this))
    , m_subgroup(new QComboBox(this))
{
    setObjectName(QStringLiteral("modelPanel"));
    m_measure->setObjectName(QStringLiteral("measureCombo"));
    m_pooling->setObjectName(QStringLiteral("poolingCombo"));
    m_model->setObjectName(QStringLiteral("modelCombo"));
    m_tau2->setObjectName(QStringLiteral("tau2Combo"));
    m_hksj->setObjectName(QStringLiteral("hksjCheck"));
    m_prediction->setObjectName(QStringLiteral("predictionCheck"));
    m_subgroup->setObjectName(QStringLiteral("subgroupCombo"));

    // Texts are set by retranslate().
    for (ModelChoice choice : { ModelChoice::Fixed, ModelChoice::Random, ModelChoice::Auto })
        m_model->addItem(QString(), static_cast<int>(choice));
    for (Tau2Estimator estimator : { Tau2Estimator::REML, Tau2Estimator::DL, Tau2Estimator::PM, Tau2Estimator::ML,
             Tau2Estimator::SJ, Tau2Estimator::HE, Tau2Estimator::EB })
        m_tau2->addItem(QString(), static_cast<int>(estimator));
    m_prediction->setChecked(true);
    m_subgroup->addItem(QString(), QString());

    fillMeasures();
    fillPooling();
    selectEnum(m_model, ModelChoice::Auto);

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(new QLabel(this), m_measure);
    form->addRow(new QLabel(this), m_pooling);
    form->addRow(new QLabel(this), m_model);
    form->addRow(new QLabel(this), m_tau2);
    form->addRow(QString(), m_hksj);
    form->addRow(QString(), m_prediction);
    form->addRow(new QLabel(this), m_subgroup);
    for (QWidget *field : std::initializer_list<QWidget *> { m_measure, m_pooling, m_model, m_tau2, m_subgroup })
        qobject_cast<QLabel *>(form->labelForField(field))->setBuddy(field);
    retranslate();

    for (QComboBox *box : { m_measure, m_pooling, m_model, m_tau2, m_subgroup })
        connect(box, &QComboBox::currentIndexChanged, this, &ModelPanel::handleEdited);
    for (QCheckBox *box : { m_hksj, m_prediction })
        connect(box, &QCheckBox::toggled, this, &ModelPanel::handleEdited);
    updateEnabledState();
}

void ModelPanel::retranslate()
{
    auto setLabel = [this](QWidget *field, const QString &text) {
        if (auto *form = qobject_cast<QFormLayout *>(layout())) {
            if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
                label->setText(text);
        }
    };
    setLabel(m_measure, tr("Effect &measure:"));
    setLabel(m_pooling, tr("&Pooling:"));
    setLabel(m_model, tr("M&odel:"));
    setLabel(m_tau2, tr("&τ² estimator:"));
    setLabel(m_subgroup, tr("S&ubgroups by:"));

    auto setChoice = [](QComboBox *box, int value, const QString &text) {
        const int index = box->findData(value);
        if (index >= 0)
            box->setItemText(index, text);
        return index;
    };
    setChoice(m_model, static_cast<int>(ModelChoice::Fixed), tr("Fixed effect"));
    setChoice(m_model, static_cast<int>(ModelChoice::Random), tr("Random effects"));
    const int automatic = setChoice(m_model, static_cast<int>(ModelChoice::Auto), tr("Automatic (review's rule)"));
    m_model->setItemData(automatic,
        tr("Fixed effect when I² < 50% and P(Q) > %1, random effects otherwise").arg(QLocale().toString(0.10, 'f', 2)),
        Qt::ToolTipRole);
    setChoice(m_tau2, static_cast<int>(Tau2Estimator::REML), tr("REML (restricted maximum likelihood)"));
    setChoice(m_tau2, static_cast<int>(Tau2Estimator::DL), tr("DerSimonian-Laird"));
    setChoice(m_tau2, static_cast<int>(Tau2Estimator::PM), tr("Paule-Mandel"));
    setChoice(m_tau2, static_cast<int>(Tau2Estimator::ML), tr("Maximum likelihood"));
    setChoice(m_tau2, static_cast<int>(Tau2Estimator::SJ), tr("Sidik-Jonkman"));
    setChoice(m_tau2, static_cast<int>(Tau2Estimator::HE), tr("Hedges"));
    setChoice(m_tau2, static_cast<int>(Tau2Estimator::EB), tr("Empirical Bayes"));
    m_subgroup->setItemText(0, tr("None"));

    m_hksj->setText(tr("Hartung-Knapp-Sidik-Jonkman"));
    m_hksj->setToolTip(tr("Test and confidence interval of the pooled estimate from a t distribution with k - 1 "
                          "degrees of freedom and the Hartung-Knapp variance"));
    m_prediction->setText(tr("Prediction interval"));
    m_prediction->setToolTip(tr("Range in which the effect of a new study is expected to lie (random effects)"));

    // The measure and pooling lists depend on the outcome: fill them again
    // (the choice is kept, and no settingsChanged is emitted).
    const bool updating = m_updating;
    m_updating = true;
    fillMeasures();
    fillPooling();
    m_updating = updating;
}

void ModelPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ModelPanel::fillMeasures()
{
    const QVariant previous = m_measure->currentData();
    const QSignalBlocker blocker(m_measure);
    m_measure->clear();
    if (m_kind == store::OutcomeKind::Binary) {
        m_measure->addItem(tr("Odds ratio"), static_cast<int>(EffectMeasure::OR));
        m_measure->addItem(tr("Risk ratio"), static_cast<int>(EffectMeasure::RR));
        m_measure->addItem(tr("Risk difference"), static_cast<int>(EffectMeasure::RD));
    } else {
        m_measure->addItem(tr("Mean difference"), static_cast<int>(EffectMeasure::MD));
        m_measure->addItem(tr("Standardised mean difference (Hedges' g)"), static_cast<int>(EffectMeasure::SMD));
    }
    const int index = m_measure->findData(previous);
    m_measure->setCurrentIndex(index >= 0 ? index : 0);
}

void ModelPanel::fillPooling()
{
    const QVariant previous = m_pooling->currentData();
    const QSignalBlocker blocker(m_pooling);
    m_pooling->clear();
    const auto measure = currentEnum<EffectMeasure>(m_measure);
    if (stats::isBinaryMeasure(measure))
        m_pooling->addItem(tr("Mantel-Haenszel"), static_cast<int>(PoolingMethod::MantelHaenszel));
    if (measure == EffectMeasure::OR)
        m_pooling->addItem(tr("Peto"), static_cast<int>(PoolingMethod::Peto));
    m_pooling->addItem(tr("Inverse variance"), static_cast<int>(PoolingMethod::InverseVariance));
    const int index = m_pooling->findData(previous);
    m_pooling->setCurrentIndex(index >= 0 ? index : 0);
}

void ModelPanel::setOutcomeKind(store::OutcomeKind kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    fillMeasures();
    fillPooling();
    updateEnabledState();
}

void ModelPanel::setSubgroupFacets(const QList<std::pair<QString, QString>> &facets)
{
    const QString previous = m_subgroup->currentData().toString();
    const QSignalBlocker blocker(m_subgroup);
    m_subgroup->clear();
    m_subgroup->addItem(tr("None"), QString());
    for (const auto &[key, label] : facets)
        m_subgroup->addItem(label, key);
    const int index = m_subgroup->findData(previous);
    m_subgroup->setCurrentIndex(index >= 0 ? index : 0);
}

ModelSettings ModelPanel::settings() const
{
    ModelSettings s;
    s.measure = currentEnum<EffectMeasure>(m_measure);
    s.pooling = currentEnum<PoolingMethod>(m_pooling);
    s.model = currentEnum<ModelChoice>(m_model);
    s.tau2 = currentEnum<Tau2Estimator>(m_tau2);
    s.hksj = m_hksj->isChecked();
    s.predictionInterval = m_prediction->isChecked();
    s.subgroupFacet = m_subgroup->currentData().toString();
    return s;
}

void ModelPanel::setSettings(const ModelSettings &settings)
{
    // handleEdited() ignores the signals these changes emit.
    m_updating = true;
    selectEnum(m_measure, settings.measure);
    fillPooling();
    selectEnum(m_pooling, settings.pooling);
    selectEnum(m_model, settings.model);
    selectEnum(m_tau2, settings.tau2);
    m_hksj->setChecked(settings.hksj);
    m_prediction->setChecked(settings.predictionInterval);
    const int subgroup = m_subgroup->findData(settings.subgroupFacet);
    m_subgroup->setCurrentIndex(subgroup >= 0 ? subgroup : 0);
    updateEnabledState();
    m_updating = false;
}

void ModelPanel::handleEdited()
{
    if (m_updating)
        return;
    if (sender() == m_measure) {
        m_updating = true;
        fillPooling();
        m_updating = false;
    }
    updateEnabledState();
    Q_EMIT settingsChanged();
}

void ModelPanel::updateEnabledState()
{
    const bool fixedOnly = currentEnum<ModelChoice>(m_model) == ModelChoice::Fixed;
    // MH and Peto are fixed-effect estimators of the pooled effect; their
    // random-effects counterpart in metafor is inverse-variance rma.uni.
    m_tau2->setEnabled(!fixedOnly);
    m_hksj->setEnabled(!fixedOnly);
    m_prediction->setEnabled(!fixedOnly);
}

} // namespace ee::ui
