using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Progress;
using GovTransparency.Domain.Units;
using NodaTime;

namespace GovTransparency.Domain.Tests.TestSupport;

/// <summary>FsCheck generators of whole model values: every deadline kind, Chinese text, empty collections, null dates.</summary>
public static class ModelGenerators
{
    private static readonly string[] Words =
    {
        "区财政局", "县政府各部门", "各乡镇街", "等有关部门", "市大数据委", "推进", "政务公开", "年底前", "（负责专题建设）",
        "\"引号\"", "a,b", "line\nbreak", "emoji😀", "", " ", "\\", "〔2021〕",
    };

    private static readonly RecurrenceFrequency[] Frequencies =
    {
        RecurrenceFrequency.Daily, RecurrenceFrequency.Weekly, RecurrenceFrequency.Monthly,
        RecurrenceFrequency.Quarterly, RecurrenceFrequency.HalfYearly, RecurrenceFrequency.Yearly,
    };

    public static Gen<string> Text { get; } = Gen.Elements(Words).ListOf().Select(parts => string.Concat(parts));

    public static Gen<string> NonEmptyText { get; } = Text.Where(t => t.Trim().Length > 0);

    public static Gen<LocalDate> Date { get; } = Gen.Choose(0, 365 * 40).Select(days => new LocalDate(2000, 1, 1).PlusDays(days));

    public static Gen<LocalDate?> OptionalDate { get; } = Gen.OneOf(Gen.Constant<LocalDate?>(null), Date.Select(d => (LocalDate?)d));

    public static Gen<RuleYear> Year { get; } = Gen.OneOf(
        Gen.Constant(RuleYear.PlanYear),
        Gen.Constant(RuleYear.NextYear),
        Gen.Choose(1990, 2099).Select(RuleYear.Of));

    public static Gen<DeadlineRule.Fixed> SingleDate { get; } = Gen.OneOf(
        Year.Select(y => (DeadlineRule.Fixed)new DeadlineRule.ByYearEnd(y)),
        from y in Year from m in Gen.Choose(1, 12) select (DeadlineRule.Fixed)new DeadlineRule.ByMonthEnd(y, m),
        from y in Year from m in Gen.Choose(1, 12) from d in Gen.Choose(1, 28) select (DeadlineRule.Fixed)new DeadlineRule.ByDate(y, m, d),
        from y in Year
        from p in Gen.Elements(YearPeriod.FirstHalf, YearPeriod.SecondHalf, YearPeriod.FirstQuarter, YearPeriod.SecondQuarter, YearPeriod.ThirdQuarter, YearPeriod.FourthQuarter)
        select (DeadlineRule.Fixed)new DeadlineRule.ByPeriodEnd(y, p),
        from y in Year
        from m in Gen.Choose(1, 12)
        from part in Gen.Elements(TenDayPeriod.Early, TenDayPeriod.Middle, TenDayPeriod.Late)
        select (DeadlineRule.Fixed)new DeadlineRule.ByTenDayPeriodEnd(y, m, part));

    public static Gen<DeadlineRule.Fixed> Fixed { get; } = Gen.OneOf(
        SingleDate,
        from start in SingleDate from end in SingleDate select (DeadlineRule.Fixed)new DeadlineRule.Spanning(start, end));

    public static Gen<DeadlineRule> Rule { get; } = Gen.OneOf(
        Fixed.Select(f => (DeadlineRule)f),
        Gen.Constant<DeadlineRule>(new DeadlineRule.Continuous()),
        Gen.Constant<DeadlineRule>(new DeadlineRule.Unspecified()),
        Text.Select(t => (DeadlineRule)new DeadlineRule.Unrecognized(t)),
        from frequency in Gen.Elements(Frequencies)
        from day in Gen.Choose(0, 28)
        from alternative in Gen.Elements(Frequencies.Select(f => (RecurrenceFrequency?)f).Append(null).ToArray())
        select (DeadlineRule)new DeadlineRule.Recurring(frequency, day == 0 ? null : (day % 12) + 1, day == 0 ? null : day, alternative),
        from e in Gen.Elements(RelativeEvent.Unnamed, RelativeEvent.PlanIssued, RelativeEvent.Received, RelativeEvent.Approved, RelativeEvent.Other)
        from amount in Gen.Choose(1, 400)
        from unit in Gen.Elements(PeriodUnit.Days, PeriodUnit.WorkingDays, PeriodUnit.Weeks, PeriodUnit.Months, PeriodUnit.Years)
        from text in e == RelativeEvent.Unnamed ? Gen.Constant<string?>(null) : e == RelativeEvent.Other ? Gen.Elements<string?>("受理", "收到申请") : Gen.Elements<string?>(null, "收到留言咨询", "批复")
        select (DeadlineRule)new DeadlineRule.Relative(e, amount, unit, text),
        (from due in Fixed from action in Gen.Elements<string?>(null, "提出方案", "完成") select new Milestone(due, action))
            .NonEmptyListOf().Select(steps => (DeadlineRule)new DeadlineRule.Milestones(steps)));

    public static Gen<Assignment> Assignment { get; } =
        from name in NonEmptyText
        from kind in Gen.Elements(UnitKind.Specific, UnitKind.Collective, UnitKind.OpenEnded)
        from role in Gen.Elements(UnitRole.Lead, UnitRole.Responsible, UnitRole.Cooperating)
        from note in Gen.Elements<string?>(null, "负责专题建设", "牵头")
        select new Assignment(new Unit(name, kind), role, note);

    public static Gen<WorkTask> Task { get; } =
        from number in Gen.Choose(1, 500)
        from requirement in Text
        from title in Gen.Elements<string?>(null, "公开目录", "")
        from assignments in Assignment.ListOf()
        from rule in Rule
        from timeLimit in Gen.Elements<string?>(null, "年底前", "2020年\n10月\n底前", "")
        select new WorkTask(new TaskNumber(number), requirement) { Title = title, Assignments = assignments, Deadline = rule, TimeLimitText = timeLimit };

    public static Gen<Subsection> Subsection { get; } =
        from number in Gen.Choose(1, 99)
        from title in Text
        from tasks in Task.ListOf()
        select new Subsection(new ChineseOrdinal(number), title) { Tasks = tasks };

    public static Gen<Section> Section { get; } =
        from number in Gen.Choose(1, 99)
        from title in Text
        from tasks in Task.ListOf()
        from subsections in Subsection.ListOf()
        select new Section(new ChineseOrdinal(number), title) { Tasks = tasks, Subsections = subsections };

    public static Gen<DocumentNumber?> OptionalDocumentNumber { get; } = Gen.OneOf(
        Gen.Constant<DocumentNumber?>(null),
        from issuer in Gen.Elements("榕政办", "国办发", "泗政办秘", "闽政办函")
        from year in Gen.Choose(2000, 2030)
        from serial in Gen.Choose(1, 300)
        select (DocumentNumber?)new DocumentNumber(issuer, year, serial));

    public static Gen<DocumentReference> Reference { get; } =
        from number in OptionalDocumentNumber
        from title in Gen.Elements<string?>(null, "2021年政务公开工作要点")
        select new DocumentReference(number, title);

    public static Gen<WorkPlan> Plan { get; } =
        from title in Text
        from year in Gen.Choose(2000, 2030)
        from authority in Gen.Elements<string?>(null, "福州市人民政府办公厅")
        from number in OptionalDocumentNumber
        from level in Gen.Elements(PlanLevel.Unspecified, PlanLevel.National, PlanLevel.Municipal, PlanLevel.County, PlanLevel.Department)
        from written in OptionalDate
        from issued in OptionalDate
        from published in OptionalDate
        from implements in Reference.ListOf()
        from sections in Section.ListOf()
        select new WorkPlan(title, year)
        {
            IssuingAuthority = authority,
            DocumentNumber = number,
            Level = level,
            WrittenOn = written,
            IssuedOn = issued,
            PublishedOn = published,
            Implements = implements,
            Sections = sections,
        };

    public static Gen<ProgressMetric> Metric { get; } =
        from subject in Text
        from quantity in Gen.Choose(0, 10_000)
        from measure in Gen.Elements<string?>(null, "篇", "家")
        select new ProgressMetric(subject, quantity, measure);

    public static Gen<ProgressEntry> Entry { get; } =
        from task in Gen.Choose(1, 500)
        from status in Gen.Elements(ProgressStatus.Unknown, ProgressStatus.NotStarted, ProgressStatus.InProgress, ProgressStatus.Completed)
        from text in Text
        from metrics in Metric.ListOf()
        from completedOn in OptionalDate
        select new ProgressEntry(new TaskNumber(task), status, text) { Metrics = metrics, CompletedOn = completedOn };

    public static Gen<ProgressReport> Report { get; } =
        from asOf in Date
        from title in Gen.Elements<string?>(null, "9月进展")
        from planTitle in Text
        from number in OptionalDocumentNumber
        from entries in Entry.ListOf()
        select new ProgressReport(asOf) { Title = title, PlanTitle = planTitle, PlanDocumentNumber = number, Entries = entries };
}
