#pragma once

// An editable copy of the bundled evidence base with a ProjectEditor on it,
// for the extraction-form tests.
#include "core/store/evidenceindex.h"
#include "core/store/studystore.h"
#include "ui/forms/projecteditor.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace ee::formtest {

inline const QString kBundledBase = QStringLiteral(EE_BINARY_DIR "/share/evidence-explorer/dfu-cell-therapy.evidence");

class FormFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto bundled = store::StudyStore::open(kBundledBase, store::StudyStore::OpenMode::ReadOnly);
        ASSERT_TRUE(bundled.ok()) << bundled.error().text().toStdString();
        m_path = m_dir.filePath(QStringLiteral("project.evidence"));
        ASSERT_TRUE(bundled.value()->saveAs(m_path).ok());
        auto opened = store::StudyStore::open(m_path, store::StudyStore::OpenMode::ReadWrite);
        ASSERT_TRUE(opened.ok()) << opened.error().text().toStdString();
        m_store = std::move(opened).value();
        m_editor = std::make_unique<ui::ProjectEditor>();
        m_editor->setStore(m_store.get());
        ASSERT_TRUE(m_editor->canEdit()) << m_editor->whyReadOnly().toStdString();
    }

    void TearDown() override
    {
        m_editor.reset();
        m_store.reset();
    }

    /// The whole project as stored now.
    store::EvidenceBase snapshot() const
    {
        auto loaded = m_store->load();
        EXPECT_TRUE(loaded.ok());
        return loaded.ok() ? loaded.value() : store::EvidenceBase();
    }

    /// The project as a fresh connection reads it from the file (what a
    /// crash would leave).
    store::EvidenceBase reopened() const
    {
        auto other = store::StudyStore::open(m_path, store::StudyStore::OpenMode::ReadOnly);
        EXPECT_TRUE(other.ok());
        if (!other.ok())
            return {};
        auto loaded = other.value()->load();
        return loaded.ok() ? loaded.value() : store::EvidenceBase();
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<store::StudyStore> m_store;
    std::unique_ptr<ui::ProjectEditor> m_editor;
};

} // namespace ee::formtest
