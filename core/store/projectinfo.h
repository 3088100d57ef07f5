#pragma once

#include <QString>

namespace ee::store {

/// What a project file is: shown in File → Open Example and the window title.
struct ProjectInfo {
    QString name; ///< short identifier, e.g. "dfu-cell-therapy"
    QString title;
    QString description;
    QString citation; ///< the review or dataset the project is built from
    QString source; ///< how the file was made (conversion script, build tool)

    bool operator==(const ProjectInfo &) const = default;
};

} // namespace ee::store
