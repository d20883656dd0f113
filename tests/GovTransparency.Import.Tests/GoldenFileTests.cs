using System;
using System.IO;
using System.Linq;
using System.Reflection;
using FluentAssertions;
using GovTransparency.Domain.Serialization;
using GovTransparency.Domain.Tests.TestSupport;
using Xunit;

namespace GovTransparency.Import.Tests;

/// <summary>
/// The imported seed plans (and seed 000's progress report) in the JSON format, committed under Golden/ and reviewed
/// by reading them. A change to the importer that changes any imported value shows up here as a diff to review.
/// </summary>
/// <remarks>
/// To regenerate the files after an intended change, run the tests with UPDATE_GOLDEN=1:
/// <c>UPDATE_GOLDEN=1 dotnet test tests/GovTransparency.Import.Tests -c Release --filter GoldenFileTests</c>; the
/// files are written to the source folder (tests/GovTransparency.Import.Tests/Golden). Read the diff before committing.
/// </remarks>
public class GoldenFileTests
{
    public static TheoryData<string> AllSeeds => new(Seeds.All);

    [Theory]
    [MemberData(nameof(AllSeeds))]
    public void The_imported_plan_matches_its_golden_file(string seed)
    {
        var result = PlanDocumentImporter.Import(Seeds.Read(seed));

        Check(GoldenName(seed, "plan"), PlanJson.Serialize(result.Plan));
    }

    [Fact]
    public void The_imported_progress_report_of_seed_000_matches_its_golden_file()
    {
        var result = PlanDocumentImporter.Import(Seeds.Read(Seeds.Yeji2021));

        Check(GoldenName(Seeds.Yeji2021, "progress"), PlanJson.Serialize(result.ProgressReport!));
    }

    [Theory]
    [MemberData(nameof(AllSeeds))]
    public void The_golden_file_reads_back_as_the_imported_plan(string seed)
    {
        var golden = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", GoldenName(seed, "plan")));

        var read = PlanJson.DeserializePlan(golden);

        read.Success.Should().BeTrue();
        read.Value.Should().Be(PlanDocumentImporter.Import(Seeds.Read(seed)).Plan);
    }

    [Fact]
    public void Only_seed_000_has_a_progress_report()
    {
        Seeds.All.Where(s => PlanDocumentImporter.Import(Seeds.Read(s)).ProgressReport is not null).Should().Equal(Seeds.Yeji2021);
    }

    private static string GoldenName(string seed, string kind) => Path.GetFileNameWithoutExtension(seed) + "." + kind + ".json";

    private static void Check(string name, string actual)
    {
        actual = actual.Replace("\r\n", "\n") + "\n";
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            var directory = typeof(GoldenFileTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .Single(a => a.Key == "GoldenSourceDirectory").Value!;
            Directory.CreateDirectory(directory);
            File.WriteAllText(Path.Combine(directory, name), actual);
            return;
        }

        var path = Path.Combine(AppContext.BaseDirectory, "Golden", name);
        File.Exists(path).Should().BeTrue("the golden file " + name + " must exist; run the tests with UPDATE_GOLDEN=1 to create it");
        var expected = File.ReadAllText(path).Replace("\r\n", "\n");
        actual.Should().Be(expected, "the import of " + name + " must match its golden file; if the change is intended, regenerate with UPDATE_GOLDEN=1 and review the diff");
    }
}
