using System.Text.Json;
using FluentAssertions;
using FsCheck.Fluent;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Progress;
using GovTransparency.Domain.Serialization;
using GovTransparency.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace GovTransparency.Domain.Tests.Serialization;

public class PlanJsonRoundTripTests
{
    [Fact]
    public void Random_plans_round_trip_to_equal_values() =>
        Properties.Check(Prop.ForAll(ModelGenerators.Plan.ToArbitrary(), plan =>
        {
            var result = PlanJson.DeserializePlan(PlanJson.Serialize(plan));
            return result.Success && result.Value.Equals(plan);
        }), maxTest: 300);

    [Fact]
    public void Random_plans_round_trip_through_compact_json_too() =>
        Properties.Check(Prop.ForAll(ModelGenerators.Plan.ToArbitrary(), plan =>
            PlanJson.DeserializePlan(PlanJson.Serialize(plan, indented: false)).Value.Equals(plan)), maxTest: 100);

    [Fact]
    public void Compact_json_is_the_indented_json_without_its_white_space() =>
        Properties.Check(Prop.ForAll(ModelGenerators.Plan.ToArbitrary(), plan =>
            PlanJson.Serialize(plan, indented: false) == WithoutWhiteSpace(PlanJson.Serialize(plan))), maxTest: 200);

    [Fact]
    public void Compact_json_of_many_distinct_and_repeated_assignments_and_deadlines_is_the_indented_json_without_white_space()
    {
        // More distinct assignments and rules than the writer keeps rendered (256 of each), repeated out of order,
        // equal values held as different objects, and the same objects again.
        var builder = new WorkPlanBuilder("单位很多的计划", 2021);
        builder.AddSection("第一部分", section =>
        {
            for (var i = 0; i < 900; i++)
            {
                var n = (i * 7) % 300;
                section.AddTask("任务" + i, task => task
                    .Lead("单位" + n)
                    .Responsible("各区县政府")
                    .Deadline(new DeadlineRule.ByDate(RuleYear.PlanYear, 1 + (n % 12), 1 + (n % 28))));
            }
        });
        var plan = builder.Build();

        PlanJson.Serialize(plan, indented: false).Should().Be(WithoutWhiteSpace(PlanJson.Serialize(plan)));
        PlanJson.DeserializePlan(PlanJson.SerializeToUtf8Bytes(plan)).Value.Should().Be(plan);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Short_texts_with_an_unpaired_surrogate_are_written_with_the_replacement_character(bool indented)
    {
        // Damaged input (found by the fuzzer through the importer) can leave half a surrogate pair in a unit name or
        // a time limit; the writer replaces it with U+FFFD, as it does for any text, instead of throwing.
        var builder = new WorkPlanBuilder("计划", 2021);
        builder.AddSection("第一部分", section => section.AddTask("要求", task => task
            .Lead("单位\uD800")
            .Deadline(new DeadlineRule.ByYearEnd(RuleYear.PlanYear), "年底前\uDC00")));
        var plan = builder.Build();

        var json = PlanJson.Serialize(plan, indented);

        var read = PlanJson.DeserializePlan(json).Value.Sections[0].Tasks[0];
        read.Assignments[0].Unit.Name.Should().Be("单位\uFFFD");
        read.TimeLimitText.Should().Be("年底前\uFFFD");
    }

    [Fact]
    public void Random_progress_reports_round_trip_to_equal_values() =>
        Properties.Check(Prop.ForAll(ModelGenerators.Report.ToArbitrary(), report =>
        {
            var result = PlanJson.DeserializeProgressReport(PlanJson.Serialize(report));
            return result.Success && result.Value.Equals(report);
        }), maxTest: 300);

    [Fact]
    public void Every_deadline_kind_round_trips_through_the_public_options() =>
        Properties.Check(Prop.ForAll(ModelGenerators.Rule.ToArbitrary(), rule =>
            JsonSerializer.Deserialize<DeadlineRule>(JsonSerializer.Serialize(rule, PlanJson.Options), PlanJson.Options)!.Equals(rule)), maxTest: 500);

    [Fact]
    public void An_empty_plan_round_trips()
    {
        var plan = new WorkPlan("空计划", 2021);

        PlanJson.DeserializePlan(PlanJson.Serialize(plan)).Value.Should().Be(plan);
    }

    [Fact]
    public void Chinese_text_is_written_unescaped_and_dates_as_iso_strings()
    {
        var plan = new WorkPlan("福州市2021年政务公开工作任务分工", 2021) { PublishedOn = new LocalDate(2021, 6, 9) };

        var json = PlanJson.Serialize(plan);

        json.Should().Contain("\"title\": \"福州市2021年政务公开工作任务分工\"");
        json.Should().Contain("\"publishedOn\": \"2021-06-09\"");
        json.Should().Contain("\"schemaVersion\": \"1.0\"");
        json.Should().NotContain("writtenOn", "null members are left out");
    }

    [Fact]
    public void Consumers_can_embed_model_types_and_nodatime_values_with_the_public_options()
    {
        PlanJson.Options.IsReadOnly.Should().BeTrue();
        JsonSerializer.Serialize(new LocalDate(2021, 9, 30), PlanJson.Options).Should().Be("\"2021-09-30\"");
        JsonSerializer.Serialize(new YearMonth(2021, 9), PlanJson.Options).Should().Be("\"2021-09\"");
        JsonSerializer.Deserialize<YearMonth>("\"2021-09\"", PlanJson.Options).Should().Be(new YearMonth(2021, 9));

        var report = new ProgressReport(new LocalDate(2021, 9, 30)) { Entries = new[] { ProgressEntry.FromText(new TaskNumber(31), "已完成") } };
        JsonSerializer.Deserialize<ProgressReport>(JsonSerializer.Serialize(report, PlanJson.Options), PlanJson.Options).Should().Be(report);
    }

    [Fact]
    public void The_public_options_throw_json_exceptions_on_bad_data_as_converters_must()
    {
        FluentActions.Invoking(() => JsonSerializer.Deserialize<LocalDate>("\"2021-02-30\"", PlanJson.Options)).Should().Throw<JsonException>();
        FluentActions.Invoking(() => JsonSerializer.Deserialize<DeadlineRule>("{\"kind\":\"someday\"}", PlanJson.Options)).Should().Throw<JsonException>();
    }

    // The compact form of an indented document: every newline and its indentation, and the space after each colon
    // between members, removed. Texts in the generated plans contain no newline, so none is touched inside a string.
    private static string WithoutWhiteSpace(string indented)
    {
        var compact = new System.Text.StringBuilder(indented.Length);
        var inString = false;
        for (var i = 0; i < indented.Length; i++)
        {
            var c = indented[i];
            if (inString)
            {
                compact.Append(c);
                if (c == '\\')
                {
                    compact.Append(indented[++i]);
                }
                else if (c == '"')
                {
                    inString = false;
                }
            }
            else if (c == '"')
            {
                inString = true;
                compact.Append(c);
            }
            else if (c is not (' ' or '\n' or '\r'))
            {
                compact.Append(c);
            }
        }

        return compact.ToString();
    }
}
