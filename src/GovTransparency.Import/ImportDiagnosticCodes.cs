namespace GovTransparency.Import;

/// <summary>
/// The stable codes of the diagnostics <see cref="PlanDocumentImporter"/> produces, GT0601–GT0699 (the import range
/// of the library's codes). A code never changes meaning once released. An import also passes on, with the
/// document's line number, the findings of the GovTransparency.Domain parsers it uses (GT01xx numbers, GT02xx
/// assignment cells, GT07xx progress texts; see <c>GovTransparency.Domain.DiagnosticCodes</c>).
/// </summary>
public static class ImportDiagnosticCodes
{
    /// <summary>
    /// GT0601 (info): a line of the plan's body was not used — no section, subsection, task, unit, time limit or
    /// progress text took it. <c>Line</c> is its line number and <c>Subject</c> its text (trimmed), so that nothing
    /// of the document is lost silently.
    /// </summary>
    public const string TextNotUsed = "GT0601";

    /// <summary>
    /// GT0602 (warning): no task table and no numbered prose sections were found; the plan holds only what the
    /// header lines gave.
    /// </summary>
    public const string LayoutNotRecognized = "GT0602";

    /// <summary>GT0603 (info): the plan year was read from the document; the message says from where (title, document number or a date).</summary>
    public const string PlanYearInferred = "GT0603";

    /// <summary>
    /// GT0604 (error): the document gives no plan year and <see cref="ImportOptions.DefaultYear"/> is not set; the
    /// plan's year is a placeholder (1949).
    /// </summary>
    public const string PlanYearNotFound = "GT0604";

    /// <summary>
    /// GT0605 (info): a section or subsection heading repeats the one in force, as tables repeat their headers after
    /// a page break; the rows after it continue that section or subsection.
    /// </summary>
    public const string HeadingRepeated = "GT0605";

    /// <summary>
    /// GT0606 (warning): a task row has fewer cells than the table has columns (merged or lost cells); the cells
    /// present were read in column order.
    /// </summary>
    public const string RowIncomplete = "GT0606";

    /// <summary>GT0607 (warning): tasks come before the first section heading; they were put in an untitled section 一.</summary>
    public const string TasksBeforeFirstSection = "GT0607";

    /// <summary>GT0608 (info): the as-of date of the progress report was read from the document; the message says from where.</summary>
    public const string ProgressDateInferred = "GT0608";

    /// <summary>
    /// GT0609 (warning): the document names no month or date for its progress column; the report is dated the last
    /// day of the plan year.
    /// </summary>
    public const string ProgressDateNotFound = "GT0609";

    /// <summary>
    /// GT0610 (warning): a labelled header value — a date (成文日期, 发布日期) or a document number (发文字号) — could not
    /// be read; it was left out of the plan. Placeholders such as 暂无 ("none yet") are not reported.
    /// </summary>
    public const string HeaderValueUnreadable = "GT0610";

    /// <summary>GT0611 (info): the plan's administrative level was inferred from the name of the issuer or from the title.</summary>
    public const string LevelInferred = "GT0611";

    /// <summary>GT0612 (error): the document is empty or only white space.</summary>
    public const string DocumentEmpty = "GT0612";

    /// <summary>
    /// GT0613 (warning): more lines were not used than are reported one by one (<see cref="PlanDocumentImporter.MaxUnusedLineDiagnostics"/>);
    /// the message gives how many more.
    /// </summary>
    public const string TooManyUnusedLines = "GT0613";

    /// <summary>GT0614 (warning): no title was found; the plan's title is empty.</summary>
    public const string TitleNotFound = "GT0614";

    /// <summary>
    /// GT0615 (info): the document is a progress report (…2021年9月…进展情况); the plan's title was derived from the
    /// report's title by removing the month and 进展情况, and the report keeps its own title.
    /// </summary>
    public const string PlanTitleDerived = "GT0615";

    /// <summary>GT0616 (warning): a task row of a table with a progress column has no progress cell; the task has no progress entry.</summary>
    public const string ProgressCellMissing = "GT0616";
}
