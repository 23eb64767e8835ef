// ImageStream: asks OpenRouter's Responses API for an image, streamed, and prints the events as a typed timeline as
// they arrive. The request body is written by the types ModelGen generated from the docs, and so are the events read.
//
//   dotnet run --project samples/ImageStream               replays the bundled recordings/image-generation.sse
//   dotnet run --project samples/ImageStream -- <file>     replays any other SSE recording
//   OPENROUTER_API_KEY=... dotnet run --project samples/ImageStream -- --url https://openrouter.ai/api/v1
//                                                          calls the real API
//
// A replay takes the same HTTP path as the real call: the recording is served by a local in-process server on the
// loopback interface, so it needs no network and no key.
//
// Exit codes:
//   0  the stream was read to its end and every event was well-formed
//   1  bad usage, the file does not exist, no API key with --url, or the request failed (an HTTP error status, or
//      an answer that is not an event stream)
//   2  the stream was read, but some events were malformed (each one has an error line in the timeline)
//   3  the API reported an error inside the stream, or the stream broke off before its end (the connection broke, or
//      no data arrived for two minutes)

using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using ImageStream;

const string BundledRecording = "recordings/image-generation.sse";
// OpenRouter sends keep-alive comments while it works: this long without a byte means the stream is dead.
TimeSpan idleLimit = TimeSpan.FromMinutes(2);
const string Usage = "usage: ImageStream [recording.sse | --url <api base, e.g. https://openrouter.ai/api/v1>]";

string? recording = null;
Uri? apiBase = null;
switch (args)
{
    case []:
        break;
    case ["--url", string url]:
        if (!Uri.TryCreate(url, UriKind.Absolute, out apiBase) || (apiBase.Scheme != Uri.UriSchemeHttps && apiBase.Scheme != Uri.UriSchemeHttp))
        {
            Console.Error.WriteLine($"error: not an http(s) URL: {url}");
            return 1;
        }

        break;
    case [string path] when !path.StartsWith("--", StringComparison.Ordinal):
        recording = path;
        break;
    default:
        Console.Error.WriteLine(Usage);
        return 1;
}

string? apiKey = null;
if (apiBase is not null)
{
    apiKey = Environment.GetEnvironmentVariable("OPENROUTER_API_KEY");
    if (string.IsNullOrWhiteSpace(apiKey))
    {
        Console.Error.WriteLine("error: --url needs an API key in the OPENROUTER_API_KEY environment variable");
        return 1;
    }
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

LocalServer? server = null;
if (apiBase is null)
{
    // The bundled recording is copied next to the executable, so this works whatever the working directory.
    string path = recording ?? Path.Combine(AppContext.BaseDirectory, BundledRecording);
    if (!File.Exists(path))
    {
        Console.Error.WriteLine($"error: recording not found: {Path.GetFullPath(path)}");
        return 1;
    }

    server = LocalServer.Start(LocalServer.Replay(File.ReadAllBytes(path)));
    apiBase = server.BaseUrl;
    Console.WriteLine($"Replaying {recording ?? BundledRecording} over HTTP from a local server (no network, no key)");
}
else
{
    Console.WriteLine($"Streaming from {ResponsesClient.ResponsesUrl(apiBase)}");
}

await using (server)
{
    var request = ResponsesClient.ImageRequest(ResponsesClient.Prompt);
    Console.WriteLine($"POST /responses {ResponsesClient.Json(request)}");
    Console.WriteLine();

    using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
    try
    {
        using HttpResponseMessage response = await ResponsesClient.SendAsync(http, apiBase, apiKey, request, cancel.Token);
        await using Stream stream = await ResponsesClient.ReadEventsAsync(response, idleLimit, cancel.Token);
        TimelineSummary summary = await StreamTimeline.PrintAsync(stream, Console.Out, cancel.Token);
        return summary.ErrorEvents > 0 || summary.BrokenOff ? 3 : summary.MalformedEvents > 0 ? 2 : 0;
    }
    catch (Exception e) when (e is ResponsesApiException or HttpRequestException)
    {
        Console.Error.WriteLine($"error: {e.Message}");
        return 1;
    }
    catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
    {
        Console.Error.WriteLine($"error: no answer from {ResponsesClient.ResponsesUrl(apiBase)} within {http.Timeout.TotalSeconds:0} s");
        return 1;
    }
    catch (OperationCanceledException)
    {
        Console.Error.WriteLine("cancelled");
        return 1;
    }
}
