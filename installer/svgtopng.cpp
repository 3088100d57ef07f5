// evidence-svgtopng: renders the application's SVG icon to the PNG sizes of the
// hicolor icon theme at build time, so the package needs no SVG tool (rsvg-convert).
//
//   evidence-svgtopng INPUT.svg OUTPUT_DIR SIZE...
//
// writes OUTPUT_DIR/<SIZE>x<SIZE>/apps/<basename of INPUT>.png for every SIZE.
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QStringList>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: evidence-svgtopng INPUT.svg OUTPUT_DIR SIZE...\n");
        return 2;
    }
    const QString input = args.at(1);
    const QDir outputDir(args.at(2));
    QSvgRenderer renderer(input);
    if (!renderer.isValid()) {
        std::fprintf(stderr, "evidence-svgtopng: %s: not a valid SVG file\n", qPrintable(input));
        return 1;
    }
    const QString name = QFileInfo(input).completeBaseName();
    for (qsizetype i = 3; i < args.size(); ++i) {
        bool ok = false;
        const int size = args.at(i).toInt(&ok);
        if (!ok || size < 1 || size > 4096) {
            std::fprintf(stderr, "evidence-svgtopng: %s: not an icon size\n", qPrintable(args.at(i)));
            return 2;
        }
        const QString folder = QStringLiteral("%1x%1/apps").arg(size);
        if (!outputDir.mkpath(folder)) {
            std::fprintf(stderr, "evidence-svgtopng: cannot create %s\n", qPrintable(outputDir.filePath(folder)));
            return 1;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            renderer.render(&painter, QRectF(0, 0, size, size));
        }
        const QString output = outputDir.filePath(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
        if (!image.save(output, "PNG")) {
            std::fprintf(stderr, "evidence-svgtopng: cannot write %s\n", qPrintable(output));
            return 1;
        }
    }
    return 0;
}
