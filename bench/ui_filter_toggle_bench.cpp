// Time from a filter toggle to the forest, funnel and Baujat plots and the
// study table redrawn, end to end in the real main window (offscreen).
//
// Usage: ui_filter_toggle_bench [toggles]   (default 200 per scenario)
// Prints the median and 95th percentile for the bundled evidence base and for
// a synthetic base of 1,000 studies. Targets (issue 5): < 16 ms and < 50 ms.
#include "core/store/bundledbases.h"
#include "core/store/studystore.h"
#include "ui/explorer/explorercontroller.h"
#include "ui/explorer/facetfilterbox.h"
#include "ui/explorer/filterpanel.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QListWidget>
#include <QSettings>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <random>
#include <vector>

namespace {

using namespace ee;

/// A project with `k` two-arm trials, a binary outcome and three facets.
QString buildSyntheticBase(const QString &path, int k)
{
    auto opened = store::StudyStore::open(path, store::StudyStore::OpenMode::Create);
    if (!opened.ok())
        return opened.error().message();
    store::StudyStore &db = *opened.value();
    std::mt19937 rng(20261122);
    std::normal_distribution<double> logOr(0.8, 0.6);
    std::uniform_int_distribution<int> size(20, 200);
    const QStringList cellTypes{QStringLiteral("BMMSC"), QStringLiteral("BMMNC"), QStringLiteral("PBMNC"),
                                QStringLiteral("ASC"), QStringLiteral("UC-MSC")};
    const QStringList regions{QStringLiteral("Asia"), QStringLiteral("Europe"), QStringLiteral("America")};
    const store::Route routes[] = {store::Route::Intramuscular, store::Route::Subcutaneous, store::Route::Topical};

    const store::Status status = db.transaction([&]() -> store::Status {
        store::ProjectInfo info;
        info.name = QStringLiteral("synthetic-1000");
        info.title = QStringLiteral("Synthetic benchmark base");
        if (auto s = db.setProjectInfo(info); !s.ok())
            return s;
        store::OutcomeDefinition healing;
        healing.code = QStringLiteral("healing");
        healing.label = QStringLiteral("Healing");
        healing.kind = store::OutcomeKind::Binary;
        healing.better = store::BetterDirection::Higher;
        if (auto s = db.putOutcomeDefinition(healing); !s.ok())
            return s;
        auto categorical = [](const QString &name, const QString &attribute, const QStringList &codes, int position) {
            store::FacetDefinition facet;
            facet.name = name;
            facet.label = name;
            facet.attribute = attribute;
            facet.group = QStringLiteral("main");
            facet.position = position;
            for (const QString &code : codes) {
                store::FacetLevel level;
                level.code = code;
                level.label = code;
                facet.levels.append(level);
            }
            return facet;
        };
        if (auto s = db.putFacet(categorical(QStringLiteral("cell_type"), QStringLiteral("arm.cell_type"), cellTypes, 1));
            !s.ok())
            return s;
        if (auto s = db.putFacet(categorical(QStringLiteral("region"), QStringLiteral("study.region"), regions, 2));
            !s.ok())
            return s;
        if (auto s = db.putFacet(categorical(QStringLiteral("route"), QStringLiteral("arm.route"),
                                             {QStringLiteral("IM"), QStringLiteral("SC"), QStringLiteral("topical")}, 3));
            !s.ok())
            return s;
        for (int i = 0; i < k; ++i) {
            store::Study study;
            study.label = QStringLiteral("Trial %1").arg(i + 1);
            study.year = 1990 + i % 35;
            study.region = regions[i % regions.size()];
            auto studyId = db.addStudy(study);
            if (!studyId.ok())
                return studyId.error();
            store::Arm treatment;
            treatment.study = studyId.value();
            treatment.label = QStringLiteral("cells");
            treatment.cellType = cellTypes[i % cellTypes.size()];
            treatment.route = routes[i % 3];
            store::Arm control;
            control.study = studyId.value();
            control.label = QStringLiteral("control");
            control.role = store::ArmRole::Control;
            auto t = db.addArm(treatment);
            auto c = db.addArm(control);
            if (!t.ok())
                return t.error();
            if (!c.ok())
                return c.error();
            store::Comparison comparison;
            comparison.study = studyId.value();
            comparison.label = study.label;
            comparison.treatmentArm = t.value();
            comparison.controlArm = c.value();
            auto comparisonId = db.addComparison(comparison);
            if (!comparisonId.ok())
                return comparisonId.error();
            const int nT = size(rng);
            const int nC = size(rng);
            const double pC = 0.3;
            const double odds = pC / (1 - pC) * std::exp(logOr(rng));
            store::OutcomeData data;
            data.comparison = comparisonId.value();
            data.outcome = healing.code;
            data.nTreatment = nT;
            data.nControl = nC;
            data.eventsTreatment = std::clamp(static_cast<int>(nT * odds / (1 + odds)), 1, nT - 1);
            data.eventsControl = std::clamp(static_cast<int>(nC * pC), 1, nC - 1);
            data.provenance.citation = QStringLiteral("synthetic");
            data.provenance.enteredBy = QStringLiteral("ui_filter_toggle_bench");
            if (auto added = db.addOutcomeData(data); !added.ok())
                return added.error();
        }
        return {};
    });
    return status.ok() ? QString() : status.error().message();
}

struct Figures {
    double median = 0;
    double p95 = 0;
    double recompute = 0; ///< median of toggle -> result built and handed to every view
    double paint = 0;     ///< median of the repaint of the whole window
    int studies = 0;
};

double medianOf(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

/// Toggles the first level of the first facet `toggles` times, timing each
/// toggle until every view has repainted.
Figures measure(ui::MainWindow &window, int toggles)
{
    const QString facet = window.controller()->result().query.facetCounts.front().facet;
    auto *list = window.filterPanel()->facetBox(facet)->findChild<QListWidget *>(QStringLiteral("levels"));
    std::vector<double> ms;
    std::vector<double> recompute;
    std::vector<double> paint;
    ms.reserve(toggles);
    for (int i = 0; i < toggles; ++i) {
        QListWidgetItem *item = list->item(0);
        QElapsedTimer timer;
        timer.start();
        item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
        const qint64 afterToggle = timer.nsecsElapsed();
        QApplication::processEvents(); // queued replots of the QCustomPlot views
        const qint64 beforePaint = timer.nsecsElapsed();
        window.repaint();              // paints every dirty widget synchronously
        const qint64 end = timer.nsecsElapsed();
        ms.push_back(static_cast<double>(end) / 1e6);
        recompute.push_back(static_cast<double>(afterToggle) / 1e6);
        paint.push_back(static_cast<double>(end - beforePaint) / 1e6);
    }
    Figures f;
    f.median = medianOf(ms);
    std::sort(ms.begin(), ms.end());
    f.p95 = ms[static_cast<std::size_t>(ms.size() * 0.95)];
    f.recompute = medianOf(recompute);
    f.paint = medianOf(paint);
    f.studies = static_cast<int>(window.controller()->result().query.rows.size());
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir scratch;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, scratch.path());
    const int toggles = argc > 1 ? std::max(10, std::atoi(argv[1])) : 200;

    {
        ui::MainWindow window;
        if (const QString error = window.openDefaultProject(); !error.isEmpty()) {
            std::fprintf(stderr, "ui_filter_toggle_bench: %s\n", qPrintable(error));
            return 1;
        }
        window.show();
        QApplication::processEvents();
        const Figures f = measure(window, toggles);
        std::printf("bundled base  (%4d comparisons with data): filter toggle -> all views redrawn: median %.2f ms, "
                    "p95 %.2f ms (target < 16 ms); of which recompute+setData %.2f ms, window repaint %.2f ms\n",
                    f.studies, f.median, f.p95, f.recompute, f.paint);
    }
    {
        const QString path = scratch.filePath(QStringLiteral("synthetic.evidence"));
        if (const QString error = buildSyntheticBase(path, 1000); !error.isEmpty()) {
            std::fprintf(stderr, "ui_filter_toggle_bench: %s\n", qPrintable(error));
            return 1;
        }
        ui::MainWindow window;
        if (const QString error = window.openProject(path, true); !error.isEmpty()) {
            std::fprintf(stderr, "ui_filter_toggle_bench: %s\n", qPrintable(error));
            return 1;
        }
        window.show();
        QApplication::processEvents();
        const Figures f = measure(window, std::max(10, toggles / 4));
        std::printf("synthetic base (%4d comparisons with data): filter toggle -> all views redrawn: median %.2f ms, "
                    "p95 %.2f ms (target < 50 ms); of which recompute+setData %.2f ms, window repaint %.2f ms\n",
                    f.studies, f.median, f.p95, f.recompute, f.paint);
    }
    return 0;
}
