#include "ui/diagnostics/funneloverlay.h"

#include "core/stats/diagnostics.h"
#include "ui/plots/effectformat.h"

#include <QCoreApplication>

#include <cmath>
#include <exception>

namespace ee::ui {

namespace {

class OverlayText
{
    Q_DECLARE_TR_FUNCTIONS(FunnelOverlay)
};

QString pText(double p)
{
    return effectformat::pValue(p);
}

} // namespace

void addSmallStudyOverlay(FunnelData &funnel, const stats::AnalysisResult &analysis)
{
    FunnelOverlay overlay;
    std::vector<double> yi;
    std::vector<double> vi;
    for (const stats::StudyResult &s : analysis.studies) {
        if (!s.effect.estimable())
            continue;
        yi.push_back(s.effect.yi);
        vi.push_back(s.effect.vi);
    }
    const std::size_t k = yi.size();
    if (k < 3) {
        overlay.testText =
            OverlayText::tr("Small-study tests need at least 3 studies (%n pooled).", nullptr, static_cast<int>(k));
        funnel.overlay = overlay;
        return;
    }
    if (k < stats::kSmallStudyMinimum)
        overlay.warning =
            OverlayText::tr("Fewer than %1 studies: interpret with caution.").arg(stats::kSmallStudyMinimum);

    QStringList parts;
    try {
        const stats::EggerTest egger = stats::eggerTest(yi, vi, analysis.options.level);
        overlay.eggerLine = true;
        overlay.eggerIntercept = egger.limitEstimate;
        overlay.eggerSlope = egger.bias;
        parts << OverlayText::tr("Egger %1").arg(pText(egger.pval));
    } catch (const std::exception &) {
        parts << OverlayText::tr("Egger: not estimable (equal variances)");
    }
    try {
        const stats::BeggTest begg = stats::beggTest(yi, vi);
        parts << OverlayText::tr("Begg %1").arg(pText(begg.pval));
    } catch (const std::exception &) {
        parts << OverlayText::tr("Begg: not estimable");
    }
    try {
        const stats::TrimAndFill tf = stats::trimAndFill(yi, vi, stats::diagnosticsModel(analysis));
        for (std::size_t i = 0; i < tf.filledYi.size(); ++i)
            overlay.imputed.append(QPointF(tf.filledYi[i], std::sqrt(tf.filledVi[i])));
        const QString side = tf.side == stats::FunnelSide::Left ? OverlayText::tr("left") : OverlayText::tr("right");
        if (tf.k0 > 0) {
            overlay.adjustedEstimate = tf.fit.estimate;
            parts << OverlayText::tr("Trim-and-fill: %n imputed (%1), adjusted %2", nullptr, static_cast<int>(tf.k0))
                         .arg(side, effectformat::effect(tf.fit.estimate, funnel.ratioScale));
        } else {
            parts << OverlayText::tr("Trim-and-fill: none imputed (%1)").arg(side);
        }
    } catch (const std::exception &) {
        parts << OverlayText::tr("Trim-and-fill: did not converge");
    }
    overlay.testText = parts.join(QStringLiteral(" · "));
    funnel.overlay = overlay;
}

} // namespace ee::ui
