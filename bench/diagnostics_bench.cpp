// Benchmarks of issue 6: GOSH (k = 16, all 65,535 subsets; k = 20, all 1,048,575)
// and the meta-regression permutation test (1,000 permutations, k = 38), on seeded
// synthetic data. With --write-data DIR the data go to DIR/gosh16.csv and
// DIR/metareg38.csv for bench/metafor_diagnostics.R, which times metafor on the same
// numbers (bench/run_diagnostics_bench.sh runs both and prints the ratios).
//
// Output lines "RESULT name seconds" are parsed by the script.

#include "core/stats/gosh.h"
#include "core/stats/metaregression.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <random>
#include <string>
#include <vector>

using namespace ee::stats;

namespace {

struct Data {
    std::vector<double> yi, vi, x;
};

Data synthetic(std::size_t k, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> normal;
    std::uniform_real_distribution<double> uniform(0.01, 0.4);
    std::uniform_real_distribution<double> lat(10, 60);
    Data d;
    for (std::size_t i = 0; i < k; ++i) {
        d.vi.push_back(uniform(rng));
        d.x.push_back(std::round(lat(rng)));
        d.yi.push_back(0.4 - 0.02 * d.x.back() + 0.3 * normal(rng) + std::sqrt(d.vi.back()) * normal(rng));
    }
    return d;
}

template<typename F> double medianSeconds(int repeats, F &&f)
{
    std::vector<double> t;
    for (int r = 0; r < repeats; ++r) {
        const auto start = std::chrono::steady_clock::now();
        f();
        t.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(t.begin(), t.end());
    return t[t.size() / 2];
}

void write(const std::string &path, const Data &d)
{
    std::ofstream out(path);
    out.precision(17);
    out << "yi,vi,x\n";
    for (std::size_t i = 0; i < d.yi.size(); ++i)
        out << d.yi[i] << ',' << d.vi[i] << ',' << d.x[i] << '\n';
}

} // namespace

int main(int argc, char **argv)
{
    const Data g16 = synthetic(16, 16);
    const Data g20 = synthetic(20, 20);
    const Data m38 = synthetic(38, 38);
    if (argc == 3 && std::string(argv[1]) == "--write-data") {
        write(std::string(argv[2]) + "/gosh16.csv", g16);
        write(std::string(argv[2]) + "/metareg38.csv", m38);
    }
    for (const auto &[name, random, estimator] :
        { std::tuple { "gosh16_FE", false, Tau2Estimator::DL }, std::tuple { "gosh16_DL", true, Tau2Estimator::DL },
            std::tuple { "gosh16_REML", true, Tau2Estimator::REML } }) {
        GoshOptions o;
        o.model.randomEffects = random;
        o.model.estimator = estimator;
        o.threads = 2;
        std::size_t n = 0;
        const double s = medianSeconds(5, [&] { n = gosh(g16.yi, g16.vi, o).count(); });
        std::printf("RESULT %s %.6f   (%zu fits, 2 threads)\n", name, s, n);
    }
    for (const auto &[name, random, estimator, threads] :
        { std::tuple { "gosh20_FE", false, Tau2Estimator::DL, 2u }, std::tuple { "gosh20_DL", true, Tau2Estimator::DL, 2u },
            std::tuple { "gosh20_DL_1thread", true, Tau2Estimator::DL, 1u },
            std::tuple { "gosh20_REML", true, Tau2Estimator::REML, 2u } }) {
        GoshOptions o;
        o.model.randomEffects = random;
        o.model.estimator = estimator;
        o.threads = threads;
        std::size_t n = 0;
        const double s = medianSeconds(3, [&] { n = gosh(g20.yi, g20.vi, o).count(); });
        std::printf("RESULT %s %.6f   (%zu fits, %u threads)\n", name, s, n, threads);
    }
    Eigen::MatrixXd X(38, 2);
    for (int i = 0; i < 38; ++i) {
        X(i, 0) = 1;
        X(i, 1) = m38.x[static_cast<std::size_t>(i)];
    }
    MetaRegressionOptions mo;
    mo.estimator = Tau2Estimator::REML;
    const MetaRegressionFit fit = fitMetaRegression(m38.yi, m38.vi, X, mo);
    PermutationTest t;
    const double s = medianSeconds(3, [&] { t = permutationTest(m38.yi, m38.vi, fit, X, mo, 1000, 1); });
    std::printf("RESULT permutest38_REML %.6f   (1000 permutations, p(slope) = %.4f, QMp = %.4f)\n", s, t.pval[1], t.QMp);
    return 0;
}
