using System.CommandLine;
using System.CommandLine.Help;
using System.IO;

namespace GovTransparency.Cli;

/// <summary>
/// The <c>govplan</c> command line: parses the arguments with System.CommandLine and runs the chosen command against
/// the library, writing answers to <c>stdout</c> and problems to <c>stderr</c>. It holds no logic of its own beyond
/// reading arguments and files and printing results. Tests call <see cref="Run"/> in-process.
/// </summary>
internal static class GovPlan
{
    /// <summary>The line printed after a usage error.</summary>
    public const string UsageHint = "Run 'govplan --help' or 'govplan COMMAND --help' (report, import, validate, deadline, workdays) for usage.";

    /// <summary>Runs one command line.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="stdout">Where answers go.</param>
    /// <param name="stderr">Where errors, warnings and notes go.</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        // A plain command rather than RootCommand, so that help says "govplan" whatever the host process is called.
        var root = new Command("govplan", "govplan: tools for China's 政务公开 (open government) work plans.")
        {
            new HelpOption(),
            new VersionOption(),
            WorkdaysCommand.Create(stdout, stderr),
            DeadlineCommand.Create(stdout, stderr),
            ImportCommand.Create(stdout, stderr),
            ValidateCommand.Create(stdout, stderr),
            ReportCommand.Create(stdout, stderr),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine("govplan: " + error.Message);
            }

            stderr.WriteLine(UsageHint);
            return ExitCodes.Usage;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}
