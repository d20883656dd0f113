using FluentAssertions;
using GovTransparency.Domain.Compliance;
using GovTransparency.Domain.Units;
using Xunit;

namespace GovTransparency.Domain.Tests.Compliance;

/// <summary>
/// The short texts the compliance tables show: a requirement cut to an excerpt, and the units of one role in a cell.
/// </summary>
public class ExcerptAndUnitCellTests
{
    [Fact]
    public void An_excerpt_never_cuts_a_surrogate_pair_in_half()
    {
        // "𠀀" (U+20000) is two UTF-16 code units; a cut after three units would keep only its high surrogate.
        ComplianceText.Excerpt("公开\U00020000目录", 3).Should().Be("公开…");
    }

    [Fact]
    public void A_text_exactly_as_long_as_the_limit_is_kept_whole_without_an_ellipsis()
    {
        ComplianceText.Excerpt("公开目录", 4).Should().Be("公开目录");
        ComplianceText.Excerpt("公开目录", 3).Should().Be("公开目…");
    }

    [Fact]
    public void An_excerpt_is_trimmed_and_its_tabs_and_line_breaks_become_spaces()
    {
        ComplianceText.Excerpt("  公开\t目录\r\n清单  ", 30).Should().Be("公开 目录  清单");
    }

    private static readonly Assignment[] Assignments =
    {
        new(new Unit("区政府办"), UnitRole.Lead),
        new(new Unit("区财政局"), UnitRole.Responsible),
        new(new Unit("区发改委"), UnitRole.Lead, "牵头协调"),
        new(new Unit("区教育局"), UnitRole.Lead),
        new(new Unit("区民政局"), UnitRole.Lead),
    };

    [Fact]
    public void A_unit_cell_lists_only_the_units_of_its_role_with_their_notes()
    {
        ComplianceText.Units(Assignments, UnitRole.Lead, "、", int.MaxValue, (more, total) => "×")
            .Should().Be("区政府办、区发改委(牵头协调)、区教育局、区民政局");
        ComplianceText.Units(Assignments, UnitRole.Responsible, "、", int.MaxValue, null).Should().Be("区财政局");
        ComplianceText.Units(Assignments, UnitRole.Cooperating, "、", int.MaxValue, null).Should().BeEmpty();
    }

    [Fact]
    public void A_full_unit_cell_names_the_first_units_and_says_how_many_more_of_how_many()
    {
        ComplianceText.Units(Assignments, UnitRole.Lead, ", ", 2, (more, total) => " +" + more + "/" + total)
            .Should().Be("区政府办, 区发改委(牵头协调) +2/4");
    }

    [Fact]
    public void A_full_unit_cell_without_a_more_phrase_just_stops()
    {
        ComplianceText.Units(Assignments, UnitRole.Lead, ", ", 1, null).Should().Be("区政府办");
    }
}
