using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using GovTransparency.Fuzz;

// Fuzzes every public parser of GovTransparency.Domain and GovTransparency.Import.
//   dotnet run -c Release --project tests/GovTransparency.Fuzz -- [--count N] [--seed S] [--target NAME] [--limit-ms MS] [--out DIR]
//   ... -- --replay FILE.bin --target NAME [--year Y] [--variant V] [--split K]
// Exit code 0: no input threw and none took the time limit; 1: a failure (inputs saved under --out); 2: bad arguments;
// 3: a call ran for more than 10 s (a hang; the input is saved before the process exits).
var options = Options.Parse(args);
if (options is null)
{
    return 2;
}

var fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");
var targets = Targets.All(fixtures).Where(t => options.Target is null || t.Name.Contains(options.Target, StringComparison.OrdinalIgnoreCase)).ToList();
if (targets.Count == 0)
{
    Console.Error.WriteLine("No parser matches --target " + options.Target);
    return 2;
}

Directory.CreateDirectory(options.Out);
if (options.Replay is not null)
{
    var input = FuzzInput.FromPayload(File.ReadAllBytes(options.Replay), targets[0].TakesBytes, options.Year, options.Variant, options.Split);
    var stopwatch = Stopwatch.StartNew();
    var result = targets[0].Parse(input);
    var ms = stopwatch.Elapsed.TotalMilliseconds;
    targets[0].Consume(input, result);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{targets[0].Name}: no exception, {ms:F2} ms: {input.Preview()}"));
    return 0;
}

var runner = new Runner(options);
var total = Stopwatch.StartNew();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Fuzzing {targets.Count} parsers, {options.Count} inputs each, seed {options.Seed}, limit {options.LimitMs} ms per input"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"parser",-45} {"inputs",8} {"failed",6} {"p50 ms",8} {"p99 ms",8} {"max ms",8}  slowest input"));
var ok = true;
foreach (var target in targets)
{
    var summary = runner.Run(target);
    ok &= summary.Failures == 0;
    Console.WriteLine(string.Create(
        CultureInfo.InvariantCulture,
        $"{target.Name,-45} {summary.Inputs,8} {summary.Failures,6} {summary.P50,8:F3} {summary.P99,8:F3} {summary.Max,8:F3}  [{summary.Slowest.Length} chars] {summary.Slowest.Preview()}"));
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(ok ? "PASSED" : "FAILED")} in {total.Elapsed.TotalSeconds:F1} s; {runner.Retried} slow calls re-run (a call fails only if all three runs take the limit); slowest inputs in {options.Out}"));
return ok ? 0 : 1;

namespace GovTransparency.Fuzz
{
    internal sealed record Options(int Count, ulong Seed, string? Target, double LimitMs, string Out, string? Replay, int Year, int Variant, int Split)
    {
        public static Options? Parse(string[] args)
        {
            var options = new Options(2000, 20211231, null, 100, Path.Combine("artifacts", "fuzz"), null, 2021, 0, 0);
            for (var i = 0; i < args.Length; i++)
            {
                var value = i + 1 < args.Length ? args[i + 1] : null;
                if (value is null)
                {
                    Console.Error.WriteLine("Missing value after " + args[i]);
                    return null;
                }

                var invariant = CultureInfo.InvariantCulture;
                options = args[i] switch
                {
                    "--count" => options with { Count = int.Parse(value, invariant) },
                    "--seed" => options with { Seed = ulong.Parse(value, invariant) },
                    "--target" => options with { Target = value },
                    "--limit-ms" => options with { LimitMs = double.Parse(value, invariant) },
                    "--out" => options with { Out = value },
                    "--replay" => options with { Replay = value },
                    "--year" => options with { Year = int.Parse(value, invariant) },
                    "--variant" => options with { Variant = int.Parse(value, invariant) },
                    "--split" => options with { Split = int.Parse(value, invariant) },
                    _ => null,
                };
                if (options is null)
                {
                    Console.Error.WriteLine("Unknown argument " + args[i]);
                    return null;
                }

                i++;
            }

            return options;
        }
    }

    internal sealed record Summary(int Inputs, int Failures, double P50, double P99, double Max, FuzzInput Slowest);

    /// <summary>Runs one parser over its inputs, timing each call; a watchdog ends the process on a hang.</summary>
    internal sealed class Runner
    {
        private const int MaxSavedFailures = 5;
        private static readonly TimeSpan HangAfter = TimeSpan.FromSeconds(10);
        private readonly Options _options;
        private long _callStarted;
        private volatile Target? _current;
        private volatile FuzzInput? _currentInput;

        public Runner(Options options)
        {
            _options = options;
            var watchdog = new Thread(Watch) { IsBackground = true, Name = "fuzz watchdog" };
            watchdog.Start();
        }

        public int Retried { get; private set; }

        public Summary Run(Target target)
        {
            var random = new Random(unchecked((int)(_options.Seed ^ Fnv(target.Name))));
            var inputs = new Inputs(random);

            // Warm up (JIT) on a few inputs of the same stream's kind, untimed and unchecked.
            var warm = new Inputs(new Random(1));
            for (var i = 0; i < 20; i++)
            {
                try
                {
                    target.Parse(target.Next(warm));
                }
                catch (Exception)
                {
                    // Reported when met in the measured run.
                }
            }

            var times = new double[_options.Count];
            var failures = 0;
            var slowest = FuzzInput.OfText(string.Empty);
            var max = -1.0;
            for (var n = 0; n < _options.Count; n++)
            {
                var input = target.Next(inputs);
                double ms;
                try
                {
                    ms = Time(target, input, out var result);
                    for (var retry = 0; retry < 2 && ms >= _options.LimitMs; retry++)
                    {
                        Retried++;
                        ms = Math.Min(ms, Time(target, input, out result));
                    }

                    target.Consume(input, result);
                    if (ms >= _options.LimitMs)
                    {
                        throw new TimeoutException(string.Create(CultureInfo.InvariantCulture, $"{ms:F1} ms on each of three runs (limit {_options.LimitMs} ms)"));
                    }
                }
                catch (Exception exception)
                {
                    failures++;
                    ms = 0;
                    if (failures <= MaxSavedFailures)
                    {
                        Save(target, input, "failure-" + n.ToString(CultureInfo.InvariantCulture), exception.ToString());
                    }
                }

                times[n] = ms;
                if (ms > max)
                {
                    max = ms;
                    slowest = input;
                }
            }

            Save(target, slowest, "slowest", string.Create(CultureInfo.InvariantCulture, $"{max:F3} ms"));
            Array.Sort(times);
            return new Summary(_options.Count, failures, Percentile(times, 0.50), Percentile(times, 0.99), Math.Max(0, max), slowest);
        }

        private double Time(Target target, FuzzInput input, out object? result)
        {
            _currentInput = input;
            _current = target;
            Interlocked.Exchange(ref _callStarted, Stopwatch.GetTimestamp());
            result = target.Parse(input);
            var elapsed = Stopwatch.GetElapsedTime(Interlocked.Exchange(ref _callStarted, 0));
            return elapsed.TotalMilliseconds;
        }

        private void Watch()
        {
            while (true)
            {
                Thread.Sleep(500);
                var started = Interlocked.Read(ref _callStarted);
                if (started != 0 && Stopwatch.GetElapsedTime(started) > HangAfter && _current is { } target && _currentInput is { } input)
                {
                    Save(target, input, "hang", "the call ran for more than " + HangAfter.TotalSeconds.ToString(CultureInfo.InvariantCulture) + " s");
                    Console.Out.Flush();
                    Environment.Exit(3);
                }
            }
        }

        private void Save(Target target, FuzzInput input, string kind, string detail)
        {
            var name = new string(target.Name.Select(c => char.IsLetterOrDigit(c) ? c : '_').ToArray()) + "." + kind;
            var bin = Path.Combine(_options.Out, name + ".bin");
            File.WriteAllBytes(bin, input.Payload());
            var replay = string.Create(
                CultureInfo.InvariantCulture,
                $"--replay {bin} --target \"{target.Name}\" --year {input.Year} --variant {input.Variant} --split {input.Split}");
            var readable = input.Bytes is null ? input.Text : Encoding.UTF8.GetString(input.Bytes);
            File.WriteAllText(Path.Combine(_options.Out, name + ".txt"), $"{target.Name}: {detail}\nreplay: {replay}\ninput ({input.Length} {(input.Bytes is null ? "chars" : "bytes")}; exact payload in {bin}):\n{readable}\n", new UTF8Encoding(false, throwOnInvalidBytes: false));
            if (!kind.Equals("slowest", StringComparison.Ordinal))
            {
                Console.Error.WriteLine($"{target.Name}: {kind}: {detail.Split('\n')[0]}\n  input: {input.Preview()}\n  replay: {replay}");
            }
        }

        private static double Percentile(double[] sorted, double p) =>
            sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

        private static ulong Fnv(string text)
        {
            var hash = 14695981039346656037UL;
            foreach (var c in text)
            {
                hash = unchecked((hash ^ c) * 1099511628211UL);
            }

            return hash;
        }
    }
}
