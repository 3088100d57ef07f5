#include "ui/export/methodstext.h"

#include "ui/plots/effectformat.h"

#include <QCoreApplication>
#include <QStringList>

#include <cmath>

namespace ee::ui {

namespace {

/// A setting such as 95 or 0.5 in the fewest decimals (up to 4), through the UI's number format.
QString shortNumber(double value)
{
    int decimals = 0;
    while (decimals < 4
        && std::abs(value * std::pow(10.0, decimals) - std::round(value * std::pow(10.0, decimals))) > 1e-9)
        ++decimals;
    return effectformat::number(value, decimals);
}

class MethodsTr
{
    Q_DECLARE_TR_FUNCTIONS(MethodsText)
};

QString measureText(stats::EffectMeasure measure)
{
    switch (measure) {
    case stats::EffectMeasure::OR:
        return MethodsTr::tr("odds ratios (analysed on the log scale)");
    case stats::EffectMeasure::RR:
        return MethodsTr::tr("risk ratios (analysed on the log scale)");
    case stats::EffectMeasure::RD:
        return MethodsTr::tr("risk differences");
    case stats::EffectMeasure::MD:
        return MethodsTr::tr("mean differences");
    case stats::EffectMeasure::SMD:
        return MethodsTr::tr("standardised mean differences (Hedges' g)");
    case stats::EffectMeasure::GEN:
        return MethodsTr::tr("the reported effect sizes and their variances");
    }
    return {};
}

QString estimatorText(stats::Tau2Estimator estimator)
{
    switch (estimator) {
    case stats::Tau2Estimator::DL:
        return MethodsTr::tr("the DerSimonian-Laird estimator (DerSimonian & Laird 1986)");
    case stats::Tau2Estimator::REML:
        return MethodsTr::tr("restricted maximum likelihood (Viechtbauer 2005)");
    case stats::Tau2Estimator::PM:
        return MethodsTr::tr("the Paule-Mandel estimator (Paule & Mandel 1982)");
    case stats::Tau2Estimator::ML:
        return MethodsTr::tr("maximum likelihood (Viechtbauer 2005)");
    case stats::Tau2Estimator::SJ:
        return MethodsTr::tr("the Sidik-Jonkman estimator (Sidik & Jonkman 2005)");
    case stats::Tau2Estimator::HE:
        return MethodsTr::tr("the Hedges estimator (Hedges & Olkin 1985)");
    case stats::Tau2Estimator::EB:
        return MethodsTr::tr("the empirical Bayes estimator (Morris 1983)");
    }
    return {};
}

QString correctionTarget(stats::CorrectionTarget to)
{
    switch (to) {
    case stats::CorrectionTarget::OnlyZero:
        return MethodsTr::tr("to studies with a zero cell");
    case stats::CorrectionTarget::All:
        return MethodsTr::tr("to every study");
    case stats::CorrectionTarget::IfAnyZero:
        return MethodsTr::tr("to every study when any study had a zero cell");
    case stats::CorrectionTarget::None:
        return {};
    }
    return {};
}

} // namespace

QString MethodsText::paragraph(const stats::AnalysisResult &analysis)
{
    const stats::AnalysisOptions &o = analysis.options;
    const stats::PoolFit &fit = analysis.fit;
    QStringList s;
    s << MethodsTr::tr("Effects were expressed as %1 with %2% confidence intervals.")
             .arg(measureText(o.measure), shortNumber(o.level));

    QString model;
    if (!fit.randomEffects) {
        switch (fit.method) {
        case stats::PoolingMethod::MantelHaenszel:
            model = MethodsTr::tr("Studies were pooled with a fixed-effect model using the Mantel-Haenszel method.");
            break;
        case stats::PoolingMethod::Peto:
            model =
                MethodsTr::tr("Studies were pooled with a fixed-effect model using Peto's method (Yusuf et al. 1985).");
            break;
        case stats::PoolingMethod::InverseVariance:
            model = MethodsTr::tr("Studies were pooled with a fixed-effect model using inverse-variance weights.");
            break;
        }
    } else {
        model = MethodsTr::tr("Studies were pooled with a random-effects model (inverse-variance weights); the "
                              "between-study variance τ² was estimated by %1")
                    .arg(estimatorText(fit.tau2Estimator));
        if (analysis.tau2Ci)
            model += MethodsTr::tr(", with a Q-profile confidence interval");
        //: The end of a sentence: "。" in Chinese.
        model = MethodsTr::tr("%1.").arg(model);
    }
    s << model;
    if (analysis.autoDecision)
        s << MethodsTr::tr("The model was chosen by a pre-specified rule: a fixed-effect model when I² < 50% and "
                           "the p-value of Cochran's Q > 0.10, otherwise a random-effects model (here I² = %1%, "
                           "p = %2).")
                 .arg(effectformat::number(analysis.autoDecision->I2, 0),
                     effectformat::number(analysis.autoDecision->Qp, 3));
    if (fit.randomEffects) {
        if (fit.test == stats::TestStatistic::KnappHartung)
            s << MethodsTr::tr("The confidence interval and test of the pooled effect used the Hartung-Knapp-Sidik-"
                               "Jonkman method (t distribution with k − 1 degrees of freedom).");
        else
            s << MethodsTr::tr("The confidence interval and test of the pooled effect used the normal distribution.");
        if (fit.k >= 2)
            s << MethodsTr::tr("A %1% prediction interval for the effect in a new study is reported.")
                     .arg(shortNumber(o.level));
    }
    s << MethodsTr::tr("Heterogeneity was assessed with Cochran's Q and I².");
    const bool binary = o.measure == stats::EffectMeasure::OR || o.measure == stats::EffectMeasure::RR
        || o.measure == stats::EffectMeasure::RD;
    if (binary) {
        const QString target = correctionTarget(o.to);
        const bool drop00 = o.drop00.value_or(o.method != stats::PoolingMethod::InverseVariance);
        if (target.isEmpty() || o.add <= 0)
            s << MethodsTr::tr("No continuity correction was applied.");
        else
            s << MethodsTr::tr("A continuity correction of %1 was added %2.").arg(shortNumber(o.add), target);
        s << (drop00 ? MethodsTr::tr("Studies without events in either arm were excluded from pooling.")
                     : MethodsTr::tr("Studies without events in either arm were kept."));
    }
    if (analysis.subgroups)
        s << MethodsTr::tr("Subgroups defined by %1 were compared with a test for subgroup differences (Cochran's Q "
                           "between subgroup estimates); each subgroup had its own τ².")
                 .arg(QString::fromStdString(analysis.subgroups->column));
    s << MethodsTr::tr("Analyses were run in Evidence Explorer %1, whose results are checked against R metafor.")
             .arg(QStringLiteral(EE_VERSION));
    return s.join(QLatin1Char(' '));
}

} // namespace ee::ui
