#pragma once

#include "core/stats/gosh.h"

#include <QObject>

#include <memory>
#include <vector>

class QThread;

namespace ee::ui {

/// Runs stats::gosh() on a background thread (the engine itself uses
/// GoshOptions::threads workers), reports progress on the GUI thread and can
/// be cancelled. One run at a time: start() cancels and waits for a running one.
/// The destructor cancels and waits, so the worker never outlives its owner.
class GoshWorker : public QObject
{
    Q_OBJECT

public:
    explicit GoshWorker(QObject *parent = nullptr);
    ~GoshWorker() override;

    /// Starts fitting `options.model` to the subsets of the studies (yi, vi).
    /// `options.cancel` and `options.progress` are replaced by the worker's own.
    void start(std::vector<double> yi, std::vector<double> vi, stats::GoshOptions options);
    /// Asks a running computation to stop; finished(true) follows.
    void cancel();
    /// Cancels and blocks until the thread has ended (no signal is emitted for it).
    void cancelAndWait();
    bool isRunning() const;

    /// The last finished computation (possibly cancelled, possibly failed).
    const stats::GoshResult &result() const { return m_result; }
    /// Why the last computation failed (engine exception), or empty.
    QString error() const { return m_error; }

Q_SIGNALS:
    /// Subsets fitted so far, of `total`; at most about 200 per run.
    void progressed(qint64 done, qint64 total);
    /// The computation ended; `cancelled` when stopped early or superseded.
    void finished(bool cancelled);

private:
    struct Run;
    void handleThreadFinished(const std::shared_ptr<Run> &run);

    std::shared_ptr<Run> m_run;
    QThread *m_thread = nullptr;
    stats::GoshResult m_result;
    QString m_error;
};

} // namespace ee::ui
