using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Internal;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Progress;
using GovTransparency.Domain.Units;
using NodaTime;
using NodaTime.Text;

namespace GovTransparency.Domain.Serialization;

/// <summary>
/// Reads UTF-8 JSON straight into the model with a <see cref="Utf8JsonReader"/>, no intermediate objects but for
/// deadline rules (whose meaning depends on a <c>kind</c> that may come after the members it governs).
/// </summary>
/// <remarks>
/// <para>
/// Two kinds of problems. A document whose shape is wrong (bad JSON, a value of the wrong JSON type, a missing
/// required member, an unknown member in strict mode) stops reading at once with one GT0501/GT0505 diagnostic.
/// Values of the right type that mean nothing (an impossible date, an unknown name, a number out of range) are
/// collected as GT0503/GT0504 diagnostics while reading goes on, in the order a reader of the whole document
/// would check them: each object is checked when it closes, its own members before those of its children.
/// </para>
/// <para>
/// Nesting is bounded by <see cref="JsonReaderOptions.MaxDepth"/> (64), so neither reading nor checking can
/// overflow the stack. It never throws on document content.
/// </para>
/// </remarks>
internal sealed class PlanJsonReader
{
    private const string CollectiveEnumSeparatorZh = "、";
    private const int ShortTextSlots = 256;
    private const int ShortTextMaxBytes = 64;

    // Texts up to this many UTF-8 bytes are transcoded on the stack (at most twice as many bytes of UTF-16).
    private const int MaxStackText = 512;

    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = JsonPath.MaxDepth };

    private static readonly Properties PlanProperties = new(
        "schemaVersion", "title", "year", "issuingAuthority", "documentNumber", "level", "writtenOn", "issuedOn", "publishedOn", "implements", "sections");

    private static readonly Properties ReferenceProperties = new("documentNumber", "title");
    private static readonly Properties SectionProperties = new("number", "title", "tasks", "subsections");
    private static readonly Properties SubsectionProperties = new("number", "title", "tasks");
    private static readonly Properties TaskProperties = new("number", "title", "requirement", "assignments", "timeLimit", "deadline");
    private static readonly Properties AssignmentProperties = new("unit", "unitKind", "role", "note");

    private static readonly Properties DeadlineProperties = new(
        "kind", "text", "year", "yearOffset", "frequency", "alternative", "month", "day", "period", "part", "event", "eventText", "amount", "unit", "start", "end", "steps");

    private static readonly Properties MilestoneProperties = new("due", "action");
    private static readonly Properties ReportProperties = new("schemaVersion", "asOf", "title", "planTitle", "planDocumentNumber", "entries");
    private static readonly Properties EntryProperties = new("task", "status", "text", "metrics", "completedOn");
    private static readonly Properties MetricProperties = new("subject", "quantity", "measureWord");

    private readonly bool _strict;
    private readonly JsonPath _path = new();
    private readonly List<Diagnostic> _diagnostics = new();

    // Lists reused while reading: the model copies nothing it is given as a ValueList, so each list is built here
    // once and wrapped at its exact size.
    private readonly List<Section> _sections = new();
    private readonly List<Subsection> _subsections = new();
    private readonly List<WorkTask> _tasks = new();
    private readonly List<Assignment> _assignments = new();
    private readonly List<RawDeadline> _deadlinePool = new();

    // Short texts that repeat from task to task (unit names, notes, time limits) are read once and shared: a
    // direct-mapped table of the last text seen in each slot, compared byte for byte.
    private readonly byte[]?[] _shortUtf8 = new byte[ShortTextSlots][];
    private readonly string?[] _shortText = new string[ShortTextSlots];
    private readonly bool[] _shortBlank = new bool[ShortTextSlots];

    // Assignments are immutable values, so one that repeats (the same unit, kind, role and note as an earlier
    // one, whose texts the table above already shares) is shared too.
    private readonly Assignment?[] _recentAssignments = new Assignment?[ShortTextSlots];
    private int _deadlinesInUse;

    // Set when reading stops on a document of the wrong shape; the JsonException that unwinds carries no data.
    private Failure? _failure;

    private PlanJsonReader(bool strict) => _strict = strict;

    private delegate Diagnostic Failure(string path, long? line);

    private delegate T? ReadObject<T>(PlanJsonReader state, ref Utf8JsonReader reader);

    public static ParseResult<WorkPlan> ReadPlan(ReadOnlySpan<byte> utf8Json, bool strict) =>
        ReadDocument(utf8Json, strict, static (PlanJsonReader state, ref Utf8JsonReader reader) => state.Plan(ref reader));

    public static ParseResult<ProgressReport> ReadReport(ReadOnlySpan<byte> utf8Json, bool strict) =>
        ReadDocument(utf8Json, strict, static (PlanJsonReader state, ref Utf8JsonReader reader) => state.Report(ref reader));

    /// <summary>Reads a plan for a converter of <see cref="PlanJson.Options"/>: the reader is on its first token.</summary>
    public static WorkPlan ReadPlanValue(ref Utf8JsonReader reader) =>
        ReadValue(ref reader, static (PlanJsonReader state, ref Utf8JsonReader r) => state.Plan(ref r));

    /// <summary>Reads a progress report for a converter of <see cref="PlanJson.Options"/>.</summary>
    public static ProgressReport ReadReportValue(ref Utf8JsonReader reader) =>
        ReadValue(ref reader, static (PlanJsonReader state, ref Utf8JsonReader r) => state.Report(ref r));

    /// <summary>Reads a deadline rule for a converter of <see cref="PlanJson.Options"/>.</summary>
    public static DeadlineRule ReadDeadlineValue(ref Utf8JsonReader reader) =>
        ReadValue(ref reader, static (PlanJsonReader state, ref Utf8JsonReader r) =>
        {
            state._path.EnterObject();
            var raw = state.DeadlineObject(ref r);
            state._path.Exit();
            return state.Deadline(raw, string.Empty);
        });

    private static ParseResult<T> ReadDocument<T>(ReadOnlySpan<byte> utf8Json, bool strict, ReadObject<T> read)
        where T : class
    {
        var state = new PlanJsonReader(strict);
        var reader = new Utf8JsonReader(utf8Json, ReaderOptions);
        try
        {
            reader.Read();
            state.Expect(ref reader, JsonTokenType.StartObject);
            var model = read(state, ref reader);

            // Anything but white space after the document makes the reader throw.
            if (reader.Read())
            {
                throw state.Fail(Messages.JsonExpectedObject);
            }

            return state._diagnostics.Count > 0 || model is null
                ? ParseResult<T>.ForFailure(state._diagnostics.Count > 0 ? state._diagnostics : new[] { Messages.JsonUnreadable("$", null, "The document could not be read.") })
                : ParseResult<T>.ForValue(model, state._diagnostics);
        }
        catch (JsonException e)
        {
            var line = LineAt(utf8Json, reader.TokenStartIndex);
            return ParseResult<T>.ForFailure(state._failure is { } failure
                ? failure(state._path.ToString(), line)
                : Messages.JsonUnreadable(state._path.ToString(), e.LineNumber, e.Message));
        }
        catch (InvalidOperationException)
        {
            return ParseResult<T>.ForFailure(Messages.JsonInvalidText(state._path.ToString(), LineAt(utf8Json, reader.TokenStartIndex)));
        }
    }

    private static T ReadValue<T>(ref Utf8JsonReader reader, ReadObject<T> read)
        where T : class
    {
        var state = new PlanJsonReader(strict: false);
        try
        {
            state.Expect(ref reader, JsonTokenType.StartObject);
            var model = read(state, ref reader);
            return state._diagnostics.Count == 0 && model is not null
                ? model
                : throw new JsonException(state._diagnostics.Count > 0 ? state._diagnostics[0].MessageEn : "The value could not be read.");
        }
        catch (JsonException) when (state._failure is { } failure)
        {
            throw new JsonException(failure(state._path.ToString(), null).MessageEn);
        }
    }

    private static long LineAt(ReadOnlySpan<byte> utf8Json, long position)
    {
        var line = 0;
        var end = (int)Math.Min(position, utf8Json.Length);
        for (var i = 0; i < end; i++)
        {
            if (utf8Json[i] == (byte)'\n')
            {
                line++;
            }
        }

        return line;
    }

    private static int Match(ref Utf8JsonReader reader, Properties properties)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            return properties.IndexOf(reader.ValueSpan);
        }

        var utf8 = properties.Utf8;
        for (var i = 0; i < utf8.Length; i++)
        {
            if (reader.ValueTextEquals(utf8[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsAsciiDigits(string text)
    {
        foreach (var c in text)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static string? Text(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static int MaxDay(int month) => month switch
    {
        2 => 29,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    // Reading stops here: the exception only unwinds; _failure says what went wrong.
    private JsonException Fail(Failure failure)
    {
        _failure = failure;
        return new JsonException();
    }

    private void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (reader.TokenType != type)
        {
            throw Fail(Messages.JsonExpectedObject);
        }
    }

    // ---- Tokens ----------------------------------------------------------------------------------------------

    // Moves to the next property of the current object; false at its end.
    private static bool NextProperty(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType == JsonTokenType.PropertyName;
    }

    private int Property(ref Utf8JsonReader reader, Properties properties)
    {
        var index = Match(ref reader, properties);
        if (index >= 0)
        {
            _path.Property(properties.Names[index]);
            return index;
        }

        if (_strict)
        {
            var name = reader.GetString() ?? string.Empty;
            _path.Property(name);
            throw Fail((path, line) => Messages.JsonUnknownProperty(path, line, name));
        }

        reader.Skip();
        return -1;
    }

    private void Missing(int seen, Properties properties, int required)
    {
        if ((seen & required) != required)
        {
            throw MissingMembers(seen, properties, required);
        }
    }

    // Kept apart from Missing so that the lambda's closure is only allocated when members are missing: C# creates
    // a closure where the captured variable's scope begins, which in Missing would be on every call.
    private JsonException MissingMembers(int seen, Properties properties, int required)
    {
        var missing = new List<string>();
        for (var i = 0; i < properties.Names.Length; i++)
        {
            if ((required & (1 << i)) != 0 && (seen & (1 << i)) == 0)
            {
                missing.Add(properties.Names[i]);
            }
        }

        return Fail((path, line) => Messages.JsonMissingMembers(path, line, missing));
    }

    // The current string token as text. System.Text.Json checks the UTF-8 in one pass and transcodes it in a
    // second; on .NET one pass does both, and anything unusual (escapes, invalid UTF-8) goes the usual way, whose
    // InvalidOperationException on invalid UTF-8 becomes a diagnostic.
    private static string TextOf(ref Utf8JsonReader reader)
    {
#if NET5_0_OR_GREATER
        if (!reader.ValueIsEscaped && !reader.HasValueSequence && reader.ValueSpan.Length <= MaxStackText)
        {
            var utf8 = reader.ValueSpan;
            Span<char> chars = stackalloc char[utf8.Length];
            if (System.Text.Unicode.Utf8.ToUtf16(utf8, chars, out _, out var written, replaceInvalidSequences: false) == System.Buffers.OperationStatus.Done)
            {
                return new string(chars.Slice(0, written));
            }
        }
#endif
        return reader.GetString()!;
    }

    private string? String(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.String => TextOf(ref reader),
            JsonTokenType.Null => null,
            _ => throw Fail(Messages.JsonExpectedString),
        };
    }

    // A string that is likely to repeat: shared with its earlier occurrence when the bytes are the same.
    private string? ShortString(ref Utf8JsonReader reader) => ShortString(ref reader, out _);

    // The same, also telling whether the text is null, empty or white space (remembered with the shared text).
    private string? ShortString(ref Utf8JsonReader reader, out bool blank)
    {
        reader.Read();
        string? value;
        if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped || reader.HasValueSequence)
        {
            value = reader.TokenType switch
            {
                JsonTokenType.String => reader.GetString(),
                JsonTokenType.Null => null,
                _ => throw Fail(Messages.JsonExpectedString),
            };
        }
        else if (reader.ValueSpan.Length == 0 || reader.ValueSpan.Length > ShortTextMaxBytes)
        {
            value = TextOf(ref reader);
        }
        else
        {
            var utf8 = reader.ValueSpan;
            var slot = (utf8.Length + (utf8[0] * 31) + (utf8[utf8.Length - 1] * 131) + (utf8[utf8.Length / 2] * 17)) & (ShortTextSlots - 1);
            if (_shortUtf8[slot] is not { } known || !utf8.SequenceEqual(known))
            {
                var text = TextOf(ref reader);
                _shortUtf8[slot] = utf8.ToArray();
                _shortText[slot] = text;
                _shortBlank[slot] = string.IsNullOrWhiteSpace(text);
            }

            blank = _shortBlank[slot];
            return _shortText[slot];
        }

        blank = string.IsNullOrWhiteSpace(value);
        return value;
    }

    // A task number as this library writes it ("12") is read from the bytes; anything else is kept as text.
    private string? TaskNumberText(ref Utf8JsonReader reader, out int value)
    {
        reader.Read();
        value = 0;
        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            var utf8 = reader.ValueSpan;
            if (utf8.Length is > 0 and <= 5 && utf8[0] != (byte)'0')
            {
                var number = 0;
                foreach (var b in utf8)
                {
                    if (b < (byte)'0' || b > (byte)'9')
                    {
                        number = -1;
                        break;
                    }

                    number = (number * 10) + (b - (byte)'0');
                }

                if (number > 0)
                {
                    value = number;
                    return null;
                }
            }
        }

        return reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Null => null,
            _ => throw Fail(Messages.JsonExpectedString),
        };
    }

    private int Int(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value) ? value : throw Fail(Messages.JsonExpectedInteger);
    }

    private int? NullableInt(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        return reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value) ? value : throw Fail(Messages.JsonExpectedInteger);
    }

    private JsonName<T> Name<T>(ref Utf8JsonReader reader, NameTable<T> names)
        where T : struct, Enum
    {
        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.String => names.Read(ref reader),
            JsonTokenType.Null => default,
            _ => throw ExpectedName(names),
        };
    }

    // Apart from Name for the same reason as MissingMembers: a closure over a parameter is allocated on entry.
    private JsonException ExpectedName<T>(NameTable<T> names)
        where T : struct, Enum =>
        Fail((path, line) => Messages.JsonExpectedName(path, line, names.Names));

    // Moves onto the value: true at the start of an array (entered), false on null.
    private bool StartArray(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            _path.EnterArray();
            return true;
        }

        return reader.TokenType == JsonTokenType.Null ? false : throw Fail(Messages.JsonExpectedArray);
    }

    // Moves to the next element of the current array: true on an object, false at the end (left) or on null.
    private bool NextElement(ref Utf8JsonReader reader, out bool isNull)
    {
        reader.Read();
        isNull = false;
        switch (reader.TokenType)
        {
            case JsonTokenType.EndArray:
                _path.Exit();
                return false;
            case JsonTokenType.StartObject:
                return true;
            case JsonTokenType.Null:
                isNull = true;
                return true;
            default:
                throw Fail(Messages.JsonExpectedObject);
        }
    }

    // Reads a list of objects into the reused list: null elements are reported (at the element, followed by
    // nullSuffix) and skipped, like elements whose own problems were reported.
    private ValueList<T>? Objects<T>(ref Utf8JsonReader reader, List<T> items, ReadObject<T> read, string nullSuffix, string nullZh, string nullEn)
        where T : class
    {
        if (!StartArray(ref reader))
        {
            return null;
        }

        items.Clear();
        while (NextElement(ref reader, out var isNull))
        {
            if (isNull)
            {
                Invalid(nullSuffix, null, nullZh, nullEn);
            }
            else if (read(this, ref reader) is { } item)
            {
                items.Add(item);
            }

            _path.NextIndex();
        }

        return ValueList<T>.Wrap(items.ToArray());
    }

    // ---- Plans -----------------------------------------------------------------------------------------------

    private WorkPlan? Plan(ref Utf8JsonReader reader)
    {
        _path.EnterObject();
        var seen = 0;
        string? title = null, authority = null, documentNumber = null, writtenOn = null, issuedOn = null, publishedOn = null;
        var year = 0;
        JsonName<PlanLevel> level = default;
        ValueList<Section>? sections = null;
        List<(bool IsNull, string? DocumentNumber, string? Title)>? implements = null;
        while (NextProperty(ref reader))
        {
            var property = Property(ref reader, PlanProperties);
            seen |= property < 0 ? 0 : 1 << property;
            switch (property)
            {
                case 0:
                    String(ref reader);
                    break;
                case 1:
                    title = String(ref reader);
                    break;
                case 2:
                    year = Int(ref reader);
                    break;
                case 3:
                    authority = String(ref reader);
                    break;
                case 4:
                    documentNumber = String(ref reader);
                    break;
                case 5:
                    level = Name(ref reader, JsonNames.PlanLevels);
                    break;
                case 6:
                    writtenOn = String(ref reader);
                    break;
                case 7:
                    issuedOn = String(ref reader);
                    break;
                case 8:
                    publishedOn = String(ref reader);
                    break;
                case 9:
                    implements = References(ref reader);
                    break;
                case 10:
                    sections = Sections(ref reader);
                    break;
            }

            _path.Property(null);
        }

        Missing(seen, PlanProperties, 0b111);
        _path.Exit();

        // The plan's own checks: the year first (nothing else is reported when it is wrong), then, after the
        // sections (checked while they were read), the references, the level, the document number and the dates.
        if (!Year(year, ".year"))
        {
            _diagnostics.RemoveRange(0, _diagnostics.Count - 1);
            return null;
        }

        var references = new List<DocumentReference>();
        if (implements is not null)
        {
            for (var i = 0; i < implements.Count; i++)
            {
                if (implements[i].IsNull)
                {
                    Invalid(".implements[" + i.ToString(CultureInfo.InvariantCulture) + "]", null, "文件引用", "a document reference");
                    continue;
                }

                var number = DocumentNumberOrNull(implements[i].DocumentNumber, ".implements[" + i.ToString(CultureInfo.InvariantCulture) + "].documentNumber");
                references.Add(new DocumentReference(number, implements[i].Title));
            }
        }

        OptionalName(level, JsonNames.PlanLevels, ".level", "行政层级", PlanLevel.Unspecified, out var planLevel);
        var plan = new WorkPlan(title ?? string.Empty, year)
        {
            IssuingAuthority = authority,
            DocumentNumber = DocumentNumberOrNull(documentNumber, ".documentNumber"),
            Level = planLevel,
            WrittenOn = DateOrNull(writtenOn, ".writtenOn"),
            IssuedOn = DateOrNull(issuedOn, ".issuedOn"),
            PublishedOn = DateOrNull(publishedOn, ".publishedOn"),
            Implements = references,
            Sections = sections ?? ValueList<Section>.Empty,
        };
        return plan;
    }

    private List<(bool IsNull, string? DocumentNumber, string? Title)>? References(ref Utf8JsonReader reader)
    {
        if (!StartArray(ref reader))
        {
            return null;
        }

        var references = new List<(bool, string?, string?)>();
        while (NextElement(ref reader, out var isNull))
        {
            if (isNull)
            {
                references.Add((true, null, null));
            }
            else
            {
                _path.EnterObject();
                string? number = null, title = null;
                while (NextProperty(ref reader))
                {
                    switch (Property(ref reader, ReferenceProperties))
                    {
                        case 0:
                            number = String(ref reader);
                            break;
                        case 1:
                            title = String(ref reader);
                            break;
                    }

                    _path.Property(null);
                }

                _path.Exit();
                references.Add((false, number, title));
            }

            _path.NextIndex();
        }

        return references;
    }

    private ValueList<Section>? Sections(ref Utf8JsonReader reader) =>
        Objects(ref reader, _sections, static (PlanJsonReader state, ref Utf8JsonReader r) => state.Section(ref r), string.Empty, "章节", "a section");

    private Section? Section(ref Utf8JsonReader reader)
    {
        _path.EnterObject();
        var mark = _diagnostics.Count;
        var seen = 0;
        var number = 0;
        string? title = null;
        ValueList<WorkTask>? tasks = null;
        ValueList<Subsection>? subsections = null;
        int tasksFrom = 0, tasksTo = 0, subsectionsFrom = 0, subsectionsTo = 0;
        while (NextProperty(ref reader))
        {
            var property = Property(ref reader, SectionProperties);
            seen |= property < 0 ? 0 : 1 << property;
            switch (property)
            {
                case 0:
                    number = Int(ref reader);
                    break;
                case 1:
                    title = String(ref reader);
                    break;
                case 2:
                    tasksFrom = _diagnostics.Count;
                    tasks = Tasks(ref reader);
                    tasksTo = _diagnostics.Count;
                    break;
                case 3:
                    subsectionsFrom = _diagnostics.Count;
                    subsections = Subsections(ref reader);
                    subsectionsTo = _diagnostics.Count;
                    break;
            }

            _path.Property(null);
        }

        Missing(seen, SectionProperties, 0b11);
        _path.Exit();

        // A section with a bad number is reported alone; otherwise its subsections come before its own tasks.
        if (Ordinal(number, ".number") is not { } ordinal)
        {
            _diagnostics.RemoveRange(mark, _diagnostics.Count - mark - 1);
            return null;
        }

        if (tasksTo > tasksFrom && subsectionsTo > subsectionsFrom && tasksFrom < subsectionsFrom)
        {
            var moved = _diagnostics.GetRange(tasksFrom, tasksTo - tasksFrom);
            _diagnostics.RemoveRange(tasksFrom, tasksTo - tasksFrom);
            _diagnostics.AddRange(moved);
        }

        return new Section(ordinal, title ?? string.Empty)
        {
            Tasks = tasks ?? ValueList<WorkTask>.Empty,
            Subsections = subsections ?? ValueList<Subsection>.Empty,
        };
    }

    private ValueList<Subsection>? Subsections(ref Utf8JsonReader reader) =>
        Objects(ref reader, _subsections, static (PlanJsonReader state, ref Utf8JsonReader r) => state.Subsection(ref r), string.Empty, "小节", "a subsection");

    private Subsection? Subsection(ref Utf8JsonReader reader)
    {
        _path.EnterObject();
        var mark = _diagnostics.Count;
        var seen = 0;
        var number = 0;
        string? title = null;
        ValueList<WorkTask>? tasks = null;
        while (NextProperty(ref reader))
        {
            var property = Property(ref reader, SubsectionProperties);
            seen |= property < 0 ? 0 : 1 << property;
            switch (property)
            {
                case 0:
                    number = Int(ref reader);
                    break;
                case 1:
                    title = String(ref reader);
                    break;
                case 2:
                    tasks = Tasks(ref reader);
                    break;
            }

            _path.Property(null);
        }

        Missing(seen, SubsectionProperties, 0b11);
        _path.Exit();
        if (Ordinal(number, ".number") is not { } ordinal)
        {
            _diagnostics.RemoveRange(mark, _diagnostics.Count - mark - 1);
            return null;
        }

        return new Subsection(ordinal, title ?? string.Empty) { Tasks = tasks ?? ValueList<WorkTask>.Empty };
    }

    private ValueList<WorkTask>? Tasks(ref Utf8JsonReader reader) =>
        Objects(ref reader, _tasks, static (PlanJsonReader state, ref Utf8JsonReader r) => state.Task(ref r), string.Empty, "任务", "a task");

    private WorkTask? Task(ref Utf8JsonReader reader)
    {
        _path.EnterObject();
        var mark = _diagnostics.Count;
        var seen = 0;
        string? numberText = null, title = null, requirement = null, timeLimit = null;
        var numberValue = 0;
        ValueList<Assignment>? assignments = null;
        RawDeadline? deadline = null;
        _deadlinesInUse = 0;
        while (NextProperty(ref reader))
        {
            var property = Property(ref reader, TaskProperties);
            seen |= property < 0 ? 0 : 1 << property;
            switch (property)
            {
                case 0:
                    numberText = TaskNumberText(ref reader, out numberValue);
                    break;
                case 1:
                    title = String(ref reader);
                    break;
                case 2:
                    requirement = String(ref reader);
                    break;
                case 3:
                    assignments = Assignments(ref reader);
                    break;
                case 4:
                    timeLimit = ShortString(ref reader);
                    break;
                case 5:
                    _deadlinesInUse = 0;
                    deadline = DeadlineValue(ref reader);
                    break;
            }

            _path.Property(null);
        }

        Missing(seen, TaskProperties, 0b101);
        _path.Exit();

        // The number is checked before the assignments and the deadline.
        var count = _diagnostics.Count;
        var number = numberValue > 0 ? new TaskNumber(numberValue) : TaskNumberOrNull(numberText, ".number");
        if (_diagnostics.Count > count)
        {
            var problem = _diagnostics[count];
            _diagnostics.RemoveAt(count);
            _diagnostics.Insert(mark, problem);
        }

        var rule = Deadline(deadline, ".deadline");
        return number is { } n && rule is not null
            ? new WorkTask(n, requirement ?? string.Empty)
            {
                Title = title,
                Assignments = assignments ?? ValueList<Assignment>.Empty,
                Deadline = rule,
                TimeLimitText = timeLimit,
            }
            : null;
    }

    private ValueList<Assignment>? Assignments(ref Utf8JsonReader reader) =>
        Objects(ref reader, _assignments, static (PlanJsonReader state, ref Utf8JsonReader r) => state.Assignment(ref r), ".unit", "非空的单位名称", "a unit name that is not empty");

    private Assignment? Assignment(ref Utf8JsonReader reader)
    {
        _path.EnterObject();
        var seen = 0;
        string? unit = null, note = null;
        bool unitBlank = true, noteBlank = true;
        JsonName<UnitKind> unitKind = default;
        JsonName<UnitRole> role = default;
        while (NextProperty(ref reader))
        {
            var property = Property(ref reader, AssignmentProperties);
            seen |= property < 0 ? 0 : 1 << property;
            switch (property)
            {
                case 0:
                    unit = ShortString(ref reader, out unitBlank);
                    break;
                case 1:
                    unitKind = Name(ref reader, JsonNames.UnitKinds);
                    break;
                case 2:
                    role = Name(ref reader, JsonNames.UnitRoles);
                    break;
                case 3:
                    note = ShortString(ref reader, out noteBlank);
                    break;
            }

            _path.Property(null);
        }

        Missing(seen, AssignmentProperties, 0b101);
        _path.Exit();
        if (unit is null || unitBlank)
        {
            Invalid(".unit", unit, "非空的单位名称", "a unit name that is not empty");
            return null;
        }

        if (!RequiredName(role, JsonNames.UnitRoles, ".role", "角色", out var unitRole)
            || !OptionalName(unitKind, JsonNames.UnitKinds, ".unitKind", "单位类型", UnitKind.Specific, out var kind))
        {
            return null;
        }

        var normalizedNote = noteBlank ? null : note;
        var slot = (RuntimeHelpers.GetHashCode(unit) ^ ((int)kind << 4) ^ ((int)unitRole << 8) ^ (normalizedNote is null ? 0 : RuntimeHelpers.GetHashCode(normalizedNote))) & (ShortTextSlots - 1);
        if (_recentAssignments[slot] is { } recent
            && ReferenceEquals(recent.Unit.Name, unit)
            && recent.Unit.Kind == kind
            && recent.Role == unitRole
            && ReferenceEquals(recent.Note, normalizedNote))
        {
            return recent;
        }

        return _recentAssignments[slot] = new Assignment(new Unit(unit, kind), unitRole, normalizedNote);
    }

    // ---- Deadlines -------------------------------------------------------------------------------------------

    // The value of a deadline member (deadline, start, end, due): null, or an object read into a raw rule.
    private RawDeadline? DeadlineValue(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Fail(Messages.JsonExpectedObject);
        }

        _path.EnterObject();
        var raw = DeadlineObject(ref reader);
        _path.Exit();
        return raw;
    }

    private RawDeadline DeadlineObject(ref Utf8JsonReader reader)
    {
        var raw = RentDeadline();
        var seen = 0;
        while (NextProperty(ref reader))
        {
            var property = Property(ref reader, DeadlineProperties);
            seen |= property < 0 ? 0 : 1 << property;
            switch (property)
            {
                case 0:
                    raw.Kind = Name(ref reader, JsonNames.DeadlineKinds);
                    break;
                case 1:
                    raw.Text = String(ref reader);
                    break;
                case 2:
                    raw.Year = NullableInt(ref reader);
                    break;
                case 3:
                    raw.YearOffset = NullableInt(ref reader);
                    break;
                case 4:
                    raw.Frequency = Name(ref reader, JsonNames.Frequencies);
                    break;
                case 5:
                    raw.Alternative = Name(ref reader, JsonNames.Frequencies);
                    break;
                case 6:
                    raw.Month = NullableInt(ref reader);
                    break;
                case 7:
                    raw.Day = NullableInt(ref reader);
                    break;
                case 8:
                    raw.Period = Name(ref reader, JsonNames.YearPeriods);
                    break;
                case 9:
                    raw.Part = Name(ref reader, JsonNames.TenDayPeriods);
                    break;
                case 10:
                    raw.Event = Name(ref reader, JsonNames.Events);
                    break;
                case 11:
                    raw.EventText = ShortString(ref reader);
                    break;
                case 12:
                    raw.Amount = NullableInt(ref reader);
                    break;
                case 13:
                    raw.Unit = Name(ref reader, JsonNames.PeriodUnits);
                    break;
                case 14:
                    raw.Start = DeadlineValue(ref reader);
                    break;
                case 15:
                    raw.End = DeadlineValue(ref reader);
                    break;
                case 16:
                    Steps(ref reader, raw);
                    break;
            }

            _path.Property(null);
        }

        Missing(seen, DeadlineProperties, 0b1);
        return raw;
    }

    private void Steps(ref Utf8JsonReader reader, RawDeadline raw)
    {
        raw.HasSteps = false;
        raw.Steps.Clear();
        if (!StartArray(ref reader))
        {
            return;
        }

        raw.HasSteps = true;
        while (NextElement(ref reader, out var isNull))
        {
            if (isNull)
            {
                raw.Steps.Add(null);
            }
            else
            {
                _path.EnterObject();
                var step = RentDeadline();
                var seen = 0;
                while (NextProperty(ref reader))
                {
                    var property = Property(ref reader, MilestoneProperties);
                    seen |= property < 0 ? 0 : 1 << property;
                    switch (property)
                    {
                        case 0:
                            step.Start = DeadlineValue(ref reader);
                            break;
                        case 1:
                            step.Text = ShortString(ref reader);
                            break;
                    }

                    _path.Property(null);
                }

                Missing(seen, MilestoneProperties, 0b1);
                _path.Exit();
                raw.Steps.Add(step);
            }

            _path.NextIndex();
        }
    }

    private RawDeadline RentDeadline()
    {
        if (_deadlinesInUse == _deadlinePool.Count)
        {
            _deadlinePool.Add(new RawDeadline());
        }

        var raw = _deadlinePool[_deadlinesInUse++];
        raw.Reset();
        return raw;
    }

    private DeadlineRule? Deadline(RawDeadline? raw, string path)
    {
        if (raw is null)
        {
            return DeadlineRule.Unspecified.Instance;
        }

        if (!raw.Kind.IsKnown)
        {
            Error(Messages.JsonUnknownDeadlineKind(At(path + ".kind"), raw.Kind.UnknownText ?? string.Empty));
            return null;
        }

        switch (raw.Kind.Value)
        {
            case DeadlineKindName.YearEnd:
            case DeadlineKindName.MonthEnd:
            case DeadlineKindName.Date:
            case DeadlineKindName.PeriodEnd:
            case DeadlineKindName.TenDayPeriodEnd:
            case DeadlineKindName.Span:
                return Fixed(raw, path);
            case DeadlineKindName.Continuous:
                return new DeadlineRule.Continuous();
            case DeadlineKindName.Unspecified:
                return DeadlineRule.Unspecified.Instance;
            case DeadlineKindName.Unrecognized:
                return new DeadlineRule.Unrecognized(raw.Text ?? string.Empty);
            case DeadlineKindName.Recurring:
                return Recurring(raw, path);
            case DeadlineKindName.Relative:
                return Relative(raw, path);
            case DeadlineKindName.Milestones:
                return Milestones(raw, path);
            default:
                throw new ArgumentOutOfRangeException(nameof(raw), raw.Kind.Value, "A deadline kind without a reader.");
        }
    }

    private DeadlineRule.Fixed? Fixed(RawDeadline? raw, string path)
    {
        if (raw is null)
        {
            Invalid(path, null, "固定日期时限", "a fixed deadline");
            return null;
        }

        if (raw.Kind.IsKnown && raw.Kind.Value == DeadlineKindName.Span)
        {
            var start = Fixed(raw.Start, path + ".start");
            var end = Fixed(raw.End, path + ".end");
            return start is not null && end is not null ? new DeadlineRule.Spanning(start, end) : null;
        }

        if (RuleYearOf(raw, path) is not { } year)
        {
            return null;
        }

        switch (raw.Kind.IsKnown ? raw.Kind.Value : (DeadlineKindName?)null)
        {
            case DeadlineKindName.YearEnd:
                return new DeadlineRule.ByYearEnd(year);
            case DeadlineKindName.MonthEnd:
                return Month(raw.Month, path + ".month") is { } m ? new DeadlineRule.ByMonthEnd(year, m) : null;
            case DeadlineKindName.Date:
                if (Month(raw.Month, path + ".month") is not { } month)
                {
                    return null;
                }

                if (raw.Day is not { } day || day < 1 || day > MaxDay(month))
                {
                    Invalid(path + ".day", Text(raw.Day), month.ToString(CultureInfo.InvariantCulture) + " 月中存在的日期", "a day that exists in month " + month.ToString(CultureInfo.InvariantCulture));
                    return null;
                }

                return new DeadlineRule.ByDate(year, month, day);
            case DeadlineKindName.PeriodEnd:
                return RequiredName(raw.Period, JsonNames.YearPeriods, path + ".period", "半年或季度", out var period)
                    ? new DeadlineRule.ByPeriodEnd(year, period)
                    : null;
            case DeadlineKindName.TenDayPeriodEnd:
                if (Month(raw.Month, path + ".month") is not { } tenDayMonth)
                {
                    return null;
                }

                return RequiredName(raw.Part, JsonNames.TenDayPeriods, path + ".part", "上旬、中旬、下旬", out var part)
                    ? new DeadlineRule.ByTenDayPeriodEnd(year, tenDayMonth, part)
                    : null;
            default:
                Invalid(
                    path + ".kind",
                    raw.Kind.IsKnown ? JsonNames.DeadlineKinds.NameOf(raw.Kind.Value) : raw.Kind.UnknownText,
                    "固定日期时限类型",
                    "a fixed deadline kind (yearEnd, monthEnd, date, periodEnd, tenDayPeriodEnd, span)");
                return null;
        }
    }

    private DeadlineRule.Recurring? Recurring(RawDeadline raw, string path)
    {
        if (!RequiredName(raw.Frequency, JsonNames.Frequencies, path + ".frequency", "频次", out var frequency))
        {
            return null;
        }

        RecurrenceFrequency? alternative = null;
        if (raw.Alternative.IsPresent)
        {
            if (!RequiredName(raw.Alternative, JsonNames.Frequencies, path + ".alternative", "频次", out var a))
            {
                return null;
            }

            alternative = a;
        }

        if (raw.Month is { } m && (m < 1 || m > 12))
        {
            Invalid(path + ".month", Text(raw.Month), "1 到 12 的月份", "a month from 1 to 12");
            return null;
        }

        if (raw.Day is { } d && (d < 1 || d > (raw.Month is { } dm ? MaxDay(dm) : 31)))
        {
            Invalid(path + ".day", Text(raw.Day), "该月中存在的日期", "a day that exists in the month");
            return null;
        }

        return new DeadlineRule.Recurring(frequency, raw.Month, raw.Day, alternative);
    }

    private DeadlineRule.Relative? Relative(RawDeadline raw, string path)
    {
        if (!OptionalName(raw.Event, JsonNames.Events, path + ".event", "事件", RelativeEvent.Unnamed, out var @event)
            || !RequiredName(raw.Unit, JsonNames.PeriodUnits, path + ".unit", "期间单位", out var unit))
        {
            return null;
        }

        var eventText = string.IsNullOrWhiteSpace(raw.EventText) ? null : raw.EventText;
        if (@event == RelativeEvent.Unnamed && eventText is not null)
        {
            Invalid(path + ".event", JsonNames.Events.NameOf(@event), "有事件文字时为 other 或已知事件", "\"other\" or a known event when eventText is given");
            return null;
        }

        if (@event == RelativeEvent.Other && eventText is null)
        {
            Invalid(path + ".eventText", raw.EventText, "事件 other 的文字", "the text of an \"other\" event");
            return null;
        }

        if (raw.Amount is not { } amount || amount < 1 || amount > 100_000)
        {
            Invalid(path + ".amount", Text(raw.Amount), "1 到 100000 的整数", "a whole number from 1 to 100000");
            return null;
        }

        return new DeadlineRule.Relative(@event, amount, unit, eventText);
    }

    private DeadlineRule.Milestones? Milestones(RawDeadline raw, string path)
    {
        if (!raw.HasSteps || raw.Steps.Count == 0)
        {
            Invalid(path + ".steps", null, "至少一个步骤", "at least one step");
            return null;
        }

        var steps = new Milestone[raw.Steps.Count];
        var complete = true;
        for (var i = 0; i < raw.Steps.Count; i++)
        {
            var step = raw.Steps[i];
            var due = Fixed(step?.Start, path + ".steps[" + i.ToString(CultureInfo.InvariantCulture) + "].due");
            if (due is null)
            {
                complete = false;
                continue;
            }

            steps[i] = new Milestone(due, step!.Text);
        }

        return complete ? new DeadlineRule.Milestones(steps) : null;
    }

    private RuleYear? RuleYearOf(RawDeadline raw, string path)
    {
        if (raw.Year is { } year)
        {
            return Year(year, path + ".year") ? RuleYear.Of(year) : null;
        }

        switch (raw.YearOffset)
        {
            case null or 0:
                return RuleYear.PlanYear;
            case 1:
                return RuleYear.NextYear;
            default:
                Invalid(path + ".yearOffset", Text(raw.YearOffset), "0 或 1", "0 or 1");
                return null;
        }
    }

    // ---- Progress reports ------------------------------------------------------------------------------------

    private ProgressReport? Report(ref Utf8JsonReader reader)
    {
        _path.EnterObject();
        var seen = 0;
        string? asOfText = null, title = null, planTitle = null, planDocumentNumber = null;
        ValueList<ProgressEntry>? entries = null;
        while (NextProperty(ref reader))
        {
            var property = Property(ref reader, ReportProperties);
            seen |= property < 0 ? 0 : 1 << property;
            switch (property)
            {
                case 0:
                    String(ref reader);
                    break;
                case 1:
                    asOfText = String(ref reader);
                    break;
                case 2:
                    title = String(ref reader);
                    break;
                case 3:
                    planTitle = String(ref reader);
                    break;
                case 4:
                    planDocumentNumber = String(ref reader);
                    break;
                case 5:
                    entries = Entries(ref reader);
                    break;
            }

            _path.Property(null);
        }

        Missing(seen, ReportProperties, 0b11);
        _path.Exit();

        // The date comes first, then the entries (checked while read), then the document number.
        var count = _diagnostics.Count;
        var asOf = DateOrNull(asOfText, ".asOf");
        if (_diagnostics.Count > count)
        {
            var problem = _diagnostics[count];
            _diagnostics.RemoveAt(count);
            _diagnostics.Insert(0, problem);
        }

        var report = asOf is { } date
            ? new ProgressReport(date)
            {
                Title = title,
                PlanTitle = planTitle,
                PlanDocumentNumber = DocumentNumberOrNull(planDocumentNumber, ".planDocumentNumber"),
                Entries = entries ?? ValueList<ProgressEntry>.Empty,
            }
            : null;
        return report;
    }

    private ValueList<ProgressEntry>? Entries(ref Utf8JsonReader reader) =>
        Objects(ref reader, new List<ProgressEntry>(), static (PlanJsonReader state, ref Utf8JsonReader r) => state.Entry(ref r), string.Empty, "进展条目", "a progress entry");

    private ProgressEntry? Entry(ref Utf8JsonReader reader)
    {
        _path.EnterObject();
        var mark = _diagnostics.Count;
        var seen = 0;
        string? task = null, text = null, completedOnText = null;
        JsonName<ProgressStatus> status = default;
        ValueList<ProgressMetric>? metrics = null;
        while (NextProperty(ref reader))
        {
            var property = Property(ref reader, EntryProperties);
            seen |= property < 0 ? 0 : 1 << property;
            switch (property)
            {
                case 0:
                    task = String(ref reader);
                    break;
                case 1:
                    status = Name(ref reader, JsonNames.ProgressStatuses);
                    break;
                case 2:
                    text = String(ref reader);
                    break;
                case 3:
                    metrics = Metrics(ref reader);
                    break;
                case 4:
                    completedOnText = String(ref reader);
                    break;
            }

            _path.Property(null);
        }

        Missing(seen, EntryProperties, 0b11);
        _path.Exit();

        // The task number and the status are checked before the metrics.
        var count = _diagnostics.Count;
        var number = TaskNumberOrNull(task, ".task");
        RequiredName(status, JsonNames.ProgressStatuses, ".status", "状态", out var progressStatus);
        if (_diagnostics.Count > count)
        {
            var problems = _diagnostics.GetRange(count, _diagnostics.Count - count);
            _diagnostics.RemoveRange(count, problems.Count);
            _diagnostics.InsertRange(mark, problems);
        }

        var completedOn = DateOrNull(completedOnText, ".completedOn");
        return number is { } n
            ? new ProgressEntry(n, progressStatus, text ?? string.Empty) { Metrics = metrics ?? ValueList<ProgressMetric>.Empty, CompletedOn = completedOn }
            : null;
    }

    private ValueList<ProgressMetric>? Metrics(ref Utf8JsonReader reader) =>
        Objects(ref reader, new List<ProgressMetric>(), static (PlanJsonReader state, ref Utf8JsonReader r) => state.Metric(ref r), ".quantity", "非负整数", "a count of zero or more");

    private ProgressMetric? Metric(ref Utf8JsonReader reader)
    {
        _path.EnterObject();
        var seen = 0;
        string? subject = null, measureWord = null;
        var quantity = 0;
        while (NextProperty(ref reader))
        {
            var property = Property(ref reader, MetricProperties);
            seen |= property < 0 ? 0 : 1 << property;
            switch (property)
            {
                case 0:
                    subject = String(ref reader);
                    break;
                case 1:
                    quantity = Int(ref reader);
                    break;
                case 2:
                    measureWord = String(ref reader);
                    break;
            }

            _path.Property(null);
        }

        Missing(seen, MetricProperties, 0b10);
        _path.Exit();
        if (quantity < 0)
        {
            Invalid(".quantity", quantity.ToString(CultureInfo.InvariantCulture), "非负整数", "a count of zero or more");
            return null;
        }

        return new ProgressMetric(subject ?? string.Empty, quantity, measureWord);
    }

    // ---- Values ----------------------------------------------------------------------------------------------

    private ChineseOrdinal? Ordinal(int value, string path)
    {
        if (value >= ChineseOrdinal.MinValue && value <= ChineseOrdinal.MaxValue)
        {
            return new ChineseOrdinal(value);
        }

        Invalid(path, value.ToString(CultureInfo.InvariantCulture), "1 到 99 的序号", "an ordinal from 1 to 99");
        return null;
    }

    private int? Month(int? value, string path)
    {
        if (value is { } m && m >= 1 && m <= 12)
        {
            return m;
        }

        Invalid(path, Text(value), "1 到 12 的月份", "a month from 1 to 12");
        return null;
    }

    private bool Year(int year, string path)
    {
        if (year >= 1949 && year <= 9999)
        {
            return true;
        }

        Invalid(path, year.ToString(CultureInfo.InvariantCulture), "1949 到 9999 的年份", "a year from 1949 to 9999");
        return false;
    }

    private LocalDate? DateOrNull(string? text, string path)
    {
        if (text is null)
        {
            return null;
        }

        var result = LocalDatePattern.Iso.Parse(text);
        if (result.Success)
        {
            return result.Value;
        }

        Invalid(path, text, "存在的日期，格式为 YYYY-MM-DD", "a date that exists, as YYYY-MM-DD");
        return null;
    }

    private DocumentNumber? DocumentNumberOrNull(string? text, string path)
    {
        if (text is null)
        {
            return null;
        }

        var result = Plans.DocumentNumber.Parse(text);
        if (result.Success)
        {
            return result.Value;
        }

        Invalid(path, text, "发文字号，如 榕政办〔2021〕53号", "a document number such as 榕政办〔2021〕53号");
        return null;
    }

    private TaskNumber? TaskNumberOrNull(string? text, string path)
    {
        // The common case, a plain number as this library writes it, needs no parse result.
        if (text is { Length: > 0 and <= 5 } && text[0] != '0' && IsAsciiDigits(text))
        {
            return new TaskNumber(int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture));
        }

        var result = TaskNumber.Parse(text ?? string.Empty);
        if (result.Success)
        {
            return result.Value;
        }

        Invalid(path, text, "任务序号，如 1", "a task number such as 1");
        return null;
    }

    private bool RequiredName<T>(JsonName<T> name, NameTable<T> names, string path, string whatZh, out T value)
        where T : struct, Enum
    {
        value = name.Value;
        if (name.IsKnown)
        {
            return true;
        }

        Invalid(path, name.UnknownText, whatZh + "之一：" + string.Join(CollectiveEnumSeparatorZh, names.Names), "one of " + string.Join(", ", names.Names));
        return false;
    }

    private bool OptionalName<T>(JsonName<T> name, NameTable<T> names, string path, string whatZh, T absent, out T value)
        where T : struct, Enum
    {
        if (!name.IsPresent)
        {
            value = absent;
            return true;
        }

        return RequiredName(name, names, path, whatZh, out value);
    }

    // A value of the right type that the format does not allow, at the current path followed by pathSuffix.
    private void Invalid(string pathSuffix, string? value, string expectedZh, string expectedEn) =>
        Error(Messages.JsonInvalidValue(At(pathSuffix), value, expectedZh, expectedEn));

    private string At(string pathSuffix) => _path.ToString() + pathSuffix;

    private void Error(Diagnostic diagnostic) => _diagnostics.Add(diagnostic);

    /// <summary>The property names of one object of the format, as text (for paths) and as UTF-8 (for matching).</summary>
    private sealed class Properties
    {
        // An open-addressed table from a name's length and end bytes to its index plus one (0 = empty), so that a
        // name is found with one comparison instead of one per property of the object.
        private const int Slots = 64;

        private readonly byte[] _slots = new byte[Slots];

        public Properties(params string[] names)
        {
            Names = names;
            Utf8 = new byte[names.Length][];
            for (var i = 0; i < names.Length; i++)
            {
                Utf8[i] = Encoding.UTF8.GetBytes(names[i]);
                var slot = Slot(Utf8[i]);
                while (_slots[slot] != 0)
                {
                    slot = (slot + 1) & (Slots - 1);
                }

                _slots[slot] = (byte)(i + 1);
            }
        }

        public string[] Names { get; }

        public byte[][] Utf8 { get; }

        /// <summary>The index of the property named by these UTF-8 bytes, or -1.</summary>
        public int IndexOf(ReadOnlySpan<byte> name)
        {
            if (name.Length == 0)
            {
                return -1;
            }

            for (var slot = Slot(name); _slots[slot] != 0; slot = (slot + 1) & (Slots - 1))
            {
                var index = _slots[slot] - 1;
                if (name.SequenceEqual(Utf8[index]))
                {
                    return index;
                }
            }

            return -1;
        }

        private static int Slot(ReadOnlySpan<byte> name) =>
            ((name.Length * 7) + (name[0] * 31) + (name[name.Length - 1] * 17)) & (Slots - 1);
    }

    /// <summary>
    /// A deadline rule as written, checked once its object (and those around it) is read. A milestone step uses
    /// the same shape: <see cref="Start"/> holds its <c>due</c> rule and <see cref="Text"/> its action. Reused
    /// from task to task.
    /// </summary>
    private sealed class RawDeadline
    {
        public JsonName<DeadlineKindName> Kind { get; set; }

        public string? Text { get; set; }

        public int? Year { get; set; }

        public int? YearOffset { get; set; }

        public JsonName<RecurrenceFrequency> Frequency { get; set; }

        public JsonName<RecurrenceFrequency> Alternative { get; set; }

        public int? Month { get; set; }

        public int? Day { get; set; }

        public JsonName<YearPeriod> Period { get; set; }

        public JsonName<TenDayPeriod> Part { get; set; }

        public JsonName<RelativeEvent> Event { get; set; }

        public string? EventText { get; set; }

        public int? Amount { get; set; }

        public JsonName<PeriodUnit> Unit { get; set; }

        public RawDeadline? Start { get; set; }

        public RawDeadline? End { get; set; }

        public bool HasSteps { get; set; }

        public List<RawDeadline?> Steps { get; } = new();

        public void Reset()
        {
            Kind = default;
            Text = null;
            Year = null;
            YearOffset = null;
            Frequency = default;
            Alternative = default;
            Month = null;
            Day = null;
            Period = default;
            Part = default;
            Event = default;
            EventText = null;
            Amount = null;
            Unit = default;
            Start = null;
            End = null;
            HasSteps = false;
            Steps.Clear();
        }
    }
}
