#pragma once

// `evidence-cli export`: writes a project's studies, arms, comparisons and
// outcome data as an evidence CSV (and optionally its facets as a facet CSV).

#include "app/cli/command.h"

namespace ee::cli {

class ExportCommand : public Command
{
public:
    std::string name() const override;
    std::string summary() const override;
    std::string usage() const override;
    ExitCode run(const std::vector<std::string> &args, std::ostream &out, std::ostream &err) override;
};

} // namespace ee::cli
