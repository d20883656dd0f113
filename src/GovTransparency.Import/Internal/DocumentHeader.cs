using System.Collections.Generic;
using GovTransparency.Domain.Plans;
using NodaTime;

namespace GovTransparency.Import.Internal;

/// <summary>What the lines around a plan's body say about the document: the raw findings of <see cref="HeaderReader"/>.</summary>
internal sealed class DocumentHeader
{
    /// <summary>Gets or sets the 标题 / 名称 label of a portal's metadata block, without a leading 【…】 tag.</summary>
    public string? LabelTitle { get; set; }

    /// <summary>Gets or sets the caption just above the table or the prose body (2020年政务公开重点工作任务分工).</summary>
    public string? Caption { get; set; }

    /// <summary>Gets or sets the title of the covering notice (…关于印发…的通知), joined when broken over lines.</summary>
    public string? NoticeTitle { get; set; }

    /// <summary>Gets or sets the 发文机关 label.</summary>
    public string? IssuerLabel { get; set; }

    /// <summary>Gets or sets the 发布机构 label (the publishing office of a portal).</summary>
    public string? PublisherLabel { get; set; }

    /// <summary>Gets or sets the authority signed above the sign-off date.</summary>
    public string? SignOffAuthority { get; set; }

    /// <summary>Gets or sets the authority that opens the notice title (泗县人民政府办公室 of 泗县人民政府办公室关于印发…).</summary>
    public string? NoticeAuthority { get; set; }

    public DocumentNumber? Number { get; set; }

    public LocalDate? WrittenOn { get; set; }

    public LocalDate? PublishedOn { get; set; }

    /// <summary>Gets or sets a date written 「…印发」.</summary>
    public LocalDate? PrintedOn { get; set; }

    /// <summary>Gets or sets the date under the notice's signature.</summary>
    public LocalDate? SignOffDate { get; set; }

    public List<DocumentReference> Implements { get; } = new();
}
