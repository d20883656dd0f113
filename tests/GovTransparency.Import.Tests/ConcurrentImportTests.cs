using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using GovTransparency.Domain.Serialization;
using GovTransparency.Domain.Tests.Concurrency;
using GovTransparency.Domain.Tests.TestSupport;
using GovTransparency.Domain.Validation;
using Xunit;

namespace GovTransparency.Import.Tests;

/// <summary>
/// The importer and the shared validator, used from 16 threads at once over every seed, give exactly the plans, JSON
/// and findings they give on one thread.
/// </summary>
public class ConcurrentImportTests
{
    [Fact]
    public void Importing_and_validating_every_seed_on_16_threads_gives_what_one_thread_gives()
    {
        var documents = Seeds.All.Select(Seeds.Read).ToArray();
        IReadOnlyList<string> Work() => documents
            .Select(d => PlanDocumentImporter.Import(d))
            .Select(r => PlanJson.Serialize(r.Plan) + "\n" + string.Join("\n", r.Diagnostics.Select(x => x.ToString())) + "\n" +
                string.Join("\n", PlanValidator.Default.Validate(r.Plan, r.ProgressReport is null ? null : new[] { r.ProgressReport })
                    .Findings.Select(f => f.Diagnostic.ToString())))
            .ToList();

        var concurrent = Concurrently.Run(2, Work);
        var alone = Work();

        alone.Should().HaveCount(5).And.OnlyContain(s => s.Length > 1000);
        concurrent.Should().HaveCount(Concurrently.Threads * 2).And.AllSatisfy(answers => answers.Should().Equal(alone));
    }
}
