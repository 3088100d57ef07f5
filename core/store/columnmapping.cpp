#include "core/store/columnmapping.h"

#include "core/store/evidencecsv.h"

#include <QHash>
#include <QSet>

namespace ee::store {

namespace {

const QString kModPrefix = QStringLiteral("mod:");
const QString kComparisonModPrefix = QStringLiteral("cmod:");

/// Synonyms by normalised name. Exact evidence column names need no entry.
const QHash<QString, QString> &synonyms()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> t;
        auto add = [&t](const char *target, std::initializer_list<const char *> names) {
            for (const char *name : names)
                t.insert(QString::fromLatin1(name), QString::fromLatin1(target));
        };
        add("study",
            { "study_label", "studies", "author_year", "authoryear", "study_id", "studyid", "study_name", "trial",
                "trial_name", "studlab", "label" });
        add("first_author", { "author", "authors", "firstauthor", "first_author_name" });
        add("year", { "yr", "pub_year", "publication_year", "year_of_publication", "study_year" });
        add("country", { "countries", "nation" });
        add("design", { "study_design", "study_type" });
        add("registry_id", { "registry", "registration", "nct", "trial_registration", "nct_id" });
        add("citation", { "reference", "ref", "source_citation" });
        add("comparison", { "comparison_label", "contrast", "comparison_id" });
        add("arm_t",
            { "treatment", "treatment_arm", "intervention", "experimental", "experimental_arm", "arm1", "arm_1",
                "group_t", "treat" });
        add("arm_c", { "control", "control_arm", "comparator", "arm2", "arm_2", "group_c", "control_group", "ctrl" });
        add("cell_type_t", { "cell_type", "cells", "cell_source" });
        add("route_t", { "route", "route_of_administration" });
        add("dose_text_t", { "dose", "cell_dose" });
        add("outcome", { "outcome_code", "endpoint", "end_point", "outcome_measure" });
        add("timepoint", { "time_point", "time", "followup", "follow_up", "visit", "week", "weeks" });
        add("events_t",
            { "ai", "e_e", "events_e", "event_e", "events_exp", "events_treatment", "events_treated",
                "events_intervention", "events_experimental", "treatment_events", "tpos", "x1i", "r1", "events1",
                "events_1", "event_t", "e_t", "e1" });
        add("n_t",
            { "n1i", "n_e", "n_exp", "n_treatment", "n_treated", "n_intervention", "n_experimental", "total_treatment",
                "total_t", "total_e", "treatment_n", "n1", "n_1", "nt", "ne" });
        add("events_c",
            { "ci", "e_c", "events_control", "event_c", "events_ctrl", "control_events", "cpos", "x2i", "r2", "events2",
                "events_2", "e2" });
        add("n_c", { "n2i", "n_control", "n_ctrl", "total_control", "total_c", "control_n", "n2", "n_2", "nc" });
        add("mean_t",
            { "m1i", "mean_e", "mean_exp", "mean_treatment", "mean_intervention", "mean_experimental", "mean1",
                "mean_1", "m_e", "m_t" });
        add("sd_t",
            { "sd1i", "sd_e", "sd_exp", "sd_treatment", "sd_intervention", "sd_experimental", "sd1", "sd_1", "s_e",
                "s_t" });
        add("mean_c", { "m2i", "mean_control", "mean_ctrl", "mean2", "mean_2", "m_c" });
        add("sd_c", { "sd2i", "sd_control", "sd_ctrl", "sd2", "sd_2", "s_c" });
        add("quote", { "verbatim", "verbatim_quote" });
        add("locator", { "page", "table", "page_table", "location" });
        add("data_notes", { "notes", "note", "comment", "comments" });
        return t;
    }();
    return table;
}

bool isDataColumn(const QString &target)
{
    static const QStringList data = { QStringLiteral("events_t"), QStringLiteral("events_c"), QStringLiteral("mean_t"),
        QStringLiteral("mean_c"), QStringLiteral("sd_t"), QStringLiteral("sd_c"), QStringLiteral("n_t"),
        QStringLiteral("n_c") };
    return data.contains(target);
}

} // namespace

ColumnMapping::ColumnMapping(const QStringList &sourceColumns)
    : m_sources(sourceColumns)
{ }

QString ColumnMapping::normalisedName(const QString &sourceColumn)
{
    QString out;
    bool pendingSeparator = false;
    for (const QChar c : sourceColumn.trimmed().toLower()) {
        if (c.isLetterOrNumber()) {
            if (pendingSeparator && !out.isEmpty())
                out += QLatin1Char('_');
            pendingSeparator = false;
            out += c;
        } else {
            pendingSeparator = true;
        }
    }
    return out;
}

QString ColumnMapping::suggestTarget(const QString &sourceColumn)
{
    const QString trimmed = sourceColumn.trimmed();
    if (isValidTarget(trimmed) && (trimmed.startsWith(kModPrefix) || trimmed.startsWith(kComparisonModPrefix)))
        return trimmed;
    const QString name = normalisedName(trimmed);
    if (EvidenceCsv::columns().contains(name))
        return name;
    return synonyms().value(name);
}

bool ColumnMapping::isValidTarget(const QString &target)
{
    if (EvidenceCsv::columns().contains(target))
        return true;
    for (const QString &prefix : { kModPrefix, kComparisonModPrefix }) {
        if (target.startsWith(prefix) && !target.mid(prefix.size()).trimmed().isEmpty())
            return true;
    }
    return false;
}

ColumnMapping ColumnMapping::suggest(
    const QStringList &sourceColumns, const QString &treatmentLabel, const QString &controlLabel)
{
    ColumnMapping mapping(sourceColumns);
    QSet<QString> taken;
    for (const QString &source : sourceColumns) {
        const QString target = suggestTarget(source);
        if (target.isEmpty() || taken.contains(target))
            continue;
        taken.insert(target);
        mapping.m_targets.insert(source, target);
    }
    bool hasData = false;
    for (const QString &target : std::as_const(taken))
        hasData = hasData || isDataColumn(target);
    if (hasData) {
        if (!taken.contains(QStringLiteral("arm_t")))
            mapping.m_fixed.insert(QStringLiteral("arm_t"), treatmentLabel);
        if (!taken.contains(QStringLiteral("arm_c")))
            mapping.m_fixed.insert(QStringLiteral("arm_c"), controlLabel);
    }
    return mapping;
}

void ColumnMapping::setTarget(const QString &sourceColumn, const QString &target)
{
    if (!m_sources.contains(sourceColumn))
        return;
    if (target.isEmpty())
        m_targets.remove(sourceColumn);
    else
        m_targets.insert(sourceColumn, target);
}

QString ColumnMapping::sourceOf(const QString &target) const
{
    for (const QString &source : m_sources) {
        if (m_targets.value(source) == target)
            return source;
    }
    return {};
}

void ColumnMapping::setFixedValue(const QString &target, const QString &value)
{
    if (value.trimmed().isEmpty())
        m_fixed.remove(target);
    else
        m_fixed.insert(target, value.trimmed());
}

bool ColumnMapping::provides(const QString &target) const
{
    return !sourceOf(target).isEmpty() || !m_fixed.value(target).isEmpty();
}

QStringList ColumnMapping::missingRequired() const
{
    QStringList required = { QStringLiteral("study") };
    auto need = [&required](const QString &c) {
        if (!required.contains(c))
            required << c;
    };
    bool hasData = false;
    for (const QString &c :
        { QStringLiteral("events_t"), QStringLiteral("events_c"), QStringLiteral("mean_t"), QStringLiteral("mean_c"),
            QStringLiteral("sd_t"), QStringLiteral("sd_c"), QStringLiteral("n_t"), QStringLiteral("n_c") })
        hasData = hasData || provides(c);
    if (hasData || provides(QStringLiteral("comparison")) || provides(QStringLiteral("outcome"))) {
        need(QStringLiteral("arm_t"));
        need(QStringLiteral("arm_c"));
    }
    if (hasData) {
        need(QStringLiteral("outcome"));
        need(QStringLiteral("n_t"));
        need(QStringLiteral("n_c"));
    }
    if (provides(QStringLiteral("events_t")) || provides(QStringLiteral("events_c"))) {
        need(QStringLiteral("events_t"));
        need(QStringLiteral("events_c"));
    }
    if (provides(QStringLiteral("mean_t")) || provides(QStringLiteral("mean_c")) || provides(QStringLiteral("sd_t"))
        || provides(QStringLiteral("sd_c"))) {
        for (const QString &c :
            { QStringLiteral("mean_t"), QStringLiteral("sd_t"), QStringLiteral("mean_c"), QStringLiteral("sd_c") })
            need(c);
    }
    QStringList missing;
    for (const QString &c : std::as_const(required)) {
        if (!provides(c))
            missing << c;
    }
    return missing;
}

QList<RowError> ColumnMapping::problems() const
{
    QList<RowError> problems;
    QHash<QString, QString> firstSource;
    for (const QString &source : m_sources) {
        const QString target = m_targets.value(source);
        if (target.isEmpty())
            continue;
        if (!isValidTarget(target)) {
            problems.append({ 1, source, storeTr("'%1' is not an evidence CSV column").arg(target) });
            continue;
        }
        const auto first = firstSource.constFind(target);
        if (first != firstSource.constEnd()) {
            problems.append({ 1, source,
                storeTr("'%1' is already mapped from column '%2'; map one column to it").arg(target, first.value()) });
            continue;
        }
        firstSource.insert(target, source);
    }
    return problems;
}

CsvTable ColumnMapping::apply(const CsvTable &table) const
{
    QStringList header;
    QList<qsizetype> sourceIndex; // per output column: index in `table`, or -1 for a fixed value
    QStringList fixedValues;
    for (const QString &source : m_sources) {
        const QString target = m_targets.value(source);
        const qsizetype index = table.columnIndex(source);
        if (target.isEmpty() || index < 0 || header.contains(target) || !isValidTarget(target))
            continue;
        header << target;
        sourceIndex << index;
        fixedValues << QString();
    }
    for (auto it = m_fixed.constBegin(); it != m_fixed.constEnd(); ++it) {
        if (header.contains(it.key()) || !isValidTarget(it.key()))
            continue;
        header << it.key();
        sourceIndex << -1;
        fixedValues << it.value();
    }
    const bool deriveComparison = !header.contains(QStringLiteral("comparison"));
    if (deriveComparison)
        header << QStringLiteral("comparison");

    // Columns whose value means "this row describes a comparison".
    QList<qsizetype> comparisonEvidence;
    for (qsizetype c = 0; c < header.size(); ++c) {
        const QString &name = header[c];
        if (name == QLatin1String("arm_t") || name == QLatin1String("arm_c") || name == QLatin1String("outcome")
            || isDataColumn(name))
            comparisonEvidence << c;
    }
    const qsizetype studyColumn = header.indexOf(QStringLiteral("study"));

    QList<QStringList> rows;
    QList<int> rowNumbers;
    rows.reserve(table.rowCount());
    for (qsizetype r = 0; r < table.rowCount(); ++r) {
        const QStringList &in = table.row(r);
        QStringList out;
        out.reserve(header.size());
        for (qsizetype c = 0; c < sourceIndex.size(); ++c)
            out << (sourceIndex[c] >= 0 ? in[sourceIndex[c]] : fixedValues[c]);
        if (deriveComparison) {
            bool describesComparison = false;
            for (const qsizetype c : std::as_const(comparisonEvidence))
                describesComparison = describesComparison || !out[c].trimmed().isEmpty();
            out << (describesComparison && studyColumn >= 0 ? out[studyColumn] : QString());
        }
        rows << out;
        rowNumbers << table.rowNumber(r);
    }
    return CsvTable::fromRows(table.fileName(), header, rows, rowNumbers);
}

} // namespace ee::store
