#include "core/store/evidencecsv.h"

#include "core/store/numbertext.h"
#include "core/store/storevalidation.h"
#include "core/store/studystore.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace ee::store {

namespace {

const QStringList kStudyColumns = { QStringLiteral("study"), QStringLiteral("first_author"), QStringLiteral("year"),
    QStringLiteral("country"), QStringLiteral("region"), QStringLiteral("design"), QStringLiteral("registry_id"),
    QStringLiteral("citation"), QStringLiteral("doi"), QStringLiteral("study_notes") };

const QStringList kComparisonColumns = { QStringLiteral("comparison"), QStringLiteral("reported_n_t"),
    QStringLiteral("reported_n_c"), QStringLiteral("comparison_notes") };

// Arm columns without their _t / _c suffix.
const QStringList kArmColumns = { QStringLiteral("arm"), QStringLiteral("cell_type"), QStringLiteral("origin"),
    QStringLiteral("dose_text"), QStringLiteral("dose_cells_min"), QStringLiteral("dose_cells_max"),
    QStringLiteral("dose_unit"), QStringLiteral("dose_tier"), QStringLiteral("dose_tier_basis"),
    QStringLiteral("dose_source"), QStringLiteral("dose_quote"), QStringLiteral("dose_locator"),
    QStringLiteral("dose_counted"), QStringLiteral("dose_confidence"), QStringLiteral("dose_entered_by"),
    QStringLiteral("dose_entered_at"), QStringLiteral("route"), QStringLiteral("route_text"),
    QStringLiteral("n_randomized"), QStringLiteral("n_analysed"), QStringLiteral("arm_notes") };

const QStringList kOutcomeColumns = { QStringLiteral("outcome"), QStringLiteral("outcome_label"),
    QStringLiteral("outcome_kind"), QStringLiteral("outcome_unit"), QStringLiteral("better"),
    QStringLiteral("outcome_description") };

const QStringList kDataColumns = { QStringLiteral("timepoint"), QStringLiteral("extraction"),
    QStringLiteral("events_t"), QStringLiteral("n_t"), QStringLiteral("events_c"), QStringLiteral("n_c"),
    QStringLiteral("mean_t"), QStringLiteral("sd_t"), QStringLiteral("mean_c"), QStringLiteral("sd_c"),
    QStringLiteral("source"), QStringLiteral("quote"), QStringLiteral("locator"), QStringLiteral("counted"),
    QStringLiteral("confidence"), QStringLiteral("entered_by"), QStringLiteral("entered_at"),
    QStringLiteral("data_notes") };

QStringList buildColumns()
{
    QStringList all = kStudyColumns + kComparisonColumns;
    for (const QString &suffix : { QStringLiteral("_t"), QStringLiteral("_c") }) {
        for (const QString &c : kArmColumns)
            all << c + suffix;
    }
    all += kOutcomeColumns;
    all += kDataColumns;
    return all;
}

const QString kModPrefix = QStringLiteral("mod:");
const QString kComparisonModPrefix = QStringLiteral("cmod:");

/// The non-empty values an entity (study, arm, comparison, outcome) collected
/// over the rows that mention it, with the row each came from.
struct Cells {
    int firstRow = 0;
    QHash<QString, std::pair<QString, int>> values;

    QString get(const QString &column) const { return values.value(column).first; }
    int rowOf(const QString &column) const
    {
        const auto found = values.constFind(column);
        return found == values.constEnd() ? firstRow : found->second;
    }
};

class Importer
{
public:
    Importer(const StudyStore &store, const CsvTable &table)
        : m_store(store)
        , m_table(table)
    { }

    /// Checks the whole table; when it is clean and `target` is set, writes it
    /// there in one transaction. Returns what was (or would be) added.
    Result<ImportSummary> run(StudyStore *target);

private:
    void error(int row, const QString &column, const QString &reason) { m_errors.append({ row, column, reason }); }

    /// A problem found by the forms' validation (storevalidation.h). A cell
    /// that did not parse is already reported; it is not reported again as
    /// missing.
    void validationError(int row, const QString &column, const QString &reason)
    {
        for (const RowError &e : std::as_const(m_errors)) {
            if (e.row == row && e.column == column)
                return;
        }
        error(row, column, reason);
    }

    /// Merges a row's value into an entity: the first non-empty value wins and
    /// a different non-empty value later is an error.
    void merge(Cells &cells, const QString &entity, const QString &column, const QString &storedAs,
        const QString &value, int row)
    {
        if (value.isEmpty())
            return;
        const auto found = cells.values.constFind(storedAs);
        if (found == cells.values.constEnd()) {
            cells.values.insert(storedAs, { value, row });
            return;
        }
        if (found->first != value) {
            error(row, column,
                storeTr("%1 has '%2' here but '%3' in row %4; repeated rows must agree")
                    .arg(entity, value, found->first)
                    .arg(found->second));
        }
    }

    template<typename E> E parseCode(const Cells &cells, const QString &field, const QString &column, E fallback)
    {
        const QString text = cells.get(field);
        if (text.isEmpty())
            return fallback;
        const std::optional<E> value = fromCode<E>(text);
        if (!value) {
            error(cells.rowOf(field), column, storeTr("'%1' is not one of %2").arg(text, allCodes<E>()));
            return fallback;
        }
        return *value;
    }

    std::optional<int> parseInt(const QString &text, int row, const QString &column)
    {
        if (text.isEmpty())
            return std::nullopt;
        const std::optional<int> value = parseInteger(text);
        if (!value)
            error(row, column, storeTr("'%1' is not a whole number").arg(text));
        return value;
    }

    std::optional<double> parseReal(const QString &text, int row, const QString &column)
    {
        if (text.isEmpty())
            return std::nullopt;
        const std::optional<double> value = parseNumber(text);
        if (!value)
            error(row, column, storeTr("'%1' is not a number").arg(text));
        return value;
    }

    std::optional<int> cellInt(const Cells &cells, const QString &field, const QString &column)
    {
        return parseInt(cells.get(field), cells.rowOf(field), column);
    }
    std::optional<double> cellReal(const Cells &cells, const QString &field, const QString &column)
    {
        return parseReal(cells.get(field), cells.rowOf(field), column);
    }

    const StudyStore &m_store;
    const CsvTable &m_table;
    QList<RowError> m_errors;
};

Result<ImportSummary> Importer::run(StudyStore *target)
{
    const QStringList &known = EvidenceCsv::columns();
    const QStringList &header = m_table.header();
    for (const QString &column : header) {
        if (known.contains(column))
            continue;
        if ((column.startsWith(kModPrefix) && column.size() > kModPrefix.size())
            || (column.startsWith(kComparisonModPrefix) && column.size() > kComparisonModPrefix.size()))
            continue;
        error(1, column, storeTr("unknown column (see docs/store.md for the evidence CSV columns)"));
    }
    for (const QString &required : { QStringLiteral("study") }) {
        if (!header.contains(required))
            error(1, required, storeTr("required column is missing"));
    }
    if (!m_errors.isEmpty()) {
        StoreError failure(
            StoreErrorCode::InvalidInput, storeTr("cannot be imported; nothing was imported"), m_table.fileName());
        failure.setRowErrors(m_errors);
        return failure;
    }

    auto existing = m_store.load();
    if (!existing)
        return existing.error();
    const EvidenceBase &base = existing.value();
    QSet<QString> existingStudies;
    for (const Study &s : base.studies)
        existingStudies.insert(s.label);
    QSet<QString> existingComparisons;
    for (const Comparison &c : base.comparisons)
        existingComparisons.insert(c.label);
    QHash<QString, OutcomeDefinition> existingOutcomes;
    for (const OutcomeDefinition &o : base.outcomes)
        existingOutcomes.insert(o.code, o);
    QSet<QString> existingModerators;
    for (const ModeratorDefinition &m : base.moderatorDefinitions)
        existingModerators.insert(m.name);

    // 1. Collect entities over the rows.
    QStringList studyOrder;
    QHash<QString, Cells> studies;
    QList<QPair<QString, QString>> armOrder; // (study, arm)
    QHash<QString, Cells> arms; // key: study + '\x1f' + arm
    QHash<QString, QString> armRole; // key → "t" or "c"
    QStringList comparisonOrder;
    QHash<QString, Cells> comparisons;
    QStringList outcomeOrder;
    QHash<QString, Cells> outcomes;
    struct DataRow {
        int row = 0;
        QString comparison;
        QString outcome;
    };
    QList<DataRow> dataRows;
    QStringList moderatorNames;

    auto armKey = [](const QString &study, const QString &arm) -> QString { return study + QChar(0x1f) + arm; };

    for (qsizetype i = 0; i < m_table.rowCount(); ++i) {
        const int row = m_table.rowNumber(i);
        auto v = [&](const QString &column) { return m_table.value(i, column); };
        const QString studyLabel = v(QStringLiteral("study"));
        if (studyLabel.isEmpty()) {
            error(row, QStringLiteral("study"), storeTr("the study label is empty"));
            continue;
        }
        if (!studies.contains(studyLabel)) {
            studyOrder << studyLabel;
            studies[studyLabel].firstRow = row;
            if (existingStudies.contains(studyLabel))
                error(row, QStringLiteral("study"), storeTr("study '%1' is already in the project").arg(studyLabel));
        }
        Cells &study = studies[studyLabel];
        const QString studyEntity = storeTr("study '%1'").arg(studyLabel);
        for (const QString &column : kStudyColumns)
            merge(study, studyEntity, column, column, v(column), row);
        for (const QString &column : header) {
            if (column.startsWith(kModPrefix)) {
                merge(study, studyEntity, column, column, v(column), row);
                const QString name = column.mid(kModPrefix.size());
                if (!moderatorNames.contains(name))
                    moderatorNames << name;
            }
        }

        const QString comparisonLabel = v(QStringLiteral("comparison"));
        const QString armT = v(QStringLiteral("arm_t"));
        const QString armC = v(QStringLiteral("arm_c"));
        const QString outcome = v(QStringLiteral("outcome"));

        // Arms: a row may declare arms without a comparison.
        const std::pair<QString, QString> armSides[] = { { QStringLiteral("_t"), armT },
            { QStringLiteral("_c"), armC } };
        for (const auto &[suffix, armLabel] : armSides) {
            if (armLabel.isEmpty()) {
                for (const QString &c : kArmColumns) {
                    if (c != QLatin1String("arm") && !v(c + suffix).isEmpty()) {
                        error(row, c + suffix, storeTr("an arm value without an arm label (column arm%1)").arg(suffix));
                        break;
                    }
                }
                continue;
            }
            const QString key = armKey(studyLabel, armLabel);
            if (!arms.contains(key)) {
                armOrder.append({ studyLabel, armLabel });
                arms[key].firstRow = row;
            }
            const QString role = suffix.mid(1);
            const auto previous = armRole.constFind(key);
            if (previous == armRole.constEnd())
                armRole.insert(key, role);
            else if (previous.value() != role)
                error(row, QStringLiteral("arm") + suffix,
                    storeTr("arm '%1' of study '%2' is a treatment arm in one row and a control arm in another")
                        .arg(armLabel, studyLabel));
            Cells &arm = arms[key];
            const QString armEntity = storeTr("arm '%1' of study '%2'").arg(armLabel, studyLabel);
            for (const QString &c : kArmColumns) {
                if (c != QLatin1String("arm"))
                    merge(arm, armEntity, c + suffix, c, v(c + suffix), row);
            }
        }

        if (comparisonLabel.isEmpty()) {
            for (const QString &c : kComparisonColumns + kOutcomeColumns + kDataColumns) {
                if (c != QLatin1String("comparison") && !v(c).isEmpty()) {
                    error(row, c,
                        storeTr("a comparison or outcome value without a comparison label (column comparison)"));
                    break;
                }
            }
            continue;
        }
        if (armT.isEmpty() || armC.isEmpty()) {
            error(row, armT.isEmpty() ? QStringLiteral("arm_t") : QStringLiteral("arm_c"),
                storeTr("a comparison needs a treatment arm (arm_t) and a control arm (arm_c)"));
            continue;
        }
        if (armT == armC) {
            error(row, QStringLiteral("arm_c"), storeTr("the control arm is the treatment arm"));
            continue;
        }
        if (!comparisons.contains(comparisonLabel)) {
            comparisonOrder << comparisonLabel;
            comparisons[comparisonLabel].firstRow = row;
            if (existingComparisons.contains(comparisonLabel))
                error(row, QStringLiteral("comparison"),
                    storeTr("comparison '%1' is already in the project").arg(comparisonLabel));
        }
        Cells &comparison = comparisons[comparisonLabel];
        const QString comparisonEntity = storeTr("comparison '%1'").arg(comparisonLabel);
        merge(comparison, comparisonEntity, QStringLiteral("study"), QStringLiteral("study"), studyLabel, row);
        merge(comparison, comparisonEntity, QStringLiteral("arm_t"), QStringLiteral("arm_t"), armT, row);
        merge(comparison, comparisonEntity, QStringLiteral("arm_c"), QStringLiteral("arm_c"), armC, row);
        for (const QString &c : kComparisonColumns)
            merge(comparison, comparisonEntity, c, c, v(c), row);
        for (const QString &column : header) {
            if (column.startsWith(kComparisonModPrefix)) {
                merge(comparison, comparisonEntity, column, column, v(column), row);
                const QString name = column.mid(kComparisonModPrefix.size());
                if (!moderatorNames.contains(name))
                    moderatorNames << name;
            }
        }

        if (outcome.isEmpty()) {
            for (const QString &c : kOutcomeColumns + kDataColumns) {
                if (!v(c).isEmpty()) {
                    error(row, c, storeTr("an outcome value without an outcome code (column outcome)"));
                    break;
                }
            }
            continue;
        }
        if (!outcomes.contains(outcome)) {
            outcomeOrder << outcome;
            outcomes[outcome].firstRow = row;
        }
        Cells &definition = outcomes[outcome];
        const QString outcomeEntity = storeTr("outcome '%1'").arg(outcome);
        for (const QString &c : kOutcomeColumns)
            merge(definition, outcomeEntity, c, c, v(c), row);
        dataRows.append({ static_cast<int>(i), comparisonLabel, outcome });
    }

    // 2. Parse entities.
    QList<Study> newStudies;
    QHash<QString, QList<Moderator>> newModerators; // by study label; comparison set later via label
    QHash<QString, QList<QPair<QString, Moderator>>> newComparisonModerators; // by study label: (comparison, value)
    for (const QString &label : std::as_const(studyOrder)) {
        const Cells &cells = studies[label];
        Study s;
        s.label = label;
        s.firstAuthor = cells.get(QStringLiteral("first_author"));
        s.year = cellInt(cells, QStringLiteral("year"), QStringLiteral("year"));
        s.country = cells.get(QStringLiteral("country"));
        s.region = cells.get(QStringLiteral("region"));
        s.design = parseCode(cells, QStringLiteral("design"), QStringLiteral("design"), StudyDesign::NotReported);
        s.registryId = cells.get(QStringLiteral("registry_id"));
        s.citation = cells.get(QStringLiteral("citation"));
        s.doi = cells.get(QStringLiteral("doi"));
        s.notes = cells.get(QStringLiteral("study_notes"));
        for (const FieldProblem &p : validateStudy(s))
            validationError(cells.rowOf(p.field), p.field, p.message);
        newStudies.append(s);
        for (auto it = cells.values.constBegin(); it != cells.values.constEnd(); ++it) {
            if (!it.key().startsWith(kModPrefix))
                continue;
            Moderator m;
            m.name = it.key().mid(kModPrefix.size());
            m.valueText = it->first;
            const NumberRange range = parseNumberRange(m.valueText);
            m.valueMin = range.min;
            m.valueMax = range.max;
            newModerators[label].append(m);
        }
    }

    QList<Arm> newArms;
    QList<QString> newArmStudies;
    for (const auto &[studyLabel, armLabel] : std::as_const(armOrder)) {
        const QString key = armKey(studyLabel, armLabel);
        const Cells &cells = arms[key];
        const QString suffix = QLatin1Char('_') + armRole.value(key);
        auto col = [&suffix](const char *name) -> QString { return QString::fromLatin1(name) + suffix; };
        Arm a;
        a.label = armLabel;
        a.role = armRole.value(key) == QLatin1String("t") ? ArmRole::Treatment : ArmRole::Control;
        a.cellType = cells.get(QStringLiteral("cell_type"));
        a.origin = parseCode(cells, QStringLiteral("origin"), col("origin"), CellOrigin::NotReported);
        a.doseText = cells.get(QStringLiteral("dose_text"));
        a.doseCellsMin = cellReal(cells, QStringLiteral("dose_cells_min"), col("dose_cells_min"));
        a.doseCellsMax = cellReal(cells, QStringLiteral("dose_cells_max"), col("dose_cells_max"));
        a.doseUnit = parseCode(cells, QStringLiteral("dose_unit"), col("dose_unit"), DoseUnit::NotReported);
        a.doseTier = parseCode(cells, QStringLiteral("dose_tier"), col("dose_tier"), DoseTier::NotAssigned);
        a.doseTierBasis =
            parseCode(cells, QStringLiteral("dose_tier_basis"), col("dose_tier_basis"), DoseTierBasis::NotAssigned);
        const QString doseProvenanceFields[] = { QStringLiteral("dose_source"), QStringLiteral("dose_quote"),
            QStringLiteral("dose_locator"), QStringLiteral("dose_counted"), QStringLiteral("dose_confidence"),
            QStringLiteral("dose_entered_by"), QStringLiteral("dose_entered_at") };
        bool hasDoseProvenance = false;
        for (const QString &f : doseProvenanceFields)
            hasDoseProvenance = hasDoseProvenance || !cells.get(f).isEmpty();
        if (hasDoseProvenance) {
            Provenance p;
            p.citation = cells.get(QStringLiteral("dose_source"));
            p.quote = cells.get(QStringLiteral("dose_quote"));
            p.locator = cells.get(QStringLiteral("dose_locator"));
            p.counted = cells.get(QStringLiteral("dose_counted"));
            p.confidence =
                parseCode(cells, QStringLiteral("dose_confidence"), col("dose_confidence"), Confidence::NotStated);
            p.enteredBy = cells.get(QStringLiteral("dose_entered_by"));
            p.enteredAt = cells.get(QStringLiteral("dose_entered_at"));
            a.doseProvenance = p;
        }
        a.route = parseCode(cells, QStringLiteral("route"), col("route"), Route::NotReported);
        a.routeText = cells.get(QStringLiteral("route_text"));
        a.nRandomized = cellInt(cells, QStringLiteral("n_randomized"), col("n_randomized"));
        a.nAnalysed = cellInt(cells, QStringLiteral("n_analysed"), col("n_analysed"));
        a.notes = cells.get(QStringLiteral("arm_notes"));
        for (const FieldProblem &p : validateArm(a, suffix)) {
            const QString field = p.field.left(p.field.size() - suffix.size());
            validationError(cells.rowOf(field), p.field, p.message);
        }
        newArms.append(a);
        newArmStudies.append(studyLabel);
    }

    struct NewComparison {
        Comparison comparison;
        QString study;
        QString armT;
        QString armC;
    };
    QList<NewComparison> newComparisons;
    for (const QString &label : std::as_const(comparisonOrder)) {
        const Cells &cells = comparisons[label];
        NewComparison c;
        c.comparison.label = label;
        c.study = cells.get(QStringLiteral("study"));
        c.armT = cells.get(QStringLiteral("arm_t"));
        c.armC = cells.get(QStringLiteral("arm_c"));
        c.comparison.reportedNTreatment =
            cellInt(cells, QStringLiteral("reported_n_t"), QStringLiteral("reported_n_t"));
        c.comparison.reportedNControl = cellInt(cells, QStringLiteral("reported_n_c"), QStringLiteral("reported_n_c"));
        for (const auto *n : { &c.comparison.reportedNTreatment, &c.comparison.reportedNControl }) {
            if (*n && **n < 1)
                error(cells.firstRow,
                    n == &c.comparison.reportedNTreatment ? QStringLiteral("reported_n_t")
                                                          : QStringLiteral("reported_n_c"),
                    storeTr("N must be at least 1, got %1").arg(**n));
        }
        c.comparison.notes = cells.get(QStringLiteral("comparison_notes"));
        for (auto it = cells.values.constBegin(); it != cells.values.constEnd(); ++it) {
            if (!it.key().startsWith(kComparisonModPrefix))
                continue;
            Moderator m;
            m.name = it.key().mid(kComparisonModPrefix.size());
            m.valueText = it->first;
            const NumberRange range = parseNumberRange(m.valueText);
            m.valueMin = range.min;
            m.valueMax = range.max;
            newComparisonModerators[c.study].append({ label, m });
        }
        newComparisons.append(c);
    }

    QList<OutcomeDefinition> newOutcomes;
    QHash<QString, OutcomeKind> kinds;
    for (const QString &code : std::as_const(outcomeOrder)) {
        const Cells &cells = outcomes[code];
        const auto existingOutcome = existingOutcomes.constFind(code);
        const QString kindText = cells.get(QStringLiteral("outcome_kind"));
        std::optional<OutcomeKind> kind;
        if (!kindText.isEmpty()) {
            kind = fromCode<OutcomeKind>(kindText);
            if (!kind)
                error(cells.rowOf(QStringLiteral("outcome_kind")), QStringLiteral("outcome_kind"),
                    storeTr("'%1' is not one of %2").arg(kindText, allCodes<OutcomeKind>()));
        }
        if (existingOutcome != existingOutcomes.constEnd()) {
            if (kind && *kind != existingOutcome->kind)
                error(cells.rowOf(QStringLiteral("outcome_kind")), QStringLiteral("outcome_kind"),
                    storeTr("outcome '%1' is %2 in the project").arg(code, toCode(existingOutcome->kind)));
            kinds.insert(code, existingOutcome->kind);
            continue;
        }
        if (!kind) {
            // Infer the kind from the first row with data.
            for (const DataRow &d : std::as_const(dataRows)) {
                if (d.outcome != code)
                    continue;
                if (!m_table.value(d.row, QStringLiteral("events_t")).isEmpty()
                    || !m_table.value(d.row, QStringLiteral("events_c")).isEmpty())
                    kind = OutcomeKind::Binary;
                else
                    kind = OutcomeKind::Continuous;
                break;
            }
        }
        OutcomeDefinition o;
        o.code = code;
        o.label = cells.get(QStringLiteral("outcome_label"));
        if (o.label.isEmpty())
            o.label = code;
        o.kind = kind.value_or(OutcomeKind::Binary);
        o.unit = cells.get(QStringLiteral("outcome_unit"));
        o.better = parseCode(cells, QStringLiteral("better"), QStringLiteral("better"), BetterDirection::Unknown);
        o.description = cells.get(QStringLiteral("outcome_description"));
        o.position = static_cast<int>(base.outcomes.size() + newOutcomes.size());
        newOutcomes.append(o);
        kinds.insert(code, o.kind);
    }

    struct NewData {
        OutcomeData data;
        QString comparison;
        int row = 0;
    };
    QList<NewData> newData;
    QSet<QString> dataKeys;
    for (const DataRow &d : std::as_const(dataRows)) {
        const int row = m_table.rowNumber(d.row);
        auto v = [&](const char *column) { return m_table.value(d.row, QString::fromLatin1(column)); };
        OutcomeData o;
        o.outcome = d.outcome;
        o.timepoint = v("timepoint");
        const QString role = v("extraction");
        if (!role.isEmpty()) {
            const auto parsed = fromCode<ExtractionRole>(role);
            if (!parsed)
                error(row, QStringLiteral("extraction"),
                    storeTr("'%1' is not one of %2").arg(role, allCodes<ExtractionRole>()));
            else
                o.role = *parsed;
        }
        o.eventsTreatment = parseInt(v("events_t"), row, QStringLiteral("events_t"));
        o.nTreatment = parseInt(v("n_t"), row, QStringLiteral("n_t"));
        o.eventsControl = parseInt(v("events_c"), row, QStringLiteral("events_c"));
        o.nControl = parseInt(v("n_c"), row, QStringLiteral("n_c"));
        o.meanTreatment = parseReal(v("mean_t"), row, QStringLiteral("mean_t"));
        o.sdTreatment = parseReal(v("sd_t"), row, QStringLiteral("sd_t"));
        o.meanControl = parseReal(v("mean_c"), row, QStringLiteral("mean_c"));
        o.sdControl = parseReal(v("sd_c"), row, QStringLiteral("sd_c"));
        o.provenance.citation = v("source");
        o.provenance.quote = v("quote");
        o.provenance.locator = v("locator");
        o.provenance.counted = v("counted");
        const QString confidence = v("confidence");
        if (!confidence.isEmpty()) {
            const auto parsed = fromCode<Confidence>(confidence);
            if (!parsed)
                error(row, QStringLiteral("confidence"),
                    storeTr("'%1' is not one of %2").arg(confidence, allCodes<Confidence>()));
            else
                o.provenance.confidence = *parsed;
        }
        o.provenance.enteredBy = v("entered_by");
        o.provenance.enteredAt = v("entered_at");
        o.notes = v("data_notes");
        for (const FieldProblem &p : validateOutcomeData(o, kinds.value(d.outcome, OutcomeKind::Binary)))
            validationError(row, p.field, p.message);
        const QString key = d.comparison + QChar(0x1f) + d.outcome + QChar(0x1f) + o.timepoint + QChar(0x1f)
            + QString::number(static_cast<int>(o.role));
        if (dataKeys.contains(key))
            error(row, QStringLiteral("outcome"),
                storeTr("comparison '%1' already has '%2' data for this time point in an earlier row")
                    .arg(d.comparison, d.outcome));
        dataKeys.insert(key);
        newData.append({ o, d.comparison, row });
    }

    if (!m_errors.isEmpty()) {
        std::stable_sort(
            m_errors.begin(), m_errors.end(), [](const RowError &a, const RowError &b) { return a.row < b.row; });
        QSet<int> rows;
        for (const RowError &e : std::as_const(m_errors))
            rows.insert(e.row);
        StoreError failure(StoreErrorCode::InvalidInput,
            storeTr("%1 row(s) rejected; nothing was imported").arg(rows.size()), m_table.fileName());
        failure.setRowErrors(m_errors);
        return failure;
    }

    ImportSummary summary;
    summary.rows = static_cast<int>(m_table.rowCount());
    summary.studies = static_cast<int>(newStudies.size());
    summary.arms = static_cast<int>(newArms.size());
    summary.comparisons = static_cast<int>(newComparisons.size());
    summary.outcomeData = static_cast<int>(newData.size());
    summary.outcomesCreated = static_cast<int>(newOutcomes.size());
    for (const QList<Moderator> &list : std::as_const(newModerators))
        summary.moderators += static_cast<int>(list.size());
    for (const auto &list : std::as_const(newComparisonModerators))
        summary.moderators += static_cast<int>(list.size());
    if (!target)
        return summary;

    // 3. Write everything in one transaction.
    Status written = target->transaction([&]() -> Status {
        for (const QString &name : std::as_const(moderatorNames)) {
            if (existingModerators.contains(name))
                continue;
            if (Status s = target->putModeratorDefinition({ name, name, QString(), QString() }); !s)
                return s;
        }
        for (const OutcomeDefinition &o : std::as_const(newOutcomes)) {
            if (Status s = target->putOutcomeDefinition(o); !s)
                return s;
        }
        QHash<QString, StudyId> studyIds;
        for (const Study &s : std::as_const(newStudies)) {
            auto id = target->addStudy(s);
            if (!id)
                return id.error();
            studyIds.insert(s.label, id.value());
        }
        QHash<QString, ArmId> armIds;
        for (int i = 0; i < newArms.size(); ++i) {
            Arm a = newArms[i];
            a.study = studyIds.value(newArmStudies[i]);
            auto id = target->addArm(a);
            if (!id)
                return id.error();
            armIds.insert(armKey(newArmStudies[i], a.label), id.value());
        }
        QHash<QString, ComparisonId> comparisonIds;
        for (const NewComparison &c : std::as_const(newComparisons)) {
            Comparison comparison = c.comparison;
            comparison.study = studyIds.value(c.study);
            comparison.treatmentArm = armIds.value(armKey(c.study, c.armT));
            comparison.controlArm = armIds.value(armKey(c.study, c.armC));
            auto id = target->addComparison(comparison);
            if (!id)
                return id.error();
            comparisonIds.insert(c.comparison.label, id.value());
        }
        for (auto it = newModerators.constBegin(); it != newModerators.constEnd(); ++it) {
            for (Moderator m : it.value()) {
                m.study = studyIds.value(it.key());
                auto id = target->setModerator(m);
                if (!id)
                    return id.error();
            }
        }
        for (auto it = newComparisonModerators.constBegin(); it != newComparisonModerators.constEnd(); ++it) {
            for (const auto &[comparisonLabel, value] : it.value()) {
                Moderator m = value;
                m.study = studyIds.value(it.key());
                m.comparison = comparisonIds.value(comparisonLabel);
                auto id = target->setModerator(m);
                if (!id)
                    return id.error();
            }
        }
        for (const NewData &d : std::as_const(newData)) {
            OutcomeData data = d.data;
            data.comparison = comparisonIds.value(d.comparison);
            auto id = target->addOutcomeData(data);
            if (!id) {
                StoreError failure(id.error().code(),
                    storeTr("row %1 cannot be stored; nothing was imported").arg(d.row), m_table.fileName());
                failure.setRowErrors({ { d.row, QString(), id.error().message() } });
                return failure;
            }
        }
        return {};
    });
    if (!written)
        return written.error();
    return summary;
}

QString numberText(const std::optional<double> &value)
{
    return value ? formatNumber(*value) : QString();
}

QString numberText(const std::optional<int> &value)
{
    return value ? QString::number(*value) : QString();
}

} // namespace

const QStringList &EvidenceCsv::columns()
{
    static const QStringList all = buildColumns();
    return all;
}

Result<ImportSummary> EvidenceCsv::import(StudyStore &store, const CsvTable &table)
{
    if (store.isReadOnly())
        return StoreError(StoreErrorCode::ReadOnly, storeTr("is open read-only; nothing was imported"), store.path());
    Importer importer(store, table);
    return importer.run(&store);
}

Result<ImportSummary> EvidenceCsv::check(const StudyStore &store, const CsvTable &table)
{
    Importer importer(store, table);
    return importer.run(nullptr);
}

Result<ImportSummary> EvidenceCsv::importFile(StudyStore &store, const QString &path)
{
    auto table = CsvTable::read(path);
    if (!table)
        return table.error();
    return import(store, table.value());
}

QByteArray EvidenceCsv::exportBase(const EvidenceBase &base)
{
    QStringList header = columns();
    QStringList studyModerators;
    QStringList comparisonModerators;
    for (const ModeratorDefinition &definition : base.moderatorDefinitions) {
        bool studyLevel = false;
        bool comparisonLevel = false;
        for (const Moderator &m : base.moderators) {
            if (m.name != definition.name)
                continue;
            (m.comparison.isValid() ? comparisonLevel : studyLevel) = true;
        }
        if (studyLevel)
            studyModerators << definition.name;
        if (comparisonLevel)
            comparisonModerators << definition.name;
    }
    for (const QString &name : std::as_const(studyModerators))
        header << kModPrefix + name;
    for (const QString &name : std::as_const(comparisonModerators))
        header << kComparisonModPrefix + name;

    QHash<qint64, const Arm *> armById;
    for (const Arm &a : base.arms)
        armById.insert(a.id.value, &a);
    QHash<QString, const OutcomeDefinition *> outcomeByCode;
    for (const OutcomeDefinition &o : base.outcomes)
        outcomeByCode.insert(o.code, &o);

    QList<QStringList> rows;
    auto newRow = [&header]() { return QStringList(header.size(), QString()); };
    auto set = [&header](QStringList &row, const QString &column, const QString &value) {
        const qsizetype i = header.indexOf(column);
        if (i >= 0)
            row[i] = value;
    };
    auto fillStudy = [&](QStringList &row, const Study &s) {
        set(row, QStringLiteral("study"), s.label);
        set(row, QStringLiteral("first_author"), s.firstAuthor);
        set(row, QStringLiteral("year"), numberText(s.year));
        set(row, QStringLiteral("country"), s.country);
        set(row, QStringLiteral("region"), s.region);
        set(row, QStringLiteral("design"), toCode(s.design));
        set(row, QStringLiteral("registry_id"), s.registryId);
        set(row, QStringLiteral("citation"), s.citation);
        set(row, QStringLiteral("doi"), s.doi);
        set(row, QStringLiteral("study_notes"), s.notes);
        for (const Moderator &m : base.moderators) {
            if (m.study == s.id && !m.comparison.isValid())
                set(row, kModPrefix + m.name, m.valueText);
        }
    };
    auto fillArm = [&](QStringList &row, const Arm &a, const QString &suffix) {
        auto c = [&suffix](const char *name) -> QString { return QString::fromLatin1(name) + suffix; };
        set(row, c("arm"), a.label);
        set(row, c("cell_type"), a.cellType);
        set(row, c("origin"), toCode(a.origin));
        set(row, c("dose_text"), a.doseText);
        set(row, c("dose_cells_min"), numberText(a.doseCellsMin));
        set(row, c("dose_cells_max"), numberText(a.doseCellsMax));
        set(row, c("dose_unit"), toCode(a.doseUnit));
        set(row, c("dose_tier"), toCode(a.doseTier));
        set(row, c("dose_tier_basis"), toCode(a.doseTierBasis));
        if (a.doseProvenance) {
            set(row, c("dose_source"), a.doseProvenance->citation);
            set(row, c("dose_quote"), a.doseProvenance->quote);
            set(row, c("dose_locator"), a.doseProvenance->locator);
            set(row, c("dose_counted"), a.doseProvenance->counted);
            set(row, c("dose_confidence"), toCode(a.doseProvenance->confidence));
            set(row, c("dose_entered_by"), a.doseProvenance->enteredBy);
            set(row, c("dose_entered_at"), a.doseProvenance->enteredAt);
        }
        set(row, c("route"), toCode(a.route));
        set(row, c("route_text"), a.routeText);
        set(row, c("n_randomized"), numberText(a.nRandomized));
        set(row, c("n_analysed"), numberText(a.nAnalysed));
        set(row, c("arm_notes"), a.notes);
    };

    QSet<qint64> armsInComparisons;
    for (const Comparison &c : base.comparisons) {
        armsInComparisons.insert(c.treatmentArm.value);
        armsInComparisons.insert(c.controlArm.value);
    }

    for (const Study &s : base.studies) {
        bool wroteStudy = false;
        for (const Comparison &c : base.comparisons) {
            if (c.study != s.id)
                continue;
            QStringList comparisonRow = newRow();
            fillStudy(comparisonRow, s);
            set(comparisonRow, QStringLiteral("comparison"), c.label);
            set(comparisonRow, QStringLiteral("reported_n_t"), numberText(c.reportedNTreatment));
            set(comparisonRow, QStringLiteral("reported_n_c"), numberText(c.reportedNControl));
            set(comparisonRow, QStringLiteral("comparison_notes"), c.notes);
            if (const Arm *t = armById.value(c.treatmentArm.value))
                fillArm(comparisonRow, *t, QStringLiteral("_t"));
            if (const Arm *k = armById.value(c.controlArm.value))
                fillArm(comparisonRow, *k, QStringLiteral("_c"));
            for (const Moderator &m : base.moderators) {
                if (m.comparison == c.id)
                    set(comparisonRow, kComparisonModPrefix + m.name, m.valueText);
            }
            bool wroteData = false;
            for (const OutcomeData &d : base.outcomeData) {
                if (d.comparison != c.id)
                    continue;
                QStringList row = comparisonRow;
                set(row, QStringLiteral("outcome"), d.outcome);
                if (const OutcomeDefinition *o = outcomeByCode.value(d.outcome)) {
                    set(row, QStringLiteral("outcome_label"), o->label);
                    set(row, QStringLiteral("outcome_kind"), toCode(o->kind));
                    set(row, QStringLiteral("outcome_unit"), o->unit);
                    set(row, QStringLiteral("better"), toCode(o->better));
                    set(row, QStringLiteral("outcome_description"), o->description);
                }
                set(row, QStringLiteral("timepoint"), d.timepoint);
                set(row, QStringLiteral("extraction"), d.role == ExtractionRole::Final ? QString() : toCode(d.role));
                set(row, QStringLiteral("events_t"), numberText(d.eventsTreatment));
                set(row, QStringLiteral("n_t"), numberText(d.nTreatment));
                set(row, QStringLiteral("events_c"), numberText(d.eventsControl));
                set(row, QStringLiteral("n_c"), numberText(d.nControl));
                set(row, QStringLiteral("mean_t"), numberText(d.meanTreatment));
                set(row, QStringLiteral("sd_t"), numberText(d.sdTreatment));
                set(row, QStringLiteral("mean_c"), numberText(d.meanControl));
                set(row, QStringLiteral("sd_c"), numberText(d.sdControl));
                set(row, QStringLiteral("source"), d.provenance.citation);
                set(row, QStringLiteral("quote"), d.provenance.quote);
                set(row, QStringLiteral("locator"), d.provenance.locator);
                set(row, QStringLiteral("counted"), d.provenance.counted);
                set(row, QStringLiteral("confidence"), toCode(d.provenance.confidence));
                set(row, QStringLiteral("entered_by"), d.provenance.enteredBy);
                set(row, QStringLiteral("entered_at"), d.provenance.enteredAt);
                set(row, QStringLiteral("data_notes"), d.notes);
                rows.append(row);
                wroteData = true;
            }
            if (!wroteData)
                rows.append(comparisonRow);
            wroteStudy = true;
        }
        // Arms in no comparison, one row each (or the bare study).
        for (const Arm &a : base.arms) {
            if (a.study != s.id || armsInComparisons.contains(a.id.value))
                continue;
            QStringList row = newRow();
            fillStudy(row, s);
            fillArm(row, a, a.role == ArmRole::Treatment ? QStringLiteral("_t") : QStringLiteral("_c"));
            rows.append(row);
            wroteStudy = true;
        }
        if (!wroteStudy) {
            QStringList row = newRow();
            fillStudy(row, s);
            rows.append(row);
        }
    }
    return CsvTable::write(header, rows);
}

} // namespace ee::store
