using System;
using System.IO;
using System.Text;
using System.Text.Json;
using ModelGen.Benchmarks.Models.OpenRouter;
using Newtonsoft.Json.Linq;

namespace ModelGen.Benchmarks.RunTime;

/// <summary>
/// The three ways of reading one event, each returning a digest of what it read (kind and numbers), so that the
/// benchmarks can check that all three read the same stream the same way before measuring them.
/// </summary>
internal static class EventReaders
{
    /// <summary>ModelGen: the generated union, through its generated converters (lenient, the default).</summary>
    public static double ModelGen(byte[] json) => ModelGenJson.Deserialize<ResponsesStreamChunkImageGenerationCallUnion>(json)!.Value switch
    {
        ResponsesStreamChunkResponseImageGenerationCallInProgress e => Digest(1, e.SequenceNumber, e.OutputIndex, e.ItemId),
        ResponsesStreamChunkResponseImageGenerationCallGenerating e => Digest(2, e.SequenceNumber, e.OutputIndex, e.ItemId),
        ResponsesStreamChunkResponseImageGenerationCallPartialImage e => Digest(3, e.SequenceNumber, e.OutputIndex, e.ItemId) + e.PartialImageIndex + e.PartialImageB64.Length,
        ResponsesStreamChunkResponseImageGenerationCallCompleted e => Digest(4, e.SequenceNumber, e.OutputIndex, e.ItemId),
        _ => throw new InvalidOperationException("ModelGen read an unknown variant"),
    };

    /// <summary>Baseline A: System.Text.Json's source generator and built-in polymorphism.</summary>
    public static double SystemTextJson(byte[] json) => JsonSerializer.Deserialize(json, StjImageEventContext.Default.StjImageEvent) switch
    {
        StjInProgress e => Digest(1, e.SequenceNumber, e.OutputIndex, e.ItemId),
        StjGenerating e => Digest(2, e.SequenceNumber, e.OutputIndex, e.ItemId),
        StjPartialImage e => Digest(3, e.SequenceNumber, e.OutputIndex, e.ItemId) + e.PartialImageIndex + e.PartialImageB64.Length,
        StjCompleted e => Digest(4, e.SequenceNumber, e.OutputIndex, e.ItemId),
        _ => throw new InvalidOperationException("System.Text.Json read an unknown variant"),
    };

    /// <summary>
    /// Baseline B, the union pattern of generated Speakeasy C# SDKs: load a JObject, read the discriminator, turn the
    /// JObject back into text, and deserialize that text again into the variant's class.
    /// </summary>
    public static double Newtonsoft(byte[] json)
    {
        using var text = new StringReader(Encoding.UTF8.GetString(json));
        using var reader = new global::Newtonsoft.Json.JsonTextReader(text);
        var jo = JObject.Load(reader);
        var discriminator = jo.GetValue("type")?.ToString();
        var again = jo.ToString();
        return discriminator switch
        {
            ImageEventStream.InProgress => Read<NewtonsoftInProgress>(again, 1),
            ImageEventStream.Generating => Read<NewtonsoftGenerating>(again, 2),
            ImageEventStream.PartialImage => global::Newtonsoft.Json.JsonConvert.DeserializeObject<NewtonsoftPartialImage>(again) is { } e
                ? Digest(3, e.SequenceNumber, e.OutputIndex, e.ItemId) + e.PartialImageIndex + e.PartialImageB64.Length
                : throw new InvalidOperationException("Newtonsoft read null"),
            ImageEventStream.Completed => Read<NewtonsoftCompleted>(again, 4),
            _ => throw new InvalidOperationException("Newtonsoft read an unknown variant"),
        };
    }

    private static double Read<T>(string json, int kind)
        where T : NewtonsoftImageEvent =>
        global::Newtonsoft.Json.JsonConvert.DeserializeObject<T>(json) is { } e
            ? Digest(kind, e.SequenceNumber, e.OutputIndex, e.ItemId)
            : throw new InvalidOperationException("Newtonsoft read null");

    private static double Digest(int kind, double sequence, double output, string itemId) => (kind * 1_000_003d) + (sequence * 7) + output + itemId.Length;
}
