#include "ui/forms/provenanceeditor.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFontMetrics>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

#include <algorithm>
#include <functional>
#include <utility>

namespace ee::ui {

namespace {

constexpr store::Confidence kConfidenceOrder[] = { store::Confidence::NotStated, store::Confidence::Exact,
    store::Confidence::DerivedFromPercent, store::Confidence::Derived, store::Confidence::Approximate,
    store::Confidence::Unclear, store::Confidence::AsTranscribed };

// Filters focus-out of the quote box: a QPlainTextEdit has no editingFinished.
class FocusOutFilter : public QObject
{
public:
    FocusOutFilter(QObject *parent, std::function<void()> onFocusOut)
        : QObject(parent)
        , m_onFocusOut(std::move(onFocusOut))
    { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FocusOut)
            m_onFocusOut();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_onFocusOut;
};

} // namespace

ProvenanceEditor::ProvenanceEditor(QWidget *parent)
    : QWidget(parent)
{
    m_citation = new QComboBox(this);
    m_citation->setObjectName(QStringLiteral("provenanceCitation"));
    m_citation->setEditable(true);
    m_citation->setInsertPolicy(QComboBox::NoInsert);
    m_citation->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_citation->setMinimumContentsLength(20);
    m_citation->lineEdit()->setPlaceholderText(tr("Pick a citation or type one"));
    m_citation->setToolTip(tr("The source the value was read from: a publication or a registry record."));

    m_quote = new QPlainTextEdit(this);
    m_quote->setObjectName(QStringLiteral("provenanceQuote"));
    m_quote->setPlaceholderText(tr("The text the value was read from, word for word"));
    m_quote->setTabChangesFocus(true);
    const int lineHeight = QFontMetrics(m_quote->font()).lineSpacing();
    m_quote->setFixedHeight(lineHeight * 3 + 2 * m_quote->frameWidth() + 8);

    m_locator = new QLineEdit(this);
    m_locator->setObjectName(QStringLiteral("provenanceLocator"));
    m_locator->setPlaceholderText(tr("e.g. Table 2, page 5"));

    m_counted = new QLineEdit(this);
    m_counted->setObjectName(QStringLiteral("provenanceCounted"));
    m_counted->setPlaceholderText(tr("e.g. patients, limbs, ulcers; or the unit of a mean"));

    m_confidence = new QComboBox(this);
    m_confidence->setObjectName(QStringLiteral("provenanceConfidence"));
    m_confidence->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_confidence->setMinimumContentsLength(16);
    for (store::Confidence c : kConfidenceOrder)
        m_confidence->addItem(confidenceLabel(c), static_cast<int>(c));

    m_derivationNote = new QLabel(this);
    m_derivationNote->setObjectName(QStringLiteral("provenanceDerivationNote"));
    m_derivationNote->setStyleSheet(QStringLiteral("color: palette(mid); font-style: italic;"));
    m_derivationNote->setVisible(false);

    m_entered = new QLabel(this);
    m_entered->setObjectName(QStringLiteral("provenanceEntered"));
    m_entered->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_entered->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Source:"), m_citation);
    form->addRow(tr("&Quote:"), m_quote);
    form->addRow(tr("&Page / table:"), m_locator);
    form->addRow(tr("&Unit counted:"), m_counted);
    form->addRow(tr("Con&fidence:"), m_confidence);
    form->addRow(QString(), m_derivationNote);
    form->addRow(m_entered);

    connect(m_citation->lineEdit(), &QLineEdit::editingFinished, this, &ProvenanceEditor::handleFieldFinished);
    connect(m_citation, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_filling || index < 0)
            return;
        handleFieldFinished();
    });
    m_quoteFilter = new FocusOutFilter(this, [this] { handleFieldFinished(); });
    m_quote->installEventFilter(m_quoteFilter);
    connect(m_locator, &QLineEdit::editingFinished, this, &ProvenanceEditor::handleFieldFinished);
    connect(m_counted, &QLineEdit::editingFinished, this, &ProvenanceEditor::handleFieldFinished);
    connect(m_confidence, &QComboBox::currentIndexChanged, this, [this](int) {
        updateDerivationNote();
        if (!m_filling)
            handleFieldFinished();
    });

    updateEnteredLine();
}

ProvenanceEditor::~ProvenanceEditor()
{
    // Closing the window moves the focus out of a field while the children are
    // being destroyed: that is not an edit.
    m_filling = true;
    m_quote->removeEventFilter(m_quoteFilter);
    const auto children = findChildren<QWidget *>();
    for (QWidget *child : children)
        child->blockSignals(true);
}

QString ProvenanceEditor::confidenceLabel(store::Confidence confidence)
{
    switch (confidence) {
    case store::Confidence::NotStated:
        return tr("Not stated");
    case store::Confidence::Exact:
        return tr("Printed in the source");
    case store::Confidence::DerivedFromPercent:
        return tr("Derived from a percentage");
    case store::Confidence::Derived:
        return tr("Computed from other printed numbers");
    case store::Confidence::Approximate:
        return tr("Approximate (read from a figure or rounded)");
    case store::Confidence::Unclear:
        return tr("Unclear");
    case store::Confidence::AsTranscribed:
        return tr("As transcribed from a secondary table");
    }
    return tr("Not stated");
}

void ProvenanceEditor::setCitations(const QStringList &citations)
{
    if (citations == m_citations)
        return;
    m_citations = citations;
    m_filling = true;
    const QString text = m_citation->currentText();
    m_citation->clear();
    m_citation->addItems(citations);
    m_citation->setCurrentIndex(-1);
    m_citation->setEditText(text);
    m_filling = false;
}

void ProvenanceEditor::setProvenance(const store::Provenance &provenance)
{
    const store::Provenance old = m_provenance;
    const bool otherValue = old.id != provenance.id;
    // A field the user is typing in keeps its text unless the stored value changed.
    auto mustSet = [otherValue](const QWidget *field, const QString &before, const QString &after) {
        return otherValue || !field->hasFocus() || before != after;
    };
    m_filling = true;
    m_provenance = provenance;
    if (mustSet(m_citation, old.citation, provenance.citation)) {
        const int index = m_citation->findText(provenance.citation);
        m_citation->setCurrentIndex(provenance.citation.isEmpty() ? -1 : index);
        m_citation->setEditText(provenance.citation);
    }
    if (mustSet(m_quote, old.quote, provenance.quote) && m_quote->toPlainText() != provenance.quote)
        m_quote->setPlainText(provenance.quote);
    if (mustSet(m_locator, old.locator, provenance.locator))
        m_locator->setText(provenance.locator);
    if (mustSet(m_counted, old.counted, provenance.counted))
        m_counted->setText(provenance.counted);
    const int confidenceIndex = m_confidence->findData(static_cast<int>(provenance.confidence));
    m_confidence->setCurrentIndex(confidenceIndex < 0 ? 0 : confidenceIndex);
    m_filling = false;
    updateDerivationNote();
    updateEnteredLine();
}

store::Provenance ProvenanceEditor::provenance() const
{
    store::Provenance result = m_provenance;
    result.citation = m_citation->currentText().trimmed();
    result.quote = m_quote->toPlainText().trimmed();
    result.locator = m_locator->text().trimmed();
    result.counted = m_counted->text().trimmed();
    result.confidence = static_cast<store::Confidence>(m_confidence->currentData().toInt());
    return result;
}

void ProvenanceEditor::setDerivationNote(const QString &note)
{
    m_derivationText = note;
    updateDerivationNote();
}

void ProvenanceEditor::handleFieldFinished()
{
    if (m_filling)
        return;
    const store::Provenance now = provenance();
    if (now == m_provenance)
        return;
    m_provenance = now;
    updateDerivationNote();
    Q_EMIT provenanceEdited();
}

void ProvenanceEditor::updateEnteredLine()
{
    if (m_provenance.enteredBy.isEmpty() && m_provenance.enteredAt.isEmpty()) {
        m_entered->setText(tr("Not entered yet"));
        return;
    }
    QString when = m_provenance.enteredAt;
    const QDateTime parsed = QDateTime::fromString(m_provenance.enteredAt, Qt::ISODate);
    if (parsed.isValid())
        when = tr("%1 UTC").arg(parsed.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    const QString who = m_provenance.enteredBy.isEmpty() ? tr("unknown") : m_provenance.enteredBy;
    if (when.isEmpty())
        m_entered->setText(tr("Entered by %1").arg(who));
    else
        m_entered->setText(tr("Entered by %1 at %2").arg(who, when));
}

void ProvenanceEditor::updateDerivationNote()
{
    const bool derived = m_confidence->currentData().toInt() == static_cast<int>(store::Confidence::DerivedFromPercent);
    if (!derived) {
        m_derivationNote->setWordWrap(true);
        m_derivationNote->setVisible(false);
        return;
    }
    const QString text = m_derivationText.isEmpty() ? tr("derived from percent") : m_derivationText;
    // Kept on one line (a wrapped label is not given its height in a form
    // layout): elided to the field's width, in full in the tooltip.
    const int width = std::max(m_confidence->width(), m_confidence->minimumSizeHint().width());
    m_derivationNote->setText(m_derivationNote->fontMetrics().elidedText(text, Qt::ElideRight, width));
    m_derivationNote->setToolTip(text);
    m_derivationNote->setVisible(true);
}

} // namespace ee::ui
