// tsstorecontexts: a build step between a committed catalog and lrelease.
//
//   tsstorecontexts IN.ts OUT.ts
//
// core/store translates its messages with storeTr() in the single context
// "ee::store" (core/store/storeerror.cpp). lupdate, told that storeTr is a
// spelling of tr, files each call under the class it appears in
// ("ee::store::StudyStore", "ee::store::EvidenceCsv", ...). OUT is IN plus one
// context "ee::store" holding a copy of every message of those contexts, so the
// compiled catalog answers storeTr() while translators keep lupdate's layout.
#include <QFile>
#include <QList>
#include <QSaveFile>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <cstdio>

namespace {

const QString kStoreContext = QStringLiteral("ee::store");

struct Message {
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // the <translation> type attribute: "", "unfinished", "vanished", "obsolete"
    QString translation;
    QStringList numerusForms;
};

struct Catalog {
    QList<Message> storeMessages; // messages of ee::store::* contexts
    QSet<QString> storeKeys; // source + comment already in the ee::store context
};

QString keyOf(const Message &message)
{
    return message.source + QChar(0) + message.comment;
}

Message readMessage(QXmlStreamReader &reader)
{
    Message message;
    message.numerus = reader.attributes().value(QStringLiteral("numerus")) == QStringLiteral("yes");
    while (reader.readNextStartElement()) {
        const auto name = reader.name();
        if (name == QStringLiteral("source")) {
            message.source = reader.readElementText();
        } else if (name == QStringLiteral("comment")) {
            message.comment = reader.readElementText();
        } else if (name == QStringLiteral("translation")) {
            message.type = reader.attributes().value(QStringLiteral("type")).toString();
            if (message.numerus) {
                while (reader.readNextStartElement()) {
                    if (reader.name() == QStringLiteral("numerusform"))
                        message.numerusForms << reader.readElementText();
                    else
                        reader.skipCurrentElement();
                }
            } else {
                message.translation = reader.readElementText(QXmlStreamReader::IncludeChildElements);
            }
        } else {
            reader.skipCurrentElement();
        }
    }
    return message;
}

bool readCatalog(const QString &path, Catalog &catalog, QString &error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = path + QStringLiteral(": ") + file.errorString();
        return false;
    }
    QXmlStreamReader reader(&file);
    QString context;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        if (reader.name() == QStringLiteral("name")) {
            context = reader.readElementText();
        } else if (reader.name() == QStringLiteral("message")) {
            const Message message = readMessage(reader);
            if (context == kStoreContext)
                catalog.storeKeys.insert(keyOf(message));
            else if (context.startsWith(kStoreContext + QStringLiteral("::")))
                catalog.storeMessages << message;
        }
    }
    if (reader.hasError()) {
        error = QStringLiteral("%1:%2: %3").arg(path).arg(reader.lineNumber()).arg(reader.errorString());
        return false;
    }
    return true;
}

void writeMessage(QXmlStreamWriter &writer, const Message &message)
{
    writer.writeStartElement(QStringLiteral("message"));
    if (message.numerus)
        writer.writeAttribute(QStringLiteral("numerus"), QStringLiteral("yes"));
    writer.writeTextElement(QStringLiteral("source"), message.source);
    if (!message.comment.isEmpty())
        writer.writeTextElement(QStringLiteral("comment"), message.comment);
    writer.writeStartElement(QStringLiteral("translation"));
    if (!message.type.isEmpty())
        writer.writeAttribute(QStringLiteral("type"), message.type);
    if (message.numerus) {
        for (const QString &form : message.numerusForms)
            writer.writeTextElement(QStringLiteral("numerusform"), form);
    } else {
        writer.writeCharacters(message.translation);
    }
    writer.writeEndElement();
    writer.writeEndElement();
}

/// Copies IN token by token and adds the ee::store context before </TS>.
bool writeCatalog(const QString &inPath, const QString &outPath, const Catalog &catalog, QString &error)
{
    QFile in(inPath);
    if (!in.open(QIODevice::ReadOnly)) {
        error = inPath + QStringLiteral(": ") + in.errorString();
        return false;
    }
    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly)) {
        error = outPath + QStringLiteral(": ") + out.errorString();
        return false;
    }
    QXmlStreamReader reader(&in);
    QXmlStreamWriter writer(&out);
    int depth = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement())
            ++depth;
        if (reader.isEndElement() && --depth == 0) {
            QSet<QString> written = catalog.storeKeys;
            writer.writeStartElement(QStringLiteral("context"));
            writer.writeTextElement(QStringLiteral("name"), kStoreContext);
            for (const Message &message : catalog.storeMessages) {
                if (message.type == QStringLiteral("vanished") || message.type == QStringLiteral("obsolete"))
                    continue;
                if (written.contains(keyOf(message)))
                    continue;
                written.insert(keyOf(message));
                writeMessage(writer, message);
            }
            writer.writeEndElement();
        }
        if (reader.tokenType() != QXmlStreamReader::Invalid)
            writer.writeCurrentToken(reader);
    }
    if (reader.hasError()) {
        error = QStringLiteral("%1:%2: %3").arg(inPath).arg(reader.lineNumber()).arg(reader.errorString());
        return false;
    }
    if (!out.commit()) {
        error = outPath + QStringLiteral(": ") + out.errorString();
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: tsstorecontexts IN.ts OUT.ts\n");
        return 2;
    }
    const QString inPath = QString::fromLocal8Bit(argv[1]);
    const QString outPath = QString::fromLocal8Bit(argv[2]);
    Catalog catalog;
    QString error;
    if (!readCatalog(inPath, catalog, error) || !writeCatalog(inPath, outPath, catalog, error)) {
        std::fprintf(stderr, "tsstorecontexts: %s\n", qPrintable(error));
        return 1;
    }
    return 0;
}
