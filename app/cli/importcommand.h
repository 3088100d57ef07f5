#pragma once

// `evidence-cli import`: adds the studies of an evidence CSV (and optionally a
// facet CSV) to a project, all or nothing, reporting every rejected row.

#include "app/cli/command.h"

namespace ee::cli {

class ImportCommand : public Command
{
public:
    std::string name() const override;
    std::string summary() const override;
    std::string usage() const override;
    ExitCode run(const std::vector<std::string> &args, std::ostream &out, std::ostream &err) override;
};

} // namespace ee::cli
