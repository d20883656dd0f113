using GovTransparency.Domain.Testing.Internal;

namespace GovTransparency.Domain.Testing;

/// <summary>
/// One task of a test plan, as a row of a 任务分工 table: number, requirement (工作要求), time limit as written
/// (时限要求) and lead unit (牵头单位). Created by <see cref="TestPlans.Task"/> and turned into a
/// <see cref="Plans.WorkTask"/> by <see cref="TestPlans.Plan"/> or <see cref="PlanFixture.Task(TaskFixture, System.Action{Plans.WorkTaskBuilder})"/>.
/// </summary>
public sealed record TaskFixture
{
    /// <summary>Creates a task row.</summary>
    /// <param name="number">The task number, 1 to 99999.</param>
    /// <param name="requirement">The requirement text.</param>
    /// <param name="timeLimit">
    /// The time limit as written (年底前, 10月底前, 持续推进, 印发后5个工作日内 …), read with the library's parser; empty
    /// for none (the plan's default, year-end). Text the parser does not understand is kept as an unrecognised limit.
    /// </param>
    /// <param name="lead">The lead unit's name (区财政局); empty or white space for a task without a lead.</param>
    /// <exception cref="System.ArgumentNullException">A text argument is null.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="number"/> is outside 1 to 99999.</exception>
    public TaskFixture(int number, string requirement, string timeLimit, string lead)
    {
        Numbers.Task(number, nameof(number));
        Number = number;
        Requirement = Require.NotNull(requirement, nameof(requirement));
        TimeLimit = Require.NotNull(timeLimit, nameof(timeLimit));
        Lead = Require.NotNull(lead, nameof(lead));
    }

    /// <summary>Gets the task number.</summary>
    public int Number { get; }

    /// <summary>Gets the requirement text (工作要求).</summary>
    public string Requirement { get; }

    /// <summary>Gets the time limit as written (时限要求); empty for none.</summary>
    public string TimeLimit { get; }

    /// <summary>Gets the lead unit's name (牵头单位); empty for none.</summary>
    public string Lead { get; }
}
