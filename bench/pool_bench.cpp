// Times one full analysis as the explorer runs it on every click: a REML
// random-effects fit, leave-one-out refits and Baujat coordinates, for k = 38
// (the reviewed meta-analysis) and k = 1000, on synthetic seeded data.
//
//   pool_bench [--reps N] [--write-data DIR]
//
// --write-data writes the two data sets as DIR/bench_k38.csv and DIR/bench_k1000.csv
// (study,yi,vi at full precision) so bench/metafor_pool.R times metafor on the same
// numbers; bench/run_pool_bench.sh runs both and prints the ratio.
//
// Output lines "RESULT ours <what> k=<k> median_us=<x>" are read by the script.

#include "core/io/resultjson.h"
#include "core/stats/analysis.h"
#include "core/stats/influence.h"
#include "core/stats/inversevariance.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <string>
#include <vector>

namespace {

using namespace ee::stats;
using Clock = std::chrono::steady_clock;

struct Data {
    std::vector<double> y;
    std::vector<double> v;
};

// Effects from a random-effects model with tau² = 0.1 around 0.3, variances
// uniform on [0.01, 0.2]; a fixed seed per k keeps runs comparable.
Data synthetic(std::size_t k)
{
    std::mt19937_64 rng(20240601 + k);
    std::uniform_real_distribution<double> variance(0.01, 0.2);
    std::normal_distribution<double> normal(0.0, 1.0);
    Data d;
    for (std::size_t i = 0; i < k; ++i) {
        const double v = variance(rng);
        d.v.push_back(v);
        d.y.push_back(0.3 + std::sqrt(0.1 + v) * normal(rng));
    }
    return d;
}

void writeCsv(const Data &d, const std::filesystem::path &path)
{
    std::ofstream out(path);
    out << "study,yi,vi\n";
    for (std::size_t i = 0; i < d.y.size(); ++i)
        out << "S" << (i + 1) << ',' << ee::io::jsonNumber(d.y[i]) << ',' << ee::io::jsonNumber(d.v[i]) << '\n';
}

template<typename F> double medianMicroseconds(F &&work, int reps)
{
    // Batches of calls, so the clock's own cost is negligible; median over batches.
    int perBatch = 1;
    {
        const auto t0 = Clock::now();
        work();
        const double once = std::chrono::duration<double, std::micro>(Clock::now() - t0).count();
        perBatch = std::max(1, static_cast<int>(200.0 / std::max(once, 1e-3)));
    }
    const int batches = std::max(5, reps / perBatch);
    std::vector<double> times;
    for (int b = 0; b < batches; ++b) {
        const auto t0 = Clock::now();
        for (int i = 0; i < perBatch; ++i)
            work();
        times.push_back(std::chrono::duration<double, std::micro>(Clock::now() - t0).count() / perBatch);
    }
    std::nth_element(times.begin(), times.begin() + static_cast<std::ptrdiff_t>(times.size() / 2), times.end());
    return times[times.size() / 2];
}

volatile double g_sink = 0; // keeps the optimiser from dropping the work

} // namespace

int main(int argc, char **argv)
{
    int reps = 20000;
    std::string dataDir;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--reps" && i + 1 < argc) {
            reps = std::atoi(argv[++i]);
        } else if (arg == "--write-data" && i + 1 < argc) {
            dataDir = argv[++i];
        } else {
            std::cerr << "usage: pool_bench [--reps N] [--write-data DIR]\n";
            return 2;
        }
    }

    for (std::size_t k : { std::size_t(38), std::size_t(1000) }) {
        const Data d = synthetic(k);
        if (!dataDir.empty())
            writeCsv(d, std::filesystem::path(dataDir) / ("bench_k" + std::to_string(k) + ".csv"));

        InverseVarianceOptions options;
        options.randomEffects = true;
        options.estimator = Tau2Estimator::REML;

        // The core work: REML fit + leave-one-out + Baujat, buffers reused across calls.
        std::vector<LeaveOneOut> loo;
        std::vector<BaujatPoint> points;
        loo.reserve(k);
        points.reserve(k);
        auto core = [&] {
            const PoolFit fit = fitInverseVariance(d.y, d.v, options);
            leaveOneOut(d.y, d.v, options, loo);
            baujat(d.y, d.v, fit, loo, points);
            g_sink = g_sink + fit.estimate + points.back().y;
        };
        const int coreReps = k <= 100 ? reps : std::max(50, reps / 100);
        const double coreUs = medianMicroseconds(core, coreReps);

        // The same through analyse() as the CLI and the explorer call it: adds the
        // Q-profile interval for tau², the prediction interval, weights and labels.
        std::vector<Study> studies;
        for (std::size_t i = 0; i < k; ++i)
            studies.push_back({ "S" + std::to_string(i + 1), GenericEffect { d.y[i], d.v[i] } });
        AnalysisOptions full;
        full.measure = EffectMeasure::GEN;
        full.method = PoolingMethod::InverseVariance;
        full.model = ModelChoice::Random;
        full.tau2 = Tau2Estimator::REML;
        full.leaveOneOut = true;
        full.baujat = true;
        auto analysis = [&] {
            const AnalysisResult r = analyse(studies, full);
            g_sink = g_sink + r.fit.estimate;
        };
        const double fullUs = medianMicroseconds(analysis, coreReps);

        const PoolFit fit = fitInverseVariance(d.y, d.v, options);
        std::printf(
            "k = %zu: tau2 = %.6f, estimate = %.6f, REML iterations = %d\n", k, fit.tau2, fit.estimate, fit.iterations);
        std::printf("RESULT ours core k=%zu median_us=%.3f\n", k, coreUs);
        std::printf("RESULT ours analyse k=%zu median_us=%.3f\n", k, fullUs);
        std::printf("  REML fit + leave-one-out + Baujat:        %10.2f us (median)\n", coreUs);
        std::printf("  analyse() incl. tau2 CI, PI, weights:     %10.2f us (median)\n", fullUs);
    }
    return 0;
}
