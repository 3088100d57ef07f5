#pragma once

class QWidget;

namespace ee::store {
struct EvidenceBase;
} // namespace ee::store

namespace ee::ui {

class FieldMessage;
class ProjectEditor;

/// Small pieces every extraction form uses.
class FormSupport
{
public:
    /// The open project as stored now (rebuilt after every write: do not keep
    /// the pointer across edits), or nullptr when nothing can be read.
    static const store::EvidenceBase *base(const ProjectEditor *editor);

    /// A field with its message right under it, linked (FieldMessage::setField).
    static QWidget *withMessage(QWidget *field, FieldMessage *message);
};

} // namespace ee::ui
