using System.Linq;
using FluentAssertions;
using FsCheck.Fluent;
using GovTransparency.Domain.Serialization;
using GovTransparency.Domain.Tests.TestSupport;
using Xunit;

namespace GovTransparency.Domain.Tests.Serialization;

public class JsonSchemaTests
{
    private static readonly JsonSchemaValidator Validator = new(PlanJson.JsonSchema);

    [Fact]
    public void Every_plan_the_serializer_writes_conforms_to_the_shipped_schema() =>
        Properties.Check(Prop.ForAll(ModelGenerators.Plan.ToArbitrary(), plan =>
        {
            var errors = Validator.Validate(PlanJson.Serialize(plan));
            return errors.Count == 0 ? true : throw new Xunit.Sdk.XunitException(string.Join("\n", errors.Take(5)));
        }), maxTest: 200);

    [Fact]
    public void Every_progress_report_the_serializer_writes_conforms_to_the_shipped_schema() =>
        Properties.Check(Prop.ForAll(ModelGenerators.Report.ToArbitrary(), report =>
            Validator.Validate(PlanJson.Serialize(report)).Count == 0), maxTest: 200);

    [Fact]
    public void The_seed_excerpts_conform_to_the_schema()
    {
        foreach (var plan in new[] { SeedExcerpts.Sixian2020(), SeedExcerpts.Fuzhou2021(), SeedExcerpts.Yeji2021() })
        {
            Validator.Validate(PlanJson.Serialize(plan)).Should().BeEmpty();
        }
    }

    [Theory]
    [InlineData("{\"schemaVersion\":\"1.0\",\"title\":\"计划\",\"year\":2021,\"extra\":1}")]
    [InlineData("{\"schemaVersion\":\"1.0\",\"title\":\"计划\"}")]
    [InlineData("{\"schemaVersion\":\"1.0\",\"title\":\"计划\",\"year\":2021,\"level\":\"galactic\"}")]
    [InlineData("{\"schemaVersion\":\"1.0\",\"title\":\"计划\",\"year\":2021,\"sections\":[{\"number\":1,\"title\":\"一\",\"tasks\":[{\"number\":\"1\",\"requirement\":\"r\",\"deadline\":{\"kind\":\"someday\"}}]}]}")]
    [InlineData("{\"schemaVersion\":\"1.0\",\"title\":\"计划\",\"year\":2021,\"sections\":[{\"number\":1,\"title\":\"一\",\"tasks\":[{\"number\":\"1\",\"requirement\":\"r\",\"deadline\":{\"kind\":\"monthEnd\",\"month\":13}}]}]}")]
    [InlineData("{\"schemaVersion\":\"1.0\",\"asOf\":\"30/09/2021\"}")]
    public void The_schema_rejects_documents_the_format_does_not_allow(string json)
    {
        Validator.Validate(json).Should().NotBeEmpty();
    }

    [Fact]
    public void The_embedded_schema_names_every_deadline_kind()
    {
        foreach (var kind in new[] { "yearEnd", "monthEnd", "date", "periodEnd", "tenDayPeriodEnd", "span", "continuous", "recurring", "relative", "milestones", "unspecified", "unrecognized" })
        {
            PlanJson.JsonSchema.Should().Contain("\"const\": \"" + kind + "\"");
        }
    }
}
