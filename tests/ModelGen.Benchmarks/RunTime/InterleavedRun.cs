using System;
using System.Buffers;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using ModelGen.Benchmarks.Models.OpenRouter;

namespace ModelGen.Benchmarks.RunTime;

/// <summary>
/// <c>--interleaved</c>: reads the event stream, and writes it back, with baseline A and with ModelGen in turns within
/// one process, and reports each one's median time per event and the median of the per-round ratios (with quartiles).
/// BenchmarkDotNet runs each benchmark in its own process one after the other, so on a shared host a drift between
/// the two processes moves its ratio by ±0.15; taking both readings in the same round, in alternating order, cancels
/// that drift. Same stream, readers and checks as <see cref="EventStreamReadBenchmarks"/> and
/// <see cref="EventStreamWriteBenchmarks"/>.
/// </summary>
internal static class InterleavedRun
{
    private const int DefaultRounds = 60;
    private const int WarmUpRounds = 20;

    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        var smoke = args.Contains("--smoke");
        var rounds = smoke ? 2 : DefaultRounds;
        if (args.ToList().IndexOf("--rounds") is var at and >= 0 && (at + 1 >= args.Count || !int.TryParse(args[at + 1], out rounds) || rounds < 1))
        {
            Console.Error.WriteLine("--rounds takes a positive number");
            return 1;
        }

        var events = ImageEventStream.Create();
        var reading = new Comparison(
            "Reading",
            () => ReadAll(events, EventReaders.SystemTextJson),
            () => ReadAll(events, EventReaders.ModelGen));

        var systemTextJsonEvents = events.Select(static e => JsonSerializer.Deserialize(e, StjImageEventContext.Default.StjImageEvent)!).ToArray();
        var modelGenEvents = events.Select(static e => ModelGenJson.Deserialize<ResponsesStreamChunkImageGenerationCallUnion>(e)!).ToArray();
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        var writer = new Utf8JsonWriter(buffer);
        var writing = new Comparison(
            "Writing",
            () => WriteAll(systemTextJsonEvents, value => JsonSerializer.Serialize(writer, value, StjImageEventContext.Default.StjImageEvent), buffer, writer),
            () => WriteAll(modelGenEvents, value => JsonSerializer.Serialize(writer, value, ModelGenJson.TypeInfo<ResponsesStreamChunkImageGenerationCallUnion>()), buffer, writer));

        // Both must do the same work, or the ratio compares different things (the writers' JSON may order properties differently).
        if (reading.Baseline() != reading.ModelGen() || writing.Baseline() != writing.ModelGen())
        {
            Console.Error.WriteLine("System.Text.Json and ModelGen disagree on the stream (digest read, or bytes written).");
            return 1;
        }

        output.WriteLine($"{events.Length:N0} events, {rounds} interleaved rounds in one process; per event, median (quartiles):");
        foreach (var comparison in new[] { reading, writing })
        {
            comparison.Measure(smoke ? 1 : WarmUpRounds, rounds, events.Length);
            comparison.Report(output);
        }

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

    // Each event to the reused writer, as a client sending events one by one would; returns the bytes written.
    private static double WriteAll<T>(T[] values, Action<T> write, ArrayBufferWriter<byte> buffer, Utf8JsonWriter writer)
    {
        var written = 0L;
        foreach (var value in values)
        {
            buffer.ResetWrittenCount();
            writer.Reset();
            write(value);
            written += writer.BytesCommitted + writer.BytesPending;
        }

        return written;
    }

    private static double Quantile(List<double> values, double q)
    {
        var sorted = values.OrderBy(static value => value).ToList();
        return sorted[(int)Math.Round(q * (sorted.Count - 1))];
    }

    private sealed class Comparison(string name, Func<double> baseline, Func<double> modelGen)
    {
        private readonly List<double> baselineTimes = new();
        private readonly List<double> modelGenTimes = new();

        public Func<double> Baseline { get; } = baseline;

        public Func<double> ModelGen { get; } = modelGen;

        public void Measure(int warmUpRounds, int rounds, int events)
        {
            for (var i = 0; i < warmUpRounds; i++)
            {
                Baseline();
                ModelGen();
            }

            for (var round = 0; round < rounds; round++)
            {
                // Alternating the order cancels whatever the first of a round pays for the second.
                if (round % 2 == 0)
                {
                    baselineTimes.Add(Time(Baseline, events));
                    modelGenTimes.Add(Time(ModelGen, events));
                }
                else
                {
                    modelGenTimes.Add(Time(ModelGen, events));
                    baselineTimes.Add(Time(Baseline, events));
                }
            }
        }

        public void Report(TextWriter output)
        {
            var ratios = baselineTimes.Zip(modelGenTimes, static (a, m) => a / m).ToList();
            output.WriteLine($"  {name}: A, System.Text.Json polymorphic (source-generated) {Quantile(baselineTimes, 0.5):F0} ns ({Quantile(baselineTimes, 0.25):F0}-{Quantile(baselineTimes, 0.75):F0}); "
                + $"ModelGen {Quantile(modelGenTimes, 0.5):F0} ns ({Quantile(modelGenTimes, 0.25):F0}-{Quantile(modelGenTimes, 0.75):F0}); "
                + $"ModelGen's events/s over A's {Quantile(ratios, 0.5):F2}x ({Quantile(ratios, 0.25):F2}-{Quantile(ratios, 0.75):F2})");
        }

        private static double Time(Func<double> work, int events)
        {
            var clock = Stopwatch.StartNew();
            work();
            return clock.Elapsed.TotalMilliseconds * 1_000_000 / events;
        }
    }
}
