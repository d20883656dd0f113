using System.Globalization;
using GovTransparency.Domain.Validation;

namespace GovTransparency.Domain.Tests.Validation;

internal static class FindingMessages
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static string MessageEn(this ValidationFinding finding) => finding.GetMessage(English);
}

internal static class TestResults
{
    /// <summary>The failures other than GT1008, which every plan with tasks has.</summary>
    public static System.Collections.Generic.IEnumerable<FluentValidation.Results.ValidationFailure> Others<T>(this FluentValidation.TestHelper.TestValidationResult<T> result) =>
        System.Linq.Enumerable.Where(result.Errors, e => e.ErrorCode != DiagnosticCodes.TaskNumberingDetected);
}
