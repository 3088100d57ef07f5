#pragma once

// The property the fuzzer and the replay test check for any input bytes:
// importing them either succeeds completely (and what was imported exports and
// re-imports cleanly) or fails with row-level reasons and leaves the project
// exactly as it was. Header-only so both the libFuzzer target and test_core
// use the same check.

#include "core/store/evidencecsv.h"
#include "core/store/facetcsv.h"
#include "core/store/studystore.h"

#include <QByteArray>

#include <optional>
#include <string>

namespace ee::store::fuzz {

/// A valid project the input is imported into, so "unchanged" means something.
inline std::unique_ptr<StudyStore> baselineStore()
{
    auto store = StudyStore::open(QStringLiteral(":memory:"), StudyStore::OpenMode::Create);
    if (!store)
        return nullptr;
    auto table = CsvTable::parse(
        QByteArrayLiteral("study,year,comparison,arm_t,arm_c,outcome,events_t,n_t,events_c,n_c,source,quote\n"
                          "Base 2000,2000,Base,Cells,Control,healing,3,10,1,10,Base et al.,3 of 10\n"),
        QStringLiteral("baseline.csv"));
    if (!table || !EvidenceCsv::import(*store.value(), table.value()))
        return nullptr;
    return std::move(store.value());
}

/// Returns a description of the first broken promise, or nothing. When given,
/// `imported` tells whether the input was accepted.
inline std::optional<std::string> checkImportProperty(const QByteArray &bytes, bool *accepted = nullptr)
{
    if (accepted)
        *accepted = false;
    auto store = baselineStore();
    if (!store)
        return "cannot create the baseline project";
    const auto before = store->load();
    if (!before)
        return "cannot load the baseline project";

    auto table = CsvTable::parse(bytes, QStringLiteral("fuzz.csv"));
    if (!table) {
        if (table.error().rowErrors().isEmpty())
            return "a CSV error without a row: " + table.error().text().toStdString();
        return std::nullopt;
    }
    // The facet reader must also survive any table.
    auto facets = FacetCsv::parse(table.value());
    if (!facets && facets.error().rowErrors().isEmpty())
        return "a facet CSV error without a row";

    auto imported = EvidenceCsv::import(*store, table.value());
    const auto after = store->load();
    if (!after)
        return "the project cannot be loaded after the import: " + after.error().text().toStdString();
    if (!imported) {
        if (after.value() != before.value())
            return "a failed import changed the project: " + imported.error().text().toStdString();
        if (imported.error().code() == StoreErrorCode::InvalidInput && imported.error().rowErrors().isEmpty())
            return "an import error without rows: " + imported.error().text().toStdString();
        return std::nullopt;
    }
    if (accepted)
        *accepted = true;
    const ImportSummary &summary = imported.value();
    if (after->studies.size() != before->studies.size() + summary.studies
        || after->comparisons.size() != before->comparisons.size() + summary.comparisons
        || after->outcomeData.size() != before->outcomeData.size() + summary.outcomeData
        || after->arms.size() != before->arms.size() + summary.arms)
        return "the import summary does not match what was stored";
    // What was imported must export and import again without complaint.
    auto copy = StudyStore::open(QStringLiteral(":memory:"), StudyStore::OpenMode::Create);
    if (!copy)
        return "cannot create the copy";
    auto exported = CsvTable::parse(EvidenceCsv::exportBase(after.value()), QStringLiteral("export.csv"));
    if (!exported)
        return "the export is not valid CSV: " + exported.error().text().toStdString();
    auto again = EvidenceCsv::import(*copy.value(), exported.value());
    if (!again)
        return "the export does not import again: " + again.error().text().toStdString();
    if (EvidenceCsv::exportBase(copy.value()->load().value()) != EvidenceCsv::exportBase(after.value()))
        return "export → import → export is not stable";
    return std::nullopt;
}

} // namespace ee::store::fuzz
