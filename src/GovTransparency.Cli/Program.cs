using System;
using System.Text;

namespace GovTransparency.Cli;

/// <summary>The process entry point of <c>govplan</c>: standard streams in UTF-8, then <see cref="GovPlan.Run"/>.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(false);
        return GovPlan.Run(args, Console.Out, Console.Error);
    }
}
