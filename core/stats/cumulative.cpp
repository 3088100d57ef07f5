#include "core/stats/cumulative.h"

#include <algorithm>
#include <numeric>
#include <stdexcept>
#include <string>

namespace ee::stats {

std::vector<std::size_t> orderBy(std::span<const double> key, bool decreasing)
{
    std::vector<std::size_t> order(key.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
        [&](std::size_t a, std::size_t b) { return decreasing ? key[a] > key[b] : key[a] < key[b]; });
    return order;
}

std::vector<CumulativeStep> cumulativeMetaAnalysis(std::span<const double> yi, std::span<const double> vi,
    const InverseVarianceOptions &options, std::span<const std::size_t> order)
{
    constexpr const char *function = "cumulativeMetaAnalysis";
    const std::size_t k = yi.size();
    if (vi.size() != k)
        throw std::invalid_argument(std::string(function) + ": yi has " + std::to_string(k) + " values, vi "
            + std::to_string(vi.size()));
    if (k == 0)
        throw std::invalid_argument(std::string(function) + ": needs at least 1 study");
    std::vector<std::size_t> sequence(order.begin(), order.end());
    if (sequence.empty()) {
        sequence.resize(k);
        std::iota(sequence.begin(), sequence.end(), 0);
    }
    std::vector<bool> seen(k, false);
    if (sequence.size() != k)
        throw std::invalid_argument(std::string(function) + ": order has " + std::to_string(sequence.size())
            + " entries for " + std::to_string(k) + " studies");
    for (std::size_t i : sequence) {
        if (i >= k || seen[i])
            throw std::invalid_argument(std::string(function) + ": order is not a permutation of the studies");
        seen[i] = true;
    }
    std::vector<double> y, v;
    y.reserve(k);
    v.reserve(k);
    std::vector<CumulativeStep> steps;
    steps.reserve(k);
    for (std::size_t i : sequence) {
        y.push_back(yi[i]);
        v.push_back(vi[i]);
        steps.push_back(CumulativeStep { i, fitInverseVariance(y, v, options) });
    }
    return steps;
}

} // namespace ee::stats
