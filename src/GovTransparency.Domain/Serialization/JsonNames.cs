using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Progress;
using GovTransparency.Domain.Units;

namespace GovTransparency.Domain.Serialization;

/// <summary>
/// The stable JSON names of enum values and deadline kinds. They are part of the format: written out here, not
/// derived from C# member names, so renaming a member never changes stored JSON.
/// </summary>
internal static class JsonNames
{
    public static readonly NameTable<PlanLevel> PlanLevels = new(
        (PlanLevel.Unspecified, "unspecified"),
        (PlanLevel.National, "national"),
        (PlanLevel.Provincial, "provincial"),
        (PlanLevel.Municipal, "municipal"),
        (PlanLevel.County, "county"),
        (PlanLevel.Township, "township"),
        (PlanLevel.Department, "department"));

    public static readonly NameTable<UnitKind> UnitKinds = new(
        (UnitKind.Specific, "specific"),
        (UnitKind.Collective, "collective"),
        (UnitKind.OpenEnded, "openEnded"));

    public static readonly NameTable<UnitRole> UnitRoles = new(
        (UnitRole.Lead, "lead"),
        (UnitRole.Responsible, "responsible"),
        (UnitRole.Cooperating, "cooperating"));

    public static readonly NameTable<ProgressStatus> ProgressStatuses = new(
        (ProgressStatus.Unknown, "unknown"),
        (ProgressStatus.NotStarted, "notStarted"),
        (ProgressStatus.InProgress, "inProgress"),
        (ProgressStatus.Completed, "completed"));

    public static readonly NameTable<YearPeriod> YearPeriods = new(
        (YearPeriod.FirstHalf, "firstHalf"),
        (YearPeriod.SecondHalf, "secondHalf"),
        (YearPeriod.FirstQuarter, "firstQuarter"),
        (YearPeriod.SecondQuarter, "secondQuarter"),
        (YearPeriod.ThirdQuarter, "thirdQuarter"),
        (YearPeriod.FourthQuarter, "fourthQuarter"));

    public static readonly NameTable<TenDayPeriod> TenDayPeriods = new(
        (TenDayPeriod.Early, "early"),
        (TenDayPeriod.Middle, "middle"),
        (TenDayPeriod.Late, "late"));

    public static readonly NameTable<RecurrenceFrequency> Frequencies = new(
        (RecurrenceFrequency.Daily, "daily"),
        (RecurrenceFrequency.Weekly, "weekly"),
        (RecurrenceFrequency.Monthly, "monthly"),
        (RecurrenceFrequency.Quarterly, "quarterly"),
        (RecurrenceFrequency.HalfYearly, "halfYearly"),
        (RecurrenceFrequency.Yearly, "yearly"));

    public static readonly NameTable<RelativeEvent> Events = new(
        (RelativeEvent.Unnamed, "unnamed"),
        (RelativeEvent.PlanIssued, "planIssued"),
        (RelativeEvent.Received, "received"),
        (RelativeEvent.Approved, "approved"),
        (RelativeEvent.Other, "other"));

    public static readonly NameTable<PeriodUnit> PeriodUnits = new(
        (PeriodUnit.Days, "days"),
        (PeriodUnit.WorkingDays, "workingDays"),
        (PeriodUnit.Weeks, "weeks"),
        (PeriodUnit.Months, "months"),
        (PeriodUnit.Years, "years"));

    // Deadline kind discriminators.
    public static readonly NameTable<DeadlineKindName> DeadlineKinds = new(
        (DeadlineKindName.YearEnd, "yearEnd"),
        (DeadlineKindName.MonthEnd, "monthEnd"),
        (DeadlineKindName.Date, "date"),
        (DeadlineKindName.PeriodEnd, "periodEnd"),
        (DeadlineKindName.TenDayPeriodEnd, "tenDayPeriodEnd"),
        (DeadlineKindName.Span, "span"),
        (DeadlineKindName.Continuous, "continuous"),
        (DeadlineKindName.Recurring, "recurring"),
        (DeadlineKindName.Relative, "relative"),
        (DeadlineKindName.Milestones, "milestones"),
        (DeadlineKindName.Unspecified, "unspecified"),
        (DeadlineKindName.Unrecognized, "unrecognized"));
}

/// <summary>The deadline kinds of the JSON contract (the <c>kind</c> discriminator).</summary>
internal enum DeadlineKindName
{
    YearEnd,
    MonthEnd,
    Date,
    PeriodEnd,
    TenDayPeriodEnd,
    Span,
    Continuous,
    Recurring,
    Relative,
    Milestones,
    Unspecified,
    Unrecognized,
}
