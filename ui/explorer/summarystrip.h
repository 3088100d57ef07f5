#pragma once

#include "ui/explorer/explorerresult.h"

#include <QFrame>

class QLabel;

namespace ee::ui {

/// The line above the plots: pooled estimate with CI and p, I² and tau²,
/// how many studies and patients, and the published estimate for the same
/// outcome and subgroup when the project has one. Plain-text labels: the
/// strip is redrawn on every filter click and must stay cheap to lay out.
class SummaryStrip : public QFrame
{
    Q_OBJECT

public:
    explicit SummaryStrip(QWidget *parent = nullptr);

    void setSummary(const SummaryData &summary);
    /// The text shown, line by line, for tests and the clipboard.
    QString text() const;

private:
    QLabel *m_estimate = nullptr;
    QLabel *m_statistics = nullptr;
    QLabel *m_model = nullptr;
    QLabel *m_published = nullptr;
    QLabel *m_warning = nullptr;
};

} // namespace ee::ui
