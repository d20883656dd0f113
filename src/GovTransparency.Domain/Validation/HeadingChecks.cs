using System;
using System.Collections.Generic;
using FluentValidation;
using GovTransparency.Domain.Internal;
using GovTransparency.Domain.Plans;

namespace GovTransparency.Domain.Validation;

/// <summary>
/// The numbering checks of one list of headings (the sections of a plan, or the subsections of a section): each
/// ordinal follows the one before it, starting at 1; an ordinal used again is a repeated heading (same title) or a
/// contradiction (another title); two ordinals with one title are reported. One mistake gives one finding: after
/// (一)(二)(二)(三) only the second (二) is reported.
/// </summary>
internal static class HeadingChecks
{
    public static void Check<T>(
        ValidationContext<T> context,
        string listPath,
        HeadingKind kind,
        int count,
        Func<int, ChineseOrdinal> ordinalAt,
        Func<int, string> titleAt,
        ChineseOrdinal section)
    {
        var previous = 0;
        var firstByOrdinal = new Dictionary<int, (int Index, string Key)>();
        var firstByTitle = new Dictionary<string, ChineseOrdinal>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var ordinal = ordinalAt(i);
            var title = titleAt(i);
            var key = TitleKey.Of(title);
            var path = Paths.Index(listPath, i);
            if (firstByOrdinal.TryGetValue(ordinal.Value, out var first))
            {
                if (string.Equals(first.Key, key, StringComparison.Ordinal))
                {
                    context.AddFinding(path, Messages.HeadingRepeated(kind, ordinal, title));
                }
                else
                {
                    context.AddFinding(Paths.Member(path, "Number"), Messages.OrdinalRepeatedWithDifferentTitle(kind, ordinal, title, titleAt(first.Index)));
                }
            }
            else
            {
                if (ordinal.Value != previous + 1)
                {
                    context.AddFinding(
                        Paths.Member(path, "Number"),
                        kind == HeadingKind.Section
                            ? Messages.SectionNumberOutOfSequence(ordinal, previous + 1)
                            : Messages.SubsectionNumberOutOfSequence(ordinal, previous + 1, section));
                }

                firstByOrdinal.Add(ordinal.Value, (i, key));
            }

            if (key.Length > 0)
            {
                if (firstByTitle.TryGetValue(key, out var titled))
                {
                    if (titled != ordinal)
                    {
                        context.AddFinding(Paths.Member(path, "Title"), Messages.HeadingTitleRepeated(kind, ordinal, titled, title));
                    }
                }
                else
                {
                    firstByTitle.Add(key, ordinal);
                }
            }

            previous = ordinal.Value;
        }
    }
}
