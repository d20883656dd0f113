using System.IO;
using BenchmarkDotNet.Attributes;
using GovTransparency.Import;

namespace GovTransparency.Domain.Benchmarks;

/// <summary>Issue 6: importing each seed document takes ≤ 10 ms after warm-up.</summary>
[MemoryDiagnoser]
public class ImportBenchmarks
{
    private string _text = string.Empty;

    [Params("000_7a8037ce1b73a2ce.txt", "001_7855857b27222a3b.txt", "002_e0db4bb602b6eeec.txt", "003_faeede1183fd7fea.txt", "004_d89e21f17307f581.txt")]
    public string Seed { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup() => _text = File.ReadAllText(Path.Combine(SeedFolder(), Seed));

    [Benchmark]
    public ImportResult Import() => PlanDocumentImporter.Import(_text);

    private static string SeedFolder()
    {
        // BenchmarkDotNet runs from a generated folder below the project; walk up to the repository.
        var directory = new DirectoryInfo(System.AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "GovTransparency.Domain.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? throw new DirectoryNotFoundException("Repository root not found."), "tests", "Fixtures", "seeds");
    }
}
