namespace GovTransparency.Import;

/// <summary>
/// The layout of a plan document as <see cref="PlanDocumentImporter"/> recognised it from the text (never from a
/// file name). Each layout is one of the ways real plans reach users as plain text, scraped from a web page or
/// copied from a word processor.
/// </summary>
public enum DocumentLayout
{
    /// <summary>
    /// No task table and no numbered prose sections were found; the plan holds only what the document's header
    /// lines gave (title, issuer, dates), and a <see cref="ImportDiagnosticCodes.LayoutNotRecognized"/> warning says so.
    /// </summary>
    Unknown = 0,

    /// <summary>
    /// A task table printed one cell per line, cells separated by blank lines: a line holding only the task number
    /// (1, 2, …) starts a row, and the row's cells follow in the order of the table header (具体要求, 责任单位,
    /// 时限要求, 进展情况 …). Section (一、) and subsection ((一)) headings are cells of their own.
    /// </summary>
    CellPerLine = 1,

    /// <summary>
    /// A task table printed with each cell on a line that begins with a tab; a line without the tab continues the
    /// cell above it (a time limit broken as <c>2020年</c> / <c>10月</c> / <c>底前</c>).
    /// </summary>
    TabbedCells = 2,

    /// <summary>
    /// A task table with a task column whose cells give the number and a short title (<c>1.主动公开…</c>), followed by
    /// the requirement (工作要求) and separate lead (牵头单位) and responsible (责任单位) columns. Cells are separated by
    /// blank lines; a line holding only a no-break space is an empty cell.
    /// </summary>
    TitledColumns = 3,

    /// <summary>
    /// Prose key points (工作要点): sections 一、 and subsections (一) written as paragraphs; each subsection
    /// paragraph is a task.
    /// </summary>
    ProseKeyPoints = 4,

    /// <summary>
    /// A prose plan whose tasks are numbered paragraphs (1、 2、 …) under subsection headings (一); a subsection
    /// paragraph with no numbered paragraph under it is itself a task.
    /// </summary>
    ProseNumberedParagraphs = 5,
}
