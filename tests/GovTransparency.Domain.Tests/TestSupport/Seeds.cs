using System;
using System.IO;

namespace GovTransparency.Domain.Tests.TestSupport;

/// <summary>Reads the seed documents copied under tests/Fixtures/seeds (see tests/Fixtures/README.md).</summary>
public static class Seeds
{
    public const string Yeji2021 = "000_7a8037ce1b73a2ce.txt";
    public const string Kuancheng2019 = "001_7855857b27222a3b.txt";
    public const string Sixian2020 = "002_e0db4bb602b6eeec.txt";
    public const string StateCouncil2021 = "003_faeede1183fd7fea.txt";
    public const string Fuzhou2021 = "004_d89e21f17307f581.txt";

    public static string[] All { get; } = { Yeji2021, Kuancheng2019, Sixian2020, StateCouncil2021, Fuzhou2021 };

    public static string Read(string fileName) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "seeds", fileName));
}
