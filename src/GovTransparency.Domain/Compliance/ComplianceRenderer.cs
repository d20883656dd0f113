using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using GovTransparency.Domain.Internal;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Progress;
using GovTransparency.Domain.Units;
using NodaTime;

namespace GovTransparency.Domain.Compliance;

/// <summary>
/// Writes a <see cref="ComplianceSummary"/> for people and programs: Markdown (tables that read in a terminal and
/// render on a web page), CSV (the 台账, one row per task, UTF-8 with a byte order mark so that Excel opens the Chinese
/// text correctly, RFC 4180 quoting), and JSON (camelCase, Chinese unescaped).
/// </summary>
/// <remarks>
/// Headings, column names and standings are in Chinese for any <c>zh</c> culture and in English otherwise; the culture
/// is an explicit argument and chooses nothing else. Numbers and dates are written the same under every culture
/// (ISO dates, ASCII digits). Text from the plan and the reports (requirements, unit names, progress) is written as it
/// is. JSON keys and values are fixed English names whatever the culture.
/// </remarks>
public static class ComplianceRenderer
{
    /// <summary>The most unit names a Markdown cell lists before "and n more".</summary>
    private const int MaxUnitsInCell = 3;

    /// <summary>The characters of a requirement kept in lists.</summary>
    private const int ExcerptLength = 30;

    /// <summary>The totals table: the measure left, the count right.</summary>
    private static readonly bool[] CountAlignment = { false, true };

    private static readonly ComplianceJsonContext Indented = new(JsonOptions(indented: true));
    private static readonly ComplianceJsonContext Compact = new(JsonOptions(indented: false));

    /// <summary>Gets the encoding of <see cref="WriteCsv"/>: UTF-8 with a byte order mark, which Excel needs to read Chinese text.</summary>
    public static Encoding CsvEncoding => CsvWriter.Utf8WithBom;

    /// <summary>
    /// Writes the summary as Markdown: the plan and dates, totals and rates, the overdue, due-soon, silent and completed
    /// lists, the per-unit and per-section tables, and the changes since the previous report.
    /// </summary>
    /// <param name="summary">The summary.</param>
    /// <param name="culture">Chooses the language of headings: Chinese for any <c>zh</c> culture, English otherwise.</param>
    /// <returns>The Markdown text, lines ending in a line feed.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string ToMarkdown(ComplianceSummary summary, CultureInfo culture)
    {
        Guard.Against.Null(summary);
        var words = Words(culture);
        var totals = summary.Totals;
        var md = new StringBuilder();
        md.Append("# ").Append(words.Title).Append("\n\n");
        md.Append("- **").Append(words.Plan).Append("**").Append(words.Colon).Append(summary.Plan.Title).Append('\n');
        md.Append("- **").Append(words.AsOf).Append("**").Append(words.Colon).Append(Iso(summary.AsOf)).Append('\n');
        md.Append("- **").Append(words.LatestReport).Append("**").Append(words.Colon)
            .Append(summary.LatestReportOn is { } reportedOn ? Iso(reportedOn) : words.NoReport).Append("\n\n");

        Heading(md, words.Totals);
        var counts = new[]
        {
            totals.Tasks, totals.Completed, totals.CompletedOnTime, totals.CompletedLate, totals.CompletedUndetermined, totals.InProgress,
            totals.NotStarted, totals.Unknown, totals.Unreported, totals.Overdue, totals.DueSoon, totals.NotYetDue, totals.Ongoing, totals.Silent,
            totals.NoDueDate,
        };
        var labels = words.TotalRows;
        var rows = new List<IReadOnlyList<string?>>(labels.Length);
        for (var i = 0; i < labels.Length; i++)
        {
            rows.Add(new[] { labels[i], Number(counts[i]) });
        }

        MarkdownTable.Write(md, new[] { words.Measure, words.Count }, rows, CountAlignment);
        md.Append('\n').Append(words.Rates(totals)).Append("\n\n");

        Heading(md, words.Overdue);
        TaskList(md, words, summary.Overdue, words.OverdueColumns, t => new[]
        {
            t.Number.Text, t.Excerpt(ExcerptLength), Date(t.DueDate), Number(t.DaysOverdue), Units(t, UnitRole.Lead, words), Units(t, UnitRole.Responsible, words),
        });
        Heading(md, words.DueSoon(summary.Settings.DueSoonDays));
        TaskList(md, words, summary.DueSoon, words.DueSoonColumns, t => new[]
        {
            t.Number.Text, t.Excerpt(ExcerptLength), Date(t.DueDate), Number(t.DaysUntilDue), Units(t, UnitRole.Lead, words), Units(t, UnitRole.Responsible, words),
        });
        Heading(md, words.Silent(summary.Settings.SilenceDays));
        TaskList(md, words, summary.Silent, words.SilentColumns, t => new[]
        {
            t.Number.Text, t.Excerpt(ExcerptLength), t.ReportedOn is { } on ? Iso(on) : words.Never, Units(t, UnitRole.Lead, words), Units(t, UnitRole.Responsible, words),
        });
        var completed = new List<TaskCompliance>();
        foreach (var task in summary.Tasks)
        {
            if (task.IsCompleted)
            {
                completed.Add(task);
            }
        }

        Heading(md, words.Completed);
        TaskList(md, words, completed, words.CompletedColumns, t => new[]
        {
            t.Number.Text, t.Excerpt(ExcerptLength), Date(t.DueDate), t.Completion?.ToString() ?? string.Empty, words.Timeliness(t.Timeliness),
        });

        UnitTable(md, words, words.ByLeadUnit, summary.ByLeadUnit);
        UnitTable(md, words, words.ByResponsibleUnit, summary.ByResponsibleUnit);
        UnitTable(md, words, words.ByCooperatingUnit, summary.ByCooperatingUnit);

        Heading(md, words.BySection);
        var sections = new List<IReadOnlyList<string?>>(summary.BySection.Count);
        foreach (var section in summary.BySection)
        {
            sections.Add(CountRow(section.Number.Format(OrdinalStyle.Enumeration) + section.Title, section.Totals));
        }

        CountTable(md, words, words.Section, sections);

        if (summary.Changes is { } changes)
        {
            Heading(md, words.ChangesSince(Iso(changes.Since)));
            md.Append("- ").Append(words.BecameCompleted).Append(words.Colon).Append(TaskNumbers(changes.BecameCompleted, words)).Append('\n');
            md.Append("- ").Append(words.SlippedToOverdue).Append(words.Colon).Append(TaskNumbers(changes.SlippedToOverdue, words)).Append('\n');
        }

        return md.ToString();
    }

    /// <summary>
    /// Writes the 台账 (ledger) as CSV text: a header row, then one row per task in plan order with its section,
    /// requirement, units, time limit, due date, latest progress, status, standing, days, completion and timeliness.
    /// The text has no byte order mark; use <see cref="WriteCsv"/> for a file Excel opens correctly.
    /// </summary>
    /// <param name="summary">The summary.</param>
    /// <param name="culture">Chooses the language of the header and the standing words.</param>
    /// <returns>RFC 4180 CSV: comma-separated, CRLF line ends, fields with commas, quotes or line breaks quoted.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string ToCsv(ComplianceSummary summary, CultureInfo culture)
    {
        Guard.Against.Null(summary);
        var words = Words(culture);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        WriteLedger(writer, summary, words);
        return writer.ToString();
    }

    /// <summary>Writes the 台账 as CSV (see <see cref="ToCsv"/>) to a stream, in UTF-8 starting with the byte order mark.</summary>
    /// <param name="summary">The summary.</param>
    /// <param name="stream">The stream; left open.</param>
    /// <param name="culture">Chooses the language of the header and the standing words.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteCsv(ComplianceSummary summary, Stream stream, CultureInfo culture)
    {
        Guard.Against.Null(summary);
        Guard.Against.Null(stream);
        var words = Words(culture);
        using var writer = new StreamWriter(stream, CsvWriter.Utf8WithBom, 4096, leaveOpen: true);
        WriteLedger(writer, summary, words);
    }

    /// <summary>
    /// Writes the summary as JSON: <c>asOf</c>, <c>plan</c>, <c>latestReportOn</c>, <c>settings</c>, <c>totals</c>
    /// (<c>tasks</c>, <c>completed</c> and its parts <c>completedOnTime</c>, <c>completedLate</c>,
    /// <c>completedUndetermined</c>, <c>inProgress</c>, <c>notStarted</c>, <c>overdue</c>, <c>dueSoon</c>,
    /// <c>notYetDue</c>, <c>ongoing</c>, <c>noDueDate</c>, <c>unknown</c>, <c>unreported</c>, <c>silent</c>,
    /// <c>completionRate</c>, <c>onTimeRate</c>), <c>byLeadUnit</c>, <c>byResponsibleUnit</c>,
    /// <c>byCooperatingUnit</c>, <c>bySection</c>, <c>overdue</c> and <c>dueSoon</c> (objects with <c>task</c> as
    /// written, <c>requirement</c>, <c>due</c>, <c>daysOverdue</c> or <c>daysUntilDue</c>, and the units),
    /// <c>silent</c>, <c>changes</c> (when there is an earlier report) and <c>tasks</c> (one object per task). Dates
    /// are ISO strings; rates are numbers from 0 to 1 rounded to four places, or absent when undefined.
    /// </summary>
    /// <param name="summary">The summary.</param>
    /// <param name="indented">Whether to indent; default true.</param>
    /// <returns>The JSON text, Chinese characters unescaped.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/> is null.</exception>
    public static string ToJson(ComplianceSummary summary, bool indented = true)
    {
        Guard.Against.Null(summary);
        var context = indented ? Indented : Compact;
        return JsonSerializer.Serialize(ToDto(summary), context.ComplianceSummaryDto);
    }

    private static Messages.ComplianceWords Words(CultureInfo culture) => Messages.Compliance(Diagnostic.IsChinese(Guard.Against.Null(culture)));

    private static void Heading(StringBuilder md, string text) => md.Append("## ").Append(text).Append("\n\n");

    private static void TaskList(
        StringBuilder md,
        Messages.ComplianceWords words,
        IReadOnlyList<TaskCompliance> tasks,
        string[] columns,
        Func<TaskCompliance, string[]> row)
    {
        if (tasks.Count == 0)
        {
            md.Append(words.None).Append("\n\n");
            return;
        }

        var rows = new List<IReadOnlyList<string?>>(tasks.Count);
        foreach (var task in tasks)
        {
            rows.Add(row(task));
        }

        MarkdownTable.Write(md, columns, rows);
        md.Append('\n');
    }

    private static void UnitTable(StringBuilder md, Messages.ComplianceWords words, string heading, IReadOnlyList<UnitCompliance> units)
    {
        Heading(md, heading);
        var rows = new List<IReadOnlyList<string?>>(units.Count);
        foreach (var unit in units)
        {
            rows.Add(CountRow(unit.Unit.Name, unit.Totals));
        }

        CountTable(md, words, words.Unit, rows);
    }

    private static void CountTable(StringBuilder md, Messages.ComplianceWords words, string first, List<IReadOnlyList<string?>> rows)
    {
        if (rows.Count == 0)
        {
            md.Append(words.None).Append("\n\n");
            return;
        }

        var columns = words.CountColumns(first);
        var right = new bool[columns.Length];
        for (var i = 1; i < right.Length; i++)
        {
            right[i] = true;
        }

        MarkdownTable.Write(md, columns, rows, right);
        md.Append('\n');
    }

    private static string[] CountRow(string name, ComplianceTotals totals) => new[]
    {
        name, Number(totals.Tasks), Number(totals.Completed), Number(totals.CompletedOnTime), Number(totals.CompletedLate),
        Number(totals.CompletedUndetermined), Number(totals.InProgress), Number(totals.NotStarted), Number(totals.Unknown),
        Number(totals.Overdue), Number(totals.DueSoon), Number(totals.Ongoing),
    };

    private static string TaskNumbers(IReadOnlyList<TaskCompliance> tasks, Messages.ComplianceWords words)
    {
        if (tasks.Count == 0)
        {
            return words.None;
        }

        var text = new StringBuilder();
        foreach (var task in tasks)
        {
            if (text.Length > 0)
            {
                text.Append(words.ListSeparator);
            }

            text.Append(task.Number.Text);
        }

        return text.ToString();
    }

    private static void WriteLedger(TextWriter writer, ComplianceSummary summary, Messages.ComplianceWords words)
    {
        CsvWriter.WriteRecord(writer, words.LedgerColumns);
        var fields = new string?[words.LedgerColumns.Length];
        foreach (var task in summary.Tasks)
        {
            var location = task.Location;
            var work = task.Task;
            fields[0] = task.Number.Text;
            fields[1] = location.Section.Number.Format(OrdinalStyle.Enumeration) + location.Section.Title;
            fields[2] = location.Subsection is { } subsection ? subsection.Number.Format(OrdinalStyle.FullWidthParentheses) + subsection.Title : string.Empty;
            fields[3] = work.Title;
            fields[4] = work.Requirement;
            fields[5] = ComplianceText.Units(work.Assignments, UnitRole.Lead, words.ListSeparator, int.MaxValue, null);
            fields[6] = ComplianceText.Units(work.Assignments, UnitRole.Responsible, words.ListSeparator, int.MaxValue, null);
            fields[7] = ComplianceText.Units(work.Assignments, UnitRole.Cooperating, words.ListSeparator, int.MaxValue, null);
            fields[8] = work.TimeLimitText ?? work.Deadline.ToChineseText();
            fields[9] = Date(task.DueDate);
            fields[10] = task.LatestEntry?.Text;
            fields[11] = task.ReportedOn is { } on ? Iso(on) : string.Empty;
            fields[12] = words.Status(task.Status, task.IsReported);
            fields[13] = words.Standing(task.Standing);
            fields[14] = Number(task.DaysOverdue);
            fields[15] = Number(task.DaysUntilDue);
            fields[16] = task.Completion?.ToString();
            fields[17] = words.Timeliness(task.Timeliness);
            fields[18] = task.IsSilent ? words.Yes : string.Empty;
            CsvWriter.WriteRecord(writer, fields);
        }
    }

    private static string Units(TaskCompliance task, UnitRole role, Messages.ComplianceWords words) =>
        ComplianceText.Units(task.Task.Assignments, role, words.ListSeparator, MaxUnitsInCell, words.AndMore);

    private static string Iso(LocalDate date) => Messages.IsoDate(date);

    private static string Date(LocalDate? date) => date is { } d ? Iso(d) : string.Empty;

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Number(int? value) => value is { } v ? Number(v) : string.Empty;

    private static JsonSerializerOptions JsonOptions(bool indented) => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = indented,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    private static ComplianceSummaryDto ToDto(ComplianceSummary summary)
    {
        var plan = summary.Plan;
        var dto = new ComplianceSummaryDto
        {
            AsOf = Iso(summary.AsOf),
            Plan = new PlanReferenceDto { Title = plan.Title, Year = plan.Year, DocumentNumber = plan.DocumentNumber?.ToString() },
            LatestReportOn = summary.LatestReportOn is { } on ? Iso(on) : null,
            Settings = new SettingsDto { DueSoonDays = summary.Settings.DueSoonDays, SilenceDays = summary.Settings.SilenceDays },
            Totals = Totals(summary.Totals),
            ByLeadUnit = UnitRows(summary.ByLeadUnit),
            ByResponsibleUnit = UnitRows(summary.ByResponsibleUnit),
            ByCooperatingUnit = UnitRows(summary.ByCooperatingUnit),
            Overdue = Listed(summary.Overdue),
            DueSoon = Listed(summary.DueSoon),
            Silent = Listed(summary.Silent),
        };
        foreach (var section in summary.BySection)
        {
            dto.BySection.Add(new SectionRowDto { Section = section.Number.Value, Title = section.Title, Totals = Totals(section.Totals) });
        }

        if (summary.Changes is { } changes)
        {
            dto.Changes = new ChangesDto { Since = Iso(changes.Since), AsOf = Iso(changes.AsOf) };
            foreach (var task in changes.BecameCompleted)
            {
                dto.Changes.BecameCompleted.Add(task.Number.Text);
            }

            foreach (var task in changes.SlippedToOverdue)
            {
                dto.Changes.SlippedToOverdue.Add(task.Number.Text);
            }
        }

        dto.Tasks.Capacity = summary.Tasks.Count;
        foreach (var task in summary.Tasks)
        {
            dto.Tasks.Add(Task(task));
        }

        return dto;
    }

    private static TaskDto Task(TaskCompliance task)
    {
        var dto = new TaskDto
        {
            Task = task.Number.Text,
            Section = task.Location.Section.Number.Value,
            Status = StatusName(task.Status),
            Standing = StandingName(task.Standing),
            Due = task.DueDate is { } due ? Iso(due) : null,
            DefaultDue = task.Resolution.IsDefault ? true : null,
            DaysOverdue = task.DaysOverdue,
            DaysUntilDue = task.DaysUntilDue,
            DaysLate = task.DaysLate,
            Completed = Completion(task.Completion),
            Timeliness = task.Timeliness is { } timeliness ? TimelinessName(timeliness) : null,
            ReportedOn = task.ReportedOn is { } on ? Iso(on) : null,
            Progress = task.LatestEntry?.Text,
            Silent = task.IsSilent ? true : null,
        };
        if (task.Occurrences.Count > 0)
        {
            dto.Occurrences = new List<OccurrenceDto>(task.Occurrences.Count);
            foreach (var occurrence in task.Occurrences)
            {
                dto.Occurrences.Add(new OccurrenceDto
                {
                    PeriodStart = Iso(occurrence.Occurrence.PeriodStart),
                    PeriodEnd = Iso(occurrence.Occurrence.PeriodEnd),
                    Due = Iso(occurrence.Occurrence.DueDate),
                    Standing = StandingName(occurrence.Standing),
                    DaysOverdue = occurrence.DaysOverdue,
                    DaysUntilDue = occurrence.DaysUntilDue,
                    DaysLate = occurrence.DaysLate,
                    Completed = Completion(occurrence.Completion),
                });
            }
        }

        return dto;
    }

    private static CompletionDto? Completion(CompletionInterval? completion) =>
        completion is { } c ? new CompletionDto { Earliest = Iso(c.Earliest), Latest = Iso(c.Latest) } : null;

    private static List<ListedTaskDto> Listed(IReadOnlyList<TaskCompliance> tasks)
    {
        var listed = new List<ListedTaskDto>(tasks.Count);
        foreach (var task in tasks)
        {
            var item = new ListedTaskDto
            {
                Task = task.Number.Text,
                Requirement = task.Excerpt(ExcerptLength),
                Due = task.DueDate is { } due ? Iso(due) : null,
                DaysOverdue = task.DaysOverdue,
                DaysUntilDue = task.DaysUntilDue,
                LastReportedOn = task.IsSilent && task.ReportedOn is { } on ? Iso(on) : null,
            };
            foreach (var assignment in task.Task.Assignments)
            {
                switch (assignment.Role)
                {
                    case UnitRole.Lead:
                        item.LeadUnits.Add(assignment.Unit.Name);
                        break;
                    case UnitRole.Responsible:
                        item.ResponsibleUnits.Add(assignment.Unit.Name);
                        break;
                }
            }

            listed.Add(item);
        }

        return listed;
    }

    private static List<UnitRowDto> UnitRows(IReadOnlyList<UnitCompliance> rows)
    {
        var list = new List<UnitRowDto>(rows.Count);
        foreach (var row in rows)
        {
            list.Add(new UnitRowDto { Unit = row.Unit.Name, Kind = KindName(row.Unit.Kind), Totals = Totals(row.Totals) });
        }

        return list;
    }

    private static TotalsDto Totals(ComplianceTotals totals) => new()
    {
        Tasks = totals.Tasks,
        Completed = totals.Completed,
        CompletedOnTime = totals.CompletedOnTime,
        CompletedLate = totals.CompletedLate,
        CompletedUndetermined = totals.CompletedUndetermined,
        InProgress = totals.InProgress,
        NotStarted = totals.NotStarted,
        Overdue = totals.Overdue,
        DueSoon = totals.DueSoon,
        NotYetDue = totals.NotYetDue,
        Ongoing = totals.Ongoing,
        NoDueDate = totals.NoDueDate,
        Unknown = totals.Unknown,
        Unreported = totals.Unreported,
        Silent = totals.Silent,
        CompletionRate = Round(totals.CompletionRate),
        OnTimeRate = Round(totals.OnTimeRate),
    };

    private static double? Round(double? rate) => rate is { } r ? Math.Round(r, 4, MidpointRounding.AwayFromZero) : null;

    private static string StatusName(ProgressStatus status) => status switch
    {
        ProgressStatus.Completed => "completed",
        ProgressStatus.InProgress => "inProgress",
        ProgressStatus.NotStarted => "notStarted",
        _ => "unknown",
    };

    private static string StandingName(ComplianceStanding standing) => standing switch
    {
        ComplianceStanding.CompletedOnTime => "completedOnTime",
        ComplianceStanding.CompletedLate => "completedLate",
        ComplianceStanding.CompletedUndetermined => "completedUndetermined",
        ComplianceStanding.Overdue => "overdue",
        ComplianceStanding.DueSoon => "dueSoon",
        ComplianceStanding.NotYetDue => "notYetDue",
        ComplianceStanding.Ongoing => "ongoing",
        _ => "noDueDate",
    };

    private static string TimelinessName(Timeliness timeliness) => timeliness switch
    {
        Progress.Timeliness.OnTime => "onTime",
        Progress.Timeliness.Late => "late",
        _ => "undetermined",
    };

    private static string KindName(UnitKind kind) => kind switch
    {
        UnitKind.Collective => "collective",
        UnitKind.OpenEnded => "openEnded",
        _ => "specific",
    };
}
