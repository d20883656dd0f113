using System;
using System.Globalization;
using System.Linq;
using FluentAssertions;
using GovTransparency.Domain.Units;
using Xunit;
using static GovTransparency.Domain.Tests.Units.AssignmentExpectations;

namespace GovTransparency.Domain.Tests.Units;

public class AssignmentTextTests
{
    [Fact]
    public void The_domain_example_with_an_office_and_its_sections_gives_a_lead_and_a_cooperating_collective()
    {
        AssignmentText.Parse("办公室牵头,各科室配合").Assignments
            .Should().Equal(L("办公室"), C("各科室", Collective));
    }

    [Theory]
    [InlineData("区财政局负责落实", UnitRole.Responsible)]
    [InlineData("区财政局负责", UnitRole.Responsible)]
    [InlineData("区财政局落实", UnitRole.Responsible)]
    [InlineData("区财政局承办", UnitRole.Responsible)]
    [InlineData("区财政局牵头", UnitRole.Lead)]
    [InlineData("区财政局配合", UnitRole.Cooperating)]
    [InlineData("区财政局参与", UnitRole.Cooperating)]
    [InlineData("区财政局协助", UnitRole.Cooperating)]
    [InlineData("区财政局协同", UnitRole.Cooperating)]
    [InlineData("区财政局", UnitRole.Responsible)]
    [InlineData("区财政局(牵头)", UnitRole.Lead)]
    [InlineData("区财政局（配合）", UnitRole.Cooperating)]
    [InlineData("区财政局牵头负责", UnitRole.Lead)]
    [InlineData("区财政局配合落实", UnitRole.Cooperating)]
    public void Each_role_word_gives_its_role(string cell, UnitRole role)
    {
        AssignmentText.Parse(cell).Assignments
            .Should().Equal(new Assignment(new Unit("区财政局"), role));
    }

    [Theory]
    [InlineData("区财政局、区税务局牵头")]
    [InlineData("区财政局,区税务局牵头")]
    [InlineData("区财政局，区税务局牵头")]
    [InlineData("区财政局;区税务局牵头")]
    [InlineData("区财政局；区税务局牵头")]
    [InlineData("区财政局/区税务局牵头")]
    [InlineData("区财政局 区税务局牵头")]
    [InlineData("区财政局\u3000区税务局牵头")]
    [InlineData("区财政局\r\n区税务局牵头")]
    [InlineData("区财政局 、 区税务局 牵头")]
    public void Every_separator_splits_units_and_a_role_word_covers_the_whole_run(string cell)
    {
        AssignmentText.Parse(cell).Assignments.Should().Equal(L("区财政局"), L("区税务局"));
    }

    [Fact]
    public void Units_after_the_last_role_word_are_responsible_and_a_default_role_can_be_chosen()
    {
        AssignmentText.Parse("区发改委牵头,区财政局").Assignments.Should().Equal(L("区发改委"), R("区财政局"));
        AssignmentText.Parse("区财政局、区税务局", UnitRole.Lead).Assignments.Should().Equal(L("区财政局"), L("区税务局"));
        AssignmentText.Parse("区财政局配合", UnitRole.Lead).Assignments.Should().Equal(C("区财政局"));
    }

    [Fact]
    public void Three_role_groups_keep_their_order()
    {
        AssignmentText.Parse("区政府办公室牵头,区财政局负责,各乡镇街配合").Assignments
            .Should().Equal(L("区政府办公室"), R("区财政局"), C("各乡镇街", Collective));
    }

    [Fact]
    public void A_role_word_standing_alone_applies_to_the_units_before_it()
    {
        AssignmentText.Parse("区财政局、区税务局,牵头").Assignments.Should().Equal(L("区财政局"), L("区税务局"));
    }

    [Fact]
    public void Open_ended_sets_keep_the_text_from_deng_on_as_their_name()
    {
        AssignmentText.Parse("县人社局、县财政局等有关部门").Assignments
            .Should().Equal(R("县人社局"), R("县财政局"), R("等有关部门", OpenEnded));
        AssignmentText.Parse("县财政局等单位配合").Assignments
            .Should().Equal(C("县财政局"), C("等单位", OpenEnded));
    }

    [Fact]
    public void Deng_inside_a_name_that_is_not_followed_by_a_set_noun_stays_in_the_name()
    {
        AssignmentText.Parse("市属各高等院校").Assignments.Should().Equal(R("市属各高等院校", Collective));
    }

    [Fact]
    public void A_note_in_brackets_at_the_end_of_a_unit_becomes_the_note_and_its_role_words_do_not_count()
    {
        AssignmentText.Parse("市大数据委(负责专题建设)").Assignments
            .Should().Equal(R("市大数据委", note: "负责专题建设"));
        AssignmentText.Parse("市大数据委（负责专题建设）牵头,各县(市)区政府配合").Assignments
            .Should().Equal(L("市大数据委", note: "负责专题建设"), C("各县(市)区政府", Collective));
        AssignmentText.Parse("市大数据委牵头(负责专题建设)").Assignments
            .Should().Equal(L("市大数据委", note: "负责专题建设"));
    }

    [Fact]
    public void A_note_may_hold_separators_and_line_breaks()
    {
        AssignmentText.Parse("市大数据委(负责专题建设、\n栏目改版),市财政局").Assignments
            .Should().Equal(R("市大数据委", note: "负责专题建设、栏目改版"), R("市财政局"));
    }

    [Theory]
    [InlineData("各县(市)区政府", UnitKind.Collective)]
    [InlineData("各县（市）区政府", UnitKind.Collective)]
    [InlineData("村(居)委会", UnitKind.Specific)]
    [InlineData("市行政(市民)服务中心管委会", UnitKind.Specific)]
    [InlineData("县数据资源管理局（政务服务局）", UnitKind.Specific)]
    [InlineData("各乡镇(街道)", UnitKind.Collective)]
    public void Brackets_inside_a_name_or_holding_a_second_name_stay_in_the_name(string cell, UnitKind kind)
    {
        var last = cell.Split('、').Last();

        AssignmentText.Parse(cell).Assignments.Last().Should().Be(R(last, kind));
    }

    [Fact]
    public void A_bracket_that_begins_with_han_is_a_note_even_when_it_ends_like_a_unit()
    {
        AssignmentText.Parse("县经济开发区管委会(含各乡镇)").Assignments
            .Should().Equal(R("县经济开发区管委会", note: "含各乡镇"));
    }

    [Fact]
    public void A_note_on_its_own_line_belongs_to_the_unit_above_it()
    {
        AssignmentText.Parse("市大数据委\n\n(负责专题建设)", UnitRole.Lead).Assignments
            .Should().Equal(L("市大数据委", note: "负责专题建设"));
        AssignmentText.Parse("市大数据委,(负责专题建设)").Assignments
            .Should().Equal(R("市大数据委", note: "负责专题建设"));
    }

    [Theory]
    [InlineData("县政府各部门、各乡镇人民政府、县经济开\n发区管委会")]
    [InlineData("县政府各部门、各乡镇人民政府、县经济开发区\n管委会")]
    [InlineData("县政府各部门、各乡镇人民政\n府、县经济开发区管委会")]
    [InlineData("县政府\n各部门、各乡镇人民政府、县经济开发区管委会")]
    [InlineData("县政府各部门、\n各乡镇人民政府、\n县经济开发区管委会")]
    [InlineData("县政府各部门\n、各乡镇人民政府\n、县经济开发区管委会")]
    [InlineData("\t县政府各部门、各乡镇\n\t人民政府、县经济开发区管委会\n")]
    public void A_name_broken_over_lines_is_joined(string cell)
    {
        AssignmentText.Parse(cell).Assignments.Should().Equal(
            R("县政府各部门", Collective), R("各乡镇人民政府", Collective), R("县经济开发区管委会"));
    }

    [Fact]
    public void Lines_that_each_hold_a_whole_unit_are_a_list()
    {
        AssignmentText.Parse("市发改委\n市市场监管局\n市商务局", UnitRole.Lead).Assignments
            .Should().Equal(L("市发改委"), L("市市场监管局"), L("市商务局"));
    }

    [Fact]
    public void A_line_break_after_a_short_bracketed_qualifier_continues_the_name_but_one_after_a_note_does_not()
    {
        AssignmentText.Parse("各县(市)\n区政府").Assignments.Should().Equal(R("各县(市)区政府", Collective));
        AssignmentText.Parse("市行政(市民)服务中心管委会(负责市级线下专区建设)\n市财政局", UnitRole.Lead).Assignments
            .Should().Equal(L("市行政(市民)服务中心管委会", note: "负责市级线下专区建设"), L("市财政局"));
    }

    [Fact]
    public void A_space_between_latin_letters_or_digits_is_kept_when_a_name_is_joined()
    {
        AssignmentText.Parse("福州12345 110联动中心").Assignments.Should().Equal(R("福州12345 110联动中心"));
    }

    [Fact]
    public void Repeated_units_are_kept_as_written()
    {
        AssignmentText.Parse("区发改委牵头,区发改委负责落实").Assignments.Should().Equal(L("区发改委"), R("区发改委"));
    }

    // ---- Diagnostics and bad input ----

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\r\n \u3000")]
    [InlineData("\u200B\uFEFF")]
    public void An_empty_or_blank_cell_is_an_error_with_no_assignment(string cell)
    {
        var result = AssignmentText.Parse(cell);

        result.Assignments.Should().BeEmpty();
        result.HasErrors.Should().BeTrue();
        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.EmptyText);
        result.ToParseResult().Success.Should().BeFalse();
    }

    [Fact]
    public void A_role_word_with_no_unit_before_it_is_reported_and_ignored()
    {
        var result = AssignmentText.Parse("牵头,区财政局负责");

        result.Assignments.Should().Equal(R("区财政局"));
        var diagnostic = result.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(DiagnosticCodes.RoleWordWithoutUnit);
        diagnostic.Severity.Should().Be(DiagnosticSeverity.Warning);
        diagnostic.Span.Should().Be(new TextSpan(0, 2));
        diagnostic.Subject.Should().Be("牵头");
        diagnostic.MessageZh.Should().Contain("牵头");
        diagnostic.MessageEn.Should().Contain("牵头");
    }

    [Theory]
    [InlineData("区财政局、、区税务局", 4, 2)]
    [InlineData("区财政局、 ,区税务局", 4, 3)]
    [InlineData("、区财政局、区税务局", 0, 1)]
    [InlineData("区财政局、区税务局、", 9, 1)]
    [InlineData("区财政局、、、，区税务局", 4, 4)]
    public void Empty_items_between_separators_are_skipped_with_one_info_per_run(string cell, int start, int length)
    {
        var result = AssignmentText.Parse(cell);

        result.Assignments.Should().Equal(R("区财政局"), R("区税务局"));
        var diagnostic = result.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(DiagnosticCodes.EmptyAssignmentItem);
        diagnostic.Severity.Should().Be(DiagnosticSeverity.Info);
        diagnostic.Span.Should().Be(new TextSpan(start, length));
        result.ToParseResult().Success.Should().BeTrue();
    }

    [Theory]
    [InlineData("市大数据委(负责专题建设", 5, "市大数据委(负责专题建设")]
    [InlineData("市大数据委负责专题建设)", 11, "市大数据委负责专题建设)")]
    [InlineData("市大数据委（负责专题建设牵头", 5, "市大数据委（负责专题建设牵头")]
    public void An_unbalanced_bracket_is_reported_and_the_item_is_kept_whole_as_a_name(string cell, int index, string name)
    {
        var result = AssignmentText.Parse(cell);

        result.Assignments.Should().Equal(R(name));
        var diagnostic = result.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(DiagnosticCodes.UnbalancedBrackets);
        diagnostic.Span.Should().Be(new TextSpan(index, 1));
    }

    [Fact]
    public void An_unbalanced_bracket_does_not_swallow_the_separators_after_it()
    {
        var result = AssignmentText.Parse("各县(市区政府、高新区管委会牵头");

        result.Assignments.Should().Equal(L("各县(市区政府", Collective), L("高新区管委会"));
        result.Diagnostics.Select(d => d.Code).Should().Equal(DiagnosticCodes.UnbalancedBrackets);
    }

    [Fact]
    public void A_unit_name_over_40_characters_is_kept_with_a_warning()
    {
        const string sentence = "注重对政策背景、出台目的、重要举措等方面的实质性解读讲明讲透政策内涵杜绝简单摘抄文件罗列小标题等形式化解读";
        var cell = "区政府办公室牵头," + sentence.Replace("、", string.Empty);
        var result = AssignmentText.Parse(cell);

        result.Assignments.Should().HaveCount(2);
        result.Assignments[1].Unit.Name.Should().Be(sentence.Replace("、", string.Empty));
        var diagnostic = result.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(DiagnosticCodes.UnitNameTooLong);
        diagnostic.MessageEn.Should().Contain("probably not a unit");
    }

    [Fact]
    public void A_40_character_name_is_not_reported()
    {
        AssignmentText.Parse(new string('局', 40)).Diagnostics.Should().BeEmpty();
        AssignmentText.Parse(new string('局', 41)).Diagnostics.Should().ContainSingle()
            .Which.Code.Should().Be(DiagnosticCodes.UnitNameTooLong);
    }

    [Fact]
    public void A_note_with_no_unit_before_it_is_kept_in_a_diagnostic()
    {
        var result = AssignmentText.Parse("(负责专题建设),区财政局负责");

        result.Assignments.Should().Equal(R("区财政局"));
        var diagnostic = result.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(DiagnosticCodes.NoteWithoutUnit);
        diagnostic.Subject.Should().Be("(负责专题建设)");
    }

    [Fact]
    public void Text_over_10000_characters_is_read_up_to_the_limit_and_says_so()
    {
        var unit = "区财政局、";
        var cell = string.Concat(Enumerable.Repeat(unit, 2_100)) + "区税务局";

        var result = AssignmentText.Parse(cell);

        result.Assignments.Should().HaveCount(AssignmentText.MaxLength / unit.Length);
        result.Assignments.Should().OnlyContain(a => a.Unit.Name == "区财政局");
        var diagnostic = result.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.TextTooLong).Subject;
        diagnostic.Span.Should().Be(new TextSpan(AssignmentText.MaxLength, cell.Length - AssignmentText.MaxLength));
        result.HasErrors.Should().BeFalse();
    }

    [Fact]
    public void Text_cut_at_the_limit_never_splits_a_surrogate_pair()
    {
        var cell = new string('局', AssignmentText.MaxLength - 1) + "\U00020000" + "局";

        var result = AssignmentText.Parse(cell);

        result.Assignments.Should().ContainSingle().Which.Unit.Name.Should().Be(new string('局', AssignmentText.MaxLength - 1));
    }

    [Theory]
    [InlineData("!!!@@@###")]
    [InlineData("）（、，牵头;;配合")]
    [InlineData("((((((")]
    [InlineData("))))")]
    [InlineData("()")]
    [InlineData("(牵头)")]
    [InlineData("等")]
    [InlineData("\0\u0001\uD800\uDFFF\uFFFF")]
    [InlineData("年底前")]
    public void Garbage_never_throws_and_its_text_is_kept_or_reported(string cell)
    {
        var result = AssignmentText.Parse(cell);

        (result.Assignments.Count + result.Diagnostics.Count).Should().BePositive();
    }

    [Theory]
    [InlineData("(")]
    [InlineData("（")]
    [InlineData("、")]
    [InlineData("区")]
    [InlineData("牵头")]
    [InlineData("(牵头)")]
    [InlineData("区 ")]
    [InlineData("区\n")]
    [InlineData("等有关部门")]
    [InlineData("区财政局（负责")]
    public void Pathological_texts_of_the_maximum_length_are_read_without_throwing(string piece)
    {
        var cell = string.Concat(Enumerable.Repeat(piece, (AssignmentText.MaxLength / piece.Length) + 1));
        AssignmentText.Parse(cell.Substring(0, 100));

        var result = AssignmentText.Parse(cell);

        result.Should().NotBeNull();
    }

    [Fact]
    public void Null_text_is_a_programmer_error_naming_the_parameter()
    {
        FluentActions.Invoking(() => AssignmentText.Parse(null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("text");
        FluentActions.Invoking(() => AssignmentText.Parse("区财政局", (UnitRole)9))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("defaultRole");
    }

    [Fact]
    public void Results_are_the_same_under_any_culture()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("tr-TR");
            var turkish = AssignmentText.Parse("E福州 APP中心牵头,ＩＴ中心配合").Assignments;
            CultureInfo.CurrentCulture = new CultureInfo("zh-CN");
            var chinese = AssignmentText.Parse("E福州 APP中心牵头,ＩＴ中心配合").Assignments;

            turkish.Should().Equal(chinese);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    // ---- Two columns ----

    [Fact]
    public void Two_empty_columns_are_an_error_but_one_empty_column_is_normal()
    {
        AssignmentText.ParseColumns(null, " \n").Diagnostics.Should().ContainSingle()
            .Which.Code.Should().Be(DiagnosticCodes.EmptyText);
        AssignmentText.ParseColumns(" ", "各县(市)区政府").Diagnostics.Should().BeEmpty();
        AssignmentText.ParseColumns("市司法局", null).Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Column_diagnostics_say_which_cell_they_concern()
    {
        var result = AssignmentText.ParseColumns("市大数据委、、市财政局", "各县(市区政府");

        result.Diagnostics.Select(d => (d.Code, d.Path)).Should().Equal(
            (DiagnosticCodes.EmptyAssignmentItem, "LeadCell"),
            (DiagnosticCodes.UnbalancedBrackets, "ResponsibleCell"));
    }

    [Fact]
    public void The_result_lists_units_by_role()
    {
        var result = AssignmentText.Parse("区政府办公室、区发改委牵头,区政府各部门负责落实,各乡镇街配合");

        result.LeadUnits.Select(u => u.Name).Should().Equal("区政府办公室", "区发改委");
        result.ResponsibleUnits.Should().Equal(new Unit("区政府各部门", UnitKind.Collective));
        result.CooperatingUnits.Should().Equal(new Unit("各乡镇街", UnitKind.Collective));
        result.ToParseResult().Value.Should().Equal(result.Assignments);
    }
}
