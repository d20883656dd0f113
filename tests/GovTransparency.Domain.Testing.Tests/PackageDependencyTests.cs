using System;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace GovTransparency.Domain.Testing.Tests;

public class PackageDependencyTests
{
    [Fact]
    public void The_helpers_depend_on_the_Domain_package_and_NodaTime_only_and_on_no_test_framework()
    {
        var references = typeof(FixedClock).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        references.Should().Contain(new[] { "GovTransparency.Domain", "NodaTime" });
        references.Where(name => name is not ("GovTransparency.Domain" or "NodaTime" or "netstandard" or "mscorlib")
                && !name.StartsWith("System", StringComparison.Ordinal))
            .Should().BeEmpty("a consumer may use xunit, NUnit or MSTest");
    }

    [Fact]
    public void Every_public_type_is_in_the_one_namespace()
    {
        typeof(FixedClock).Assembly.GetExportedTypes().Select(t => t.Namespace).Distinct()
            .Should().Equal("GovTransparency.Domain.Testing");
    }
}
