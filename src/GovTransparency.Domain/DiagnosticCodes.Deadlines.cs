namespace GovTransparency.Domain;

/// <summary>Codes GT0401–GT0499: time limits (时限要求) and the deadlines inside requirement texts.</summary>
public static partial class DiagnosticCodes
{
    /// <summary>
    /// GT0401 (info): no time limit is written (an empty 时限要求 cell); the plan's default, the end of the plan
    /// year, applies.
    /// </summary>
    public const string DeadlineNotSpecified = "GT0401";

    /// <summary>GT0402 (warning): the text could not be read as a time limit; it is kept verbatim as unrecognised.</summary>
    public const string DeadlineNotRecognized = "GT0402";

    /// <summary>
    /// GT0403 (warning): the time limit names a date, month, quarter or year that does not exist (2月30日前, 13月底前,
    /// 1030日前); the text is kept verbatim as unrecognised.
    /// </summary>
    public const string DeadlineInvalidDate = "GT0403";

    /// <summary>
    /// GT0404 (warning): 上旬 / 中旬 / 下旬 (the first, middle or last ten days of a month) is written without the month;
    /// the text is kept verbatim as unrecognised.
    /// </summary>
    public const string DeadlineTenDayPeriodWithoutMonth = "GT0404";

    /// <summary>
    /// GT0405 (info): words after a continuous, recurring or relative time limit (按月公开 → 公开) are not part of the
    /// rule; the rule was read without them.
    /// </summary>
    public const string DeadlineWordsIgnored = "GT0405";
}
