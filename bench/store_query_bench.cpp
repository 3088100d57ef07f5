// Time of the explorer's query (EvidenceIndex::query) on the bundled
// cell-therapy base: outcome + facet filters → engine-ready rows plus the
// per-level study counts of every facet. Prints the median and 95th
// percentile of many repetitions, and the one-off cost of loading the index.
//
//   build/bin/bench/store_query_bench [FILE.evidence]
#include "core/store/bundledbases.h"
#include "core/store/evidenceindex.h"
#include "core/store/studystore.h"

#include <QCoreApplication>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace ee::store;
using Clock = std::chrono::steady_clock;

namespace {

double microseconds(Clock::duration d)
{
    return std::chrono::duration<double, std::micro>(d).count();
}

struct Stats {
    double median = 0;
    double p95 = 0;
};

Stats summarise(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return { samples[samples.size() / 2], samples[samples.size() * 95 / 100] };
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : BundledBases::defaultBasePath();

    const auto openStart = Clock::now();
    auto store = StudyStore::open(path, StudyStore::OpenMode::ReadOnly);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().text()));
        return 1;
    }
    auto index = store.value()->index();
    if (!index) {
        std::fprintf(stderr, "%s\n", qPrintable(index.error().text()));
        return 1;
    }
    const double loadUs = microseconds(Clock::now() - openStart);
    const EvidenceBase &base = index.value()->base();
    std::printf("store_query_bench: %s\n", qPrintable(path));
    std::printf("  %lld studies, %lld comparisons, %lld facets; open + load + index: %.0f us (once per file)\n",
        static_cast<long long>(base.studies.size()), static_cast<long long>(base.comparisons.size()),
        static_cast<long long>(base.facets.size()), loadUs);

    struct Case {
        const char *name;
        QueryRequest request;
    };
    std::vector<Case> cases;
    cases.push_back({ "healing, no filter", {} });
    cases.back().request.outcome = QStringLiteral("healing");
    cases.push_back({ "healing, cell_type=ASC,BMMSC & route=IM,SC & region=Asia", {} });
    cases.back().request.outcome = QStringLiteral("healing");
    cases.back().request.filters[QStringLiteral("cell_type")] = { QStringLiteral("ASC"), QStringLiteral("BMMSC") };
    cases.back().request.filters[QStringLiteral("route")] = { QStringLiteral("IM"), QStringLiteral("SC") };
    cases.back().request.filters[QStringLiteral("region")] = { QStringLiteral("Asia") };
    cases.push_back({ "no outcome (all comparisons), followup=>=10 months", {} });
    cases.back().request.filters[QStringLiteral("followup")] = { QStringLiteral(">=10 months") };
    cases.push_back({ "amputation, shared controls split", {} });
    cases.back().request.outcome = QStringLiteral("amputation");
    cases.back().request.sharedControl = SharedControlMode::Split;
    if (!index.value()->outcome(QStringLiteral("healing"))) {
        // Another project: query its first outcome without filters.
        cases.clear();
        cases.push_back({ "first outcome, no filter", {} });
        if (!base.outcomes.isEmpty())
            cases.back().request.outcome = base.outcomes.front().code;
    }

    const int repetitions = 20000;
    std::vector<double> all;
    for (const Case &c : cases) {
        std::vector<double> samples;
        samples.reserve(repetitions);
        std::size_t rows = 0;
        for (int i = 0; i < repetitions; ++i) {
            const auto start = Clock::now();
            auto result = index.value()->query(c.request);
            samples.push_back(microseconds(Clock::now() - start));
            if (!result) {
                std::fprintf(stderr, "%s: %s\n", c.name, qPrintable(result.error().text()));
                return 1;
            }
            rows = static_cast<std::size_t>(result->rows.size() + result->notExtracted.size());
        }
        const Stats s = summarise(samples);
        all.insert(all.end(), samples.begin(), samples.end());
        std::printf("  %-58s median %7.2f us   p95 %7.2f us   (%zu rows)\n", c.name, s.median, s.p95, rows);
    }
    const Stats overall = summarise(all);
    std::printf(
        "  all queries: median %.2f us, p95 %.2f us (target: well under 1000 us)\n", overall.median, overall.p95);
    return 0;
}
