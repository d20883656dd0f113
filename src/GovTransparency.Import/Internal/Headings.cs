using GovTransparency.Domain;
using GovTransparency.Domain.Plans;

namespace GovTransparency.Import.Internal;

/// <summary>Reads section (一、) and subsection ((一)) headings in table cells and prose lines.</summary>
internal static class Headings
{
    private const int MaxTitle = 100;

    /// <summary>
    /// Reads a heading: an ordinal with 、 is a section, one in brackets a subsection. A bare ordinal, a title longer
    /// than a heading's, or a text that is not a heading gives false.
    /// </summary>
    public static bool TryRead(string text, out OrdinalHeading heading, out bool isSection, out ParseResult<OrdinalHeading> result)
    {
        heading = null!;
        isSection = false;
        result = null!;
        if (text.Length == 0 || text.Length > MaxTitle + 6 || TextRules.StartsWithArabicNumber(text))
        {
            return false;
        }

        result = ChineseOrdinal.ParseHeading(text);
        if (!result.Success || result.Value.Style == OrdinalStyle.Plain)
        {
            return false;
        }

        heading = result.Value;
        isSection = heading.Style == OrdinalStyle.Enumeration;
        return true;
    }

    /// <summary>Starts the section or subsection of a heading read by <see cref="TryRead"/>, passing on the parser's warnings.</summary>
    public static void Apply(PlanAssembler assembler, ImportContext context, OrdinalHeading heading, bool isSection, ParseResult<OrdinalHeading> result, string written, int line)
    {
        context.AddFrom(result.Diagnostics, line, null);
        if (isSection)
        {
            assembler.StartSection(heading.Number, heading.Title, written, line);
        }
        else
        {
            assembler.StartSubsection(heading.Number, heading.Title, written, line);
        }
    }
}
