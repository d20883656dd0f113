using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Internal;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Progress;

namespace GovTransparency.Domain.Serialization;

/// <summary>
/// The JSON format of plans and progress reports: a stable, documented public contract (see
/// <c>schemas/govtransparency.schema.json</c> in the package). Writing is total; reading never throws on the
/// document's content — malformed JSON, wrong types, missing members, unknown kinds and impossible dates come
/// back as diagnostics with their JSON path.
/// </summary>
/// <remarks>
/// Every document carries <c>schemaVersion</c> (<see cref="SchemaVersion"/>). Documents of an older or equal
/// major version are read; a newer major version is refused with GT0502. Unknown properties are ignored unless
/// <see cref="JsonReadOptions.Strict"/> is set. Documents are written and read by hand over
/// <see cref="Utf8JsonWriter"/> and <see cref="Utf8JsonReader"/>, straight between the model and UTF-8: no
/// reflection, safe under trimming and Native AOT.
/// </remarks>
public static class PlanJson
{
    /// <summary>The schema version this library writes: <c>major.minor</c>.</summary>
    public const string SchemaVersion = "1.0";

    /// <summary>The newest major schema version this library reads.</summary>
    public const int SupportedMajorVersion = 1;

    private static readonly Lazy<string> SchemaText = new(ReadSchema, System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);

    // A first buffer no larger than this, whatever the estimate; it grows if the document needs more.
    private const int MaxInitialSize = 64 * 1024 * 1024;

    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
    private static readonly JsonWriterOptions IndentedWriter = new() { Indented = true, NewLine = "\n", Encoder = Encoder, SkipValidation = true };
    private static readonly JsonWriterOptions CompactWriter = new() { Indented = false, Encoder = Encoder, SkipValidation = true };

    /// <summary>
    /// Gets read-only serializer options for consumers who embed <see cref="WorkPlan"/>, <see cref="ProgressReport"/>,
    /// <see cref="DeadlineRule"/>, NodaTime <c>LocalDate</c> or <c>YearMonth</c> in their own documents: combine its
    /// converters with your own resolver. Reading through these options throws <see cref="JsonException"/> on bad
    /// data, as every System.Text.Json converter does; <see cref="DeserializePlan(string, JsonReadOptions?)"/>
    /// returns diagnostics instead.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = CreatePublicOptions();

    /// <summary>
    /// Gets the JSON Schema (draft 2020-12) of the documents this library writes. The same file ships in the
    /// package under <c>schemas/govtransparency.schema.json</c>.
    /// </summary>
    public static string JsonSchema => SchemaText.Value;

    /// <summary>Writes a plan as a JSON document.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="indented">Whether to indent (for files meant to be read and reviewed); default true.</param>
    /// <returns>The JSON text, with Chinese characters unescaped.</returns>
    public static string Serialize(WorkPlan plan, bool indented = true) => WriteText(Guard.Against.Null(plan), ExpectedSize(plan), indented, PlanJsonWriter.Plan);

    /// <summary>Writes a progress report as a JSON document.</summary>
    /// <param name="report">The report.</param>
    /// <param name="indented">Whether to indent; default true.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(ProgressReport report, bool indented = true) => WriteText(Guard.Against.Null(report), ExpectedSize(report), indented, PlanJsonWriter.Report);

    /// <summary>Writes a plan as UTF-8 JSON bytes, the fastest form for storage and the network.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="indented">Whether to indent; default false.</param>
    /// <returns>The UTF-8 encoded JSON.</returns>
    public static byte[] SerializeToUtf8Bytes(WorkPlan plan, bool indented = false)
    {
        using var buffer = Write(Guard.Against.Null(plan), ExpectedSize(plan), indented, PlanJsonWriter.Plan);
        return buffer.ToArray();
    }

    /// <summary>Writes a plan as UTF-8 JSON to a stream.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="plan">The plan.</param>
    /// <param name="indented">Whether to indent; default true.</param>
    public static void Serialize(Stream stream, WorkPlan plan, bool indented = true)
    {
        Guard.Against.Null(stream);
        Guard.Against.Null(plan);
        using var writer = new Utf8JsonWriter(stream, indented ? IndentedWriter : CompactWriter);
        PlanJsonWriter.Plan(writer, plan);
    }

    /// <summary>Reads a plan document.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">How to read; <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <returns>The plan, or a failure whose diagnostics name the JSON path of each problem.</returns>
    public static ParseResult<WorkPlan> DeserializePlan(string json, JsonReadOptions? options = null) =>
        ReadText(Guard.Against.Null(json), options, DeserializePlan);

    /// <summary>Reads a plan document from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The JSON, UTF-8 encoded.</param>
    /// <param name="options">How to read; <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <returns>The plan, or a failure whose diagnostics name the JSON path of each problem.</returns>
    public static ParseResult<WorkPlan> DeserializePlan(ReadOnlySpan<byte> utf8Json, JsonReadOptions? options = null) =>
        SchemaVersionProblem(utf8Json) is { } versionProblem
            ? ParseResult<WorkPlan>.ForFailure(versionProblem)
            : PlanJsonReader.ReadPlan(utf8Json, (options ?? JsonReadOptions.Default).Strict);

    /// <summary>Reads a progress report document.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">How to read; <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <returns>The report, or a failure whose diagnostics name the JSON path of each problem.</returns>
    public static ParseResult<ProgressReport> DeserializeProgressReport(string json, JsonReadOptions? options = null) =>
        ReadText(Guard.Against.Null(json), options, DeserializeProgressReport);

    /// <summary>Reads a progress report document from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The JSON, UTF-8 encoded.</param>
    /// <param name="options">How to read; <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <returns>The report, or a failure whose diagnostics name the JSON path of each problem.</returns>
    public static ParseResult<ProgressReport> DeserializeProgressReport(ReadOnlySpan<byte> utf8Json, JsonReadOptions? options = null) =>
        SchemaVersionProblem(utf8Json) is { } versionProblem
            ? ParseResult<ProgressReport>.ForFailure(versionProblem)
            : PlanJsonReader.ReadReport(utf8Json, (options ?? JsonReadOptions.Default).Strict);

    private delegate ParseResult<T> ReadUtf8<T>(ReadOnlySpan<byte> utf8Json, JsonReadOptions? options);

    // Writes a whole document into a pooled buffer, which the caller disposes after copying it out.
    // expectedSize is the compact size; an indented document is taken to be twice as large.
    private static PooledBufferWriter Write<T>(T value, long expectedSize, bool indented, Action<Utf8JsonWriter, T> write)
    {
        var buffer = new PooledBufferWriter((int)Math.Min(indented ? expectedSize * 2 : expectedSize, MaxInitialSize));
        using var writer = new Utf8JsonWriter(buffer, indented ? IndentedWriter : CompactWriter);
        write(writer, value);
        writer.Flush();
        return buffer;
    }

    // About the compact size of a document, so that its buffer need not grow while it is written: UTF-8 is up to
    // three bytes per character of Chinese text, plus what the members around the texts take.
    private static long ExpectedSize(WorkPlan plan)
    {
        long size = 1024;
        foreach (var section in plan.Sections)
        {
            size += ExpectedSize(section.Tasks);
            foreach (var subsection in section.Subsections)
            {
                size += ExpectedSize(subsection.Tasks);
            }
        }

        return size;
    }

    private static long ExpectedSize(IReadOnlyList<WorkTask> tasks)
    {
        long size = 0;
        for (var i = 0; i < tasks.Count; i++)
        {
            var task = tasks[i];
            size += 192 + (3L * (task.Requirement.Length + (task.Title?.Length ?? 0))) + (96L * task.Assignments.Count);
        }

        return size;
    }

    private static long ExpectedSize(ProgressReport report)
    {
        long size = 1024;
        foreach (var entry in report.Entries)
        {
            size += 128 + (3L * entry.Text.Length);
        }

        return size;
    }

    private static string WriteText<T>(T value, long expectedSize, bool indented, Action<Utf8JsonWriter, T> write)
    {
        using var buffer = Write(value, expectedSize, indented, write);
        return Encoding.UTF8.GetString(buffer.Buffer, 0, buffer.WrittenCount);
    }

    // Transcodes the text to UTF-8 once, into a rented array, and reads that.
    private static ParseResult<T> ReadText<T>(string json, JsonReadOptions? options, ReadUtf8<T> read)
    {
        var rented = ArrayPool<byte>.Shared.Rent(Math.Max(1, Encoding.UTF8.GetByteCount(json)));
        try
        {
            var length = Encoding.UTF8.GetBytes(json, 0, json.Length, rented, 0);
            return read(rented.AsSpan(0, length), options);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    // Reads the top-level schemaVersion before anything else, so a document of a newer major version is refused
    // with a clear message even when its shape has changed. Malformed JSON is left to the deserializer to report.
    private static Diagnostic? SchemaVersionProblem(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = 64 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isVersion = reader.ValueTextEquals("schemaVersion"u8);
                reader.Read();
                if (!isVersion)
                {
                    reader.Skip();
                    continue;
                }

                if (reader.TokenType != JsonTokenType.String)
                {
                    return null;
                }

                var version = reader.GetString() ?? string.Empty;
                var dot = version.IndexOf(".", StringComparison.Ordinal);
                var majorText = dot < 0 ? version : version.Substring(0, dot);
                if (!int.TryParse(majorText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var major)
                    || (dot >= 0 && !int.TryParse(version.Substring(dot + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _)))
                {
                    return Messages.JsonBadSchemaVersion(version);
                }

                return major > SupportedMajorVersion ? Messages.JsonNewerSchema(version, SupportedMajorVersion) : null;
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Reported by the deserializer, with its path and line. InvalidOperationException: GetString on a value
            // that is not valid UTF-8 (found by fuzzing).
        }

        return null;
    }

    private static string ReadSchema()
    {
        using var stream = typeof(PlanJson).Assembly.GetManifestResourceStream("GovTransparency.Domain.Serialization.govtransparency.schema.json")
            ?? throw new InvalidOperationException("The embedded JSON schema is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static JsonSerializerOptions CreatePublicOptions()
    {
        var models = new ModelTypeInfoResolver();
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = true,
            NewLine = "\n",
            MaxDepth = JsonPath.MaxDepth,
            Encoder = Encoder,
            TypeInfoResolver = models,
        };
        options.Converters.Add(new LocalDateJsonConverter());
        options.Converters.Add(new YearMonthJsonConverter());
        options.Converters.Add(models.PlanConverter);
        options.Converters.Add(models.ReportConverter);
        options.Converters.Add(models.DeadlineConverter);
        options.MakeReadOnly();
        return options;
    }
}
