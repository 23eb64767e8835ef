using System.Text.Json.Serialization;
using Newtonsoft.Json;

namespace ModelGen.Benchmarks.RunTime;

// Baseline A: hand-written records equivalent to the generated ones, read and written by System.Text.Json's own
// source generator with its built-in polymorphism (the "type" property is the discriminator, so it is no property).

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(StjInProgress), ImageEventStream.InProgress)]
[JsonDerivedType(typeof(StjGenerating), ImageEventStream.Generating)]
[JsonDerivedType(typeof(StjPartialImage), ImageEventStream.PartialImage)]
[JsonDerivedType(typeof(StjCompleted), ImageEventStream.Completed)]
public abstract record StjImageEvent
{
    public required string ItemId { get; init; }

    public required double OutputIndex { get; init; }

    public required double SequenceNumber { get; init; }
}

public sealed record StjInProgress : StjImageEvent;

public sealed record StjGenerating : StjImageEvent;

public sealed record StjPartialImage : StjImageEvent
{
    public required string PartialImageB64 { get; init; }

    public required double PartialImageIndex { get; init; }
}

public sealed record StjCompleted : StjImageEvent;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, AllowOutOfOrderMetadataProperties = true)]
[JsonSerializable(typeof(StjImageEvent))]
internal sealed partial class StjImageEventContext : JsonSerializerContext;

// Baseline B: the classes a generated Speakeasy C# SDK has (Newtonsoft attributes), read through its union pattern.

public class NewtonsoftImageEvent
{
    [JsonProperty("type")]
    public string Type { get; set; } = string.Empty;

    [JsonProperty("item_id")]
    public string ItemId { get; set; } = string.Empty;

    [JsonProperty("output_index")]
    public double OutputIndex { get; set; }

    [JsonProperty("sequence_number")]
    public double SequenceNumber { get; set; }
}

public sealed class NewtonsoftInProgress : NewtonsoftImageEvent;

public sealed class NewtonsoftGenerating : NewtonsoftImageEvent;

public sealed class NewtonsoftPartialImage : NewtonsoftImageEvent
{
    [JsonProperty("partial_image_b64")]
    public string PartialImageB64 { get; set; } = string.Empty;

    [JsonProperty("partial_image_index")]
    public double PartialImageIndex { get; set; }
}

public sealed class NewtonsoftCompleted : NewtonsoftImageEvent;
