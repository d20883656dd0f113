using System.Linq;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using GovTransparency.Domain.Serialization;
using GovTransparency.Domain.Tests.TestSupport;
using Xunit;

namespace GovTransparency.Import.Tests;

/// <summary>Laws of the importer over the seed documents and random documents made of their lines.</summary>
public class ImportLawsTests
{
    private static readonly string[] Documents = Seeds.All.Select(Seeds.Read).ToArray();

    private static readonly string[] SeedLines = Documents.SelectMany(d => d.Split('\n')).Distinct().ToArray();

    [Fact]
    public void Line_endings_and_a_byte_order_mark_do_not_change_what_is_imported()
    {
        // Each line of a seed ends in LF or CRLF at random, and the text may open with a byte-order mark.
        var cases =
            from index in Gen.Choose(0, Documents.Length - 1)
            from crlf in Gen.ArrayOf(Gen.Elements(false, true), Documents[index].Split('\n').Length)
            from bom in Gen.Elements(false, true)
            select (index, crlf, bom);

        Properties.Check(Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var lines = Documents[c.index].Split('\n');
            var text = (c.bom ? "\uFEFF" : string.Empty) + string.Concat(lines.Select((l, i) => i == lines.Length - 1 ? l : l + (c.crlf[i] ? "\r\n" : "\n")));
            var expected = PlanDocumentImporter.Import(Documents[c.index]);

            var result = PlanDocumentImporter.Import(text);

            result.Plan.Should().Be(expected.Plan);
            result.ProgressReport.Should().Be(expected.ProgressReport);
            result.Diagnostics.Select(d => (d.Code, d.Line, d.Subject)).Should().Equal(expected.Diagnostics.Select(d => (d.Code, d.Line, d.Subject)));
        }), maxTest: 40);
    }

    [Fact]
    public void What_is_imported_from_any_mix_of_seed_lines_round_trips_through_json()
    {
        // A document made of 0 to 120 seed lines in any order, opened by one seed's first 40 lines so that a header
        // and a table or prose are often found.
        var documents =
            from opening in Gen.Choose(0, Documents.Length - 1)
            from count in Gen.Choose(0, 120)
            from lines in Gen.ArrayOf(Gen.Elements(SeedLines), count)
            select string.Join("\n", Documents[opening].Split('\n').Take(40).Concat(lines));

        Properties.Check(Prop.ForAll(documents.ToArbitrary(), text =>
        {
            var result = PlanDocumentImporter.Import(text);

            PlanJson.DeserializePlan(PlanJson.Serialize(result.Plan)).Value.Should().Be(result.Plan);
            if (result.ProgressReport is { } report)
            {
                PlanJson.DeserializeProgressReport(PlanJson.Serialize(report)).Value.Should().Be(report);
            }
        }), maxTest: 150);
    }
}
