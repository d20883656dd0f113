using System;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using FluentAssertions;
using Xunit;

namespace GovTransparency.Domain.Tests.Invariance;

/// <summary>
/// Proves that a run under <c>GOVT_TEST_CULTURE</c> and <c>TZ</c> is indeed under that culture and time zone, on the
/// test's thread and on the threads it starts, so that a green invariance run means something.
/// </summary>
public class TestEnvironmentTests
{
    [Fact]
    public async Task The_culture_asked_for_by_GOVT_TEST_CULTURE_is_in_force_on_every_thread()
    {
        var expected = TestEnvironment.RequestedCulture ?? TestEnvironment.StartupCulture;

        CultureInfo.CurrentCulture.Name.Should().Be(expected.Name);
        CultureInfo.CurrentUICulture.Name.Should().Be(expected.Name);
        (await Task.Run(() => CultureInfo.CurrentCulture.Name)).Should().Be(expected.Name);
        string? onNewThread = null;
        var thread = new Thread(() => onNewThread = CultureInfo.CurrentUICulture.Name);
        thread.Start();
        thread.Join();
        onNewThread.Should().Be(expected.Name);
    }

    [Fact]
    public void The_culture_variable_names_the_culture_that_was_applied()
    {
        var variable = Environment.GetEnvironmentVariable(TestEnvironment.CultureVariable);
        if (string.IsNullOrEmpty(variable))
        {
            TestEnvironment.RequestedCulture.Should().BeNull();
        }
        else if (string.Equals(variable, "invariant", StringComparison.OrdinalIgnoreCase))
        {
            TestEnvironment.RequestedCulture.Should().BeSameAs(CultureInfo.InvariantCulture);
        }
        else
        {
            TestEnvironment.RequestedCulture!.Name.Should().Be(variable);
        }
    }

    [Fact]
    public void The_local_time_zone_is_the_one_TZ_names()
    {
        var tz = Environment.GetEnvironmentVariable("TZ");
        if (string.IsNullOrEmpty(tz))
        {
            TimeZoneInfo.Local.Should().NotBeNull();
            return;
        }

        TimeZoneInfo.Local.Id.Should().Be(tz);
        var july = new DateTime(2021, 7, 1, 12, 0, 0, DateTimeKind.Utc);
        TimeZoneInfo.Local.GetUtcOffset(july).Should().Be(TimeZoneInfo.FindSystemTimeZoneById(tz).GetUtcOffset(july));
    }
}
