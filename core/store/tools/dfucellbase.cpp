#include "core/store/tools/dfucellbase.h"

#include "core/store/csvtable.h"
#include "core/store/dosetier.h"
#include "core/store/evidencecsv.h"
#include "core/store/facetcsv.h"
#include "core/store/numbertext.h"
#include "core/store/studystore.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

namespace ee::store {

namespace {

const QString kReviewCitation = QStringLiteral(
    "Zhang X, Liu G, You Y, Lu H, Fan W, Li W. Bone marrow-derived mesenchymal stem cells combined with intramuscular "
    "injection promote the healing of diabetic foot ulcers: a systematic review and meta-analysis. Front Endocrinol "
    "2026 (doi 10.3389/fendo.2026.1763071)");
const QString kEnteredBy = QStringLiteral("bundled evidence base (resources/data/dfu-cell-therapy)");

/// A CSV file of the evidence base, with errors that name file, row and column.
class Source
{
public:
    static Result<Source> open(const QString &path, const QStringList &requiredColumns)
    {
        auto table = CsvTable::read(path);
        if (!table)
            return table.error();
        QList<RowError> missing;
        for (const QString &column : requiredColumns) {
            if (!table->header().contains(column))
                missing.append({ 1, column, storeTr("required column is missing") });
        }
        if (!missing.isEmpty()) {
            StoreError error(StoreErrorCode::InvalidInput, storeTr("lacks columns the build needs"), path);
            error.setRowErrors(missing);
            return error;
        }
        return Source(std::move(table.value()));
    }

    qsizetype rows() const { return m_table.rowCount(); }
    QString operator()(qsizetype row, const char *column) const
    {
        return m_table.value(row, QString::fromLatin1(column));
    }
    StoreError error(qsizetype row, const char *column, const QString &reason) const
    {
        StoreError e(
            StoreErrorCode::InvalidInput, storeTr("cannot be built into the evidence base"), m_table.fileName());
        e.setRowErrors({ { m_table.rowNumber(row), QString::fromLatin1(column), reason } });
        return e;
    }
    const QString &fileName() const { return m_table.fileName(); }

private:
    explicit Source(CsvTable table)
        : m_table(std::move(table))
    { }
    CsvTable m_table;
};

/// "Citation: \"quote\" ..." → the citation before the first quote mark and the
/// verbatim rest (the data files print the quote after its citation).
std::pair<QString, QString> splitSource(const QString &source)
{
    const qsizetype quote = source.indexOf(QLatin1Char('"'));
    if (quote < 0)
        return { source.trimmed(), QString() };
    QString citation = source.left(quote).trimmed();
    while (citation.endsWith(QLatin1Char(':')))
        citation.chop(1);
    return { citation.trimmed(), source.mid(quote).trimmed() };
}

QString locatorOf(const QString &citation)
{
    if (citation.contains(QLatin1String("Table 1")))
        return QStringLiteral("Table 1");
    if (citation.contains(QLatin1String("abstract"), Qt::CaseInsensitive))
        return QStringLiteral("abstract");
    if (citation.contains(QLatin1String("registry"), Qt::CaseInsensitive)
        || citation.contains(QLatin1String("ClinicalTrials.gov")))
        return QStringLiteral("registry record");
    return {};
}

/// The study a Table 1 row belongs to: its label without the arm number
/// (Lu1, Lu2 → Lu) or the year suffix (Dubsky_2014 → Dubsky), with the year.
QString studyLabelOf(const QString &rowLabel, int year)
{
    QString base = rowLabel;
    static const QRegularExpression yearSuffix(QStringLiteral("_\\d{4}$"));
    static const QRegularExpression armNumber(QStringLiteral("\\d+$"));
    base.remove(yearSuffix);
    base.remove(armNumber);
    return base + QLatin1Char(' ') + QString::number(year);
}

Route routeOf(const QString &text)
{
    if (text.contains(QLatin1Char('+')))
        return Route::Combined;
    const QString t = text.trimmed();
    if (t == QLatin1String("IM"))
        return Route::Intramuscular;
    if (t == QLatin1String("SC"))
        return Route::Subcutaneous;
    if (t == QLatin1String("IA"))
        return Route::IntraArterial;
    if (t == QLatin1String("IV"))
        return Route::Intravenous;
    if (t.compare(QLatin1String("Topical"), Qt::CaseInsensitive) == 0)
        return Route::Topical;
    return Route::NotReported;
}

/// A cell count as studies.csv prints it: "2e7 per leg", "4.8e7-8.6e7 per
/// leg", ">4e6 per ulcer", ">=1e7 CD133+ cells per leg", "1e6 per cm2 ...".
/// Text with a number in e-notation that does not read like this (the Pollak
/// "one of 3e6 / 10e6 / 30e6") gives no count and an unknown unit.
struct ParsedDose {
    bool statement = false;
    bool hasCount = false;
    bool unparsedNumbers = false;
    std::optional<double> min;
    std::optional<double> max;
    DoseUnit unit = DoseUnit::NotReported;
};

ParsedDose parseDose(const QString &text)
{
    ParsedDose dose;
    dose.statement = !text.trimmed().isEmpty();
    if (!dose.statement)
        return dose;
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(>=|>)?\s*(\d+(?:\.\d+)?e\d+)(?:-(\d+(?:\.\d+)?e\d+))?\s+(?:CD133\+\s+)?(?:cells\s+)?per\s+(leg|ulcer|cm2)\b)"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch()) {
        static const QRegularExpression number(QStringLiteral(R"(\d+(?:\.\d+)?e\d+)"));
        dose.unparsedNumbers = number.match(text).hasMatch();
        return dose;
    }
    dose.hasCount = true;
    dose.min = parseNumber(match.captured(2));
    if (!match.captured(3).isEmpty())
        dose.max = parseNumber(match.captured(3));
    else if (match.captured(1).isEmpty())
        dose.max = dose.min; // a single number; ">" and ">=" leave it open above
    const QString per = match.captured(4);
    dose.unit = per == QLatin1String("leg") ? DoseUnit::PerLeg
        : per == QLatin1String("ulcer")     ? DoseUnit::PerUlcer
                                            : DoseUnit::PerCm2;
    return dose;
}

struct ComparisonRefs {
    StudyId study;
    ComparisonId comparison;
    ArmId treatment;
    ArmId control;
};

Status loadVocabularies(StudyStore &store, const QString &dataDir)
{
    const QString registryDir = dataDir + QStringLiteral("/cli-trials-registry");
    auto cellTypes = Source::open(registryDir + QStringLiteral("/cell_types.csv"),
        { QStringLiteral("abbreviation"), QStringLiteral("aliases_as_written"), QStringLiteral("meaning"),
            QStringLiteral("tissue_source"), QStringLiteral("fetal_or_adult"), QStringLiteral("kind"),
            QStringLiteral("found_in") });
    if (!cellTypes)
        return cellTypes.error();
    const Source &ct = cellTypes.value();
    for (qsizetype i = 0; i < ct.rows(); ++i) {
        CellType c;
        c.code = ct(i, "abbreviation");
        c.label = ct(i, "meaning");
        c.aliases = ct(i, "aliases_as_written");
        c.tissueSource = ct(i, "tissue_source");
        c.fetalOrAdult = ct(i, "fetal_or_adult");
        c.kind = ct(i, "kind");
        c.foundIn = QStringLiteral("cli-trials-registry/cell_types.csv (") + ct(i, "found_in") + QLatin1Char(')');
        if (Status s = store.putCellType(c); !s)
            return s;
    }
    auto reviewCodes = Source::open(dataDir + QStringLiteral("/dfu-cell-therapy/curation/cell_type_codes.csv"),
        { QStringLiteral("code"), QStringLiteral("label"), QStringLiteral("tissue_source"),
            QStringLiteral("equivalent_code"), QStringLiteral("found_in") });
    if (!reviewCodes)
        return reviewCodes.error();
    const Source &rc = reviewCodes.value();
    for (qsizetype i = 0; i < rc.rows(); ++i) {
        CellType c;
        c.code = rc(i, "code");
        c.label = rc(i, "label");
        c.tissueSource = rc(i, "tissue_source");
        c.kind = QStringLiteral("cell type");
        c.equivalentCode = rc(i, "equivalent_code");
        c.foundIn = rc(i, "found_in");
        if (Status s = store.putCellType(c); !s)
            return s;
    }
    auto legend = Source::open(registryDir + QStringLiteral("/cli_trials_legend.csv"),
        { QStringLiteral("abbreviation"), QStringLiteral("meaning") });
    if (!legend)
        return legend.error();
    for (qsizetype i = 0; i < legend->rows(); ++i) {
        if (Status s = store.putGlossaryEntry({ QStringLiteral("cli-trials-registry"),
                legend.value()(i, "abbreviation"), legend.value()(i, "meaning") });
            !s)
            return s;
    }
    return {};
}

Status loadDefinitions(StudyStore &store, const QString &dir, FacetDefinition *doseTiers)
{
    auto outcomes = Source::open(dir + QStringLiteral("/curation/outcome_definitions.csv"),
        { QStringLiteral("code"), QStringLiteral("label"), QStringLiteral("kind"), QStringLiteral("unit"),
            QStringLiteral("better"), QStringLiteral("description") });
    if (!outcomes)
        return outcomes.error();
    const Source &o = outcomes.value();
    for (qsizetype i = 0; i < o.rows(); ++i) {
        OutcomeDefinition d;
        d.code = o(i, "code");
        d.label = o(i, "label");
        const auto kind = fromCode<OutcomeKind>(o(i, "kind"));
        const auto better = fromCode<BetterDirection>(o(i, "better"));
        if (!kind)
            return o.error(i, "kind", storeTr("'%1' is not one of %2").arg(o(i, "kind"), allCodes<OutcomeKind>()));
        if (!better)
            return o.error(
                i, "better", storeTr("'%1' is not one of %2").arg(o(i, "better"), allCodes<BetterDirection>()));
        d.kind = *kind;
        d.better = *better;
        d.unit = o(i, "unit");
        d.description = o(i, "description");
        d.position = static_cast<int>(i);
        if (Status s = store.putOutcomeDefinition(d); !s)
            return s;
    }
    auto moderators = Source::open(dir + QStringLiteral("/curation/moderator_definitions.csv"),
        { QStringLiteral("name"), QStringLiteral("label"), QStringLiteral("unit"), QStringLiteral("description") });
    if (!moderators)
        return moderators.error();
    const Source &m = moderators.value();
    for (qsizetype i = 0; i < m.rows(); ++i) {
        if (Status s = store.putModeratorDefinition({ m(i, "name"), m(i, "label"), m(i, "unit"), m(i, "description") });
            !s)
            return s;
    }
    auto facets = FacetCsv::read(dir + QStringLiteral("/curation/facets.csv"));
    if (!facets)
        return facets.error();
    for (const FacetDefinition &facet : facets.value()) {
        if (Status s = store.putFacet(facet); !s)
            return s;
        if (facet.name == QLatin1String("dose_tier"))
            *doseTiers = facet;
    }
    if (doseTiers->name.isEmpty())
        return StoreError(StoreErrorCode::InvalidInput, storeTr("defines no dose_tier facet"),
            dir + QStringLiteral("/curation/facets.csv"));
    return {};
}

Status loadTable1(
    StudyStore &store, const QString &dir, const FacetDefinition &doseTiers, QHash<QString, ComparisonRefs> *refs)
{
    auto studies = Source::open(dir + QStringLiteral("/studies.csv"),
        { QStringLiteral("arm_label"), QStringLiteral("author"), QStringLiteral("year"), QStringLiteral("country"),
            QStringLiteral("cell_type"), QStringLiteral("route"), QStringLiteral("n_t"), QStringLiteral("n_c"),
            QStringLiteral("followup_months"), QStringLiteral("dose_cells"), QStringLiteral("dose_source") });
    if (!studies)
        return studies.error();
    const Source &t1 = studies.value();

    auto regions = Source::open(
        dir + QStringLiteral("/curation/country_regions.csv"), { QStringLiteral("country"), QStringLiteral("region") });
    if (!regions)
        return regions.error();
    QHash<QString, QString> regionOf;
    for (qsizetype i = 0; i < regions->rows(); ++i)
        regionOf.insert(regions.value()(i, "country"), regions.value()(i, "region"));

    auto sources = Source::open(dir + QStringLiteral("/curation/study_sources.csv"),
        { QStringLiteral("comparison"), QStringLiteral("registry_id"), QStringLiteral("doi"),
            QStringLiteral("citation") });
    if (!sources)
        return sources.error();
    QHash<QString, qsizetype> sourceRow;
    for (qsizetype i = 0; i < sources->rows(); ++i)
        sourceRow.insert(sources.value()(i, "comparison"), i);

    auto details = Source::open(dir + QStringLiteral("/curation/arm_details.csv"),
        { QStringLiteral("comparison"), QStringLiteral("origin_t"), QStringLiteral("origin_quote"),
            QStringLiteral("origin_source"), QStringLiteral("n_randomized_t"), QStringLiteral("n_randomized_c"),
            QStringLiteral("n_analysed_t"), QStringLiteral("n_analysed_c"), QStringLiteral("sizes_source") });
    if (!details)
        return details.error();
    QHash<QString, qsizetype> detailRow;
    for (qsizetype i = 0; i < details->rows(); ++i)
        detailRow.insert(details.value()(i, "comparison"), i);

    // Study-level values must agree across a study's rows.
    QHash<QString, StudyId> studyIds;
    QHash<QString, qsizetype> studyFirstRow;
    QHash<QString, ArmId> controlArms;
    QHash<QString, QList<int>> controlSizes;

    QHash<QString, QStringList> rowsOfStudy;
    for (qsizetype i = 0; i < t1.rows(); ++i) {
        const auto year = parseInteger(t1(i, "year"));
        if (year)
            rowsOfStudy[studyLabelOf(t1(i, "arm_label"), *year)] << t1(i, "arm_label");
    }

    for (qsizetype i = 0; i < t1.rows(); ++i) {
        const QString rowLabel = t1(i, "arm_label");
        const auto year = parseInteger(t1(i, "year"));
        if (!year)
            return t1.error(i, "year", storeTr("'%1' is not a year").arg(t1(i, "year")));
        const QString studyLabel = studyLabelOf(rowLabel, *year);
        const auto nT = parseInteger(t1(i, "n_t"));
        const auto nC = parseInteger(t1(i, "n_c"));
        if (!nT || !nC)
            return t1.error(i, nT ? "n_c" : "n_t", storeTr("not a whole number"));

        if (!studyIds.contains(studyLabel)) {
            Study s;
            s.label = studyLabel;
            s.firstAuthor = t1(i, "author");
            s.year = *year;
            s.country = t1(i, "country");
            s.region = regionOf.value(s.country);
            if (s.region.isEmpty())
                return t1.error(
                    i, "country", storeTr("country '%1' has no region in curation/country_regions.csv").arg(s.country));
            s.design = StudyDesign::Rct; // the review counts all 32 as RCTs; other labels are notes
            if (const auto found = sourceRow.constFind(rowLabel); found != sourceRow.constEnd()) {
                const Source &src = sources.value();
                s.registryId = src(found.value(), "registry_id");
                s.doi = src(found.value(), "doi");
                s.citation = src(found.value(), "citation");
            }
            s.notes = storeTr("Table 1 row(s): %1").arg(rowsOfStudy.value(studyLabel).join(QStringLiteral(", ")));
            auto id = store.addStudy(s);
            if (!id)
                return id.error();
            studyIds.insert(studyLabel, id.value());
            studyFirstRow.insert(studyLabel, i);

            Moderator followup;
            followup.study = id.value();
            followup.name = QStringLiteral("followup_months");
            followup.valueText = t1(i, "followup_months");
            const NumberRange range = parseNumberRange(followup.valueText);
            followup.valueMin = range.min;
            followup.valueMax = range.max;
            followup.provenance =
                Provenance { {}, kReviewCitation, followup.valueText, QStringLiteral("Table 1, Follow-up (months)"),
                    QStringLiteral("months"), Confidence::Exact, kEnteredBy, QString() };
            if (auto m = store.setModerator(followup); !m)
                return m.error();
        } else {
            // Rows of one study must agree on what the study is.
            const qsizetype first = studyFirstRow.value(studyLabel);
            for (const char *column : { "author", "country", "followup_months" }) {
                if (t1(i, column) != t1(first, column))
                    return t1.error(i, column, storeTr("differs from the first row of study '%1'").arg(studyLabel));
            }
        }
        const StudyId studyId = studyIds.value(studyLabel);

        // The treatment arm: the Table 1 row.
        Arm treatment;
        treatment.study = studyId;
        treatment.label = rowLabel;
        treatment.role = ArmRole::Treatment;
        treatment.cellType = t1(i, "cell_type");
        treatment.routeText = t1(i, "route");
        treatment.route = routeOf(treatment.routeText);
        treatment.doseText = t1(i, "dose_cells");
        const ParsedDose dose = parseDose(treatment.doseText);
        treatment.doseCellsMin = dose.min;
        treatment.doseCellsMax = dose.max;
        treatment.doseUnit = dose.unit;
        if (dose.statement) {
            const auto [citation, quote] = splitSource(t1(i, "dose_source"));
            Provenance p;
            p.citation = citation;
            // The dose text is the source's value as transcribed; a quote in
            // the source column (Pollak) is kept beside it.
            p.quote = quote.isEmpty() ? treatment.doseText : quote;
            p.locator = locatorOf(citation);
            p.counted = dose.unit == DoseUnit::NotReported ? QString() : QStringLiteral("cells ") + toCode(dose.unit);
            p.confidence = Confidence::AsTranscribed;
            p.enteredBy = kEnteredBy;
            treatment.doseProvenance = p;
        }
        if (dose.unparsedNumbers) {
            treatment.doseTier = DoseTier::NotAssigned;
            treatment.doseTierBasis = DoseTierBasis::NotAssigned;
        } else {
            const DoseTierAssignment tier =
                deriveDoseTier(dose.statement, dose.hasCount ? dose.min : std::nullopt, dose.max, dose.unit, doseTiers);
            treatment.doseTier = tier.tier;
            treatment.doseTierBasis = tier.basis;
        }
        if (const auto found = detailRow.constFind(rowLabel); found != detailRow.constEnd()) {
            const Source &d = details.value();
            const qsizetype r = found.value();
            if (!d(r, "origin_t").isEmpty()) {
                const auto origin = fromCode<CellOrigin>(d(r, "origin_t"));
                if (!origin)
                    return d.error(
                        r, "origin_t", storeTr("'%1' is not one of %2").arg(d(r, "origin_t"), allCodes<CellOrigin>()));
                treatment.origin = *origin;
                treatment.notes = storeTr("Origin (%1) from %2: \"%3\"")
                                      .arg(d(r, "origin_t"), d(r, "origin_source"), d(r, "origin_quote"));
            }
            treatment.nRandomized = parseInteger(d(r, "n_randomized_t"));
            treatment.nAnalysed = parseInteger(d(r, "n_analysed_t"));
        }
        auto treatmentId = store.addArm(treatment);
        if (!treatmentId)
            return treatmentId.error();

        // The control arm: one per study, shared by its rows.
        controlSizes[studyLabel].append(*nC);
        if (!controlArms.contains(studyLabel)) {
            Arm control;
            control.study = studyId;
            control.label = QStringLiteral("Control");
            control.role = ArmRole::Control;
            if (const auto found = detailRow.constFind(rowLabel); found != detailRow.constEnd()) {
                control.nRandomized = parseInteger(details.value()(found.value(), "n_randomized_c"));
                control.nAnalysed = parseInteger(details.value()(found.value(), "n_analysed_c"));
            }
            auto controlId = store.addArm(control);
            if (!controlId)
                return controlId.error();
            controlArms.insert(studyLabel, controlId.value());
        }

        Comparison comparison;
        comparison.study = studyId;
        comparison.label = rowLabel;
        comparison.treatmentArm = treatmentId.value();
        comparison.controlArm = controlArms.value(studyLabel);
        comparison.reportedNTreatment = nT;
        comparison.reportedNControl = nC;
        auto comparisonId = store.addComparison(comparison);
        if (!comparisonId)
            return comparisonId.error();
        refs->insert(rowLabel, { studyId, comparisonId.value(), treatmentId.value(), comparison.controlArm });
    }
    return {};
}

/// Table 1's age column, from the verbatim Markdown table, as a
/// comparison-level moderator (text as printed).
Status loadAges(
    StudyStore &store, const QString &dir, const QHash<QString, ComparisonRefs> &refs, const QStringList &rowOrder)
{
    QFile file(dir + QStringLiteral("/table1_as_published.md"));
    if (!file.open(QIODevice::ReadOnly))
        return StoreError(StoreErrorCode::Io, storeTr("cannot be read: %1").arg(file.errorString()), file.fileName());
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    int dataRow = 0;
    for (int lineNumber = 0; lineNumber < lines.size(); ++lineNumber) {
        const QString line = lines[lineNumber].trimmed();
        if (!line.startsWith(QLatin1Char('|')) || line.startsWith(QLatin1String("|---"))
            || line.contains(QLatin1String("| Author |")))
            continue;
        const QStringList cells = line.split(QLatin1Char('|'));
        // "| Author | Year | Age (T/C) | N (T/C) | ..." → cells[1] author, [3] age, [4] N
        if (cells.size() < 9 || dataRow >= rowOrder.size()) {
            StoreError e(StoreErrorCode::InvalidInput, storeTr("has an unexpected Table 1 layout"), file.fileName());
            e.setRowErrors({ { lineNumber + 1, QString(), storeTr("expected one table row per studies.csv row") } });
            return e;
        }
        const QString rowLabel = rowOrder[dataRow++];
        const QString author = cells[1].trimmed().section(QLatin1Char(' '), 0, 0);
        if (!rowLabel.startsWith(author.left(3), Qt::CaseInsensitive)) {
            StoreError e(StoreErrorCode::InvalidInput, storeTr("does not line up with studies.csv"), file.fileName());
            e.setRowErrors({ { lineNumber + 1, QStringLiteral("Author"),
                storeTr("row '%1' where studies.csv has '%2'").arg(cells[1].trimmed(), rowLabel) } });
            return e;
        }
        const ComparisonRefs r = refs.value(rowLabel);
        Moderator age;
        age.study = r.study;
        age.comparison = r.comparison;
        age.name = QStringLiteral("age");
        age.valueText = cells[3].trimmed();
        age.provenance = Provenance { {}, kReviewCitation, line, QStringLiteral("Table 1, Age (T/C)"),
            QStringLiteral("years"), Confidence::Exact, kEnteredBy, QString() };
        if (auto m = store.setModerator(age); !m)
            return m.error();
    }
    if (dataRow != rowOrder.size())
        return StoreError(StoreErrorCode::InvalidInput,
            storeTr("has %1 Table 1 rows; studies.csv has %2").arg(dataRow).arg(rowOrder.size()), file.fileName());
    return {};
}

Status loadOutcomes(StudyStore &store, const QString &dir, const QHash<QString, ComparisonRefs> &refs)
{
    auto outcomes = Source::open(dir + QStringLiteral("/outcomes.csv"),
        { QStringLiteral("arm_label"), QStringLiteral("outcome"), QStringLiteral("events_t"), QStringLiteral("n_t"),
            QStringLiteral("events_c"), QStringLiteral("n_c"), QStringLiteral("mean_t"), QStringLiteral("sd_t"),
            QStringLiteral("mean_c"), QStringLiteral("sd_c"), QStringLiteral("source"), QStringLiteral("confidence"),
            QStringLiteral("timepoint"), QStringLiteral("unit"), QStringLiteral("notes") });
    if (!outcomes)
        return outcomes.error();
    const Source &o = outcomes.value();
    for (qsizetype i = 0; i < o.rows(); ++i) {
        const auto ref = refs.constFind(o(i, "arm_label"));
        if (ref == refs.constEnd())
            return o.error(i, "arm_label", storeTr("'%1' is not a Table 1 row").arg(o(i, "arm_label")));
        OutcomeData d;
        d.comparison = ref->comparison;
        d.outcome = o(i, "outcome");
        d.timepoint = o(i, "timepoint");
        d.eventsTreatment = parseInteger(o(i, "events_t"));
        d.nTreatment = parseInteger(o(i, "n_t"));
        d.eventsControl = parseInteger(o(i, "events_c"));
        d.nControl = parseInteger(o(i, "n_c"));
        d.meanTreatment = parseNumber(o(i, "mean_t"));
        d.sdTreatment = parseNumber(o(i, "sd_t"));
        d.meanControl = parseNumber(o(i, "mean_c"));
        d.sdControl = parseNumber(o(i, "sd_c"));
        const auto [citation, quote] = splitSource(o(i, "source"));
        d.provenance.citation = citation;
        d.provenance.quote = quote;
        d.provenance.locator = locatorOf(citation);
        d.provenance.counted = o(i, "unit");
        const auto confidence = fromCode<Confidence>(o(i, "confidence"));
        if (!confidence)
            return o.error(
                i, "confidence", storeTr("'%1' is not one of %2").arg(o(i, "confidence"), allCodes<Confidence>()));
        d.provenance.confidence = *confidence;
        d.provenance.enteredBy = kEnteredBy;
        d.notes = o(i, "notes");
        auto id = store.addOutcomeData(d);
        if (!id)
            return o.error(i, "outcome", id.error().message());
    }
    return {};
}

Status loadNotes(StudyStore &store, const QString &dir, const QHash<QString, ComparisonRefs> &refs)
{
    auto notes = Source::open(dir + QStringLiteral("/curation/notes.csv"),
        { QStringLiteral("study"), QStringLiteral("comparison"), QStringLiteral("arm"), QStringLiteral("outcome"),
            QStringLiteral("kind"), QStringLiteral("field"), QStringLiteral("review_value"),
            QStringLiteral("other_value"), QStringLiteral("text"), QStringLiteral("locator"),
            QStringLiteral("quote") });
    if (!notes)
        return notes.error();
    const Source &n = notes.value();
    for (qsizetype i = 0; i < n.rows(); ++i) {
        const auto studyRef = refs.constFind(n(i, "study"));
        if (studyRef == refs.constEnd())
            return n.error(i, "study", storeTr("'%1' is not a Table 1 row").arg(n(i, "study")));
        EvidenceNote note;
        note.study = studyRef->study;
        if (!n(i, "comparison").isEmpty()) {
            const auto ref = refs.constFind(n(i, "comparison"));
            if (ref == refs.constEnd() || ref->study != note.study)
                return n.error(
                    i, "comparison", storeTr("'%1' is not a Table 1 row of this study").arg(n(i, "comparison")));
            note.comparison = ref->comparison;
            if (n(i, "arm") == QLatin1String("t"))
                note.arm = ref->treatment;
            else if (n(i, "arm") == QLatin1String("c"))
                note.arm = ref->control;
        }
        const auto kind = fromCode<NoteKind>(n(i, "kind"));
        if (!kind)
            return n.error(i, "kind", storeTr("'%1' is not one of %2").arg(n(i, "kind"), allCodes<NoteKind>()));
        note.kind = *kind;
        note.outcome = n(i, "outcome");
        note.field = n(i, "field");
        note.reviewValue = n(i, "review_value");
        note.otherValue = n(i, "other_value");
        note.text = n(i, "text");
        note.provenance =
            Provenance { {}, QStringLiteral("Evidence base notes, resources/data/dfu-cell-therapy/SOURCES.md"),
                n(i, "quote"), n(i, "locator"), QString(), Confidence::Exact, kEnteredBy, QString() };
        if (auto id = store.addNote(note); !id)
            return id.error();
    }

    // Dose and route statements with their sources (dose_route_notes.csv);
    // "same as X" rows take X's source and quote.
    auto statements = Source::open(dir + QStringLiteral("/dose_route_notes.csv"),
        { QStringLiteral("arm_label"), QStringLiteral("dose_text"),
            QStringLiteral("dose_cells_total_per_patient_if_stated"), QStringLiteral("source"),
            QStringLiteral("quote") });
    if (!statements)
        return statements.error();
    const Source &s = statements.value();
    QHash<QString, qsizetype> rowOf;
    for (qsizetype i = 0; i < s.rows(); ++i) {
        const QString label = s(i, "arm_label");
        rowOf.insert(label, i);
        const auto ref = refs.constFind(label);
        if (ref == refs.constEnd())
            return s.error(i, "arm_label", storeTr("'%1' is not a Table 1 row").arg(label));
        QString source = s(i, "source");
        QString quote = s(i, "quote");
        static const QRegularExpression sameAs(QStringLiteral("^same as (\\S+)$"));
        const QRegularExpressionMatch same = sameAs.match(source);
        if (same.hasMatch()) {
            const auto original = rowOf.constFind(same.captured(1));
            if (original == rowOf.constEnd())
                return s.error(i, "source", storeTr("refers to '%1', which has no earlier row").arg(same.captured(1)));
            source = s(original.value(), "source");
            if (quote.startsWith(QLatin1String("same as")))
                quote = s(original.value(), "quote");
        }
        EvidenceNote note;
        note.study = ref->study;
        note.comparison = ref->comparison;
        note.arm = ref->treatment;
        note.kind = NoteKind::DoseRoute;
        note.field = QStringLiteral("dose/route");
        note.otherValue = s(i, "dose_cells_total_per_patient_if_stated");
        note.text = s(i, "dose_text");
        note.provenance =
            Provenance { {}, source, quote, locatorOf(source), QString(), Confidence::Exact, kEnteredBy, QString() };
        if (auto id = store.addNote(note); !id)
            return id.error();
    }
    return {};
}

Status loadPublished(StudyStore &store, const QString &dir)
{
    auto results = Source::open(dir + QStringLiteral("/published_results.csv"),
        { QStringLiteral("outcome"), QStringLiteral("measure"), QStringLiteral("facet"), QStringLiteral("level"),
            QStringLiteral("estimate"), QStringLiteral("ci_lb"), QStringLiteral("ci_ub"), QStringLiteral("model"),
            QStringLiteral("I2"), QStringLiteral("k"), QStringLiteral("patients"), QStringLiteral("p_value"),
            QStringLiteral("figure"), QStringLiteral("section"), QStringLiteral("quote"), QStringLiteral("het_p"),
            QStringLiteral("note") });
    if (!results)
        return results.error();
    const Source &r = results.value();
    for (qsizetype i = 0; i < r.rows(); ++i) {
        PublishedResult p;
        p.outcome = r(i, "outcome");
        p.measure = r(i, "measure");
        p.facet = r(i, "facet");
        p.level = r(i, "level");
        p.estimate = r(i, "estimate");
        p.ciLower = r(i, "ci_lb");
        p.ciUpper = r(i, "ci_ub");
        p.estimateValue = parseNumber(p.estimate);
        p.ciLowerValue = parseNumber(p.ciLower);
        p.ciUpperValue = parseNumber(p.ciUpper);
        if (!p.estimateValue || !p.ciLowerValue || !p.ciUpperValue)
            return r.error(i, "estimate", storeTr("the estimate and its CI must be numbers"));
        p.model = r(i, "model");
        p.i2 = r(i, "I2");
        p.k = r(i, "k");
        p.patients = r(i, "patients");
        p.pValue = r(i, "p_value");
        p.figure = r(i, "figure");
        p.section = r(i, "section");
        p.quote = r(i, "quote");
        p.heterogeneityP = r(i, "het_p");
        p.note = r(i, "note");
        if (auto id = store.addPublishedResult(p); !id)
            return id.error();
    }

    auto tests = Source::open(dir + QStringLiteral("/subgroup_tests.csv"),
        { QStringLiteral("outcome"), QStringLiteral("facet"), QStringLiteral("chi2"), QStringLiteral("df"),
            QStringLiteral("p_value"), QStringLiteral("section"), QStringLiteral("quote"),
            QStringLiteral("stated_result"), QStringLiteral("note") });
    if (!tests)
        return tests.error();
    for (qsizetype i = 0; i < tests->rows(); ++i) {
        const Source &t = tests.value();
        if (Status s = store.addSubgroupTest({ 0, t(i, "outcome"), t(i, "facet"), t(i, "chi2"), t(i, "df"),
                t(i, "p_value"), t(i, "section"), t(i, "quote"), t(i, "stated_result"), t(i, "note") });
            !s)
            return s;
    }
    auto sensitivity = Source::open(dir + QStringLiteral("/sensitivity.csv"),
        { QStringLiteral("outcome"), QStringLiteral("loo_min"), QStringLiteral("loo_max"), QStringLiteral("quote"),
            QStringLiteral("measure"), QStringLiteral("figure") });
    if (!sensitivity)
        return sensitivity.error();
    for (qsizetype i = 0; i < sensitivity->rows(); ++i) {
        const Source &t = sensitivity.value();
        if (Status s = store.addLeaveOneOutRange({ 0, t(i, "outcome"), t(i, "loo_min"), t(i, "loo_max"), t(i, "quote"),
                t(i, "measure"), t(i, "figure") });
            !s)
            return s;
    }
    auto regression = Source::open(dir + QStringLiteral("/metaregression.csv"),
        { QStringLiteral("outcome"), QStringLiteral("moderator"), QStringLiteral("p_value"), QStringLiteral("quote") });
    if (!regression)
        return regression.error();
    for (qsizetype i = 0; i < regression->rows(); ++i) {
        const Source &t = regression.value();
        if (Status s = store.addMetaRegressionResult(
                { 0, t(i, "outcome"), t(i, "moderator"), t(i, "p_value"), t(i, "quote") });
            !s)
            return s;
    }
    auto heterogeneity = Source::open(dir + QStringLiteral("/heterogeneity.csv"),
        { QStringLiteral("outcome"), QStringLiteral("I2"), QStringLiteral("baujat_top_contributor"),
            QStringLiteral("quote") });
    if (!heterogeneity)
        return heterogeneity.error();
    for (qsizetype i = 0; i < heterogeneity->rows(); ++i) {
        const Source &t = heterogeneity.value();
        if (Status s = store.addHeterogeneityResult(
                { 0, t(i, "outcome"), t(i, "I2"), t(i, "baujat_top_contributor"), t(i, "quote") });
            !s)
            return s;
    }
    auto qualitative = Source::open(dir + QStringLiteral("/qualitative_results.csv"),
        { QStringLiteral("outcome"), QStringLiteral("measure"), QStringLiteral("facet"), QStringLiteral("level"),
            QStringLiteral("statement"), QStringLiteral("figure"), QStringLiteral("section"),
            QStringLiteral("quote") });
    if (!qualitative)
        return qualitative.error();
    for (qsizetype i = 0; i < qualitative->rows(); ++i) {
        const Source &t = qualitative.value();
        if (Status s = store.addQualitativeResult({ 0, t(i, "outcome"), t(i, "measure"), t(i, "facet"), t(i, "level"),
                t(i, "statement"), t(i, "figure"), t(i, "section"), t(i, "quote") });
            !s)
            return s;
    }
    return {};
}

Status loadRegistry(StudyStore &store, const QString &dataDir)
{
    auto trials = Source::open(dataDir + QStringLiteral("/cli-trials-registry/cli_trials.csv"),
        { QStringLiteral("no"), QStringLiteral("trial_id"), QStringLiteral("phase"), QStringLiteral("status"),
            QStringLiteral("cell_product"), QStringLiteral("cell_source"), QStringLiteral("allogeneic_or_autologous"),
            QStringLiteral("disease_stage"), QStringLiteral("dose_text"), QStringLiteral("dose_cells_min"),
            QStringLiteral("dose_cells_max"), QStringLiteral("route"), QStringLiteral("endpoints"),
            QStringLiteral("followup_months"), QStringLiteral("enrollment_total"), QStringLiteral("enrollment_arms") });
    if (!trials)
        return trials.error();
    auto loaded = store.load();
    if (!loaded)
        return loaded.error();
    QHash<QString, StudyId> studyByRegistry;
    for (const Study &s : loaded->studies) {
        if (!s.registryId.isEmpty())
            studyByRegistry.insert(s.registryId, s.id);
    }
    const Source &t = trials.value();
    for (qsizetype i = 0; i < t.rows(); ++i) {
        RegistryRecord r;
        r.number = parseInteger(t(i, "no"));
        r.trialId = t(i, "trial_id");
        r.phase = t(i, "phase");
        r.status = t(i, "status");
        r.cellProduct = t(i, "cell_product");
        r.cellSource = t(i, "cell_source");
        r.originText = t(i, "allogeneic_or_autologous");
        r.diseaseStage = t(i, "disease_stage");
        r.doseText = t(i, "dose_text");
        r.doseCellsMin = parseNumber(t(i, "dose_cells_min"));
        r.doseCellsMax = parseNumber(t(i, "dose_cells_max"));
        r.route = t(i, "route");
        r.endpoints = t(i, "endpoints");
        r.followupMonths = parseNumber(t(i, "followup_months"));
        r.enrollmentTotal = parseInteger(t(i, "enrollment_total"));
        r.enrollmentArms = t(i, "enrollment_arms");
        r.study = studyByRegistry.value(r.trialId);
        if (!r.number || (!t(i, "enrollment_total").isEmpty() && !r.enrollmentTotal))
            return t.error(i, r.number ? "enrollment_total" : "no", storeTr("not a whole number"));
        if (auto id = store.addRegistryRecord(r); !id)
            return id.error();
    }
    return {};
}

} // namespace

Status buildDfuCellBase(StudyStore &store, const QString &dataDir)
{
    const QString dir = dataDir + QStringLiteral("/dfu-cell-therapy");
    return store.transaction([&]() -> Status {
        if (Status s = store.setProjectInfo(
                { QStringLiteral("dfu-cell-therapy"), QStringLiteral("Cell therapy for diabetic foot ulcers"),
                    QStringLiteral(
                        "The 38 trial arms (32 trials) of Zhang et al. 2026's meta-analysis of cell therapy for "
                        "diabetic foot ulcers, with the outcome data found in the trials' own abstracts (partial: "
                        "arms without data are not extracted), doses with their sources, the review's 181 "
                        "published pooled estimates, conflicts between sources, and 39 registered MSC trials for "
                        "critical limb ischemia."),
                    kReviewCitation,
                    QStringLiteral("Built by evidence-buildbase from resources/data/dfu-cell-therapy and "
                                   "resources/data/cli-trials-registry") });
            !s)
            return s;
        if (Status s = loadVocabularies(store, dataDir); !s)
            return s;
        FacetDefinition doseTiers;
        if (Status s = loadDefinitions(store, dir, &doseTiers); !s)
            return s;
        QHash<QString, ComparisonRefs> refs;
        if (Status s = loadTable1(store, dir, doseTiers, &refs); !s)
            return s;
        auto t1 = CsvTable::read(dir + QStringLiteral("/studies.csv"));
        if (!t1)
            return t1.error();
        QStringList rowOrder;
        for (qsizetype i = 0; i < t1->rowCount(); ++i)
            rowOrder << t1->value(i, QStringLiteral("arm_label"));
        if (Status s = loadAges(store, dir, refs, rowOrder); !s)
            return s;
        if (Status s = loadOutcomes(store, dir, refs); !s)
            return s;
        if (Status s = loadNotes(store, dir, refs); !s)
            return s;
        if (Status s = loadPublished(store, dir); !s)
            return s;
        return loadRegistry(store, dataDir);
    });
}

Status buildExampleProject(StudyStore &store, const QString &folder)
{
    return store.transaction([&]() -> Status {
        auto project =
            Source::open(folder + QStringLiteral("/project.csv"), { QStringLiteral("key"), QStringLiteral("value") });
        if (!project)
            return project.error();
        ProjectInfo info;
        for (qsizetype i = 0; i < project->rows(); ++i) {
            const QString key = project.value()(i, "key");
            const QString value = project.value()(i, "value");
            if (key == QLatin1String("name"))
                info.name = value;
            else if (key == QLatin1String("title"))
                info.title = value;
            else if (key == QLatin1String("description"))
                info.description = value;
            else if (key == QLatin1String("citation"))
                info.citation = value;
            else if (key == QLatin1String("converted_from"))
                info.source = value;
        }
        if (Status s = store.setProjectInfo(info); !s)
            return s;
        auto imported = EvidenceCsv::importFile(store, folder + QStringLiteral("/evidence.csv"));
        if (!imported)
            return imported.error();
        auto facets = FacetCsv::read(folder + QStringLiteral("/facets.csv"));
        if (!facets)
            return facets.error();
        for (const FacetDefinition &facet : facets.value()) {
            if (Status s = store.putFacet(facet); !s)
                return s;
        }
        return {};
    });
}

} // namespace ee::store
