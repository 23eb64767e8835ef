using System;
using System.Buffers;
using System.Collections.Immutable;
using System.Text.Json;

namespace ModelGen.Benchmarks.RunTime;

/// <summary>
/// A realistic Responses stream of the image-generation events in <c>schemas/</c>, as the API sends them (snake_case,
/// <c>type</c> first, as in the sample's recording): images one after another, each in_progress, generating, two or
/// three partial images, then completed. Partial images carry 1–4 KiB of base64 (real ones are larger; bounded so that
/// the benchmark measures JSON handling, not memory copies). Deterministic: the same seed gives the same bytes.
/// </summary>
internal static class ImageEventStream
{
    public const int EventCount = 10_000;

    public const string InProgress = "response.image_generation_call.in_progress";
    public const string Generating = "response.image_generation_call.generating";
    public const string PartialImage = "response.image_generation_call.partial_image";
    public const string Completed = "response.image_generation_call.completed";

    public static ImmutableArray<byte[]> Create(int seed = 20261123)
    {
        var random = new Random(seed);
        var events = ImmutableArray.CreateBuilder<byte[]>(EventCount);
        var sequence = 0;
        var output = 0;
        while (events.Count < EventCount)
        {
            var itemId = "ig_" + random.NextInt64().ToString("x16");
            Add(events, InProgress, sequence++, output, itemId, null, random);
            Add(events, Generating, sequence++, output, itemId, null, random);
            var partials = 2 + random.Next(2);
            for (var i = 0; i < partials; i++)
            {
                Add(events, PartialImage, sequence++, output, itemId, i, random);
            }

            Add(events, Completed, sequence++, output, itemId, null, random);
            output++;
        }

        return events.ToImmutable();
    }

    private static void Add(ImmutableArray<byte[]>.Builder events, string type, int sequence, int output, string itemId, int? partialIndex, Random random)
    {
        if (events.Count == EventCount)
        {
            return;
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("type", type);
            writer.WriteNumber("sequence_number", sequence);
            writer.WriteNumber("output_index", output);
            writer.WriteString("item_id", itemId);
            if (partialIndex is { } index)
            {
                var image = new byte[768 + random.Next(2304)];
                random.NextBytes(image);
                writer.WriteNumber("partial_image_index", index);
                writer.WriteBase64String("partial_image_b64", image);
            }

            writer.WriteEndObject();
        }

        events.Add(buffer.WrittenSpan.ToArray());
    }
}
