using System.Collections.Generic;
using System.Linq;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Tests.TestSupport;

namespace GovTransparency.Import.Tests.TestSupport;

/// <summary>Imports the seed documents and finds tasks in the result.</summary>
public static class Imported
{
    public static ImportResult Seed(string fileName) => PlanDocumentImporter.Import(Seeds.Read(fileName));

    public static IReadOnlyList<WorkTask> Tasks(WorkPlan plan) => plan.EnumerateTasks().Select(l => l.Task).ToList();

    /// <summary>The task whose number has the value <paramref name="number"/>; there must be exactly one.</summary>
    public static WorkTask Task(WorkPlan plan, int number) => Tasks(plan).Single(t => t.Number.Value == number);

    /// <summary>The task whose number is written <paramref name="written"/>, such as 「3、」; there must be exactly one.</summary>
    public static WorkTask Task(WorkPlan plan, string written) => Tasks(plan).Single(t => t.Number.Text == written);

    public static IEnumerable<string> Names(IEnumerable<GovTransparency.Domain.Units.Unit> units) => units.Select(u => u.Name);

    /// <summary>The lines of a text as the importer numbers them (from 1).</summary>
    public static string[] Lines(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
}
