using System;
using System.Text;
using FluentAssertions;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Tests.TestSupport;
using Xunit;

namespace GovTransparency.Domain.Tests.Deadlines;

/// <summary>User text never throws: random strings and every substring of the seed documents.</summary>
public class DeadlineRobustnessTests
{
    /// <summary>
    /// The longest substring taken at each offset of a seed file. All substrings of unbounded length would be about
    /// n²/2 ≈ 2·10⁸ parses for a 20,000-character file; 64 characters covers every time-limit phrase and requirement
    /// clause of the seeds several times over, in 1.3 million parses per file.
    /// </summary>
    private const int MaxSubstringLength = 64;

    private const string Alphabet =
        "年月日前底末内后起旬季度半上下中每按次明今本第至到或、，,；。个工作日周天之以于在自从收到印发批复准持续推进长期常态化完成方案" +
        "0123456789０１２３４５６７８９一二三四五六七八九十百千万〇两零 \t\n\r\u3000\u00a0—–-~～…个內後個週";

    private static readonly DeadlineContext Context = new(2021);

    [Fact]
    public void Ten_thousand_random_strings_never_throw_and_each_reads_to_a_rule_that_round_trips()
    {
        var random = new Random(20210401);
        var builder = new StringBuilder();
        for (var i = 0; i < 10_000; i++)
        {
            builder.Clear();
            var length = random.Next(0, 40);
            for (var k = 0; k < length; k++)
            {
                // Mostly the characters of time limits, sometimes any UTF-16 code unit (lone surrogates included).
                builder.Append(random.Next(8) == 0 ? (char)random.Next(0, 0x10000) : Alphabet[random.Next(Alphabet.Length)]);
            }

            var text = builder.ToString();
            var result = DeadlineText.Parse(text, Context);
            result.Rule.Should().NotBeNull();
            if (result.Rule is DeadlineRule.Unrecognized unrecognized)
            {
                unrecognized.Text.Should().Be(text, "unrecognised text is kept verbatim");
            }

            // Whatever the parser makes of a text, its canonical phrase reads back to the same rule.
            DeadlineText.Parse(result.Rule.ToChineseText(), Context).Rule.Should().Be(result.Rule, "「{0}」", text);
            result.Rule.ToEnglishDescription().Should().NotBeEmpty();
            DeadlineText.FindInRequirement(text, Context).Should().NotBeNull();
        }
    }

    [Theory]
    [InlineData(Seeds.Yeji2021)]
    [InlineData(Seeds.Kuancheng2019)]
    [InlineData(Seeds.Sixian2020)]
    [InlineData(Seeds.StateCouncil2021)]
    [InlineData(Seeds.Fuzhou2021)]
    public void Every_substring_of_a_seed_up_to_64_characters_parses_without_throwing(string seed)
    {
        var text = Seeds.Read(seed);
        var parsed = 0;
        for (var start = 0; start < text.Length; start++)
        {
            for (var length = 1; length <= MaxSubstringLength && start + length <= text.Length; length++)
            {
                var result = DeadlineText.Parse(text.AsSpan(start, length), Context);
                Assert.NotNull(result.Rule);
                parsed++;
            }
        }

        parsed.Should().BeGreaterThan(text.Length * (MaxSubstringLength - 1));
    }

    [Theory]
    [InlineData(Seeds.Yeji2021)]
    [InlineData(Seeds.Kuancheng2019)]
    [InlineData(Seeds.Sixian2020)]
    [InlineData(Seeds.StateCouncil2021)]
    [InlineData(Seeds.Fuzhou2021)]
    public void Every_substring_of_a_seed_up_to_64_characters_is_searched_without_throwing(string seed)
    {
        var text = Seeds.Read(seed);
        for (var start = 0; start < text.Length; start++)
        {
            for (var length = 1; length <= MaxSubstringLength && start + length <= text.Length; length++)
            {
                var requirement = text.Substring(start, length);
                foreach (var found in DeadlineText.FindInRequirement(requirement, Context).Deadlines)
                {
                    Assert.True(found.Span.End <= length);
                }
            }
        }
    }

    [Theory]
    [InlineData(Seeds.Yeji2021)]
    [InlineData(Seeds.Kuancheng2019)]
    [InlineData(Seeds.Sixian2020)]
    [InlineData(Seeds.StateCouncil2021)]
    [InlineData(Seeds.Fuzhou2021)]
    public void A_whole_seed_document_is_searched_without_throwing(string seed)
    {
        var text = Seeds.Read(seed);

        var result = DeadlineText.FindInRequirement(text, Context);

        foreach (var found in result.Deadlines)
        {
            found.Span.Of(text).Should().Be(found.Text);
        }
    }
}
