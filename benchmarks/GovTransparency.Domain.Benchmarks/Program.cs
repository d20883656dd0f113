using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Running;
using GovTransparency.Domain.Serialization;

namespace GovTransparency.Domain.Benchmarks;

/// <summary>Runs the benchmarks chosen on the command line (see benchmarks/README.md).</summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length == 1 && args[0] == "--json-cpu-time")
        {
            JsonCpuTime();
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }

    // The JSON round trip timed by the processor time this process used, beside the wall-clock time: on a shared
    // machine, wall-clock figures include the time other processes held the cores, processor time much less so.
    private static void JsonCpuTime()
    {
        var plan = JsonBenchmarks.GeneratedPlan(10_000);
        var utf8 = PlanJson.SerializeToUtf8Bytes(plan);
        Time("serialize", () => PlanJson.SerializeToUtf8Bytes(plan));
        Time("deserialize", () => PlanJson.DeserializePlan(utf8));
        Time("round trip", () => PlanJson.DeserializePlan(PlanJson.SerializeToUtf8Bytes(plan)));
    }

    private static void Time(string what, Action run)
    {
        var process = Process.GetCurrentProcess();
        for (var i = 0; i < 10; i++)
        {
            run();
        }

        // Processor time is counted in clock ticks (10 ms on Linux): it is summed over all runs, not taken per run.
        const int Runs = 60;
        var wall = new double[Runs];
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        for (var i = 0; i < Runs; i++)
        {
            var watch = Stopwatch.StartNew();
            run();
            wall[i] = watch.Elapsed.TotalMilliseconds;
        }

        process.Refresh();
        Console.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "JSON {0} of 10,000 tasks, {1} runs: median wall-clock {2:F1} ms; processor time {3:F1} ms a run (all threads, GC included)",
            what,
            Runs,
            wall.OrderBy(x => x).ElementAt(Runs / 2),
            (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / Runs));
    }
}
