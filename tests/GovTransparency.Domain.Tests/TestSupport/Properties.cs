using FsCheck;
using FsCheck.Fluent;

namespace GovTransparency.Domain.Tests.TestSupport;

/// <summary>
/// Runs FsCheck properties from xunit facts (FsCheck.Xunit is not in our package registry). A failing property
/// throws with the shrunk counterexample; the seed is fixed so CI runs are repeatable.
/// </summary>
public static class Properties
{
    public static Config Config(int maxTest = 500) =>
        FsCheck.Config.QuickThrowOnFailure.WithMaxTest(maxTest).WithReplay(12345UL, 6789UL);

    public static void Check(FsCheck.Property property, int maxTest = 500) =>
        FsCheck.Check.One(Config(maxTest), property);
}
