using System.Collections.Generic;
using FluentAssertions;
using FsCheck.Fluent;
using GovTransparency.Domain.Tests.TestSupport;
using Xunit;

namespace GovTransparency.Domain.Tests.Core;

public class ValueListTests
{
    [Fact]
    public void Lists_with_equal_items_in_the_same_order_are_equal()
    {
        var a = ValueList<string>.From(new[] { "区财政局", "区发改委" });
        var b = ValueList<string>.From(new List<string> { "区财政局", "区发改委" });

        a.Should().Equal(b);
        a.Equals(b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Lists_in_a_different_order_are_not_equal()
    {
        ValueList<string>.From(new[] { "甲", "乙" }).Equals(ValueList<string>.From(new[] { "乙", "甲" })).Should().BeFalse();
    }

    [Fact]
    public void Null_gives_the_empty_list()
    {
        ValueList<int>.From(null).Should().BeSameAs(ValueList<int>.Empty);
    }

    [Fact]
    public void Copying_protects_the_list_from_later_changes_to_the_source()
    {
        var source = new List<int> { 1, 2 };
        var list = ValueList<int>.From(source);
        source.Add(3);

        list.Should().Equal(1, 2);
    }

    [Fact]
    public void Add_returns_a_new_list_and_leaves_the_original_alone()
    {
        var list = ValueList<int>.From(new[] { 1 });
        var longer = list.Add(2);

        list.Should().Equal(1);
        longer.Should().Equal(1, 2);
    }

    [Fact]
    public void Equality_is_reflexive_symmetric_and_agrees_with_the_hash_code() =>
        Properties.Check(Prop.ForAll<int[], int[]>((x, y) =>
        {
            var a = ValueList<int>.From(x);
            var b = ValueList<int>.From(y);
            var equal = a.Equals(b);
            return a.Equals(ValueList<int>.From(x))
                && equal == b.Equals(a)
                && (!equal || a.GetHashCode() == b.GetHashCode())
                && equal == System.Linq.Enumerable.SequenceEqual(x, y);
        }));
}
