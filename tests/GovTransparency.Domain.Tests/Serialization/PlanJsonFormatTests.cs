using FluentAssertions;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Serialization;
using Xunit;

namespace GovTransparency.Domain.Tests.Serialization;

public class PlanJsonFormatTests
{
    // The discriminators are a public contract: stored documents depend on them, whatever the classes are called.
    [Theory]
    [InlineData("{\"kind\":\"yearEnd\"}")]
    [InlineData("{\"kind\":\"yearEnd\",\"year\":2020}")]
    [InlineData("{\"kind\":\"yearEnd\",\"yearOffset\":1}")]
    [InlineData("{\"kind\":\"monthEnd\",\"month\":10}")]
    [InlineData("{\"kind\":\"date\",\"month\":10,\"day\":30}")]
    [InlineData("{\"kind\":\"periodEnd\",\"period\":\"thirdQuarter\"}")]
    [InlineData("{\"kind\":\"tenDayPeriodEnd\",\"month\":6,\"part\":\"early\"}")]
    [InlineData("{\"kind\":\"span\",\"start\":{\"kind\":\"monthEnd\",\"month\":6},\"end\":{\"kind\":\"monthEnd\",\"month\":7}}")]
    [InlineData("{\"kind\":\"continuous\"}")]
    [InlineData("{\"kind\":\"recurring\",\"frequency\":\"monthly\",\"day\":25}")]
    [InlineData("{\"kind\":\"recurring\",\"frequency\":\"monthly\",\"alternative\":\"quarterly\"}")]
    [InlineData("{\"kind\":\"relative\",\"event\":\"received\",\"eventText\":\"收到留言咨询\",\"amount\":3,\"unit\":\"workingDays\"}")]
    [InlineData("{\"kind\":\"milestones\",\"steps\":[{\"due\":{\"kind\":\"monthEnd\",\"month\":7},\"action\":\"提出方案\"},{\"due\":{\"kind\":\"monthEnd\",\"month\":10},\"action\":\"完成\"}]}")]
    [InlineData("{\"kind\":\"unspecified\"}")]
    [InlineData("{\"kind\":\"unrecognized\",\"text\":\"视情况而定\"}")]
    public void Each_deadline_kind_has_a_stable_discriminator_and_is_written_back_unchanged(string json)
    {
        var rule = System.Text.Json.JsonSerializer.Deserialize<DeadlineRule>(json, PlanJson.Options);

        System.Text.Json.JsonSerializer.Serialize(rule, new System.Text.Json.JsonSerializerOptions(PlanJson.Options) { WriteIndented = false })
            .Should().Be(json);
    }

    [Fact]
    public void A_task_keeps_its_verbatim_time_limit_beside_the_rule()
    {
        var plan = new GovTransparency.Domain.Plans.WorkPlanBuilder("计划", 2020)
            .AddSection("一", s => s.AddTask("任务", t => t.Deadline(new DeadlineRule.ByMonthEnd(RuleYear.Of(2020), 10), "2020年\n10月\n底前")))
            .Build();

        var json = PlanJson.Serialize(plan);

        json.Should().Contain("\"timeLimit\": \"2020年\\n10月\\n底前\"");
        json.Should().Contain("\"kind\": \"monthEnd\"");
        PlanJson.DeserializePlan(json).Value.Sections[0].Tasks[0].TimeLimitText.Should().Be("2020年\n10月\n底前");
    }
}
