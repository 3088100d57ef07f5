#include "core/store/facetcsv.h"

#include "core/store/numbertext.h"

namespace ee::store {

namespace {

const QStringList kColumns = { QStringLiteral("facet"), QStringLiteral("facet_label"), QStringLiteral("kind"),
    QStringLiteral("attribute"), QStringLiteral("group"), QStringLiteral("derivation"), QStringLiteral("level"),
    QStringLiteral("level_label"), QStringLiteral("lower"), QStringLiteral("lower_inclusive"), QStringLiteral("upper"),
    QStringLiteral("upper_inclusive"), QStringLiteral("match") };

} // namespace

Result<QList<FacetDefinition>> FacetCsv::parse(const CsvTable &table)
{
    QList<RowError> errors;
    for (const QString &column : table.header()) {
        if (!kColumns.contains(column))
            errors.append({ 1, column, storeTr("unknown column (see docs/store.md for the facet CSV columns)") });
    }
    for (const char *required : { "facet", "kind", "attribute", "level" }) {
        if (!table.header().contains(QString::fromLatin1(required)))
            errors.append({ 1, QString::fromLatin1(required), storeTr("required column is missing") });
    }
    QList<FacetDefinition> facets;
    if (errors.isEmpty()) {
        for (qsizetype i = 0; i < table.rowCount(); ++i) {
            const int row = table.rowNumber(i);
            auto v = [&](const char *column) { return table.value(i, QString::fromLatin1(column)); };
            const QString name = v("facet");
            if (name.isEmpty()) {
                errors.append({ row, QStringLiteral("facet"), storeTr("the facet name is empty") });
                continue;
            }
            FacetDefinition *facet = nullptr;
            for (FacetDefinition &f : facets) {
                if (f.name == name)
                    facet = &f;
            }
            const auto kind = fromCode<FacetKind>(v("kind"));
            if (!kind) {
                errors.append({ row, QStringLiteral("kind"),
                    storeTr("'%1' is not one of %2").arg(v("kind"), allCodes<FacetKind>()) });
                continue;
            }
            if (!facet) {
                FacetDefinition created;
                created.name = name;
                created.label = v("facet_label").isEmpty() ? name : v("facet_label");
                created.kind = *kind;
                created.attribute = v("attribute");
                created.group = v("group");
                created.derivation = v("derivation");
                created.position = static_cast<int>(facets.size());
                if (!created.attribute.startsWith(QLatin1String("moderator."))
                    && !facetAttributeNames().contains(created.attribute))
                    errors.append({ row, QStringLiteral("attribute"),
                        storeTr("'%1' is not moderator.NAME or one of %2")
                            .arg(created.attribute, facetAttributeNames().join(QStringLiteral(", "))) });
                facets.append(created);
                facet = &facets.last();
            } else if (facet->kind != *kind || facet->attribute != v("attribute")) {
                errors.append({ row, QStringLiteral("kind"),
                    storeTr("facet '%1' has a different kind or attribute in an earlier row").arg(name) });
                continue;
            }
            FacetLevel level;
            level.code = v("level");
            if (level.code.isEmpty()) {
                errors.append({ row, QStringLiteral("level"), storeTr("the level code is empty") });
                continue;
            }
            for (const FacetLevel &other : std::as_const(facet->levels)) {
                if (other.code == level.code)
                    errors.append({ row, QStringLiteral("level"),
                        storeTr("level '%1' appears twice in facet '%2'").arg(level.code, name) });
            }
            level.label = v("level_label").isEmpty() ? level.code : v("level_label");
            const struct {
                const char *column;
                std::optional<double> *target;
            } bounds[] = { { "lower", &level.lower }, { "upper", &level.upper } };
            for (const auto &b : bounds) {
                const QString text = v(b.column);
                if (text.isEmpty())
                    continue;
                *b.target = parseNumber(text);
                if (!*b.target)
                    errors.append({ row, QString::fromLatin1(b.column), storeTr("'%1' is not a number").arg(text) });
            }
            const struct {
                const char *column;
                bool *target;
                bool fallback;
            } flags[] = { { "lower_inclusive", &level.lowerInclusive, true },
                { "upper_inclusive", &level.upperInclusive, false } };
            for (const auto &f : flags) {
                const QString text = v(f.column);
                if (text.isEmpty())
                    *f.target = f.fallback;
                else if (text == QLatin1String("1") || text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
                    *f.target = true;
                else if (text == QLatin1String("0") || text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
                    *f.target = false;
                else
                    errors.append({ row, QString::fromLatin1(f.column), storeTr("'%1' is not 0 or 1").arg(text) });
            }
            if (level.lower && level.upper && *level.upper < *level.lower)
                errors.append({ row, QStringLiteral("upper"), storeTr("the upper cut-off is below the lower one") });
            if (*kind == FacetKind::NumericBinned && !level.lower && !level.upper)
                errors.append(
                    { row, QStringLiteral("lower"), storeTr("a numeric level needs a lower or an upper cut-off") });
            const QString match = v("match");
            if (!match.isEmpty()) {
                for (const QString &part : match.split(QLatin1Char('|'))) {
                    if (!part.trimmed().isEmpty())
                        level.match << part.trimmed();
                }
            }
            facet->levels.append(level);
        }
    }
    if (!errors.isEmpty()) {
        StoreError error(
            StoreErrorCode::InvalidInput, storeTr("is not a valid facet definition file"), table.fileName());
        error.setRowErrors(errors);
        return error;
    }
    return facets;
}

Result<QList<FacetDefinition>> FacetCsv::read(const QString &path)
{
    auto table = CsvTable::read(path);
    if (!table)
        return table.error();
    return parse(table.value());
}

QByteArray FacetCsv::write(const QList<FacetDefinition> &facets)
{
    QList<QStringList> rows;
    for (const FacetDefinition &facet : facets) {
        for (const FacetLevel &level : facet.levels) {
            rows.append({ facet.name, facet.label, toCode(facet.kind), facet.attribute, facet.group, facet.derivation,
                level.code, level.label, level.lower ? formatNumber(*level.lower) : QString(),
                level.lower ? QString::number(level.lowerInclusive ? 1 : 0) : QString(),
                level.upper ? formatNumber(*level.upper) : QString(),
                level.upper ? QString::number(level.upperInclusive ? 1 : 0) : QString(),
                level.match.join(QLatin1Char('|')) });
        }
    }
    return CsvTable::write(kColumns, rows);
}

} // namespace ee::store
