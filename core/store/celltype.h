#pragma once

#include <QString>

namespace ee::store {

/// An entry of the cell-type vocabulary.
struct CellType {
    QString code; ///< "BMMSC", "UC-MSC", "PLX-PAD", ...
    QString label; ///< what the code means
    QString aliases; ///< other spellings, ';'-separated
    QString tissueSource; ///< bone marrow, adipose, umbilical cord, placenta, peripheral blood, ...
    QString fetalOrAdult;
    QString kind; ///< cell type, cell product, cell preparation, tissue abbreviation, ...
    QString equivalentCode; ///< the same cells under another code of the vocabulary
    QString foundIn; ///< where the definition was read

    bool operator==(const CellType &) const = default;
};

} // namespace ee::store
