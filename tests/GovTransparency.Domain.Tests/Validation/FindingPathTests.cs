using System.Linq;
using FluentAssertions;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Validation;
using Xunit;

namespace GovTransparency.Domain.Tests.Validation;

/// <summary>
/// The property paths findings carry (<c>Sections[1].Subsections[0].Tasks[0].Number</c>) and the task a path points
/// to, which is how a finding from a rule that only knows a path still names its task.
/// </summary>
public class FindingPathTests
{
    /// <summary>Section 一 holds tasks 1 and 2 directly; section 二 holds task 3 in its subsection (一).</summary>
    private static readonly WorkPlan Plan = new("2021年政务公开工作要点", 2021)
    {
        Sections = new[]
        {
            new Section(new ChineseOrdinal(1), "深化重点领域信息公开")
            {
                Tasks = new[] { new WorkTask(new TaskNumber(1), "公开财政预决算"), new WorkTask(new TaskNumber(2), "公开重大项目") },
            },
            new Section(new ChineseOrdinal(2), "加强平台建设")
            {
                Subsections = new[]
                {
                    new Subsection(new ChineseOrdinal(1), "政府网站")
                    {
                        Tasks = new[] { new WorkTask(new TaskNumber(3), "优化政府网站") },
                    },
                },
            },
        },
    };

    [Fact]
    public void A_task_path_names_the_section_the_subsection_when_there_is_one_and_the_task()
    {
        Plan.EnumerateTasks().Select(l => Paths.Task("Sections", l)).Should().Equal(
            "Sections[0].Tasks[0]",
            "Sections[0].Tasks[1]",
            "Sections[1].Subsections[0].Tasks[0]");
    }

    [Fact]
    public void A_member_path_is_joined_with_a_dot_except_at_the_root()
    {
        Paths.Member("Sections[0]", "Title").Should().Be("Sections[0].Title");
        Paths.Member(string.Empty, "Title").Should().Be("Title");
    }

    [Theory]
    [InlineData("Sections[0].Tasks[0]", 1)]
    [InlineData("Sections[0].Tasks[1].Deadline", 2)]
    [InlineData("Sections[1].Subsections[0].Tasks[0]", 3)]
    [InlineData("Sections[1].Subsections[0].Tasks[0].Assignments[0].Unit", 3)]
    [InlineData("Sections[000000001].Subsections[0].Tasks[0]", 3)]
    public void A_path_into_a_task_finds_that_task(string path, int number)
    {
        Paths.FindTask(Plan, path).Should().Be(new TaskNumber(number));
    }

    [Theory]
    [InlineData("Title")]
    [InlineData("Sections[0]")]
    [InlineData("Sections[0].Title")]
    [InlineData("Sections[2].Tasks[0]")]
    [InlineData("Sections[0].Tasks[2]")]
    [InlineData("Sections[1].Subsections[1].Tasks[0]")]
    [InlineData("Sections[1].Subsections[0].Tasks[1]")]
    [InlineData("Sections[1].Subsections[0]")]
    [InlineData("Sections[].Tasks[0]")]
    [InlineData("Sections[0")]
    [InlineData("Sections[0x].Tasks[0]")]
    [InlineData("Sections[0000000001].Subsections[0].Tasks[0]")]
    [InlineData("Sections[0].Tasks[]")] // no digits in the last index
    [InlineData("Sections[0].Tasks[0")] // the last index not closed
    [InlineData("Sections[1].Subsections[0].Tasks[x]")]
    [InlineData("Sections[1].Subsections[0].Tasks[0x]")]
    public void A_path_that_does_not_reach_an_existing_task_finds_none(string path)
    {
        Paths.FindTask(Plan, path).Should().BeNull();
    }

    /// <summary>One section of twelve tasks, numbered 1 to 12, so that indexes reach 9 and two digits.</summary>
    private static readonly WorkPlan TwelveTasks = new("2021年政务公开工作要点", 2021)
    {
        Sections = new[]
        {
            new Section(new ChineseOrdinal(1), "深化重点领域信息公开")
            {
                Tasks = Enumerable.Range(1, 12).Select(n => new WorkTask(new TaskNumber(n), "公开事项" + n)).ToArray(),
            },
        },
    };

    [Theory]
    [InlineData("Sections[0].Tasks[9]", 10)] // the digit 9 is a digit
    [InlineData("Sections[0].Tasks[10].Deadline", 11)] // two digits: ten, not one then zero
    [InlineData("Sections[0].Tasks[11]", 12)]
    public void An_index_with_a_nine_or_two_digits_finds_its_task(string path, int number)
    {
        Paths.FindTask(TwelveTasks, path).Should().Be(new TaskNumber(number));
    }

    [Fact]
    public void No_path_finds_no_task()
    {
        Paths.FindTask(Plan, null).Should().BeNull();
    }
}
