using System;
using System.Buffers;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using ModelGen.Benchmarks.Models.OpenRouter;

namespace ModelGen.Benchmarks.RunTime;

/// <summary>
/// Reading a 10,000-event Responses stream (<see cref="ImageEventStream"/>) into the union of its event types: ModelGen's
/// generated converters against System.Text.Json's source generator with built-in polymorphism (baseline A) and the
/// Newtonsoft re-parse pattern of generated Speakeasy C# SDKs (baseline B). Times and allocations are per event.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(EventsPerSecondColumn.Config))]
public class EventStreamReadBenchmarks
{
    private ImmutableArray<byte[]> events;

    [GlobalSetup]
    public void SetUp()
    {
        events = ImageEventStream.Create();

        // All three must read the same stream the same way, or a benchmark would time different work.
        var modelGen = events.Sum(EventReaders.ModelGen);
        var systemTextJson = events.Sum(EventReaders.SystemTextJson);
        var newtonsoft = events.Sum(EventReaders.Newtonsoft);
        if (modelGen != systemTextJson || modelGen != newtonsoft)
        {
            throw new InvalidOperationException($"The readers disagree: ModelGen {modelGen}, System.Text.Json {systemTextJson}, Newtonsoft {newtonsoft}.");
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = ImageEventStream.EventCount, Description = "A: System.Text.Json polymorphic (source-generated)")]
    public double SystemTextJson() => ReadAll(EventReaders.SystemTextJson);

    [Benchmark(OperationsPerInvoke = ImageEventStream.EventCount, Description = "ModelGen union")]
    public double ModelGen() => ReadAll(EventReaders.ModelGen);

    [Benchmark(OperationsPerInvoke = ImageEventStream.EventCount, Description = "B: Newtonsoft JObject re-parse")]
    public double Newtonsoft() => ReadAll(EventReaders.Newtonsoft);

    private double ReadAll(Func<byte[], double> read)
    {
        var digest = 0d;
        foreach (var json in events)
        {
            digest += read(json);
        }

        return digest;
    }
}

/// <summary>Writing the same 10,000 events, read once in setup, to a reused writer: ModelGen against baseline A.</summary>
[MemoryDiagnoser]
[Config(typeof(EventsPerSecondColumn.Config))]
public class EventStreamWriteBenchmarks
{
    private readonly ArrayBufferWriter<byte> buffer = new(64 * 1024);
    private ResponsesStreamChunkImageGenerationCallUnion[] modelGenEvents = Array.Empty<ResponsesStreamChunkImageGenerationCallUnion>();
    private StjImageEvent[] systemTextJsonEvents = Array.Empty<StjImageEvent>();
    private Utf8JsonWriter? writer;

    [GlobalSetup]
    public void SetUp()
    {
        var events = ImageEventStream.Create();
        modelGenEvents = events.Select(static e => ModelGenJson.Deserialize<ResponsesStreamChunkImageGenerationCallUnion>(e)!).ToArray();
        systemTextJsonEvents = events.Select(static e => JsonSerializer.Deserialize(e, StjImageEventContext.Default.StjImageEvent)!).ToArray();
        writer = new Utf8JsonWriter(buffer);

        // Both must write what was read (as JSON: property order may differ).
        for (var i = 0; i < events.Length; i += 97)
        {
            var original = JsonNode.Parse(events[i]);
            if (!JsonNode.DeepEquals(original, JsonNode.Parse(ModelGenJson.Serialize(modelGenEvents[i])))
                || !JsonNode.DeepEquals(original, JsonNode.Parse(JsonSerializer.Serialize(systemTextJsonEvents[i], StjImageEventContext.Default.StjImageEvent))))
            {
                throw new InvalidOperationException("Event " + i + " is not written back as read.");
            }
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = ImageEventStream.EventCount, Description = "A: System.Text.Json polymorphic (source-generated)")]
    public long SystemTextJson() => WriteAll(systemTextJsonEvents, StjImageEventContext.Default.StjImageEvent);

    [Benchmark(OperationsPerInvoke = ImageEventStream.EventCount, Description = "ModelGen union")]
    public long ModelGen() => WriteAll(modelGenEvents, ModelGenJson.TypeInfo<ResponsesStreamChunkImageGenerationCallUnion>());

    // Each event to the reused writer, as a client sending events one by one would; returns the bytes written.
    private long WriteAll<T>(T[] values, JsonTypeInfo<T> typeInfo)
    {
        var written = 0L;
        foreach (var value in values)
        {
            buffer.ResetWrittenCount();
            writer!.Reset();
            JsonSerializer.Serialize(writer, value, typeInfo);
            written += writer.BytesCommitted + writer.BytesPending;
        }

        return written;
    }
}
