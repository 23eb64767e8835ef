// ImageStream: replays a recorded OpenRouter Responses API stream of an image generation as a timeline.
//
//   dotnet run --project samples/ImageStream               the bundled recordings/image-generation.sse
//   dotnet run --project samples/ImageStream -- <file>     any other SSE recording
//
// Exit codes:
//   0  the stream was read and every event was well-formed
//   1  bad usage, or the file does not exist
//   2  the stream was read, but some events were malformed (each one has an error line in the timeline)

using System;
using System.IO;
using System.Threading;
using ImageStream;

const string BundledRecording = "recordings/image-generation.sse";

if (args.Length > 1)
{
    Console.Error.WriteLine("usage: ImageStream [recording.sse]");
    return 1;
}

// The bundled recording is copied next to the executable, so this works whatever the working directory.
string path = args.Length == 1 ? args[0] : Path.Combine(AppContext.BaseDirectory, BundledRecording);
if (!File.Exists(path))
{
    Console.Error.WriteLine($"error: recording not found: {Path.GetFullPath(path)}");
    return 1;
}

Console.WriteLine($"Replaying {(args.Length == 1 ? path : BundledRecording)}");
Console.WriteLine();

await using FileStream stream = File.OpenRead(path);
TimelineSummary summary = await StreamTimeline.PrintAsync(stream, Console.Out, CancellationToken.None);
return summary.MalformedEvents == 0 ? 0 : 2;
