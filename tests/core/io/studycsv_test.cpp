// The study CSV reader: RFC 4180 details, column detection, moderators, and an
// error naming file, row and column for each kind of bad input.

#include "core/io/studycsv.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace ee::io {
namespace {

using stats::BinaryArms;
using stats::ContinuousArms;
using stats::EffectMeasure;
using stats::GenericEffect;

TEST(SplitCsv, QuotedFieldsEscapedQuotesAndEmbeddedNewlines)
{
    std::vector<std::vector<std::string>> records;
    std::vector<std::size_t> rows;
    InputError error;
    ASSERT_TRUE(splitCsv("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",3\n", records, rows, error));
    ASSERT_EQ(records.size(), 3u);
    EXPECT_EQ(records[1][0], "x, y");
    EXPECT_EQ(records[1][1], "say \"hi\"");
    EXPECT_EQ(records[2][0], "two\nlines");
    // A quoted line break stays inside its row, as a spreadsheet shows it.
    EXPECT_EQ(rows, (std::vector<std::size_t> { 1, 2, 3 }));
}

TEST(SplitCsv, BomCrLfCrAndBlankLines)
{
    std::vector<std::vector<std::string>> records;
    std::vector<std::size_t> rows;
    InputError error;
    ASSERT_TRUE(splitCsv("\xEF\xBB\xBFh1,h2\r\n1,2\r\n\r\n3,4\r5,6", records, rows, error));
    ASSERT_EQ(records.size(), 4u);
    EXPECT_EQ(records[0][0], "h1");
    EXPECT_EQ(records[3][1], "6");
    // The blank line still counts as a row, as a spreadsheet shows it.
    EXPECT_EQ(rows, (std::vector<std::size_t> { 1, 2, 4, 5 }));
}

TEST(SplitCsv, EmptyTrailingFieldIsKept)
{
    std::vector<std::vector<std::string>> records;
    std::vector<std::size_t> rows;
    InputError error;
    ASSERT_TRUE(splitCsv("a,b,c\n1,,\n", records, rows, error));
    ASSERT_EQ(records[1].size(), 3u);
    EXPECT_EQ(records[1][1], "");
    EXPECT_EQ(records[1][2], "");
}

TEST(SplitCsv, UnterminatedQuoteNamesItsRow)
{
    std::vector<std::vector<std::string>> records;
    std::vector<std::size_t> rows;
    InputError error;
    EXPECT_FALSE(splitCsv("a,b\n1,2\n\"open,3\n", records, rows, error));
    EXPECT_EQ(error.row, 3u);
    EXPECT_NE(error.message.find("not closed"), std::string::npos);
}

TEST(SplitCsv, TextAfterClosingQuoteIsAnError)
{
    std::vector<std::vector<std::string>> records;
    std::vector<std::size_t> rows;
    InputError error;
    EXPECT_FALSE(splitCsv("a,b\n\"x\"y,2\n", records, rows, error));
    EXPECT_EQ(error.row, 2u);
}

TEST(StudyCsv, ReadsBinaryStudiesAndModerators)
{
    const auto r = parseStudyCsv("Study,Events_T,n_t,events_c,n_c,dose,year\n"
                                 "\"Smith, 2001\",10,40,20,42,low,2001\n"
                                 "Jones,30,60,18,58,,2003\n",
        "t.csv");
    ASSERT_TRUE(r.ok()) << r.error->text();
    const StudyTable &t = *r.table;
    EXPECT_EQ(t.kind, StudyDataKind::Binary);
    ASSERT_EQ(t.studies.size(), 2u);
    EXPECT_EQ(t.studies[0].label, "Smith, 2001");
    const auto &a = std::get<BinaryArms>(t.studies[1].data);
    EXPECT_EQ(a.eventsT, 30);
    EXPECT_EQ(a.nT, 60);
    EXPECT_EQ(a.eventsC, 18);
    EXPECT_EQ(a.nC, 58);
    EXPECT_EQ(t.rows, (std::vector<std::size_t> { 2, 3 }));
    EXPECT_EQ(t.moderatorColumns, (std::vector<std::string> { "dose", "year" }));
    ASSERT_NE(t.moderator("DOSE"), nullptr);
    EXPECT_EQ(*t.moderator("dose"), (std::vector<std::string> { "low", "" }));
    EXPECT_EQ(t.moderator("absent"), nullptr);
}

TEST(StudyCsv, ReadsContinuousAndGenericStudies)
{
    const auto c = parseStudyCsv("study,mean_t,sd_t,n_t,mean_c,sd_c,n_c\nA,5.5,1.2,20,4.1,1.5,22\n", "c.csv");
    ASSERT_TRUE(c.ok());
    EXPECT_EQ(c.table->kind, StudyDataKind::Continuous);
    EXPECT_EQ(std::get<ContinuousArms>(c.table->studies[0].data).sdC, 1.5);

    const auto v = parseStudyCsv("study,yi,vi\nA,-0.25,0.04\n", "v.csv");
    ASSERT_TRUE(v.ok());
    EXPECT_EQ(std::get<GenericEffect>(v.table->studies[0].data).vi, 0.04);

    // A standard error is squared into the variance.
    const auto s = parseStudyCsv("study,yi,sei\nA,-0.25,0.2\n", "s.csv");
    ASSERT_TRUE(s.ok());
    EXPECT_TRUE(s.table->standardErrors);
    EXPECT_EQ(std::get<GenericEffect>(s.table->studies[0].data).vi, 0.2 * 0.2);
}

TEST(StudyCsv, MeasureChoosesTheDataColumns)
{
    // With yi/vi and events present, --measure GEN makes the events moderators.
    const auto r = parseStudyCsv("study,yi,vi,events_t\nA,0.1,0.2,3\n", "m.csv", EffectMeasure::GEN);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.table->kind, StudyDataKind::Generic);
    EXPECT_EQ(r.table->moderatorColumns, (std::vector<std::string> { "events_t" }));
}

TEST(StudyCsv, Utf8LabelsAreKept)
{
    const auto r = parseStudyCsv("study,yi,vi\nDubsk\xC3\xBD 2014,0.1,0.1\n\xE6\x9D\x8E 2014,0.2,0.1\n", "u.csv");
    ASSERT_TRUE(r.ok()) << r.error->text();
    EXPECT_EQ(r.table->studies[0].label, "Dubsk\xC3\xBD 2014");
    EXPECT_EQ(r.table->studies[1].label, "\xE6\x9D\x8E 2014");
}

TEST(StudyCsv, NumbersAreReadWithFullPrecision)
{
    const auto r = parseStudyCsv("study,yi,vi\nA,0.10000000000000001,1e-3\nB, +2.5 ,4E2\n", "p.csv");
    ASSERT_TRUE(r.ok()) << r.error->text();
    EXPECT_EQ(std::get<GenericEffect>(r.table->studies[0].data).yi, 0.1);
    EXPECT_EQ(std::get<GenericEffect>(r.table->studies[0].data).vi, 0.001);
    EXPECT_EQ(std::get<GenericEffect>(r.table->studies[1].data).yi, 2.5);
    EXPECT_EQ(std::get<GenericEffect>(r.table->studies[1].data).vi, 400);
}

struct CsvError {
    const char *name;
    const char *text;
    std::optional<EffectMeasure> measure;
    std::size_t row;
    const char *column;
    const char *words;
};

void PrintTo(const CsvError &e, std::ostream *os)
{
    *os << e.name;
}

class StudyCsvErrors : public ::testing::TestWithParam<CsvError>
{
};

TEST_P(StudyCsvErrors, NameRowAndColumn)
{
    const CsvError &e = GetParam();
    const auto r = parseStudyCsv(e.text, "trials.csv", e.measure);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error->file, "trials.csv");
    EXPECT_EQ(r.error->row, e.row);
    EXPECT_EQ(r.error->column, e.column);
    EXPECT_NE(r.error->text().find(e.words), std::string::npos) << r.error->text();
}

INSTANTIATE_TEST_SUITE_P(Cases, StudyCsvErrors,
    ::testing::Values(CsvError { "EventsExceedN", "study,events_t,n_t,events_c,n_c\nA,1,10,2,10\nB,12,10,3,30\n",
                          std::nullopt, 3, "n_t", "trials.csv: row 3, column n_t: events_t (12) exceeds n_t (10)" },
        CsvError { "NotANumber", "study,yi,vi\nA,abc,0.1\n", std::nullopt, 2, "yi", "'abc' is not a number" },
        CsvError { "InfinityIsNotANumber", "study,yi,vi\nA,inf,0.1\n", std::nullopt, 2, "yi", "not a number" },
        CsvError { "EmptyCell", "study,yi,vi\nA,,0.1\n", std::nullopt, 2, "yi", "empty cell" },
        CsvError { "EmptyLabel", "study,yi,vi\n,0.1,0.1\n", std::nullopt, 2, "study", "empty study label" },
        CsvError { "SdZero", "study,mean_t,sd_t,n_t,mean_c,sd_c,n_c\nA,1,1,10,2,0,10\n", std::nullopt, 2, "sd_c",
            "sd_c must be positive, got 0" },
        CsvError {
            "NZero", "study,mean_t,sd_t,n_t,mean_c,sd_c,n_c\nA,1,1,0,2,1,10\n", std::nullopt, 2, "n_t", "at least 1" },
        CsvError { "SeiZero", "study,yi,sei\nA,0.1,0\n", std::nullopt, 2, "sei", "sei must be positive" },
        CsvError { "MissingColumnForMeasure", "study,yi,vi\nA,0.1,0.1\n", EffectMeasure::OR, 1, "events_t",
            "needed for measure OR" },
        CsvError { "NoDataColumns", "study,foo\nA,1\n", std::nullopt, 1, "", "no data columns" },
        CsvError { "BothViAndSei", "study,yi,vi,sei\nA,0.1,0.1,0.3\n", std::nullopt, 1, "sei", "either vi or sei" },
        CsvError { "DuplicateColumn", "study,yi,vi,YI\nA,0.1,0.1,2\n", std::nullopt, 1, "YI", "twice" },
        CsvError { "FieldCount", "study,yi,vi\nA,0.1\n", std::nullopt, 2, "", "2 fields, the header has 3" },
        CsvError { "HeaderOnly", "study,yi,vi\n", std::nullopt, 0, "", "no studies" },
        CsvError { "InvalidUtf8", "study,yi,vi\nA,0.1,0.1\n\"Dubsk\xFD\",0.2,0.1\n", std::nullopt, 3, "study",
            "not valid UTF-8" },
        CsvError { "RowAfterMultilineLabel", "study,yi,vi\n\"A\nB\",0.1,0.1\nC,x,0.1\n", std::nullopt, 3, "yi",
            "row 3, column yi" }),
    [](const ::testing::TestParamInfo<CsvError> &param) { return std::string(param.param.name); });

TEST(StudyCsv, UnreadableFileIsReported)
{
    const auto r = readStudyCsv("/nonexistent/trials.csv");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error->kind, InputError::Kind::CannotOpen);
    EXPECT_EQ(r.error->text(), "/nonexistent/trials.csv: cannot open the file for reading");
}

TEST(StudyCsv, ReadsAFile)
{
    const auto path = std::filesystem::temp_directory_path() / "ee_studycsv_test.csv";
    std::ofstream(path, std::ios::binary) << "study,yi,vi\nA,0.5,0.25\n";
    const auto r = readStudyCsv(path);
    std::filesystem::remove(path);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.table->file, path.string());
    EXPECT_EQ(r.table->studies.size(), 1u);
}

} // namespace
} // namespace ee::io
