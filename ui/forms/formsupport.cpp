#include "ui/forms/formsupport.h"

#include "core/store/evidenceindex.h"
#include "core/store/studystore.h"
#include "ui/forms/fieldmessage.h"
#include "ui/forms/projecteditor.h"

#include <QVBoxLayout>

namespace ee::ui {

const store::EvidenceBase *FormSupport::base(const ProjectEditor *editor)
{
    if (!editor || !editor->store())
        return nullptr;
    auto index = editor->store()->index();
    return index.ok() ? &index.value()->base() : nullptr;
}

QWidget *FormSupport::withMessage(QWidget *field, FieldMessage *message)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(message);
    message->setField(field);
    return box;
}

} // namespace ee::ui
