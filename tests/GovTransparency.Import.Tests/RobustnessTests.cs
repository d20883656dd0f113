using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using GovTransparency.Domain;
using GovTransparency.Domain.Tests.TestSupport;
using GovTransparency.Import.Tests.TestSupport;
using Xunit;

namespace GovTransparency.Import.Tests;

/// <summary>Text that is not a plan, or only part of one, gives a result with diagnostics, never an exception.</summary>
public class RobustnessTests
{
    private static readonly string[][] SeedLines = Seeds.All.Select(s => Imported.Lines(Seeds.Read(s))).ToArray();

    [Fact]
    public void Null_text_is_a_programmer_error_naming_the_parameter()
    {
        var act = () => PlanDocumentImporter.Import(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("text");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\n\r\n\t\u00A0\u3000\n")]
    public void An_empty_document_gives_an_empty_plan_and_an_error(string text)
    {
        var result = PlanDocumentImporter.Import(text);

        result.Layout.Should().Be(DocumentLayout.Unknown);
        result.Plan.Sections.Should().BeEmpty();
        result.Plan.Title.Should().BeEmpty();
        result.ProgressReport.Should().BeNull();
        result.Diagnostics.Should().Contain(d => d.Code == ImportDiagnosticCodes.DocumentEmpty && d.IsError);
        result.HasErrors.Should().BeTrue();
    }

    [Fact]
    public void Text_that_is_not_a_plan_gives_an_unknown_layout_with_a_warning()
    {
        var result = PlanDocumentImporter.Import("Hello, world.\nThis is not a plan at all.\n2021-13-45");

        result.Layout.Should().Be(DocumentLayout.Unknown);
        result.Plan.Sections.Should().BeEmpty();
        result.Diagnostics.Should().Contain(d => d.Code == ImportDiagnosticCodes.LayoutNotRecognized && d.Severity == DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Any_text_is_imported_without_an_exception()
    {
        Properties.Check(Prop.ForAll<string>(text => Import(text ?? string.Empty)), maxTest: 300);
    }

    [Fact]
    public void Any_mix_of_seed_lines_is_imported_and_unused_lines_are_reported_as_written()
    {
        var lines = Gen.Elements(SeedLines.SelectMany(l => l).Distinct().ToArray());
        var documents = lines.ArrayOf().Select(a => string.Join("\n", a)).ToArbitrary();

        Properties.Check(Prop.ForAll(documents, text =>
        {
            var result = Import(text);
            var numbered = Imported.Lines(text);
            foreach (var notUsed in result.Diagnostics.Where(d => d.Code == ImportDiagnosticCodes.TextNotUsed))
            {
                notUsed.Line.Should().BeInRange(1, numbered.Length);
                numbered[notUsed.Line!.Value - 1].Should().Contain(notUsed.Subject);
            }
        }), maxTest: 300);
    }

    [Fact]
    public void Every_seed_with_its_lines_shuffled_is_imported_without_an_exception()
    {
        var shuffles = Gen.Elements(Enumerable.Range(0, SeedLines.Length).ToArray())
            .SelectMany(seed => Gen.Shuffle(SeedLines[seed]).Select(lines => string.Join("\n", lines)))
            .ToArbitrary();

        Properties.Check(Prop.ForAll(shuffles, text => { Import(text); }), maxTest: 100);
    }

    [Theory]
    [MemberData(nameof(AllSeeds))]
    public void Every_seed_cut_at_every_line_and_inside_lines_is_imported_without_an_exception(string seed)
    {
        var text = Seeds.Read(seed);
        var cuts = new List<int>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || i % 97 == 0)
            {
                cuts.Add(i);
            }
        }

        // A prefix holds at most the whole plan's tasks, and one more when the cut shortens a number (12 → 1).
        var whole = PlanDocumentImporter.Import(text).Plan.TaskCount;
        foreach (var cut in cuts)
        {
            Import(text.Substring(0, cut)).Plan.TaskCount.Should().BeLessThanOrEqualTo(whole + 1);
        }

        foreach (var cut in cuts.Where((_, i) => i % 5 == 0))
        {
            Import(text.Substring(cut));
        }
    }

    [Fact]
    public void A_megabyte_of_noise_is_imported_without_an_exception_and_a_bounded_number_of_findings()
    {
        const string alphabet = "一二三、()（）1234567890年月底前牵头负责，。\t\n \u00A0政务公开工作任务具体要求责任单位时限要求进展情况区县市局办〔〕号《》【】:：ab";
        var random = new Random(20211001);
        var text = new StringBuilder(1 << 20);
        while (text.Length < 1 << 20)
        {
            text.Append(alphabet[random.Next(alphabet.Length)]);
        }

        var result = Import(text.ToString());

        result.Diagnostics.Count(d => d.Code == ImportDiagnosticCodes.TextNotUsed).Should().BeLessThanOrEqualTo(PlanDocumentImporter.MaxUnusedLineDiagnostics);
    }

    [Fact]
    public void More_unused_lines_than_the_cap_are_counted_in_one_warning()
    {
        var text = "一、总体要求\n" + string.Join("\n", Enumerable.Range(1, 1500).Select(i => "第" + i + "段说明文字。"));

        var result = PlanDocumentImporter.Import(text);

        result.Diagnostics.Count(d => d.Code == ImportDiagnosticCodes.TextNotUsed).Should().Be(PlanDocumentImporter.MaxUnusedLineDiagnostics);
        result.Diagnostics.Should().ContainSingle(d => d.Code == ImportDiagnosticCodes.TooManyUnusedLines)
            .Which.MessageEn.Should().StartWith("500 more lines were not used");
    }

    public static TheoryData<string> AllSeeds => new(Seeds.All);

    private static ImportResult Import(string text)
    {
        var result = PlanDocumentImporter.Import(text);
        result.Plan.Should().NotBeNull();
        result.Diagnostics.Should().NotContainNulls();
        return result;
    }
}
