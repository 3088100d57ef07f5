#pragma once

// `evidence-cli studies`: the comparisons of a project that match facet
// filters, with their facets and (for an outcome) their data and provenance,
// the comparisons without data ("not extracted"), and per facet level the
// number of studies available. Text table or JSON.

#include "app/cli/command.h"

namespace ee::cli {

class StudiesCommand : public Command
{
public:
    std::string name() const override;
    std::string summary() const override;
    std::string usage() const override;
    ExitCode run(const std::vector<std::string> &args, std::ostream &out, std::ostream &err) override;
};

} // namespace ee::cli
