using GovTransparency.Domain.Internal;

namespace GovTransparency.Domain.Progress;

/// <summary>
/// A count reported in a progress text, such as 发布图表图解11篇 (11 infographics published): the subject
/// 发布图表图解, the quantity 11 and the measure word (量词) 篇. Scraped documents often lose the measure
/// word (发布图表图解11); it is then null.
/// </summary>
public sealed record ProgressMetric
{
    /// <summary>Creates a metric.</summary>
    /// <param name="subject">What was counted, as written (发布图表图解); may be empty.</param>
    /// <param name="quantity">The count, zero or more.</param>
    /// <param name="measureWord">The measure word (篇 件 家 期 次 个 条 …), or null when none was written.</param>
    public ProgressMetric(string subject, int quantity, string? measureWord = null)
    {
        Subject = Guard.Against.Null(subject);
        Quantity = Guard.Against.Negative(quantity);
        MeasureWord = string.IsNullOrEmpty(measureWord) ? null : measureWord;
    }

    /// <summary>Gets what was counted, as written.</summary>
    public string Subject { get; }

    /// <summary>Gets the count.</summary>
    public int Quantity { get; }

    /// <summary>Gets the measure word (量词), or null.</summary>
    public string? MeasureWord { get; }

    /// <summary>Formats as written: subject, quantity, measure word.</summary>
    /// <returns>For example 发布图表图解11篇.</returns>
    public override string ToString() =>
        Subject + Quantity.ToString(System.Globalization.CultureInfo.InvariantCulture) + MeasureWord;
}
