using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using GovTransparency.Domain.Serialization;
using Xunit;

namespace GovTransparency.Cli.Tests;

/// <summary>`govplan import …` run in-process on the seed documents: the plan or its counts on stdout, diagnostics on stderr.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private static readonly string SeedDirectory = Path.Combine(AppContext.BaseDirectory, "Fixtures", "seeds");

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "govplan-import-tests-" + Guid.NewGuid().ToString("N"));

    public ImportCommandTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Stats_prints_one_json_object_with_the_counts_read()
    {
        var run = Run("import", Seed("000_7a8037ce1b73a2ce.txt"), "--stats");

        // 20 findings: 16 headers repeated after page breaks, the derived plan title, the plan year, the level and the report's date.
        run.ExitCode.Should().Be(0);
        run.Stdout.Should().Be("{\"sections\": 6, \"subsections\": 22, \"tasks\": 52, \"progressEntries\": 52, \"diagnostics\": 20}\n");
    }

    [Fact]
    public void Import_prints_the_plan_as_json_and_the_diagnostics_with_their_lines_on_stderr()
    {
        var file = Seed("002_e0db4bb602b6eeec.txt");

        var run = Run("import", file, "--json");

        run.ExitCode.Should().Be(0);
        var plan = PlanJson.DeserializePlan(run.Stdout).Value;
        plan.TaskCount.Should().Be(48);
        plan.DocumentNumber!.Value.ToString().Should().Be("泗政办秘〔2020〕49号");
        run.Stderr.Split('\n').Should().Contain(l => l.StartsWith(file + ":252: GT0605 info: Line 252 repeats", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_is_the_default_output()
    {
        var file = Seed("004_d89e21f17307f581.txt");

        Run("import", file).Stdout.Should().Be(Run("import", file, "--json").Stdout);
    }

    [Fact]
    public void Diagnostics_can_be_printed_in_Chinese()
    {
        var run = Run("import", Seed("003_faeede1183fd7fea.txt"), "--lang", "zh");

        run.Stderr.Should().Contain(":84: GT0601 提示：第 84 行未被采用");
    }

    [Fact]
    public void An_empty_document_prints_an_empty_plan_and_fails_with_its_error()
    {
        var file = Path.Combine(_directory, "empty.txt");
        File.WriteAllText(file, "\n\n");

        var run = Run("import", file);

        run.ExitCode.Should().Be(1);
        PlanJson.DeserializePlan(run.Stdout).Value.Sections.Should().BeEmpty();
        run.Stderr.Should().Contain(file + ": GT0612 error: The document is empty.");
    }

    [Fact]
    public void A_missing_file_is_a_bad_input_file()
    {
        var run = Run("import", Path.Combine(_directory, "missing.txt"));

        run.ExitCode.Should().Be(1);
        run.Stdout.Should().BeEmpty();
        run.Stderr.Should().StartWith("govplan: cannot read ");
    }

    [Fact]
    public void Json_and_stats_together_are_a_usage_error()
    {
        var run = Run("import", Seed("000_7a8037ce1b73a2ce.txt"), "--json", "--stats");

        run.ExitCode.Should().Be(2);
        run.Stdout.Should().BeEmpty();
    }

    [Fact]
    public void Commands_that_take_a_plan_read_plan_json_and_documents_alike()
    {
        var document = Seed("004_d89e21f17307f581.txt");
        var json = Path.Combine(_directory, "plan.json");
        File.WriteAllText(json, Run("import", document).Stdout);

        var fromJson = PlanInput.Read(File.ReadAllText(json), out _).ValueOrDefault;
        var fromDocument = PlanInput.Read(File.ReadAllText(document), out _).ValueOrDefault;

        fromDocument.Should().NotBeNull();
        fromJson.Should().Be(fromDocument);
        fromDocument!.EnumerateTasks().Select(l => l.Task.Number.Value).Should().Equal(Enumerable.Range(1, 37));
    }

    private static string Seed(string name) => Path.Combine(SeedDirectory, name);

    private static Result Run(params string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var code = GovPlan.Run(args, stdout, stderr);
        return new Result(code, stdout.ToString(), stderr.ToString());
    }

    private sealed record Result(int ExitCode, string Stdout, string Stderr);
}
