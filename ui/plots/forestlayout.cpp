#include "ui/plots/forestlayout.h"

#include "ui/plots/effectformat.h"
#include "ui/plots/plotpalette.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPaintDevice>
#include <QPainter>
#include <QPolygonF>

#include <algorithm>
#include <cmath>

namespace ee::ui {

namespace {

QFont scaledFont(const QFont &base, qreal factor)
{
    QFont font = base;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(std::max(1, static_cast<int>(std::lround(font.pixelSize() * factor))));
    return font;
}

QFontMetricsF metricsFor(const QFont &font, const QPaintDevice *device)
{
    return device ? QFontMetricsF(font, device) : QFontMetricsF(font);
}

/// "Odds ratio (M-H, random, 95% CI)" → "Odds ratio", "M-H, random, 95% CI": RevMan's two-line header.
/// Chinese writes the brackets full-width: "比值比（M-H，随机，95% CI）".
QStringList measureHeaderLines(const QString &label)
{
    const qsizetype open = label.indexOf(QStringLiteral(" ("));
    if (open > 0 && label.endsWith(QLatin1Char(')')))
        return { label.left(open), label.mid(open + 2, label.size() - open - 3) };
    const qsizetype wideOpen = label.indexOf(QChar(0xFF08));
    if (wideOpen > 0 && label.endsWith(QChar(0xFF09)))
        return { label.left(wideOpen), label.mid(wideOpen + 1, label.size() - wideOpen - 2) };
    if (label.isEmpty())
        return {};
    return { label };
}

bool finite(double v)
{
    return std::isfinite(v);
}

constexpr qreal unbounded = 1e9;

enum class Style { Normal, Bold, Title };

} // namespace

struct ForestLayout::Geometry {
    // Cache key.
    QSizeF size;
    int dpiX = 0;
    int dpiY = 0;
    qreal transformScale = 1.0;

    struct Column {
        qreal left = 0.0;
        qreal width = 0.0;
        qreal right() const { return left + width; }
    };
    struct Text {
        QRectF rect;
        QString text;
        int flags = 0; ///< drawText() flags of wrapped text; 0: one line, drawn at its baseline
        Style style = Style::Normal;
        QColor color;
    };

    qreal scale = 1.0;
    bool moderators = true;
    QFont font;
    QFont bold;
    QFont title;
    qreal lineH = 0.0;
    qreal ascent = 0.0;
    qreal boldAscent = 0.0;
    qreal titleAscent = 0.0;
    bool firstFit = true; ///< chosen without shrinking for height: also right for any taller size
    qreal wantedWidth = 0.0; ///< width the text columns and a minimal graph want at this scale, unelided
    qreal rowH = 0.0;
    qreal em = 0.0;
    qreal lineWidth = 1.0;
    qreal height = 0.0;

    Column label;
    QVector<Column> data;
    QVector<Column> mods;
    Column weight;
    Column effect;
    Column graph;
    qreal textRight = 0.0; ///< right edge of text that spans the table (titles, notes)

    double lo = -1.0;
    double hi = 1.0;
    qreal axisLeft = 0.0;
    qreal axisRight = 1.0;
    qreal axisY = 0.0;
    qreal tableTop = 0.0;
    qreal headerRuleY = 0.0;
    QVector<AxisTick> ticks;

    QVector<QRectF> rowRects; ///< per row of m_rows, full width
    QVector<int> studyRow; ///< study index → row index, -1 when not shown
    QVector<Text> texts;

    qreal x(double v) const { return axisLeft + (v - lo) / (hi - lo) * (axisRight - axisLeft); }
    const QFont &fontFor(Style style) const
    {
        switch (style) {
        case Style::Bold:
            return bold;
        case Style::Title:
            return title;
        case Style::Normal:
            break;
        }
        return font;
    }
};

ForestLayout::ForestLayout()
    : m_font(QGuiApplication::font())
{ }

ForestLayout::~ForestLayout() = default;

void ForestLayout::setData(const ForestData &data)
{
    m_data = data;
    buildRows();
    m_cache.clear();
}

void ForestLayout::setFont(const QFont &font)
{
    if (font == m_font)
        return;
    m_font = font;
    m_cache.clear();
    m_minimumWidth = 0.0;
}

QString ForestLayout::message() const
{
    if (!m_data.emptyMessage.isEmpty())
        return m_data.emptyMessage;
    if (rowCount() == 0)
        return tr("No study to show for this outcome with the current filters.");
    return {};
}

int ForestLayout::rowCount() const
{
    return static_cast<int>(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return row.kind == RowKind::Study; }));
}

int ForestLayout::diamondCount() const
{
    return static_cast<int>(m_pooled.size());
}

QStringList ForestLayout::studyKeys() const
{
    QStringList keys;
    for (const Row &row : m_rows)
        if (row.kind == RowKind::Study)
            keys << m_data.studies.at(row.study).key;
    return keys;
}

void ForestLayout::buildRows()
{
    m_rows.clear();
    m_pooled.clear();
    m_footer.clear();
    m_maxWeight = 0.0;
    for (const PlotStudy &study : std::as_const(m_data.studies))
        if (!study.excluded && finite(study.weightPercent))
            m_maxWeight = std::max(m_maxWeight, study.weightPercent);

    auto weightOf = [this](const QVector<int> &indexes) {
        double sum = 0.0;
        for (int i : indexes)
            if (i >= 0 && i < m_data.studies.size() && !m_data.studies.at(i).excluded
                && finite(m_data.studies.at(i).weightPercent))
                sum += m_data.studies.at(i).weightPercent;
        return sum;
    };
    const bool ratio = m_data.ratioScale;
    m_studyEffectTexts.clear();
    for (const PlotStudy &s : std::as_const(m_data.studies))
        m_studyEffectTexts << (finite(s.yi) && finite(s.ciLower) && finite(s.ciUpper)
                ? effectformat::estimateWithInterval(s.yi, s.ciLower, s.ciUpper, ratio)
                : tr("Not estimable"));
    auto addPooled = [this, ratio](const PooledRow &row, bool overall, double weight) {
        const bool hasPrediction = row.piLower && row.piUpper && finite(*row.piLower) && finite(*row.piUpper);
        m_pooled.append(
            { row, overall, weight, effectformat::estimateWithInterval(row.estimate, row.ciLower, row.ciUpper, ratio),
                hasPrediction ? effectformat::interval(*row.piLower, *row.piUpper, ratio) : QString() });
        const int index = static_cast<int>(m_pooled.size()) - 1;
        m_rows.append({ RowKind::Pooled, -1, index, {} });
        if (hasPrediction)
            m_rows.append({ RowKind::Prediction, -1, index, tr("Prediction interval") });
    };

    QVector<int> all;
    for (int i = 0; i < m_data.studies.size(); ++i)
        all << i;

    if (m_data.subgroups.isEmpty()) {
        for (int i : all)
            m_rows.append({ RowKind::Study, i, -1, {} });
    } else {
        for (const ForestSubgroup &subgroup : std::as_const(m_data.subgroups)) {
            if (!m_rows.isEmpty())
                m_rows.append({ RowKind::Spacer, -1, -1, {} });
            if (!subgroup.title.isEmpty())
                m_rows.append({ RowKind::SubgroupTitle, -1, -1, subgroup.title });
            for (int i : subgroup.studies)
                if (i >= 0 && i < m_data.studies.size())
                    m_rows.append({ RowKind::Study, i, -1, {} });
            if (subgroup.subtotal) {
                addPooled(*subgroup.subtotal, false, weightOf(subgroup.studies));
                if (!subgroup.subtotal->heterogeneity.isEmpty())
                    m_rows.append({ RowKind::Note, -1, -1, subgroup.subtotal->heterogeneity });
                if (!subgroup.subtotal->overallTest.isEmpty())
                    m_rows.append({ RowKind::Note, -1, -1, subgroup.subtotal->overallTest });
            }
        }
        if (m_data.overall)
            m_rows.append({ RowKind::Spacer, -1, -1, {} });
    }
    if (m_data.overall) {
        addPooled(*m_data.overall, true, weightOf(all));
        if (!m_data.overall->heterogeneity.isEmpty())
            m_footer << m_data.overall->heterogeneity;
        if (!m_data.overall->overallTest.isEmpty())
            m_footer << m_data.overall->overallTest;
    }
    if (!m_data.subgroupTest.isEmpty())
        m_footer << m_data.subgroupTest;
}

QSizeF ForestLayout::preferredSize(qreal width, const QPaintDevice *device) const
{
    const Geometry &g = geometry(QSizeF(width, unbounded), device);
    return { width, std::ceil(g.height) };
}

qreal ForestLayout::minimumWidth(const QPaintDevice *device) const
{
    const int dpi = device ? device->logicalDpiY() : 0;
    if (m_minimumWidthDpi != dpi || m_minimumWidth <= 0) {
        m_minimumWidth = std::ceil(metricsFor(m_font, device).height() * 30.0);
        m_minimumWidthDpi = dpi;
    }
    return m_minimumWidth;
}

void ForestLayout::render(QPainter &painter, const QRectF &target, bool interactive) const
{
    if (target.isEmpty())
        return;
    const qreal determinant = std::abs(painter.worldTransform().determinant());
    qreal transformScale = determinant > 0 ? std::sqrt(determinant) : 1.0;
    if (std::abs(transformScale - 1.0) < 1e-3)
        transformScale = 1.0;
    painter.save();
    painter.translate(target.topLeft());
    const QRectF local(QPointF(0, 0), target.size());
    const QString text = message();
    if (!text.isEmpty()) {
        QFont font = scaledFont(m_font, 1.0 / transformScale);
        painter.setFont(font);
        painter.setPen(plotpalette::mutedInk());
        const qreal margin = std::min(local.width(), local.height()) * 0.08;
        painter.drawText(local.adjusted(margin, margin, -margin, -margin), Qt::AlignCenter | Qt::TextWordWrap, text);
    } else {
        painter.setClipRect(local, Qt::IntersectClip);
        paintGeometry(painter, geometry(target.size(), painter.device(), transformScale), interactive);
    }
    painter.restore();
}

QVector<ForestLayout::PlacedText> ForestLayout::placedTexts(const QSizeF &size, const QPaintDevice *device) const
{
    QVector<PlacedText> result;
    if (!message().isEmpty())
        return result;
    const Geometry &g = geometry(size, device);
    result.reserve(g.texts.size());
    for (const Geometry::Text &text : g.texts)
        result.append({ text.rect, text.text });
    return result;
}

QVector<QRectF> ForestLayout::textRects(const QSizeF &size, const QPaintDevice *device) const
{
    QVector<QRectF> rects;
    for (const PlacedText &text : placedTexts(size, device))
        rects << text.rect;
    return rects;
}

QString ForestLayout::studyKeyAt(const QPointF &pos, const QSizeF &size, const QPaintDevice *device) const
{
    if (!message().isEmpty())
        return {};
    const Geometry &g = geometry(size, device);
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).kind == RowKind::Study && g.rowRects.at(i).contains(pos))
            return m_data.studies.at(m_rows.at(i).study).key;
    return {};
}

QRectF ForestLayout::studyRowRect(const QString &key, const QSizeF &size, const QPaintDevice *device) const
{
    if (!message().isEmpty())
        return {};
    const Geometry &g = geometry(size, device);
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).kind == RowKind::Study && m_data.studies.at(m_rows.at(i).study).key == key)
            return g.rowRects.at(i);
    return {};
}

QRectF ForestLayout::studyMarkerRect(const QString &key, const QSizeF &size, const QPaintDevice *device) const
{
    if (!message().isEmpty())
        return {};
    const Geometry &g = geometry(size, device);
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        if (row.kind != RowKind::Study)
            continue;
        const PlotStudy &study = m_data.studies.at(row.study);
        if (study.key != key)
            continue;
        return markerRect(study, g, g.rowRects.at(i).center().y());
    }
    return {};
}

QRectF ForestLayout::markerRect(const PlotStudy &study, const Geometry &g, qreal centreY) const
{
    if (!finite(study.yi) || study.yi < g.lo || study.yi > g.hi)
        return {};
    // Area proportional to weight; a floor keeps the smallest studies visible.
    qreal side = g.rowH * 0.45;
    if (!study.excluded && m_maxWeight > 0 && finite(study.weightPercent))
        side = std::max(g.rowH * 0.8 * std::sqrt(std::max(0.0, study.weightPercent) / m_maxWeight), g.rowH * 0.22);
    return { g.x(study.yi) - side / 2, centreY - side / 2, side, side };
}

QVector<AxisTick> ForestLayout::ticks(const QSizeF &size, const QPaintDevice *device) const
{
    if (!message().isEmpty())
        return {};
    return geometry(size, device).ticks;
}

qreal ForestLayout::fontScale(const QSizeF &size, const QPaintDevice *device) const
{
    return geometry(size, device).scale;
}

bool ForestLayout::showsModerators(const QSizeF &size, const QPaintDevice *device) const
{
    return geometry(size, device).moderators;
}

const ForestLayout::Geometry &ForestLayout::geometry(
    const QSizeF &size, const QPaintDevice *device, qreal transformScale) const
{
    const int dpiX = device ? device->logicalDpiX() : 0;
    const int dpiY = device ? device->logicalDpiY() : 0;
    for (auto it = m_cache.begin(); it != m_cache.end(); ++it) {
        const Geometry &cached = **it;
        // A geometry chosen without shrinking for height is also the answer for
        // any height that holds it: the widget paints at its viewport's height.
        const bool heightMatches =
            cached.size.height() == size.height() || (cached.firstFit && cached.height <= size.height() + 0.5);
        if (cached.size.width() == size.width() && heightMatches && cached.dpiX == dpiX && cached.dpiY == dpiY
            && cached.transformScale == transformScale) {
            std::rotate(m_cache.begin(), it, it + 1); // most recent first
            return *m_cache.front();
        }
    }
    auto computed = computeGeometry(size, device, transformScale);
    computed->size = size;
    computed->dpiX = dpiX;
    computed->dpiY = dpiY;
    computed->transformScale = transformScale;
    constexpr std::size_t cacheSize = 4;
    if (m_cache.size() >= cacheSize)
        m_cache.pop_back();
    m_cache.insert(m_cache.begin(), std::move(computed));
    return *m_cache.front();
}

std::unique_ptr<ForestLayout::Geometry> ForestLayout::computeGeometry(
    const QSizeF &size, const QPaintDevice *device, qreal transformScale) const
{
    auto g = std::make_unique<Geometry>();
    const bool hasModerators = !m_data.moderatorHeaders.isEmpty()
        || std::any_of(m_data.studies.cbegin(), m_data.studies.cend(),
            [](const PlotStudy &s) { return !s.moderatorColumns.isEmpty(); });
    const QVector<bool> moderatorChoices = hasModerators ? QVector<bool> { true, false } : QVector<bool> { false };
    constexpr qreal naturalFloor = 0.8;
    constexpr qreal widthFloor = 0.7;
    constexpr qreal heightFloor = 0.4;
    constexpr qreal step = 0.05;

    // Width first: shrink the font a little (to 80%) before any text is elided,
    // then elide study and moderator columns while shrinking further (to 70%),
    // and drop moderator columns rather than elide them to a few letters. Then
    // height: shrink until it fits. When nothing fits, squeeze the columns.
    struct Attempt {
        bool moderators;
        bool data; ///< the per-arm data columns (events/N, mean (SD) N)
        qreal minShare; ///< share of natural width the study and moderator columns keep (1: no elision)
        qreal from;
        qreal to;
    };
    QVector<Attempt> attempts;
    for (bool moderators : moderatorChoices) {
        attempts.append({ moderators, true, 1.0, 1.0, naturalFloor });
        attempts.append({ moderators, true, 0.6, 1.0, naturalFloor });
        // Moderator values elided to a few letters say nothing: below this the
        // columns go (the study table and the tooltips still show them).
        attempts.append({ moderators, true, moderators ? 0.35 : 0.0, naturalFloor, widthFloor });
    }
    // Still too narrow (a single journal column): the per-arm data columns go
    // before the effects and their intervals are squeezed into unreadable text.
    attempts.append({ false, false, 1.0, 1.0, naturalFloor });
    attempts.append({ false, false, 0.0, naturalFloor, widthFloor });
    for (const Attempt &attempt : std::as_const(attempts)) {
        qreal wantedAtFull = 0.0;
        for (qreal scale = attempt.from; scale >= attempt.to - 1e-6; scale -= step) {
            // Text widths scale with the font: skip scales that cannot fit unelided.
            if (attempt.minShare >= 1.0 && wantedAtFull > 0 && wantedAtFull * scale > size.width() * 1.04)
                continue;
            // Columns decide whether a scale fits the width; only then lay out every row.
            Geometry trial;
            const bool fits = layoutAt(
                trial, scale, attempt.moderators, attempt.data, attempt.minShare, size, device, transformScale, true);
            if (scale == attempt.from)
                wantedAtFull = trial.wantedWidth / scale;
            if (!fits)
                continue;
            layoutAt(trial, scale, attempt.moderators, attempt.data, attempt.minShare, size, device, transformScale);
            if (trial.height <= size.height() + 0.5) {
                *g = std::move(trial);
                return g;
            }
            for (qreal smaller = scale - step; smaller >= heightFloor - 1e-6; smaller -= step) {
                Geometry shorter;
                if (layoutAt(
                        shorter, smaller, attempt.moderators, attempt.data, 0.0, size, device, transformScale, true)
                    && layoutAt(shorter, smaller, attempt.moderators, attempt.data, 0.0, size, device, transformScale)
                    && shorter.height <= size.height() + 0.5) {
                    *g = std::move(shorter);
                    g->firstFit = false;
                    return g;
                }
            }
            layoutAt(*g, heightFloor, attempt.moderators, attempt.data, squeezed, size, device, transformScale);
            g->firstFit = false;
            return g;
        }
    }
    for (qreal scale = widthFloor; scale >= heightFloor - 1e-6; scale -= step) {
        Geometry last;
        layoutAt(last, scale, false, false, squeezed, size, device, transformScale);
        if (last.height <= size.height() + 0.5 || scale - step < heightFloor - 1e-6) {
            *g = std::move(last);
            g->firstFit = scale >= widthFloor - 1e-6;
            return g;
        }
    }
    return g;
}

bool ForestLayout::layoutAt(Geometry &g, qreal scale, bool moderators, bool withData, qreal minShare,
    const QSizeF &size, const QPaintDevice *device, qreal transformScale, bool columnsOnly) const
{
    using Column = Geometry::Column;
    using Text = Geometry::Text;

    g.scale = scale;
    g.moderators = moderators;
    g.font = scaledFont(m_font, scale / transformScale);
    g.bold = g.font;
    g.bold.setBold(true);
    g.title = scaledFont(g.bold, 1.15);
    const QFontMetricsF fm = metricsFor(g.font, device);
    const QFontMetricsF fmBold = metricsFor(g.bold, device);
    const QFontMetricsF fmTitle = metricsFor(g.title, device);
    auto metrics = [&](Style style) -> const QFontMetricsF & {
        switch (style) {
        case Style::Bold:
            return fmBold;
        case Style::Title:
            return fmTitle;
        case Style::Normal:
            break;
        }
        return fm;
    };

    // Widths are remembered per font and device across layouts: every update
    // measures the same labels again, and shaping text is the costly part.
    const QString deviceKey = QLatin1Char('@') + QString::number(device ? device->logicalDpiX() : 0);
    if (m_widths.size() > 96 || std::any_of(m_widths.cbegin(), m_widths.cend(), [](const auto &entry) {
            return entry.second.size() > 20000;
        }))
        m_widths.clear();
    QHash<QString, qreal> &normalWidths = m_widths[g.font.key() + deviceKey];
    QHash<QString, qreal> &boldWidths = m_widths[g.bold.key() + deviceKey];
    QHash<QString, qreal> &titleWidths = m_widths[g.title.key() + deviceKey];
    auto advance = [&](Style style, const QString &text) -> qreal {
        QHash<QString, qreal> &cache =
            style == Style::Bold ? boldWidths : (style == Style::Title ? titleWidths : normalWidths);
        const auto it = cache.constFind(text);
        if (it != cache.cend())
            return *it;
        const qreal w = metrics(style).horizontalAdvance(text);
        cache.insert(text, w);
        return w;
    };

    const qreal lineH = fm.height();
    const qreal em = lineH;
    g.lineH = lineH;
    g.em = em;
    g.rowH = std::round(lineH * 1.3 * 4) / 4;
    g.lineWidth = std::max(0.8, em * 0.075);
    const qreal gap = 0.9 * em;
    const qreal margin = 0.5 * em;
    const qreal W = size.width();
    const bool ratio = m_data.ratioScale;
    const QString excludedSuffix = QLatin1Char(' ') + tr("(excluded)");
    const QString excludedWord = tr("excluded");

    // ---- Column widths ------------------------------------------------------
    int dataCount = withData ? static_cast<int>(m_data.dataHeaders.size()) : 0;
    int modCount = moderators ? static_cast<int>(m_data.moderatorHeaders.size()) : 0;
    for (const PlotStudy &s : std::as_const(m_data.studies)) {
        if (withData)
            dataCount = std::max(dataCount, static_cast<int>(s.dataColumns.size()));
        if (moderators)
            modCount = std::max(modCount, static_cast<int>(s.moderatorColumns.size()));
    }
    auto headerLines = [](const QStringList &headers, int i) {
        return i < headers.size() ? headers.at(i).split(QLatin1Char('\n')) : QStringList();
    };
    auto widestLine = [&](const QStringList &lines, Style style) {
        qreal w = 0;
        for (const QString &line : lines)
            w = std::max(w, advance(style, line));
        return w;
    };
    auto widestWord = [&](const QStringList &lines) {
        qreal w = 0;
        for (const QString &line : lines)
            for (const QString &word : line.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                w = std::max(w, advance(Style::Bold, word));
        return w;
    };
    // Header lines word-wrapped to `width` (a header wraps rather than elides).
    auto wrapHeader = [&](const QStringList &lines, qreal width) {
        QStringList wrapped;
        for (const QString &line : lines) {
            QString current;
            for (const QString &word : line.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                const QString candidate = current.isEmpty() ? word : current + QLatin1Char(' ') + word;
                if (current.isEmpty() || advance(Style::Bold, candidate) <= width) {
                    current = candidate;
                } else {
                    wrapped << current;
                    current = word;
                }
            }
            wrapped << current;
        }
        return wrapped;
    };

    const QString studyHeader = tr("Study or subgroup");
    const QString weightHeader = tr("Weight");
    const QStringList measureLines = measureHeaderLines(m_data.measureLabel);

    qreal labelNat = widestWord({ studyHeader });
    for (const PlotStudy &s : std::as_const(m_data.studies))
        labelNat = std::max(labelNat, advance(Style::Normal, s.excluded ? s.label + excludedSuffix : s.label));
    const qreal labelMin = std::min(labelNat, 8.0 * em);

    QVector<qreal> dataNat(dataCount, 0.0);
    for (int i = 0; i < dataCount; ++i) {
        dataNat[i] = widestLine(headerLines(m_data.dataHeaders, i), Style::Bold);
        for (const PlotStudy &s : std::as_const(m_data.studies))
            if (i < s.dataColumns.size())
                dataNat[i] = std::max(dataNat[i], advance(Style::Normal, s.dataColumns.at(i)));
    }
    QVector<qreal> modNat(modCount, 0.0);
    QVector<qreal> modMin(modCount, 0.0);
    for (int i = 0; i < modCount; ++i) {
        modNat[i] = widestWord(headerLines(m_data.moderatorHeaders, i));
        for (const PlotStudy &s : std::as_const(m_data.studies))
            if (i < s.moderatorColumns.size())
                modNat[i] = std::max(modNat[i], advance(Style::Normal, s.moderatorColumns.at(i)));
        modNat[i] = std::min(modNat[i], 11.0 * em);
        modMin[i] = std::min(modNat[i], 3.5 * em);
    }
    qreal weightNat = std::max(advance(Style::Bold, weightHeader), advance(Style::Bold, QStringLiteral("100.0%")));
    if (std::any_of(m_data.studies.cbegin(), m_data.studies.cend(), [](const PlotStudy &s) { return s.excluded; }))
        weightNat = std::max(weightNat, advance(Style::Normal, excludedWord));

    qreal effectNat = widestLine(measureLines, Style::Bold);
    for (const QString &text : m_studyEffectTexts)
        effectNat = std::max(effectNat, advance(Style::Normal, text));
    for (const Pooled &p : std::as_const(m_pooled)) {
        effectNat = std::max(effectNat, advance(Style::Bold, p.effectText));
        if (!p.predictionText.isEmpty())
            effectNat = std::max(effectNat, advance(Style::Normal, p.predictionText));
    }

    const qreal graphMin = std::max(10.0 * em, 0.25 * W);
    qreal dataSum = 0;
    for (qreal w : std::as_const(dataNat))
        dataSum += w;
    const int textColumns = 1 + dataCount + modCount + 2;
    const qreal fixedWidth = 2 * margin + dataSum + weightNat + effectNat + gap * textColumns;
    qreal elasticNat = labelNat;
    qreal elasticMin = labelMin;
    for (int i = 0; i < modCount; ++i) {
        elasticNat += modNat[i];
        elasticMin += modMin[i];
    }
    const qreal available = W - fixedWidth - graphMin;
    g.wantedWidth = fixedWidth + elasticNat + 10.0 * em;
    qreal labelW = labelNat;
    QVector<qreal> modW = modNat;
    qreal squeeze = 1.0; // applied to data/weight/effect when forced
    if (available >= elasticNat) {
        // Everything at its natural width; the graph takes the rest.
    } else if (available >= elasticMin && elasticNat > elasticMin
        && (available - elasticMin) / (elasticNat - elasticMin) >= minShare && minShare < 1.0) {
        const qreal t = (available - elasticMin) / (elasticNat - elasticMin);
        labelW = labelMin + (labelNat - labelMin) * t;
        for (int i = 0; i < modCount; ++i)
            modW[i] = modMin[i] + (modNat[i] - modMin[i]) * t;
    } else if (minShare < 0.0) {
        labelW = labelMin;
        modW = modMin;
        const qreal rigid = dataSum + weightNat + effectNat;
        const qreal room = W - 2 * margin - gap * textColumns - elasticMin - std::max(6.0 * em, 0.25 * W);
        squeeze = rigid > 0 ? std::clamp(room / rigid, 0.3, 1.0) : 1.0;
    } else {
        return false;
    }

    qreal x = margin;
    g.label = Column { x, labelW };
    x += labelW + gap;
    g.data.clear();
    for (int i = 0; i < dataCount; ++i) {
        g.data.append(Column { x, dataNat[i] * squeeze });
        x += dataNat[i] * squeeze + gap;
    }
    g.mods.clear();
    for (int i = 0; i < modCount; ++i) {
        g.mods.append(Column { x, modW[i] });
        x += modW[i] + gap;
    }
    g.weight = Column { x, weightNat * squeeze };
    x += weightNat * squeeze + gap;
    g.effect = Column { x, effectNat * squeeze };
    x += effectNat * squeeze + gap;
    g.graph = Column { x, std::max(W - margin - x, 2.0 * em) };
    g.textRight = g.graph.left - gap;

    if (columnsOnly)
        return true;
    g.ascent = fm.ascent();
    g.boldAscent = fmBold.ascent();
    g.titleAscent = fmTitle.ascent();

    // ---- Axis range and ticks -----------------------------------------------
    double coreLo = m_data.nullValue;
    double coreHi = m_data.nullValue;
    double fullLo = coreLo;
    double fullHi = coreHi;
    auto widenCore = [&](double v) {
        if (finite(v)) {
            coreLo = std::min(coreLo, v);
            coreHi = std::max(coreHi, v);
        }
    };
    // The core holds the central 80% of study effects, so one extreme study
    // (a zero cell, a tiny trial) cannot stretch the axis for all the others:
    // it is drawn as an arrow at the axis edge, as RevMan does.
    QVector<double> effects;
    for (const PlotStudy &s : std::as_const(m_data.studies)) {
        if (finite(s.yi))
            effects << s.yi;
        if (finite(s.yi) && finite(s.ciLower) && finite(s.ciUpper)) {
            fullLo = std::min({ fullLo, s.ciLower, s.yi });
            fullHi = std::max({ fullHi, s.ciUpper, s.yi });
        }
    }
    std::sort(effects.begin(), effects.end());
    if (!effects.isEmpty()) {
        const auto at = [&effects](double q) {
            return effects.at(std::clamp(
                static_cast<int>(std::lround(q * (effects.size() - 1))), 0, static_cast<int>(effects.size()) - 1));
        };
        const bool few = effects.size() < 10;
        widenCore(few ? effects.front() : at(0.1));
        widenCore(few ? effects.back() : at(0.9));
    }
    for (const Pooled &p : std::as_const(m_pooled)) {
        widenCore(p.row.estimate);
        widenCore(p.row.ciLower);
        widenCore(p.row.ciUpper);
        if (p.row.piLower && p.row.piUpper) {
            widenCore(*p.row.piLower);
            widenCore(*p.row.piUpper);
        }
    }
    fullLo = std::min(fullLo, coreLo);
    fullHi = std::max(fullHi, coreHi);
    // Wide intervals of small studies may not squash the rest: clip them (with arrows)
    // at most 60% of the central span beyond it.
    const double coreSpan = std::max(coreHi - coreLo, ratio ? std::log(2.0) : 0.5);
    const double wantLo = std::max(fullLo, coreLo - 0.6 * coreSpan);
    const double wantHi = std::min(fullHi, coreHi + 0.6 * coreSpan);
    const qreal axisPad = 1.2 * em;
    g.axisLeft = g.graph.left + axisPad;
    g.axisRight = g.graph.right() - axisPad;
    if (g.axisRight - g.axisLeft < em) {
        g.axisLeft = g.graph.left;
        g.axisRight = g.graph.right();
    }
    const int targetTicks = std::clamp(static_cast<int>((g.axisRight - g.axisLeft) / (4.5 * em)) + 1, 2, 7);
    std::tie(g.lo, g.hi) = axisticks::niceRange(wantLo, wantHi, ratio, m_data.nullValue, targetTicks, true);
    if (!(g.hi > g.lo)) {
        g.lo = m_data.nullValue - 1;
        g.hi = m_data.nullValue + 1;
    }
    const Geometry &geo = g;
    g.ticks = axisticks::place(
        axisticks::candidates(g.lo, g.hi, ratio, m_data.nullValue, targetTicks), [&geo](double v) { return geo.x(v); },
        [&advance](const QString &s) { return advance(Style::Normal, s); }, 0.8 * em, targetTicks + 2,
        std::abs(g.lo + g.hi - 2 * m_data.nullValue) < 1e-9 ? std::optional<double>(m_data.nullValue) : std::nullopt);

    // ---- Rows -----------------------------------------------------------------
    g.texts.clear();
    g.rowRects.clear();
    g.studyRow = QVector<int>(m_data.studies.size(), -1);

    auto addText = [&](const QRectF &cell, const QString &text, Qt::Alignment align, Style style, const QColor &color) {
        const QFontMetricsF &m = metrics(style);
        const qreal room = std::max<qreal>(cell.width(), 0.0);
        qreal w = advance(style, text);
        QString shown = text;
        if (w > room) {
            shown = m.elidedText(text, Qt::ElideRight, room);
            w = std::min(advance(style, shown), room);
        }
        if (shown.isEmpty())
            return;
        const qreal h = m.height();
        qreal left = cell.left();
        if (align & Qt::AlignRight)
            left = cell.right() - w;
        else if (align & Qt::AlignHCenter)
            left = cell.center().x() - w / 2;
        qreal top = cell.center().y() - h / 2;
        if (align & Qt::AlignBottom)
            top = cell.bottom() - h;
        else if (align & Qt::AlignTop)
            top = cell.top();
        g.texts.append(Text { QRectF(left, top, w, h), shown, 0, style, color });
    };
    // Word-wrapped text in a column of `width`; returns its height.
    auto addWrapped = [&](qreal left, qreal top, qreal width, const QString &text, Style style, const QColor &color,
                          Qt::Alignment align = Qt::AlignLeft) {
        const QFontMetricsF &m = metrics(style);
        const int flags = int(align) | Qt::AlignTop | Qt::TextWordWrap;
        QRectF box = m.boundingRect(QRectF(left, top, std::max<qreal>(width, em), unbounded), flags, text);
        if (box.width() > width + 0.5) {
            // A word longer than the column: break anywhere rather than spill over.
            box = m.boundingRect(QRectF(left, top, std::max<qreal>(width, em), unbounded),
                int(align) | Qt::AlignTop | Qt::TextWrapAnywhere, text);
            g.texts.append(Text { box, text, int(align) | Qt::AlignTop | Qt::TextWrapAnywhere, style, color });
        } else {
            g.texts.append(Text { box, text, flags, style, color });
        }
        return box.height();
    };

    const QColor ink = plotpalette::ink();
    const QColor muted = plotpalette::mutedInk();
    const QColor grey = plotpalette::excluded();
    qreal y = margin;

    if (!m_data.title.isEmpty())
        y += addWrapped(margin, y, W - 2 * margin, m_data.title, Style::Title, ink) + 0.5 * em;

    // Header: every cell bottom-aligned on the last header line.
    const QStringList labelHeader = wrapHeader({ studyHeader }, g.label.width);
    QVector<QStringList> dataHeader(dataCount);
    QVector<QStringList> modHeader(modCount);
    int headerLineCount =
        std::max<int>({ 1, static_cast<int>(measureLines.size()), static_cast<int>(labelHeader.size()) });
    for (int i = 0; i < dataCount; ++i) {
        dataHeader[i] = headerLines(m_data.dataHeaders, i);
        headerLineCount = std::max<int>(headerLineCount, static_cast<int>(dataHeader[i].size()));
    }
    for (int i = 0; i < modCount; ++i) {
        modHeader[i] = wrapHeader(headerLines(m_data.moderatorHeaders, i), g.mods.at(i).width);
        headerLineCount = std::max<int>(headerLineCount, static_cast<int>(modHeader[i].size()));
    }
    const qreal headerTop = y;
    auto addHeader = [&](const Column &column, const QStringList &lines, Qt::Alignment align) {
        const int first = headerLineCount - static_cast<int>(lines.size());
        for (int i = 0; i < lines.size(); ++i) {
            const QRectF cell(column.left, headerTop + (first + i) * lineH, column.width, lineH);
            addText(cell, lines.at(i), align, Style::Bold, ink);
        }
    };
    addHeader(g.label, labelHeader, Qt::AlignLeft);
    for (int i = 0; i < dataCount; ++i)
        addHeader(g.data.at(i), dataHeader.at(i), Qt::AlignHCenter);
    for (int i = 0; i < modCount; ++i)
        addHeader(g.mods.at(i), modHeader.at(i), Qt::AlignLeft);
    addHeader(g.weight, { weightHeader }, Qt::AlignRight);
    addHeader(g.effect, measureLines, Qt::AlignHCenter);
    addHeader(g.graph, measureLines, Qt::AlignHCenter);
    y = headerTop + headerLineCount * lineH;
    g.headerRuleY = y + 0.3 * em;
    y = g.headerRuleY + 0.3 * em;
    g.tableTop = y;

    const qreal pooledLabelRight = (dataCount + modCount > 0 ? g.weight.left : g.label.right() + gap) - gap;
    for (int r = 0; r < m_rows.size(); ++r) {
        const Row &row = m_rows.at(r);
        qreal h = g.rowH;
        switch (row.kind) {
        case RowKind::Spacer:
            h = g.rowH * 0.6;
            break;
        case RowKind::SubgroupTitle:
            addText(QRectF(margin, y, g.textRight - margin, h), row.text, Qt::AlignLeft, Style::Bold, ink);
            break;
        case RowKind::Note:
            h = addWrapped(margin, y + 0.1 * em, g.textRight - margin, row.text, Style::Normal, muted) + 0.3 * em;
            break;
        case RowKind::Study: {
            const PlotStudy &s = m_data.studies.at(row.study);
            g.studyRow[row.study] = r;
            const QColor color = s.excluded ? grey : ink;
            // An excluded study says so after its name when the whole name fits,
            // otherwise in the weight column it does not use.
            const bool suffixFits = advance(Style::Normal, s.label + excludedSuffix) <= g.label.width;
            const QString label = s.excluded && suffixFits ? s.label + excludedSuffix : s.label;
            addText(QRectF(g.label.left, y, g.label.width, h), label, Qt::AlignLeft, Style::Normal, color);
            if (s.excluded && !suffixFits)
                addText(
                    QRectF(g.weight.left, y, g.weight.width, h), excludedWord, Qt::AlignRight, Style::Normal, color);
            for (int i = 0; i < dataCount && i < s.dataColumns.size(); ++i)
                addText(QRectF(g.data.at(i).left, y, g.data.at(i).width, h), s.dataColumns.at(i), Qt::AlignHCenter,
                    Style::Normal, color);
            for (int i = 0; i < modCount && i < s.moderatorColumns.size(); ++i)
                addText(QRectF(g.mods.at(i).left, y, g.mods.at(i).width, h), s.moderatorColumns.at(i), Qt::AlignLeft,
                    Style::Normal, color);
            if (!s.excluded)
                addText(QRectF(g.weight.left, y, g.weight.width, h), effectformat::percent(s.weightPercent),
                    Qt::AlignRight, Style::Normal, color);
            addText(QRectF(g.effect.left, y, g.effect.width, h), m_studyEffectTexts.at(row.study), Qt::AlignHCenter,
                Style::Normal, color);
            break;
        }
        case RowKind::Pooled: {
            const Pooled &p = m_pooled.at(row.pooled);
            addText(QRectF(g.label.left, y, pooledLabelRight - g.label.left, h), p.row.label, Qt::AlignLeft,
                Style::Bold, ink);
            addText(QRectF(g.weight.left, y, g.weight.width, h), effectformat::percent(p.overall ? 100.0 : p.weight),
                Qt::AlignRight, Style::Bold, ink);
            addText(QRectF(g.effect.left, y, g.effect.width, h), p.effectText, Qt::AlignHCenter, Style::Bold, ink);
            break;
        }
        case RowKind::Prediction: {
            const Pooled &p = m_pooled.at(row.pooled);
            addText(QRectF(g.label.left, y, pooledLabelRight - g.label.left, h), row.text, Qt::AlignLeft, Style::Normal,
                muted);
            addText(
                QRectF(g.effect.left, y, g.effect.width, h), p.predictionText, Qt::AlignHCenter, Style::Normal, muted);
            break;
        }
        }
        g.rowRects.append(QRectF(0, y, W, h));
        y += h;
    }

    // ---- Axis, tick labels, favours labels --------------------------------------
    g.axisY = y + 0.4 * em;
    const qreal tickLabelTop = g.axisY + 0.5 * em;
    qreal leftmostAxisText = g.graph.left;
    for (const AxisTick &tick : std::as_const(g.ticks)) {
        const qreal w = advance(Style::Normal, tick.label);
        qreal left = g.x(tick.value) - w / 2;
        left = std::min(left, W - margin - w); // an end label never leaves the plot
        leftmostAxisText = std::min(leftmostAxisText, left);
        g.texts.append(Text { QRectF(left, tickLabelTop, w, lineH), tick.label, 0, Style::Normal, ink });
    }
    qreal bottom = tickLabelTop + lineH;
    if (!m_data.favoursLeft.isEmpty() || !m_data.favoursRight.isEmpty()) {
        const qreal favoursTop = bottom + 0.35 * em;
        const qreal axisWidth = g.axisRight - g.axisLeft;
        const qreal split =
            std::clamp(g.x(m_data.nullValue), g.axisLeft + 0.3 * axisWidth, g.axisRight - 0.3 * axisWidth);
        const qreal halfGap = 0.5 * em;
        qreal favoursBottom = favoursTop;
        if (!m_data.favoursLeft.isEmpty()) {
            const qreal width = split - halfGap - g.graph.left;
            favoursBottom = std::max(favoursBottom,
                favoursTop
                    + addWrapped(
                        g.graph.left, favoursTop, width, m_data.favoursLeft, Style::Normal, ink, Qt::AlignRight));
        }
        if (!m_data.favoursRight.isEmpty()) {
            const qreal width = g.graph.right() - split - halfGap;
            favoursBottom = std::max(favoursBottom,
                favoursTop
                    + addWrapped(
                        split + halfGap, favoursTop, width, m_data.favoursRight, Style::Normal, ink, Qt::AlignLeft));
        }
        bottom = favoursBottom;
    }

    // ---- Footer notes beside the axis ---------------------------------------------
    const qreal footerRight = std::min(g.textRight, leftmostAxisText - 0.6 * em);
    qreal footerY = g.axisY;
    for (const QString &note : m_footer)
        footerY += addWrapped(margin, footerY, footerRight - margin, note, Style::Normal, muted) + 0.2 * em;
    g.height = std::max(bottom, footerY) + margin;
    return true;
}

void ForestLayout::paintGeometry(QPainter &painter, const Geometry &g, bool interactive) const
{
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    const qreal W = g.size.width();
    // Hover and selection repaint a few rows: skip text and rows outside the clip.
    const QRectF visible = painter.hasClipping() ? painter.clipBoundingRect().adjusted(-2, -2, 2, 2)
                                                 : QRectF(QPointF(-1e6, -1e6), QSizeF(2e6, 2e6));
    const QColor ink = plotpalette::ink();

    // Highlight bands under everything else.
    for (int r = 0; r < m_rows.size(); ++r) {
        const Row &row = m_rows.at(r);
        if (row.kind != RowKind::Study)
            continue;
        const QString &key = m_data.studies.at(row.study).key;
        const QRectF band(0, g.rowRects.at(r).top(), W, g.rowRects.at(r).height());
        if (m_selected.contains(key))
            painter.fillRect(band, plotpalette::selectionBand());
        else if (interactive && key == m_hovered)
            painter.fillRect(band, plotpalette::hoverBand());
        if (interactive && m_showFocus && key == m_current) {
            QPen focusPen(plotpalette::mutedInk(), g.lineWidth, Qt::DotLine);
            painter.setPen(focusPen);
            painter.setBrush(Qt::NoBrush);
            const qreal inset = g.lineWidth;
            painter.drawRect(band.adjusted(inset, inset, -inset, -inset));
        }
    }

    // Header rule.
    painter.setPen(QPen(plotpalette::mutedInk(), g.lineWidth * 0.8));
    painter.drawLine(QPointF(g.label.left, g.headerRuleY), QPointF(W - g.label.left, g.headerRuleY));

    // Text.
    const Style noStyle = static_cast<Style>(-1);
    Style currentStyle = noStyle;
    QColor currentColor;
    for (const Geometry::Text &text : g.texts) {
        if (text.style != currentStyle) {
            painter.setFont(g.fontFor(text.style));
            currentStyle = text.style;
        }
        if (text.color != currentColor || painter.pen().style() == Qt::NoPen) {
            painter.setPen(text.color);
            currentColor = text.color;
        }
        if (!text.rect.intersects(visible))
            continue;
        if (text.flags == 0) {
            const qreal ascent =
                text.style == Style::Bold ? g.boldAscent : (text.style == Style::Title ? g.titleAscent : g.ascent);
            painter.drawText(QPointF(text.rect.left(), text.rect.top() + ascent), text.text);
        } else {
            painter.drawText(text.rect, text.flags | Qt::TextDontClip, text.text);
        }
    }

    // Null line and axis.
    const QPen inkPen(ink, g.lineWidth, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin);
    painter.setPen(inkPen);
    const qreal nullX = g.x(m_data.nullValue);
    if (m_data.nullValue >= g.lo && m_data.nullValue <= g.hi)
        painter.drawLine(QPointF(nullX, g.tableTop), QPointF(nullX, g.axisY));
    painter.drawLine(QPointF(g.axisLeft, g.axisY), QPointF(g.axisRight, g.axisY));
    for (const AxisTick &tick : g.ticks) {
        const qreal tx = g.x(tick.value);
        painter.drawLine(QPointF(tx, g.axisY), QPointF(tx, g.axisY + 0.35 * g.em));
    }

    const qreal arrow = 0.3 * g.em;
    auto arrowHead = [&](qreal tipX, qreal cy, bool pointsLeft, const QColor &color) {
        const qreal back = pointsLeft ? tipX + arrow * 1.4 : tipX - arrow * 1.4;
        const QPolygonF head({ QPointF(tipX, cy), QPointF(back, cy - arrow * 0.7), QPointF(back, cy + arrow * 0.7) });
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawPolygon(head);
    };

    for (int r = 0; r < m_rows.size(); ++r) {
        const Row &row = m_rows.at(r);
        if (!g.rowRects.at(r).intersects(visible))
            continue;
        const qreal cy = g.rowRects.at(r).center().y();
        if (row.kind == RowKind::Study) {
            const PlotStudy &s = m_data.studies.at(row.study);
            if (!finite(s.yi) || !finite(s.ciLower) || !finite(s.ciUpper))
                continue;
            const QColor color = s.excluded ? plotpalette::excluded() : ink;
            const bool clippedLeft = s.ciLower < g.lo;
            const bool clippedRight = s.ciUpper > g.hi;
            const qreal x0 = g.x(std::clamp(s.ciLower, g.lo, g.hi));
            const qreal x1 = g.x(std::clamp(s.ciUpper, g.lo, g.hi));
            const QRectF square = markerRect(s, g, cy);
            if (!square.isNull()) {
                if (s.excluded) {
                    painter.setPen(QPen(color, g.lineWidth));
                    painter.setBrush(plotpalette::paper());
                } else {
                    painter.setPen(Qt::NoPen);
                    painter.setBrush(plotpalette::marker());
                }
                painter.drawRect(square);
            }
            painter.setPen(QPen(color, g.lineWidth, Qt::SolidLine, Qt::FlatCap));
            if (s.excluded && !square.isNull()) {
                // Keep the hollow square hollow: whisker stops at its edges.
                if (x0 < square.left())
                    painter.drawLine(QPointF(x0 + (clippedLeft ? arrow : 0), cy), QPointF(square.left(), cy));
                if (x1 > square.right())
                    painter.drawLine(QPointF(square.right(), cy), QPointF(x1 - (clippedRight ? arrow : 0), cy));
            } else if (x1 - (clippedRight ? arrow : 0) > x0 + (clippedLeft ? arrow : 0)) {
                painter.drawLine(
                    QPointF(x0 + (clippedLeft ? arrow : 0), cy), QPointF(x1 - (clippedRight ? arrow : 0), cy));
            }
            if (clippedLeft)
                arrowHead(x0, cy, true, color);
            if (clippedRight)
                arrowHead(x1, cy, false, color);
        } else if (row.kind == RowKind::Pooled) {
            const PooledRow &p = m_pooled.at(row.pooled).row;
            if (!finite(p.estimate) || !finite(p.ciLower) || !finite(p.ciUpper))
                continue;
            const qreal half = g.rowH * 0.36;
            const qreal xe = g.x(std::clamp(p.estimate, g.lo, g.hi));
            const QPolygonF diamond({ QPointF(g.x(std::clamp(p.ciLower, g.lo, g.hi)), cy), QPointF(xe, cy - half),
                QPointF(g.x(std::clamp(p.ciUpper, g.lo, g.hi)), cy), QPointF(xe, cy + half) });
            painter.setPen(QPen(ink, g.lineWidth * 0.8, Qt::SolidLine, Qt::RoundCap, Qt::MiterJoin));
            painter.setBrush(m_pooled.at(row.pooled).overall ? ink : plotpalette::mutedInk());
            painter.drawPolygon(diamond);
        } else if (row.kind == RowKind::Prediction) {
            const PooledRow &p = m_pooled.at(row.pooled).row;
            const qreal x0 = g.x(std::clamp(*p.piLower, g.lo, g.hi));
            const qreal x1 = g.x(std::clamp(*p.piUpper, g.lo, g.hi));
            const qreal half = g.rowH * 0.12;
            painter.setPen(QPen(ink, g.lineWidth * 0.8));
            painter.setBrush(plotpalette::excluded());
            painter.drawRect(QRectF(QPointF(x0, cy - half), QPointF(x1, cy + half)));
            painter.setPen(QPen(ink, g.lineWidth));
            painter.drawLine(QPointF(x0, cy - half * 2.2), QPointF(x0, cy + half * 2.2));
            painter.drawLine(QPointF(x1, cy - half * 2.2), QPointF(x1, cy + half * 2.2));
        }
    }
}

} // namespace ee::ui
