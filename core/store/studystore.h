#pragma once

#include "core/store/editrecord.h"
#include "core/store/evidencebase.h"
#include "core/store/result.h"

#include <QString>

#include <functional>
#include <memory>

namespace ee::store {

class EvidenceIndex;
struct QueryRequest;
struct QueryResult;

/// A project: one `.evidence` SQLite file (or an in-memory database).
///
/// The file carries an application id and a schema version. Opening checks
/// both before anything is written: a file that is not SQLite, is truncated or
/// corrupt, belongs to another application, or was written by a newer version
/// gives a StoreError and is left untouched. An older schema is upgraded in one
/// transaction. Writable files use WAL journaling, synchronous=FULL and foreign
/// keys, so a process killed at any moment leaves the last committed state.
///
/// Every write runs in a transaction (joined with an enclosing transaction()).
/// Reads of the whole project go through load(); the explorer's queries go
/// through query(), answered from an in-memory index rebuilt after writes.
///
/// A StudyStore is used from one thread.
class StudyStore
{
public:
    enum class OpenMode {
        ReadOnly, ///< the file must exist; nothing is ever written (bundled bases)
        ReadWrite, ///< the file must exist; an older schema is upgraded
        Create, ///< opens the file, creating an empty project if it does not exist
    };

    /// Opens `path` (see OpenMode). ":memory:" with Create gives an in-memory project.
    static Result<std::unique_ptr<StudyStore>> open(const QString &path, OpenMode mode);

    ~StudyStore();
    StudyStore(const StudyStore &) = delete;
    StudyStore &operator=(const StudyStore &) = delete;

    QString path() const;
    bool isReadOnly() const;

    /// Runs `work` in one transaction: committed if it returns success,
    /// rolled back (with nothing written) if it fails. Nested calls join the
    /// outermost transaction.
    Status transaction(const std::function<Status()> &work);

    /// Turns on the undo log for this connection (writable stores only): from
    /// now on recordEdit() can record edits that revertEdit() takes back.
    /// Nothing is written to the file; the log lives as long as the store.
    Status enableUndoLog();
    bool undoLogEnabled() const;

    /// Runs `work` in one transaction, as transaction() does, and returns the
    /// record of what it changed, for revertEdit(). Needs enableUndoLog().
    Result<EditRecord> recordEdit(const std::function<Status()> &work);

    /// Takes back a recorded edit in one transaction (rows come back with
    /// their ids and exact values) and returns the record that takes back the
    /// revert (redo). Edits must be reverted newest first, as an undo stack does.
    Result<EditRecord> revertEdit(const EditRecord &record);

    /// Forgets a recorded edit that can no longer be undone (frees its log rows).
    void discardEdit(const EditRecord &record);

    /// Writes a consistent copy of the project to `path` (replacing it
    /// atomically if it exists). Works on read-only stores: this is "Save As"
    /// for the bundled base.
    Status saveAs(const QString &path) const;

    /// Switches a writable store to rollback-journal mode so the file can be
    /// opened read-only from a read-only directory (used for bundled bases).
    Status finalizeForDistribution();

    /// Reads the whole project.
    Result<EvidenceBase> load() const;

    // Project and vocabularies.
    Status setProjectInfo(const ProjectInfo &info);
    Status putCellType(const CellType &cellType);
    Status putGlossaryEntry(const GlossaryEntry &entry);

    // Studies, arms and comparisons. add* returns the new id; the id field of
    // the argument is ignored.
    Result<StudyId> addStudy(const Study &study);
    Status updateStudy(const Study &study);
    /// Removes a study with its arms, comparisons, outcome data, moderators,
    /// risk of bias and notes.
    Status removeStudy(StudyId id);
    /// Adds an arm (and its dose provenance, if any).
    Result<ArmId> addArm(const Arm &arm);
    /// Replaces every field of the arm with this id; its dose provenance row is
    /// updated, created or removed to match.
    Status updateArm(const Arm &arm);
    /// Removes an arm with the comparisons it is part of and their outcome data.
    Status removeArm(ArmId id);
    /// Adds a comparison; both arms must belong to its study.
    Result<ComparisonId> addComparison(const Comparison &comparison);
    Status updateComparison(const Comparison &comparison);
    /// Removes a comparison with its outcome data (the arms stay).
    Status removeComparison(ComparisonId id);

    // Outcomes.
    Status putOutcomeDefinition(const OutcomeDefinition &outcome);
    /// Adds one result with its provenance (which is stored as a new row).
    Result<OutcomeDataId> addOutcomeData(const OutcomeData &data);
    /// Replaces every field of the result with this id, and its provenance
    /// (the provenance row keeps its id).
    Status updateOutcomeData(const OutcomeData &data);
    Status removeOutcomeData(OutcomeDataId id);

    // Moderators and facets.
    Status putModeratorDefinition(const ModeratorDefinition &definition);
    /// Sets a moderator value, replacing the value of the same study,
    /// comparison and name.
    Result<ModeratorId> setModerator(const Moderator &moderator);
    Status removeModerator(ModeratorId id);
    /// Adds or replaces a facet with all its levels.
    Status putFacet(const FacetDefinition &facet);
    Status removeFacet(const QString &name);

    // Risk of bias and notes.
    Status putRiskOfBias(const RobAssessment &assessment);
    Result<NoteId> addNote(const EvidenceNote &note);
    Status removeNote(NoteId id);

    // Published results and registry records.
    Result<PublishedResultId> addPublishedResult(const PublishedResult &result);
    Status addSubgroupTest(const SubgroupTest &test);
    Status addLeaveOneOutRange(const LeaveOneOutRange &range);
    Status addMetaRegressionResult(const MetaRegressionResult &result);
    Status addHeterogeneityResult(const HeterogeneityResult &result);
    Status addQualitativeResult(const QualitativeResult &result);
    Result<RegistryRecordId> addRegistryRecord(const RegistryRecord &record);

    /// The in-memory index the explorer queries; built on first use and after
    /// every write. Fails only if the file cannot be read.
    Result<const EvidenceIndex *> index() const;
    /// Shorthand for index()->query(request).
    Result<QueryResult> query(const QueryRequest &request) const;

    /// PRAGMA integrity_check: "ok" or the problems found.
    Result<QString> integrityCheck() const;

private:
    struct Private;
    explicit StudyStore(std::unique_ptr<Private> d);
    Status requireWritable() const;
    void invalidate();

    std::unique_ptr<Private> d;
};

} // namespace ee::store
