namespace ImageStream;

/// <summary>What <see cref="StreamTimeline.PrintAsync"/> saw in one stream.</summary>
/// <param name="Events">Events read before the <c>[DONE]</c> sentinel (or the end of the stream), malformed ones included.</param>
/// <param name="MalformedEvents">Events whose data could not be read into their model.</param>
/// <param name="PartialImages">Well-formed <c>partial_image</c> events.</param>
/// <param name="PartialImageBytes">Decoded size of all partial images, in bytes.</param>
/// <param name="ReachedDone">Whether the stream ended with the <c>[DONE]</c> sentinel rather than just stopping.</param>
/// <param name="ErrorEvents">Events in which the API reported an error (<c>"type": "error"</c>).</param>
/// <param name="BrokenOff">Whether the stream broke off before its end: the connection broke, or no data arrived for too long (the events before it were read).</param>
public sealed record TimelineSummary(
    int Events,
    int MalformedEvents,
    int PartialImages,
    long PartialImageBytes,
    bool ReachedDone,
    int ErrorEvents = 0,
    bool BrokenOff = false);
