#pragma once

#include "ui/explorer/explorerresult.h"

#include <QFrame>

class QLabel;

namespace ee::ui {

/// The line above the plots: pooled estimate with CI and p, I² and tau²,
/// how many studies and patients, and the published estimate for the same
/// outcome and subgroup when the project has one.
class SummaryStrip : public QFrame
{
    Q_OBJECT

public:
    explicit SummaryStrip(QWidget *parent = nullptr);

    void setSummary(const SummaryData &summary);
    /// The plain text shown, for tests and the clipboard.
    QString text() const;

private:
    QLabel *m_main = nullptr;
    QLabel *m_detail = nullptr;
};

} // namespace ee::ui
