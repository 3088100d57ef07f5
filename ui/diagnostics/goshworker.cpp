#include "ui/diagnostics/goshworker.h"

#include <QThread>

#include <atomic>
#include <exception>

namespace ee::ui {

struct GoshWorker::Run {
    std::atomic<bool> cancel { false };
    // Touched only inside the progress callback, which the engine serialises.
    std::size_t maxDone = 0;
    int lastStep = -1;
    bool discarded = false; ///< superseded or waited for: emit nothing
    stats::GoshResult result;
    QString error;
};

GoshWorker::GoshWorker(QObject *parent)
    : QObject(parent)
{ }

GoshWorker::~GoshWorker()
{
    cancelAndWait();
}

bool GoshWorker::isRunning() const
{
    return m_thread != nullptr;
}

void GoshWorker::cancel()
{
    if (m_run)
        m_run->cancel = true;
}

void GoshWorker::cancelAndWait()
{
    if (!m_thread)
        return;
    m_run->cancel = true;
    m_run->discarded = true;
    QThread *thread = m_thread;
    m_thread = nullptr;
    m_run.reset();
    thread->wait();
    delete thread;
}

void GoshWorker::start(std::vector<double> yi, std::vector<double> vi, stats::GoshOptions options)
{
    cancelAndWait();
    auto run = std::make_shared<Run>();
    m_run = run;
    m_error.clear();
    options.cancel = &run->cancel;
    // Progress comes from the engine's workers; forward about 200 steps per run
    // to the GUI thread through the event loop (this object lives there).
    options.progress = [this, run](std::size_t done, std::size_t total) {
        // Workers report in any order: forward only growing counts, one per step.
        if (done <= run->maxDone)
            return;
        run->maxDone = done;
        const int step = total > 0 ? static_cast<int>(done * 200 / total) : 200;
        if (step == run->lastStep && done != total)
            return;
        run->lastStep = step;
        QMetaObject::invokeMethod(
            this,
            [this, run, done, total] {
                if (run == m_run)
                    Q_EMIT progressed(static_cast<qint64>(done), static_cast<qint64>(total));
            },
            Qt::QueuedConnection);
    };
    m_thread = QThread::create([run, y = std::move(yi), v = std::move(vi), o = std::move(options)] {
        try {
            run->result = stats::gosh(y, v, o);
        } catch (const std::exception &e) {
            run->error = QString::fromStdString(e.what());
        }
    });
    connect(m_thread, &QThread::finished, this, [this, run] { handleThreadFinished(run); });
    m_thread->start(QThread::LowPriority);
}

void GoshWorker::handleThreadFinished(const std::shared_ptr<Run> &run)
{
    if (run->discarded || run != m_run)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_result = std::move(run->result);
    m_error = run->error;
    const bool cancelled = m_result.cancelled || run->cancel.load();
    m_run.reset();
    Q_EMIT finished(cancelled);
}

} // namespace ee::ui
