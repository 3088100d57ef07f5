#include "core/store/csvtable.h"

#include <gtest/gtest.h>

using namespace ee::store;

TEST(CsvTable, ReadsQuotedFieldsLineBreaksBomAndCrlf)
{
    const QByteArray data = "\xEF\xBB\xBFstudy,quote,n\r\n"
                            "A,\"said \"\"yes\"\", then left\",3\r\n"
                            "\r\n"
                            "B,\"two\nlines\",4\n"
                            "C,,5";
    auto table = CsvTable::parse(data, QStringLiteral("in.csv"));
    ASSERT_TRUE(table.ok()) << table.error().text().toStdString();
    EXPECT_EQ(table->header(), (QStringList { QStringLiteral("study"), QStringLiteral("quote"), QStringLiteral("n") }));
    ASSERT_EQ(table->rowCount(), 3);
    EXPECT_EQ(table->value(0, QStringLiteral("quote")), QStringLiteral("said \"yes\", then left"));
    EXPECT_EQ(table->value(1, QStringLiteral("quote")), QStringLiteral("two\nlines"));
    EXPECT_EQ(table->value(2, QStringLiteral("quote")), QString());
    EXPECT_EQ(table->value(2, QStringLiteral("absent")), QString());
    // Row numbers are the lines where records start (blank line 3 skipped).
    EXPECT_EQ(table->rowNumber(0), 2);
    EXPECT_EQ(table->rowNumber(1), 4);
    EXPECT_EQ(table->rowNumber(2), 6);
}

TEST(CsvTable, WriteThenParseGivesTheSameCells)
{
    const QStringList header = { QStringLiteral("a"), QStringLiteral("b") };
    const QList<QStringList> rows = { { QStringLiteral("x, y"), QStringLiteral("\"q\"") },
        { QStringLiteral("line\nbreak"), QStringLiteral("üñí ✓") }, { QString(), QStringLiteral("plain") } };
    auto table = CsvTable::parse(CsvTable::write(header, rows), QStringLiteral("mem"));
    ASSERT_TRUE(table.ok());
    ASSERT_EQ(table->rowCount(), 3);
    for (int r = 0; r < 3; ++r)
        EXPECT_EQ(table->row(r), rows[r]);
}

TEST(CsvTable, MalformedFilesNameTheRow)
{
    const struct {
        QByteArray data;
        int row;
        const char *reason;
    } cases[] = {
        { "a,b\n1,2\n3\n", 3, "1 fields, but the header has 2" },
        { "a,b\n1,\"open\n", 2, "not closed" },
        { "a,b\n1,x\"y\n", 2, "quote inside an unquoted field" },
        { "a,b\n1,\"x\"y\n", 2, "after the closing quote" },
        { "a,a\n1,2\n", 1, "appears twice" },
        { "a,\n1,2\n", 1, "has no name" },
        { "", 1, "empty" },
        { "a,b\n\xff\xfe,1\n", 1, "UTF-8" },
        { QByteArray("a,b\n1,\0\n", 8), 1, "NUL" },
    };
    for (const auto &c : cases) {
        auto table = CsvTable::parse(c.data, QStringLiteral("bad.csv"));
        ASSERT_FALSE(table.ok()) << c.reason;
        EXPECT_EQ(table.error().code(), StoreErrorCode::InvalidInput);
        ASSERT_EQ(table.error().rowErrors().size(), 1) << c.reason;
        EXPECT_EQ(table.error().rowErrors()[0].row, c.row) << c.reason;
        EXPECT_TRUE(table.error().rowErrors()[0].reason.contains(QString::fromLatin1(c.reason)))
            << table.error().text().toStdString();
        EXPECT_TRUE(table.error().text().startsWith(QStringLiteral("bad.csv: ")));
        EXPECT_TRUE(table.error().text().contains(QStringLiteral("bad.csv:%1: ").arg(c.row)));
    }
}

TEST(CsvTable, MissingFileIsAnIoError)
{
    auto table = CsvTable::read(QStringLiteral("/nonexistent/folder/x.csv"));
    ASSERT_FALSE(table.ok());
    EXPECT_EQ(table.error().code(), StoreErrorCode::Io);
    EXPECT_EQ(table.error().file(), QStringLiteral("/nonexistent/folder/x.csv"));
}
