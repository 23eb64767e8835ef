using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;

namespace ModelGen.Benchmarks.RunTime;

/// <summary>
/// <c>--interleaved</c>: reads the event stream with baseline A and with ModelGen in turns within one process, and
/// reports each reader's median time per event and the median of the per-round ratios (with quartiles).
/// BenchmarkDotNet runs each benchmark in its own process one after the other, so on a shared host a drift between
/// the two processes moves its ratio by ±0.15; taking both readings in the same round, in alternating order, cancels
/// that drift. It complements <see cref="EventStreamReadBenchmarks"/> (same stream, same readers, same digest check).
/// </summary>
internal static class InterleavedReadRun
{
    private const int DefaultRounds = 60;
    private const int WarmUpRounds = 20;

    public static int Run(IReadOnlyList<string> args)
    {
        var smoke = args.Contains("--smoke");
        var rounds = smoke ? 2 : DefaultRounds;
        if (args.ToList().IndexOf("--rounds") is var at and >= 0 && (at + 1 >= args.Count || !int.TryParse(args[at + 1], out rounds) || rounds < 1))
        {
            Console.Error.WriteLine("--rounds takes a positive number");
            return 1;
        }

        var events = ImageEventStream.Create();
        var readers = new (string Name, Func<byte[], double> Read)[]
        {
            ("A: System.Text.Json polymorphic (source-generated)", EventReaders.SystemTextJson),
            ("ModelGen union", EventReaders.ModelGen),
        };
        if (ReadAll(events, readers[0].Read) != ReadAll(events, readers[1].Read))
        {
            Console.Error.WriteLine("The readers disagree on the stream's digest.");
            return 1;
        }

        for (var i = 0; i < (smoke ? 1 : WarmUpRounds); i++)
        {
            Array.ForEach(readers, reader => ReadAll(events, reader.Read));
        }

        var nanoseconds = readers.Select(_ => new List<double>()).ToArray();
        for (var round = 0; round < rounds; round++)
        {
            // Alternating the order cancels whatever the first reading of a round pays for the second.
            foreach (var index in round % 2 == 0 ? new[] { 0, 1 } : new[] { 1, 0 })
            {
                var clock = Stopwatch.StartNew();
                ReadAll(events, readers[index].Read);
                nanoseconds[index].Add(clock.Elapsed.TotalMilliseconds * 1_000_000 / events.Length);
            }
        }

        Console.WriteLine($"Reading {events.Length:N0} events, {rounds} interleaved rounds; per event, median (quartiles):");
        for (var i = 0; i < readers.Length; i++)
        {
            Console.WriteLine($"  {readers[i].Name}: {Quantile(nanoseconds[i], 0.5):F0} ns ({Quantile(nanoseconds[i], 0.25):F0}-{Quantile(nanoseconds[i], 0.75):F0})");
        }

        var ratios = nanoseconds[0].Zip(nanoseconds[1], static (baseline, modelGen) => baseline / modelGen).ToList();
        Console.WriteLine($"  ModelGen's events/s over A's, per round: {Quantile(ratios, 0.5):F2}x ({Quantile(ratios, 0.25):F2}-{Quantile(ratios, 0.75):F2})");
        return 0;
    }

    private static double ReadAll(ImmutableArray<byte[]> events, Func<byte[], double> read)
    {
        var digest = 0d;
        foreach (var json in events)
        {
            digest += read(json);
        }

        return digest;
    }

    private static double Quantile(List<double> values, double q)
    {
        var sorted = values.OrderBy(static value => value).ToList();
        return sorted[(int)Math.Round(q * (sorted.Count - 1))];
    }
}
