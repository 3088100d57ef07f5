#pragma once

// Exceptions of the pooling engine besides std::invalid_argument (bad input,
// thrown on entry) and std::domain_error (a quantity is not estimable from
// valid input, e.g. a Mantel-Haenszel odds ratio without events).

#include <stdexcept>
#include <string>

namespace ee::stats {

/// An iterative estimator did not converge. The message names the function,
/// the estimator and the number of iterations; the fit returns no numbers.
class ConvergenceError : public std::runtime_error
{
public:
    ConvergenceError(const std::string &message, int iterations)
        : std::runtime_error(message)
        , m_iterations(iterations)
    { }
    /// Iterations performed before giving up.
    int iterations() const { return m_iterations; }

private:
    int m_iterations;
};

} // namespace ee::stats
