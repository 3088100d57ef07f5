#include "core/store/bundledbases.h"

#include "core/store/studystore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace ee::store {

QString BundledBases::dataDirectory()
{
    const QString fromEnvironment = qEnvironmentVariable("EE_DATA_DIR");
    if (!fromEnvironment.isEmpty())
        return QDir::cleanPath(fromEnvironment);
    const QString besideApp =
        QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../share/evidence-explorer"));
    if (QFileInfo(besideApp).isDir())
        return besideApp;
#ifdef EE_BUNDLED_DATA_DIR
    return QDir::cleanPath(QStringLiteral(EE_BUNDLED_DATA_DIR));
#else
    return besideApp;
#endif
}

QString BundledBases::defaultBasePath()
{
    return dataDirectory() + QStringLiteral("/dfu-cell-therapy.evidence");
}

Result<QList<BundledBase>> BundledBases::examples()
{
    const QDir folder(dataDirectory() + QStringLiteral("/examples"));
    QList<BundledBase> result;
    const QStringList files = folder.entryList({ QStringLiteral("*.evidence") }, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString path = folder.filePath(file);
        auto store = StudyStore::open(path, StudyStore::OpenMode::ReadOnly);
        if (!store)
            return store.error();
        auto base = store.value()->load();
        if (!base)
            return base.error();
        result.append({ path, base->project });
    }
    std::sort(result.begin(), result.end(),
        [](const BundledBase &a, const BundledBase &b) { return a.info.title < b.info.title; });
    return result;
}

} // namespace ee::store
