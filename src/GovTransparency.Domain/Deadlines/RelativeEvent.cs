namespace GovTransparency.Domain.Deadlines;

/// <summary>The event a relative time limit counts from.</summary>
public enum RelativeEvent
{
    /// <summary>
    /// The text names no event (7日之内, 在1个工作日内): the caller must supply its date. A rule with this event has
    /// no <see cref="DeadlineRule.Relative.EventText"/>.
    /// </summary>
    Unnamed = 0,

    /// <summary>印发: the plan (or notice) is issued (印发后一个月内, 本通知印发后20个工作日内).</summary>
    PlanIssued = 1,

    /// <summary>收到: a request, message or application is received (自收到留言咨询之日起3个工作日内).</summary>
    Received = 2,

    /// <summary>批复: an approval is given (批复后20日内, 批准后).</summary>
    Approved = 3,

    /// <summary>
    /// An event the text names that is none of the others (自受理之日起20个工作日内: from acceptance); the
    /// words are in <see cref="DeadlineRule.Relative.EventText"/>, which such a rule always has.
    /// </summary>
    Other = 4,
}
