using System;
using System.Linq;
using System.Reflection;
using FluentAssertions;

namespace GovTransparency.Domain.Tests.Plans;

/// <summary>
/// Checks the equality and ordering contract of a value type from three values: one, another equal to it, and a
/// greater one. Covers IEquatable, Equals(object), GetHashCode, IComparable (generic and not) and the six operators.
/// </summary>
public static class ValueTypeLaws
{
    public static void AssertEquality<T>(T value, T equalValue, T otherValue)
        where T : struct, IEquatable<T>
    {
        value.Equals(equalValue).Should().BeTrue("equal values are Equals");
        equalValue.Equals(value).Should().BeTrue("Equals is symmetric");
        value.Equals(otherValue).Should().BeFalse("different values are not Equals");
        value.Equals((object)equalValue).Should().BeTrue("Equals(object) agrees with Equals(T)");
        value.Equals((object)otherValue).Should().BeFalse();
        value.Equals(null).Should().BeFalse("nothing equals null");
        value.Equals("一").Should().BeFalse("a value never equals another type");
        value.GetHashCode().Should().Be(equalValue.GetHashCode(), "equal values have equal hash codes");
        Operator<T>("op_Equality")(value, equalValue).Should().BeTrue("==");
        Operator<T>("op_Equality")(value, otherValue).Should().BeFalse("==");
        Operator<T>("op_Inequality")(value, equalValue).Should().BeFalse("!=");
        Operator<T>("op_Inequality")(value, otherValue).Should().BeTrue("!=");
    }

    public static void AssertOrdering<T>(T value, T equalValue, T greaterValue)
        where T : struct, IEquatable<T>, IComparable<T>, IComparable
    {
        AssertEquality(value, equalValue, greaterValue);
        value.CompareTo(equalValue).Should().Be(0);
        value.CompareTo(greaterValue).Should().BeNegative();
        greaterValue.CompareTo(value).Should().BePositive();
        ((IComparable)value).CompareTo(equalValue).Should().Be(0);
        ((IComparable)value).CompareTo(greaterValue).Should().BeNegative();
        ((IComparable)value).CompareTo(null).Should().BePositive("null comes first");
        var wrongType = () => ((IComparable)value).CompareTo("一");
        wrongType.Should().Throw<ArgumentException>().WithParameterName("obj");

        Operator<T>("op_LessThan")(value, greaterValue).Should().BeTrue("<");
        Operator<T>("op_LessThan")(value, equalValue).Should().BeFalse("<");
        Operator<T>("op_LessThan")(greaterValue, value).Should().BeFalse("<");
        Operator<T>("op_LessThanOrEqual")(value, greaterValue).Should().BeTrue("<=");
        Operator<T>("op_LessThanOrEqual")(value, equalValue).Should().BeTrue("<=");
        Operator<T>("op_LessThanOrEqual")(greaterValue, value).Should().BeFalse("<=");
        Operator<T>("op_GreaterThan")(greaterValue, value).Should().BeTrue(">");
        Operator<T>("op_GreaterThan")(value, equalValue).Should().BeFalse(">");
        Operator<T>("op_GreaterThan")(value, greaterValue).Should().BeFalse(">");
        Operator<T>("op_GreaterThanOrEqual")(greaterValue, value).Should().BeTrue(">=");
        Operator<T>("op_GreaterThanOrEqual")(value, equalValue).Should().BeTrue(">=");
        Operator<T>("op_GreaterThanOrEqual")(value, greaterValue).Should().BeFalse(">=");
    }

    private static Func<T, T, bool> Operator<T>(string name)
    {
        var method = typeof(T).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .SingleOrDefault(m => m.Name == name && m.GetParameters().All(p => p.ParameterType == typeof(T)));
        method.Should().NotBeNull("{0} declares {1}", typeof(T).Name, name);
        return (left, right) => (bool)method!.Invoke(null, new object[] { left!, right! })!;
    }
}
