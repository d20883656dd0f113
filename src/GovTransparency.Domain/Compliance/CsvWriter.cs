using System.Collections.Generic;
using System.IO;
using System.Text;

namespace GovTransparency.Domain.Compliance;

/// <summary>
/// Writes RFC 4180 CSV: fields separated by commas, records by CRLF; a field holding a comma, a quote, a CR or an LF
/// is quoted, with quotes doubled. The caller writes the UTF-8 byte order mark so that Excel reads Chinese text.
/// </summary>
internal static class CsvWriter
{
    /// <summary>The UTF-8 encoding with a byte order mark, which Excel needs to open Chinese text correctly.</summary>
    public static readonly Encoding Utf8WithBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    public static void WriteRecord(TextWriter writer, IEnumerable<string?> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                writer.Write(',');
            }

            first = false;
            WriteField(writer, field ?? string.Empty);
        }

        writer.Write("\r\n");
    }

    private static void WriteField(TextWriter writer, string field)
    {
        if (!NeedsQuotes(field))
        {
            writer.Write(field);
            return;
        }

        writer.Write('"');
        foreach (var c in field)
        {
            if (c == '"')
            {
                writer.Write('"');
            }

            writer.Write(c);
        }

        writer.Write('"');
    }

    private static bool NeedsQuotes(string field)
    {
        foreach (var c in field)
        {
            if (c is ',' or '"' or '\r' or '\n')
            {
                return true;
            }
        }

        return false;
    }
}
