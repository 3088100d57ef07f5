#pragma once

#include "core/store/projectinfo.h"
#include "core/store/result.h"

#include <QList>
#include <QString>

namespace ee::store {

/// A read-only project shipped with the application.
struct BundledBase {
    QString path;
    ProjectInfo info;
};

/// Finds the evidence bases built at build time: the cell-therapy base the app
/// opens by default and the example projects of File → Open Example. They are
/// opened read-only; "Save As" (StudyStore::saveAs) makes a writable copy.
class BundledBases
{
public:
    /// The folder holding the bases: $EE_DATA_DIR if set, else
    /// <application dir>/../share/evidence-explorer (the build tree and an
    /// installed tree both have this layout), else the build tree's folder.
    static QString dataDirectory();

    /// The default evidence base: dataDirectory()/dfu-cell-therapy.evidence.
    static QString defaultBasePath();

    /// The example projects (dataDirectory()/examples/*.evidence) with their
    /// titles and descriptions, sorted by title. Fails if one cannot be read.
    static Result<QList<BundledBase>> examples();
};

} // namespace ee::store
