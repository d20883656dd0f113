using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace GovTransparency.Domain.Tests.Concurrency;

/// <summary>Runs the same work on many threads started together, to compare with the answers of one thread.</summary>
internal static class Concurrently
{
    public const int Threads = 16;

    /// <summary>
    /// Runs <paramref name="work"/> <paramref name="iterations"/> times on each of <see cref="Threads"/> threads that
    /// start together at a barrier, and returns every answer (thread by thread, iteration by iteration). An exception
    /// on any thread is rethrown.
    /// </summary>
    public static IReadOnlyList<T> Run<T>(int iterations, Func<T> work)
    {
        var barrier = new Barrier(Threads);
        var answers = new T[Threads][];
        var errors = new List<Exception>();
        var threads = Enumerable.Range(0, Threads).Select(index => new Thread(() =>
        {
            try
            {
                var mine = new T[iterations];
                barrier.SignalAndWait();
                for (var i = 0; i < iterations; i++)
                {
                    mine[i] = work();
                }

                answers[index] = mine;
            }
            catch (Exception exception)
            {
                lock (errors)
                {
                    errors.Add(exception);
                }
            }
        })).ToList();

        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        if (errors.Count > 0)
        {
            throw new AggregateException(errors);
        }

        return answers.SelectMany(a => a).ToList();
    }
}
