using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Internal;
using GovTransparency.Domain.Units;

namespace GovTransparency.Domain.Compliance;

/// <summary>
/// The choices a supervisor (督查) makes when judging a plan at a date: how far ahead "due soon" looks, how long a
/// continuous task may go without a report before it is flagged as silent, and which unit names are one unit.
/// </summary>
public sealed record ComplianceSettings
{
    /// <summary>The default due-soon window: 30 days (<see cref="TaskStanding.DefaultDueSoonDays"/>).</summary>
    public const int DefaultDueSoonDays = TaskStanding.DefaultDueSoonDays;

    /// <summary>
    /// The default silence window: 31 days, so that a plan reported on monthly (叶集区 publishes the state at each
    /// month's end) never flags a continuous task between two reports.
    /// </summary>
    public const int DefaultSilenceDays = 31;

    private readonly int _dueSoonDays = DefaultDueSoonDays;
    private readonly int _silenceDays = DefaultSilenceDays;
    private readonly UnitDirectory _units = UnitDirectory.Empty;

    /// <summary>Gets the default settings: 30 days due soon, 31 days of silence, no unit aliases.</summary>
    public static ComplianceSettings Default { get; } = new();

    /// <summary>
    /// Gets the due-soon window in days, at least 0: a task not completed is due soon when
    /// as-of date ≤ due date ≤ as-of date + window (both ends inclusive).
    /// </summary>
    /// <exception cref="System.ArgumentOutOfRangeException">The value is negative.</exception>
    public int DueSoonDays
    {
        get => _dueSoonDays;
        init => _dueSoonDays = Guard.Against.Negative(value);
    }

    /// <summary>
    /// Gets the silence window in days, at least 0: a continuous task (持续推进) not completed is silent when no
    /// report on or before the as-of date mentions it, or the latest that does is more than this many days before the
    /// as-of date.
    /// </summary>
    /// <exception cref="System.ArgumentOutOfRangeException">The value is negative.</exception>
    public int SilenceDays
    {
        get => _silenceDays;
        init => _silenceDays = Guard.Against.Negative(value);
    }

    /// <summary>
    /// Gets the unit directory that merges the names of one unit (县市监局 and 县市场监管局) into one row of the per-unit
    /// tables; the empty directory keeps every name as written.
    /// </summary>
    /// <exception cref="System.ArgumentNullException">The value is null.</exception>
    public UnitDirectory Units
    {
        get => _units;
        init => _units = Guard.Against.Null(value);
    }
}
