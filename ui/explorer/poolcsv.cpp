#include "ui/explorer/poolcsv.h"

#include <QFile>
#include <QSaveFile>
#include <QTextStream>

namespace ee::ui {

namespace {

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString number(double value)
{
    return QString::number(value, 'g', 17);
}

} // namespace

QString writePoolCsv(const ExplorerResult &result, const QString &subgroupFacet, const QString &fileName)
{
    const bool binary = !result.query.outcome || result.query.outcome->kind == store::OutcomeKind::Binary;
    QStringList lines;
    QString header = binary ? QStringLiteral("study,events_t,n_t,events_c,n_c")
                            : QStringLiteral("study,mean_t,sd_t,n_t,mean_c,sd_c,n_c");
    if (!subgroupFacet.isEmpty())
        header += QLatin1Char(',') + csvField(subgroupFacet);
    lines << header;

    // Rows in the order the engine pooled them, so the script's studies line up with ours.
    QVector<int> rowOfAnalysis;
    for (int r = 0; r < result.analysisIndex.size(); ++r) {
        const int a = result.analysisIndex[r];
        if (a < 0)
            continue;
        if (rowOfAnalysis.size() <= a)
            rowOfAnalysis.resize(a + 1, -1);
        rowOfAnalysis[a] = r;
    }
    for (int r : rowOfAnalysis) {
        if (r < 0)
            continue;
        const store::QueryRow &row = result.query.rows[r];
        QStringList fields{csvField(row.label)};
        if (binary)
            fields << number(*row.treatment.events) << number(row.treatment.n) << number(*row.control.events)
                   << number(row.control.n);
        else
            fields << number(*row.treatment.mean) << number(*row.treatment.sd) << number(row.treatment.n)
                   << number(*row.control.mean) << number(*row.control.sd) << number(row.control.n);
        if (!subgroupFacet.isEmpty())
            fields << csvField(result.query.levelOf(row, subgroupFacet));
        lines << fields.join(QLatin1Char(','));
    }

    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return fileName + QStringLiteral(": ") + file.errorString();
    file.write((lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
    if (!file.commit())
        return fileName + QStringLiteral(": ") + file.errorString();
    return {};
}

} // namespace ee::ui
