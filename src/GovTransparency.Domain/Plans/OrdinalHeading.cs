using GovTransparency.Domain.Internal;

namespace GovTransparency.Domain.Plans;

/// <summary>
/// A heading split into its ordinal and its title, as read by <see cref="ChineseOrdinal.ParseHeading"/>:
/// 「（一）加强权力配置信息公开。」 is <see cref="Number"/> 1, <see cref="Style"/>
/// <see cref="OrdinalStyle.FullWidthParentheses"/> and <see cref="Title"/> 「加强权力配置信息公开。」.
/// </summary>
public sealed record OrdinalHeading
{
    /// <summary>Creates a heading.</summary>
    /// <param name="number">The ordinal.</param>
    /// <param name="style">How the ordinal was decorated.</param>
    /// <param name="title">The title after the ordinal, trimmed; empty when the text held only the ordinal.</param>
    /// <param name="numberSpan">Where the ordinal and its decoration are in the text that was read.</param>
    public OrdinalHeading(ChineseOrdinal number, OrdinalStyle style, string title, TextSpan numberSpan)
    {
        Number = number;
        Style = Guard.Against.UndefinedEnum(style);
        Title = Guard.Against.Null(title);
        NumberSpan = numberSpan;
    }

    /// <summary>Gets the ordinal: 1 for （一）.</summary>
    public ChineseOrdinal Number { get; }

    /// <summary>Gets how the ordinal was decorated.</summary>
    public OrdinalStyle Style { get; }

    /// <summary>Gets the title after the ordinal and its decoration, trimmed and otherwise as written.</summary>
    public string Title { get; }

    /// <summary>Gets where the ordinal and its decoration (brackets, 、) are in the text that was read.</summary>
    public TextSpan NumberSpan { get; }

    /// <summary>Formats the heading with its ordinal in <see cref="Style"/>: （一）加强权力配置信息公开。</summary>
    /// <returns>The heading as text.</returns>
    public override string ToString() => Number.Format(Style) + Title;
}
