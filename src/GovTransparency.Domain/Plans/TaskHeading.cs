using GovTransparency.Domain.Internal;

namespace GovTransparency.Domain.Plans;

/// <summary>
/// A task line split into its number and its text, as read by <see cref="TaskNumber.ParseHeading"/>:
/// 「1.主动公开“十四五”规划纲要」 is <see cref="Number"/> 1 (written 「1.」) and <see cref="Title"/>
/// 「主动公开“十四五”规划纲要」.
/// </summary>
public sealed record TaskHeading
{
    /// <summary>Creates a task heading.</summary>
    /// <param name="number">The task number, with its text as written.</param>
    /// <param name="title">The text after the number, trimmed; empty when the line held only the number.</param>
    /// <param name="numberSpan">Where the number and its decoration are in the text that was read.</param>
    public TaskHeading(TaskNumber number, string title, TextSpan numberSpan)
    {
        Number = number;
        Title = Guard.Against.Null(title);
        NumberSpan = numberSpan;
    }

    /// <summary>Gets the task number; its <see cref="TaskNumber.Text"/> keeps the decoration, such as 「1.」.</summary>
    public TaskNumber Number { get; }

    /// <summary>Gets the text after the number and its decoration, trimmed and otherwise as written.</summary>
    public string Title { get; }

    /// <summary>Gets where the number and its decoration are in the text that was read.</summary>
    public TextSpan NumberSpan { get; }

    /// <summary>Formats the line as written: the number's text followed by the title.</summary>
    /// <returns>The line as text.</returns>
    public override string ToString() => Number.Text + Title;
}
