using System;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ImageStream.OpenRouter;

namespace ImageStream;

/// <summary>The request's answer was not an event stream (an HTTP error, or another kind of body).</summary>
public sealed class ResponsesApiException(string message) : Exception(message);

/// <summary>
/// Calls OpenRouter's Responses API (<c>POST {base}/responses</c>) with a request body written by the generated
/// types, and hands back the response as soon as its headers arrive, its body (the events) still streaming.
/// </summary>
public static class ResponsesClient
{
    /// <summary>The model the sample asks for an image.</summary>
    public const string ImageModel = "openai/gpt-5-image";

    /// <summary>The prompt the sample sends.</summary>
    public const string Prompt = "A watercolor fox asleep under a maple tree in autumn";

    // Enough of an error body to show what the API said, without flooding the terminal.
    private const int ErrorExcerptChars = 500;

    /// <summary>A streamed image generation: the model, the prompt, the image generation tool, <c>stream: true</c>.</summary>
    public static OpenAIResponsesRequest ImageRequest(string prompt) => new()
    {
        Model = ImageModel,
        Input = prompt,
        Tools = [new ImageGenerationServerTool { Quality = ImageGenerationServerToolQuality.Low, PartialImages = 3 }],
        Stream = true,
    };

    /// <summary>The request body as JSON: the API's wire names, written without reflection.</summary>
    public static string Json(OpenAIResponsesRequest request) => ModelGenJson.Serialize(request);

    /// <summary>The Responses endpoint below <paramref name="baseUrl"/> (<c>https://openrouter.ai/api/v1</c> gives <c>…/v1/responses</c>).</summary>
    public static Uri ResponsesUrl(Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        string text = baseUrl.AbsoluteUri;
        return new Uri(text.EndsWith('/') ? text + "responses" : text + "/responses");
    }

    /// <summary>
    /// Sends <paramref name="request"/> and returns the response once its headers have arrived. Throws
    /// <see cref="ResponsesApiException"/> when the status is not a success or the body is not <c>text/event-stream</c>,
    /// and <see cref="HttpRequestException"/> when the server cannot be reached.
    /// </summary>
    public static async Task<HttpResponseMessage> SendAsync(
        HttpClient http, Uri baseUrl, string? apiKey, OpenAIResponsesRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(request);

        Uri url = ResponsesUrl(baseUrl);
        using var message = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(Json(request), Encoding.UTF8, "application/json"),
        };
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        if (apiKey is not null)
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }

        // ResponseHeadersRead: return as soon as the headers are in, so events are read as they arrive rather than
        // after the whole body has been buffered.
        HttpResponseMessage response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
        try
        {
            if (!response.IsSuccessStatusCode)
            {
                string body = await ExcerptAsync(response, ct).ConfigureAwait(false);
                throw new ResponsesApiException(
                    $"POST {url} answered {(int)response.StatusCode} {response.ReasonPhrase}: {body}");
            }

            string? mediaType = response.Content.Headers.ContentType?.MediaType;
            if (!string.Equals(mediaType, "text/event-stream", StringComparison.OrdinalIgnoreCase))
            {
                string body = await ExcerptAsync(response, ct).ConfigureAwait(false);
                throw new ResponsesApiException(
                    $"POST {url} answered with {mediaType ?? "no content type"}, not an event stream: {body}");
            }

            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The events of a response <see cref="SendAsync"/> returned, as they arrive; a read that waits longer than
    /// <paramref name="idleLimit"/> for data fails (see <see cref="IdleTimeoutStream"/>).
    /// </summary>
    public static async Task<Stream> ReadEventsAsync(HttpResponseMessage response, TimeSpan idleLimit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(response);
        return new IdleTimeoutStream(await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false), idleLimit);
    }

    private static async Task<string> ExcerptAsync(HttpResponseMessage response, CancellationToken ct)
    {
        // Read only as much as is shown: an error page may be large, or a stream that never ends.
        var buffer = new char[ErrorExcerptChars + 1];
        await using Stream stream = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        int filled = 0;
        int read;
        while (filled < buffer.Length && (read = await reader.ReadAsync(buffer.AsMemory(filled), ct).ConfigureAwait(false)) > 0)
        {
            filled += read;
        }

        string text = new string(buffer, 0, Math.Min(filled, ErrorExcerptChars)).Trim();
        if (text.Length == 0)
        {
            return "(empty body)";
        }

        return filled > ErrorExcerptChars ? text + "…" : text;
    }
}
