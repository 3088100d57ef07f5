#include "core/stats/gosh.h"

#include "core/stats/errors.h"

#include <algorithm>
#include <cmath>
#include <mutex>
#include <random>
#include <stdexcept>
#include <string>
#include <thread>

namespace ee::stats {

namespace {

constexpr std::size_t kChunk = 4096;

std::uint64_t splitmix(std::uint64_t x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

} // namespace

GoshResult gosh(std::span<const double> yi, std::span<const double> vi, const GoshOptions &options)
{
    constexpr const char *function = "gosh";
    const std::size_t k = yi.size();
    if (vi.size() != k)
        throw std::invalid_argument(std::string(function) + ": yi has " + std::to_string(k) + " values, vi "
            + std::to_string(vi.size()));
    if (k == 0)
        throw std::invalid_argument(std::string(function) + ": needs at least 1 study");
    if (options.threads == 0)
        throw std::invalid_argument(std::string(function) + ": threads must be at least 1");
    for (std::size_t i = 0; i < k; ++i) {
        if (!std::isfinite(yi[i]))
            throw std::invalid_argument(std::string(function) + ": yi[" + std::to_string(i) + "] is not finite");
        if (!(vi[i] > 0) || !std::isfinite(vi[i]))
            throw std::invalid_argument(std::string(function) + ": vi[" + std::to_string(i)
                + "] must be positive, got " + std::to_string(vi[i]));
    }
    const bool small = k < 63;
    const std::uint64_t all = small ? (std::uint64_t { 1 } << k) - 1 : 0;
    GoshResult r;
    r.k = k;
    r.words = (k + 63) / 64;
    r.exhaustive = small && (k <= options.exhaustiveUpTo || all <= options.subsets);
    if (r.exhaustive && k > 30)
        throw std::invalid_argument(
            std::string(function) + ": all subsets of k = " + std::to_string(k) + " studies are too many");
    if (!r.exhaustive && options.subsets == 0)
        throw std::invalid_argument(std::string(function) + ": subsets must be at least 1");
    const std::size_t total = r.exhaustive ? static_cast<std::size_t>(all) : options.subsets;
    r.membership.assign(total * r.words, 0);
    r.size.assign(total, 0);
    r.estimate.assign(total, 0);
    r.Q.assign(total, 0);
    r.I2.assign(total, 0);
    r.tau2.assign(total, 0);
    r.ok.assign(total, 0);

    // Effects shifted by their mean keep the one-pass sums of squares accurate.
    double mean = 0;
    for (double y : yi)
        mean += y;
    mean /= static_cast<double>(k);
    std::vector<double> ys(k), ws(k);
    for (std::size_t i = 0; i < k; ++i) {
        ys[i] = yi[i] - mean;
        ws[i] = 1 / vi[i];
    }
    const bool closedForm = !options.model.randomEffects || options.model.estimator == Tau2Estimator::DL;
    const bool random = options.model.randomEffects;

    std::atomic<std::size_t> nextChunk { 0 };
    std::atomic<std::size_t> done { 0 };
    std::atomic<std::size_t> failed { 0 };
    std::atomic<bool> stopped { false };
    std::mutex progressMutex;
    const std::size_t chunks = (total + kChunk - 1) / kChunk;

    auto work = [&]() {
        std::vector<double> by, bv;
        by.reserve(k);
        bv.reserve(k);
        std::vector<std::size_t> members;
        members.reserve(k);
        while (true) {
            if (options.cancel && options.cancel->load(std::memory_order_relaxed)) {
                stopped = true;
                return;
            }
            const std::size_t c = nextChunk.fetch_add(1);
            if (c >= chunks)
                return;
            const std::size_t begin = c * kChunk;
            const std::size_t end = std::min(total, begin + kChunk);
            std::mt19937_64 rng(splitmix(options.seed ^ splitmix(c)));
            std::size_t chunkFailed = 0;
            for (std::size_t s = begin; s < end; ++s) {
                std::uint64_t *bits = r.membership.data() + s * r.words;
                if (r.exhaustive) {
                    bits[0] = static_cast<std::uint64_t>(s) + 1;
                } else {
                    bool any = false;
                    while (!any) {
                        for (std::size_t w = 0; w < r.words; ++w) {
                            std::uint64_t x = rng();
                            const std::size_t used = std::min<std::size_t>(64, k - 64 * w);
                            if (used < 64)
                                x &= (std::uint64_t { 1 } << used) - 1;
                            bits[w] = x;
                            any = any || x != 0;
                        }
                    }
                }
                members.clear();
                for (std::size_t w = 0; w < r.words; ++w) {
                    std::uint64_t x = bits[w];
                    while (x) {
                        members.push_back(64 * w + static_cast<std::size_t>(__builtin_ctzll(x)));
                        x &= x - 1;
                    }
                }
                const std::size_t n = members.size();
                r.size[s] = static_cast<std::uint32_t>(n);
                const double df = static_cast<double>(n) - 1;
                if (closedForm) {
                    double sw = 0, sw2 = 0, swy = 0, swy2 = 0;
                    for (std::size_t i : members) {
                        const double w = ws[i], y = ys[i];
                        sw += w;
                        sw2 += w * w;
                        swy += w * y;
                        swy2 += w * y * y;
                    }
                    const double q = n > 1 ? std::max(0.0, swy2 - swy * swy / sw) : 0.0;
                    double est = swy / sw;
                    double t2 = 0;
                    if (random && n > 1) {
                        t2 = std::max(0.0, (q - df) / (sw - sw2 / sw));
                        if (t2 > 0) {
                            double a = 0, b = 0;
                            for (std::size_t i : members) {
                                const double w = 1 / (vi[i] + t2);
                                a += w;
                                b += w * ys[i];
                            }
                            est = b / a;
                        }
                    }
                    r.estimate[s] = est + mean;
                    r.Q[s] = q;
                    r.tau2[s] = t2;
                    r.I2[s] = higginsI2(q, df);
                    r.ok[s] = 1;
                } else {
                    by.clear();
                    bv.clear();
                    for (std::size_t i : members) {
                        by.push_back(yi[i]);
                        bv.push_back(vi[i]);
                    }
                    try {
                        const PoolFit f = fitInverseVariance(by, bv, options.model);
                        r.estimate[s] = f.estimate;
                        r.Q[s] = f.Q;
                        r.tau2[s] = f.tau2;
                        r.I2[s] = f.I2;
                        r.ok[s] = 1;
                    } catch (const ConvergenceError &) {
                        ++chunkFailed;
                    }
                }
            }
            failed += chunkFailed;
            const std::size_t now = done.fetch_add(end - begin) + (end - begin);
            if (options.progress) {
                std::lock_guard lock(progressMutex);
                options.progress(now, total);
            }
        }
    };

    std::vector<std::thread> workers;
    const unsigned extra = static_cast<unsigned>(std::min<std::size_t>(options.threads, std::max<std::size_t>(chunks, 1))) - 1;
    workers.reserve(extra);
    for (unsigned t = 0; t < extra; ++t)
        workers.emplace_back(work);
    work();
    for (std::thread &t : workers)
        t.join();
    r.cancelled = stopped.load();
    r.failed = failed.load();
    return r;
}

} // namespace ee::stats
