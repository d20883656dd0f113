namespace GovTransparency.Import.Internal;

/// <summary>Where the plan's body is, and how it is laid out.</summary>
/// <param name="Layout">The layout.</param>
/// <param name="HeaderStart">The index of the table header's first line, or of the body's first line for prose.</param>
/// <param name="BodyStart">The index of the body's first line (after the table header).</param>
/// <param name="BodyEnd">The index just after the body's last line (the end marker, or the end of the text).</param>
/// <param name="Columns">The table's columns, or null for prose and unknown layouts.</param>
internal sealed record BodyLocation(DocumentLayout Layout, int HeaderStart, int BodyStart, int BodyEnd, TableColumns? Columns);
