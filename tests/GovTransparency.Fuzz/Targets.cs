using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using GovTransparency.Domain;
using GovTransparency.Domain.Calendars;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Progress;
using GovTransparency.Domain.Serialization;
using GovTransparency.Domain.Units;
using GovTransparency.Domain.Validation;
using GovTransparency.Import;
using NodaTime;

namespace GovTransparency.Fuzz;

/// <summary>
/// One public parser under fuzzing: how to make an input, the call that is timed, and what is done with its result
/// afterwards (untimed, but it must not throw either: a parser's output must be usable).
/// </summary>
public sealed record Target(string Name, Func<Inputs, FuzzInput> Next, Func<FuzzInput, object?> Parse, Action<FuzzInput, object?> Consume)
{
    public bool TakesBytes { get; init; }
}

/// <summary>The seed corpus and every public parser of GovTransparency.Domain and GovTransparency.Import.</summary>
public static class Targets
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    private static readonly string[] Phrases =
    {
        "年底前", "2021年底前", "6月底前", "2021年6月30日前", "二〇二一年十月底前", "上半年", "第三季度", "10月中旬前",
        "2021年5月至12月", "7月底前提出方案，10月底前完成", "每季度", "每月10日前", "每年3月底前", "每半年或每年", "持续推进",
        "长期坚持", "自收到留言咨询之日起3个工作日内", "本方案印发后1个月内", "批准后20日内", "立即", "视情况而定", "",
        "市发改委牵头，各县(市)区政府负责", "牵头单位：区财政局；配合单位：区政务服务中心、各乡镇街", "县政府各部门、等有关部门",
        "国办发〔2021〕12号", "榕政办〔2021〕53号", "泗政办秘〔2020〕4号", "（一）", "一、", "十二、", "第二十三", "1.", "（12）",
        "12．", "已完成", "正在推进", "未开展", "已完成，发布图表图解11篇", "完成率95%", "2021年9月已上线",
    };

    public static IReadOnlyList<Target> All(string fixtures)
    {
        var documents = Directory.GetFiles(Path.Combine(fixtures, "seeds"), "*.txt").OrderBy(f => f, StringComparer.Ordinal)
            .Select(File.ReadAllText).ToArray();
        var lines = documents.SelectMany(d => d.Split('\n')).Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0)
            .Concat(Phrases).Distinct(StringComparer.Ordinal).ToArray();
        var imports = documents.Select(d => PlanDocumentImporter.Import(d)).ToArray();
        var planJson = imports.SelectMany(i => new[] { PlanJson.Serialize(i.Plan), PlanJson.Serialize(i.Plan, indented: false) }).ToArray();
        var reportJson = imports.Where(i => i.ProgressReport is not null)
            .SelectMany(i => new[] { PlanJson.Serialize(i.ProgressReport!), PlanJson.Serialize(i.ProgressReport!, indented: false) })
            .Append(planJson[0]).ToArray();
        var holidayJson = Directory.GetFiles(Path.Combine(fixtures, "holiday-cn"), "20*.json").OrderBy(f => f, StringComparer.Ordinal)
            .Select(File.ReadAllText).ToArray();
        var scheduleText = File.ReadAllText(Path.Combine(fixtures, "china-holidays.txt"));
        var schedules = scheduleText.Split(new[] { "\nyear " }, StringSplitOptions.None).Select((b, i) => i == 0 ? b : "year " + b)
            .Append(scheduleText).ToArray();
        var dayLines = scheduleText.Split('\n').Where(l => l.Length > 0 && char.IsDigit(l[0])).ToArray();
        var dayBlocks = Enumerable.Range(0, dayLines.Length / 8).Select(i => string.Join("\n", dayLines.Skip(i * 8).Take(8))).ToArray();

        Func<Inputs, FuzzInput> Phrase(IReadOnlyList<string> seeds, int randomLength = 80) => inputs =>
            FuzzInput.OfText(inputs.Next(3) == 0 ? inputs.RandomText(randomLength) : inputs.Mutate(seeds), 2007 + inputs.Next(20), inputs.Next(4), 0);

        Func<Inputs, FuzzInput> Utf8(IReadOnlyList<string> seeds)
        {
            var bytes = seeds.Select(s => Encoding.UTF8.GetBytes(s)).ToArray();
            return inputs => inputs.Next(6) == 0
                ? FuzzInput.OfBytes(Encoding.UTF8.GetBytes(inputs.RandomText(200)), variant: inputs.Next(2))
                : FuzzInput.OfBytes(inputs.MutateBytes(bytes), variant: inputs.Next(2));
        }

        return new[]
        {
            new Target("DeadlineText.Parse(string)", Phrase(lines), i => DeadlineText.Parse(i.Text, Context(i)), ConsumeDeadline),
            new Target("DeadlineText.Parse(span)", Phrase(lines), i => DeadlineText.Parse(i.Text.AsSpan(), Context(i)), (i, r) =>
            {
                ConsumeDeadline(i, r);
                Require(Equals(r, DeadlineText.Parse(i.Text, Context(i))), "the span and string overloads disagree");
            }),
            new Target("DeadlineText.FindInRequirement", Phrase(lines, 300), i => DeadlineText.FindInRequirement(i.Text, Context(i)), (i, r) =>
            {
                var result = (DeadlineSearchResult)r!;
                Messages(result.Diagnostics);
                foreach (var found in result.Deadlines)
                {
                    _ = found.ToString();
                }

                _ = result.ToMilestones()?.ToChineseText();
            }),
            new Target("AssignmentText.Parse", Phrase(lines), i => AssignmentText.Parse(i.Text, Roles[i.Variant % Roles.Length]), (input, r) =>
            {
                var result = (AssignmentParseResult)r!;
                Messages(result.Diagnostics);
                _ = result.ToString();
                Require(result.Assignments.All(a => a.Unit.Name.Trim().Length > 0), "an assignment has a blank unit name");
            }),
            new Target("AssignmentText.ParseColumns", inputs =>
            {
                var text = inputs.Mutate(lines) + "\u0001" + inputs.Mutate(lines);
                return FuzzInput.OfText(text, variant: inputs.Next(4), split: text.IndexOf('\u0001', StringComparison.Ordinal));
            },
            i =>
            {
                var split = Math.Min(i.Split, i.Text.Length);
                var lead = i.Variant == 1 ? null : i.Text.Substring(0, split);
                var responsible = i.Variant == 2 ? null : i.Text.Substring(Math.Min(split + 1, i.Text.Length));
                return AssignmentText.ParseColumns(lead, responsible);
            },
            (input, r) => Messages(((AssignmentParseResult)r!).Diagnostics)),
            new Target("Unit.FromName/InferKind", Phrase(lines, 40), i =>
                string.IsNullOrWhiteSpace(i.Text) ? Unit.InferKind(i.Text) : (object)Unit.FromName(i.Text), (input, r) => _ = r?.ToString()),
            new Target("DocumentNumber.Parse/TryParse", Phrase(lines, 40), i =>
            {
                _ = DocumentNumber.TryParse(i.Text, out _);
                return DocumentNumber.Parse(i.Text);
            },
            (input, r) =>
            {
                var result = (ParseResult<DocumentNumber>)r!;
                Messages(result.Diagnostics);
                if (result.TryGetValue(out var number))
                {
                    Require(DocumentNumber.Parse(number.ToString()).Success, "the formatted document number does not parse");
                }
            }),
            new Target("DocumentNumber.FindAll", Phrase(lines, 300), i => DocumentNumber.FindAll(i.Text), (input, r) =>
            {
                var result = (ParseResult<IReadOnlyList<DocumentNumberMatch>>)r!;
                Messages(result.Diagnostics);
                _ = result.ToString();
            }),
            new Target("ChineseOrdinal.Parse/TryParse", Phrase(lines, 20), i =>
            {
                _ = ChineseOrdinal.TryParse(i.Text, out _, out _);
                _ = ChineseOrdinal.TryParse(i.Text, out _);
                return ChineseOrdinal.Parse(i.Text);
            },
            (input, r) => ConsumeResult((ParseResult<ChineseOrdinal>)r!)),
            new Target("ChineseOrdinal.ParseHeading", Phrase(lines), i => ChineseOrdinal.ParseHeading(i.Text),
                (input, r) => ConsumeResult((ParseResult<OrdinalHeading>)r!)),
            new Target("TaskNumber.Parse/TryParse", Phrase(lines, 20), i =>
            {
                _ = TaskNumber.TryParse(i.Text, out _);
                return TaskNumber.Parse(i.Text);
            },
            (input, r) => ConsumeResult((ParseResult<TaskNumber>)r!)),
            new Target("TaskNumber.ParseHeading", Phrase(lines), i => TaskNumber.ParseHeading(i.Text),
                (input, r) => ConsumeResult((ParseResult<TaskHeading>)r!)),
            new Target("ProgressText.Parse", Phrase(lines, 200), i => ProgressText.Parse(i.Text), (input, r) => _ = r!.ToString()),
            new Target("ProgressEntry.FromText", Phrase(lines, 200), i => ProgressEntry.FromText(new TaskNumber(1 + i.Variant), i.Text),
                (input, r) => _ = r!.ToString()),
            new Target("PlanJson.DeserializePlan(string)", Phrase(planJson, 300), i => PlanJson.DeserializePlan(i.Text, ReadOptions(i)),
                (input, r) => ConsumePlan((ParseResult<WorkPlan>)r!)),
            new Target("PlanJson.DeserializePlan(utf8)", Utf8(planJson), i => PlanJson.DeserializePlan(i.Bytes, ReadOptions(i)),
                (input, r) => ConsumePlan((ParseResult<WorkPlan>)r!)) { TakesBytes = true },
            new Target("PlanJson.DeserializeProgressReport(string)", Phrase(reportJson, 300), i => PlanJson.DeserializeProgressReport(i.Text, ReadOptions(i)),
                (input, r) => ConsumeReport((ParseResult<ProgressReport>)r!)),
            new Target("PlanJson.DeserializeProgressReport(utf8)", Utf8(reportJson), i => PlanJson.DeserializeProgressReport(i.Bytes, ReadOptions(i)),
                (input, r) => ConsumeReport((ParseResult<ProgressReport>)r!)) { TakesBytes = true },
            new Target("HolidayScheduleParser.ParseHolidayCnJson", Phrase(holidayJson, 300), i => HolidayScheduleParser.ParseHolidayCnJson(i.Text),
                (input, r) => ConsumeSchedules((ParseResult<HolidaySchedule>)r!)),
            new Target("HolidayScheduleParser.Parse", Phrase(holidayJson.Concat(schedules).ToArray(), 300), i => HolidayScheduleParser.Parse(i.Text),
                (input, r) => ConsumeSchedules((ParseResult<IReadOnlyList<HolidaySchedule>>)r!)),
            new Target("HolidayScheduleParser.ParseText", Phrase(schedules, 300), i => HolidayScheduleParser.ParseText(i.Text),
                (input, r) => ConsumeSchedules((ParseResult<IReadOnlyList<HolidaySchedule>>)r!)),
            new Target("HolidayScheduleParser.ParseDays", Phrase(dayBlocks, 300), i => HolidayScheduleParser.ParseDays(i.Text),
                (input, r) => ConsumeResult((ParseResult<IReadOnlyList<ScheduledDay>>)r!)),
            new Target("PlanDocumentImporter.Import", Phrase(documents, 4000), i => PlanDocumentImporter.Import(
                i.Text, i.Variant == 0 ? new ImportOptions { PlanYear = i.Year } : i.Variant == 1 ? null : new ImportOptions { DefaultYear = i.Year }),
                (input, r) => ConsumeImport(input, (ImportResult)r!)),
        };
    }

    private static readonly UnitRole[] Roles = { UnitRole.Responsible, UnitRole.Lead, UnitRole.Cooperating };

    private static DeadlineContext Context(FuzzInput input) =>
        new(input.Year, input.Variant % 2 == 0 ? null : new LocalDate(input.Year, 1 + (input.Variant * 3), 9));

    private static JsonReadOptions ReadOptions(FuzzInput input) => input.Variant % 2 == 0 ? JsonReadOptions.Default : JsonReadOptions.StrictMode;

    private static void ConsumeDeadline(FuzzInput input, object? result)
    {
        var parsed = (DeadlineParseResult)result!;
        Messages(parsed.Diagnostics);
        _ = parsed.Rule.ToChineseText();
        _ = parsed.Rule.ToEnglishDescription();
        var resolution = DeadlineResolver.Resolve(parsed.Rule, Context(input), ChinaCalendar.Default);
        _ = resolution.ToString();
    }

    private static void ConsumeResult<T>(ParseResult<T> result)
    {
        Messages(result.Diagnostics);
        _ = result.ToString();
    }

    private static void ConsumePlan(ParseResult<WorkPlan> result)
    {
        Messages(result.Diagnostics);
        if (result.TryGetValue(out var plan))
        {
            Messages(PlanValidator.Default.Validate(plan).Diagnostics);
            var json = PlanJson.Serialize(plan);
            var again = PlanJson.DeserializePlan(json);
            Require(
                (again.Success && again.Value.Equals(plan)) || HasReplacement(json),
                "a plan read from JSON does not round-trip" + Difference(json, again));
        }
    }

    private static void ConsumeReport(ParseResult<ProgressReport> result)
    {
        Messages(result.Diagnostics);
        if (result.TryGetValue(out var report))
        {
            var json = PlanJson.Serialize(report);
            var again = PlanJson.DeserializeProgressReport(json);
            Require((again.Success && again.Value.Equals(report)) || HasReplacement(json), "a progress report read from JSON does not round-trip");
        }
    }

    private static void ConsumeSchedules<T>(ParseResult<T> result)
    {
        Messages(result.Diagnostics);
        if (!result.TryGetValue(out var value))
        {
            return;
        }

        var schedules = value is HolidaySchedule one ? new[] { one } : ((IEnumerable<HolidaySchedule>)value!).ToArray();
        foreach (var schedule in schedules)
        {
            _ = schedule.ToString();
        }
    }

    private static void ConsumeImport(FuzzInput input, ImportResult result)
    {
        Messages(result.Diagnostics);
        _ = result.Statistics;
        Messages(PlanValidator.Default.Validate(result.Plan, result.ProgressReport is null ? null : new[] { result.ProgressReport })
            .Diagnostics);
        var json = PlanJson.Serialize(result.Plan);
        var again = PlanJson.DeserializePlan(json);
        // JSON (UTF-8) cannot carry a lone surrogate: the writer puts U+FFFD in its place, so the law is for
        // well-formed text.
        Require(
            (again.Success && again.Value.Equals(result.Plan)) || !IsWellFormed(input.Text),
            "an imported plan does not round-trip through JSON" + Difference(json, again));
    }

    /// <summary>Whether a text is well-formed UTF-16: no lone surrogate.</summary>
    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether JSON holds U+FFFD, which is what a lone surrogate in a value read from JSON is written as.</summary>
    private static bool HasReplacement(string json) =>
        json.Contains('\uFFFD', StringComparison.Ordinal) || json.Contains("\\uFFFD", StringComparison.OrdinalIgnoreCase);

    /// <summary>The first line where a plan's JSON and the JSON of the plan read back from it differ.</summary>
    private static string Difference(string json, ParseResult<WorkPlan> again)
    {
        if (!again.Success)
        {
            return ": " + again;
        }

        var before = json.Split('\n');
        var after = PlanJson.Serialize(again.Value).Split('\n');
        for (var i = 0; i < Math.Min(before.Length, after.Length); i++)
        {
            if (!before[i].Equals(after[i], StringComparison.Ordinal))
            {
                return $": line {i + 1} was {before[i].Trim()} and reads back as {after[i].Trim()}";
            }
        }

        return before.Length == after.Length ? ": the JSON is the same, the values are not" : ": the lengths differ";
    }

    private static void Messages(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Require(diagnostic.MessageZh.Length > 0 && diagnostic.MessageEn.Length > 0, "a diagnostic without a message: " + diagnostic.Code);
            _ = diagnostic.GetMessage(Chinese);
        }
    }

    private static void Require(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException("Law broken: " + what);
        }
    }
}
