#pragma once

#include <QSet>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <optional>

class QMenu;

namespace ee::ui {

/// Common base of the forest, funnel and Baujat plots: linked selection,
/// hover, tooltips, keyboard navigation, the context menu, the "nothing to
/// draw" message and rendering for export.
///
/// Selection contract: a click on a study selects it in this plot (Ctrl or
/// Shift toggles it) and emits studyClicked(); a click on empty space clears
/// the selection and emits studyClicked() with an empty key. The owner of the
/// linked selection then calls setSelectedKeys() on every view, which only
/// repaints highlights and never recomputes a layout.
class StudyPlot : public QWidget
{
    Q_OBJECT

public:
    explicit StudyPlot(QWidget *parent = nullptr);
    ~StudyPlot() override;

    QSet<QString> selectedKeys() const { return m_selectedKeys; }
    /// The study the keyboard is on (last clicked or reached with the arrow keys).
    QString currentKey() const { return m_currentKey; }
    QString hoveredKey() const { return m_hoveredKey; }

    /// The message drawn instead of the plot (empty data, too few studies), or empty when plotting.
    QString message() const { return m_message; }
    bool isShowingMessage() const { return !m_message.isEmpty(); }

    /// Draws the plot (or its message) into `target`, in the painter's logical
    /// coordinates, on any paint device (widget, QImage, QSvgGenerator,
    /// QPdfWriter). Font point sizes stay physical on the device: at 600 dpi
    /// a 9 pt label is 75 pixels high. Selection highlights are drawn, hover
    /// and focus marks are not.
    virtual void render(QPainter &painter, const QRectF &target) = 0;
    /// Size this plot wants at `width` (logical units of `device`, or of the
    /// screen when null). The forest plot's height follows its rows; scatter
    /// plots answer a 4:3 box.
    virtual QSizeF preferredSize(qreal width, const QPaintDevice *device = nullptr) const;

    /// The plot rendered into an image of `size` logical pixels (defaultImageSize()
    /// when empty) at `devicePixelRatio` (this widget's when 0).
    QImage toImage(QSize size = QSize(), qreal devicePixelRatio = 0.0);
    /// Size "Copy image" uses: the plot as shown; the forest plot with all its rows.
    virtual QSize defaultImageSize() const;

    /// Centre of a study's marker in this widget's coordinates, when drawn and visible.
    virtual std::optional<QPointF> studyPosition(const QString &key) const = 0;
    /// Studies in keyboard-navigation order.
    virtual QStringList studyKeys() const = 0;

    /// The context menu for `pos` (this widget's coordinates): "Exclude study" or
    /// "Include study" over a study, and "Copy image". The caller owns the menu.
    QMenu *createContextMenu(const QPoint &pos, QWidget *parent = nullptr);

    /// Draws `text` centred and word-wrapped in `rect`, as every plot shows its message.
    static void paintMessage(QPainter &painter, const QRectF &rect, const QString &text, const QFont &font);

public Q_SLOTS:
    /// Highlights exactly these studies; keys not in the plot are ignored.
    void setSelectedKeys(const QSet<QString> &keys);
    /// Puts the plot, as shown, on the clipboard as an image.
    void copyImage();

Q_SIGNALS:
    /// The mouse entered a study's marker or row; an empty key when it left all of them.
    void studyHovered(const QString &key);
    /// A study (or, with an empty key, empty space) was clicked or reached with the arrow keys.
    void studyClicked(const QString &key, Qt::KeyboardModifiers modifiers);
    /// A study was double-clicked or Enter was pressed on it.
    void studyActivated(const QString &key);
    /// The user asked to exclude (true) or include again (false) a study.
    void studyExclusionRequested(const QString &key, bool exclude);
    /// A context menu was built; receivers may add actions (export, ...) before it shows.
    void contextMenuCreated(QMenu *menu);

protected:
    /// The study under `pos` (this widget's coordinates), or an empty string.
    virtual QString studyKeyAt(const QPoint &pos) const = 0;
    virtual bool isStudyExcluded(const QString &key) const = 0;
    virtual QString studyTooltip(const QString &key) const = 0;
    /// Selection, hover or current study changed: repaint highlights only.
    virtual void updateHighlights() = 0;
    /// Scrolls, where the plot scrolls, so that `key` is visible.
    virtual void ensureStudyVisible(const QString &key) { Q_UNUSED(key) }

    /// Shows `message` centred instead of the plot content (empty: show the content).
    void setMessage(const QString &message);
    /// The widget that draws the plot, hidden while a message shows. Mouse, tooltip
    /// and context-menu events on `input` (default: `content`) are handled here.
    void setContentWidget(QWidget *content, QWidget *input = nullptr);
    QWidget *contentWidget() const { return m_content; }
    /// Keeps only selected keys that `keys` contains, and the current key if still present.
    void retainKeys(const QStringList &keys);
    /// Applies data-driven selection: when any study of new data is flagged selected,
    /// the selection becomes exactly those keys.
    void adoptSelectionFlags(const QSet<QString> &flagged);

    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void handlePress(const QString &key, Qt::KeyboardModifiers modifiers);
    void setHoveredKey(const QString &key);
    void moveCurrent(int step, Qt::KeyboardModifiers modifiers);
    void showContextMenu(const QPoint &pos, const QPoint &globalPos);

    QWidget *m_content = nullptr;
    QWidget *m_input = nullptr;
    QSet<QString> m_selectedKeys;
    QString m_currentKey;
    QString m_hoveredKey;
    QString m_message;
};

} // namespace ee::ui
