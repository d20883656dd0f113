using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Testing.Internal;

namespace GovTransparency.Domain.Testing;

/// <summary>
/// Short ways to write a test plan: <see cref="Plan"/> from task rows in one call, <see cref="ForYear"/> for a fluent
/// <see cref="PlanFixture"/>. With <c>using static GovTransparency.Domain.Testing.TestPlans;</c> a plan reads like
/// the table it stands for.
/// </summary>
/// <example>
/// <code>
/// var plan = Plan(2021,
///     Task(1, "公开财政预决算", "10月底前", "区财政局"),
///     Task(2, "做好政策解读", "持续推进", "区政府办公室"));
/// </code>
/// </example>
public static class TestPlans
{
    /// <summary>Starts a plan for <paramref name="year"/> with the defaults of <see cref="PlanFixture"/>.</summary>
    /// <param name="year">The plan year, 1949 to 9998.</param>
    /// <returns>A new fixture.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="year"/> is out of range.</exception>
    public static PlanFixture ForYear(int year) => new(year);

    /// <summary>Builds a plan for <paramref name="year"/> whose one section and subsection hold <paramref name="tasks"/>, in order.</summary>
    /// <param name="year">The plan year, 1949 to 9998.</param>
    /// <param name="tasks">The task rows, made with <see cref="Task"/>.</param>
    /// <returns>The plan, not issued (no issue date: 印发后… limits need one, see <see cref="PlanFixture.IssuedOn"/>).</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="tasks"/> is null or contains null.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="year"/> is out of range.</exception>
    public static WorkPlan Plan(int year, params TaskFixture[] tasks)
    {
        Require.NoNulls(tasks, nameof(tasks));
        var fixture = new PlanFixture(year);
        foreach (var task in tasks)
        {
            fixture.Task(task);
        }

        return fixture.Build();
    }

    /// <summary>Writes one task row: number, requirement, time limit as written, lead unit.</summary>
    /// <param name="number">The task number, 1 to 99999.</param>
    /// <param name="requirement">The requirement text (工作要求).</param>
    /// <param name="timeLimit">The time limit as written (时限要求): 年底前, 10月底前, 持续推进 …; empty for none.</param>
    /// <param name="lead">The lead unit (牵头 = lead), for example 区财政局; empty for none.</param>
    /// <returns>The row.</returns>
    /// <exception cref="System.ArgumentNullException">A text argument is null.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="number"/> is outside 1 to 99999.</exception>
    public static TaskFixture Task(int number, string requirement, string timeLimit, string lead) =>
        new(number, requirement, timeLimit, lead);
}
