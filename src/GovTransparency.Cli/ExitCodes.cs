namespace GovTransparency.Cli;

/// <summary>The exit codes of <c>govplan</c>.</summary>
internal static class ExitCodes
{
    /// <summary>The command ran and printed its answer.</summary>
    public const int Success = 0;

    /// <summary>A file given with <c>--schedule</c>, <c>--days</c> or to <c>convert</c> could not be read or understood.</summary>
    public const int BadInputFile = 1;

    /// <summary>The command line is wrong: a bad date or number, a missing argument, an unknown option.</summary>
    public const int Usage = 2;

    /// <summary>The answer needs a year whose official schedule is unknown (and <c>--assume-weekends</c> was not given).</summary>
    public const int OutsideKnownYears = 3;
}
