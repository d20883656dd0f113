using System;
using GovTransparency.Domain.Internal;

namespace GovTransparency.Domain.Deadlines;

/// <summary>
/// A deadline written inside a requirement text (「2020年底前，县级政府门户网站全部支持互联网协议第6版」,
/// 「7月底前提出…方案，10月底前完成提升工作」, 「在1个工作日内公开变更后的信息」): a milestone of the task, found by
/// <see cref="DeadlineText.FindInRequirement(string, DeadlineContext)"/>.
/// </summary>
public sealed record RequirementDeadline
{
    /// <summary>Creates a found deadline.</summary>
    /// <param name="rule">The deadline: a <see cref="DeadlineRule.Fixed"/> or <see cref="DeadlineRule.Relative"/> rule.</param>
    /// <param name="span">Where the deadline phrase sits in the requirement text.</param>
    /// <param name="text">The deadline phrase as written.</param>
    /// <param name="action">What is due by it, as written, or null.</param>
    /// <exception cref="ArgumentException">The rule is neither fixed nor relative.</exception>
    public RequirementDeadline(DeadlineRule rule, TextSpan span, string text, string? action = null)
    {
        Rule = Guard.Against.Null(rule);
        if (rule is not (DeadlineRule.Fixed or DeadlineRule.Relative))
        {
            throw new ArgumentException("A deadline inside a requirement is a fixed or relative rule.", nameof(rule));
        }

        Span = span;
        Text = Guard.Against.Null(text);
        Action = string.IsNullOrWhiteSpace(action) ? null : action;
    }

    /// <summary>Gets the deadline: a fixed rule (2020年底前) or a relative one (收到留言咨询之日起3个工作日内).</summary>
    public DeadlineRule Rule { get; }

    /// <summary>Gets where the deadline phrase sits in the requirement text (the phrase only, without 于 / 在 before it).</summary>
    public TextSpan Span { get; }

    /// <summary>Gets the deadline phrase as written in the requirement text.</summary>
    public string Text { get; }

    /// <summary>
    /// Gets what is due by the deadline, as written, without white space: the rest of the clause after the phrase
    /// (提出市政府网站栏目设置优化提升方案), or, when the phrase ends its clause (2020年底前，…), the rest of the
    /// sentence; null when nothing follows.
    /// </summary>
    public string? Action { get; }
}
