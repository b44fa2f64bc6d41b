using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GrainOrchestrator.IntegrationTests.BadInput;

/// <summary>Sends a <see cref="RestCase"/> exactly as written (no path canonicalization) and judges the answer.</summary>
public static class RestCaseRunner
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(60);

    /// <summary>A watch that sends no answer within this time has been accepted (it is waiting for events).</summary>
    private static readonly TimeSpan StreamPatience = TimeSpan.FromSeconds(10);

    public static async Task<RestOutcome> RunAsync(BadInputServer server, RestCase c, CancellationToken cancellationToken)
    {
        // Paths like %2E%2E or a%2Fb must reach the server as written, not normalized by Uri.
        var uri = new Uri(server.BaseAddress.GetLeftPart(UriPartial.Authority) + c.Path, new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });
        using var request = new HttpRequestMessage(new HttpMethod(c.Method), uri);
        foreach (var template in c.Authorization ?? ["Bearer {token}"])
        {
            // {token} and {half} stand for the real admin token and its first half.
            var value = template.Replace("{token}", server.Token, StringComparison.Ordinal)
                .Replace("{half}", server.Token[..(server.Token.Length / 2)], StringComparison.Ordinal);
            request.Headers.TryAddWithoutValidation("Authorization", value).ShouldBeTrue($"header value {template}");
        }

        if (c.Body is not null)
        {
            var bytes = c.Body();
            request.Content = c.Chunked ? new ChunkedContent(bytes) : new ByteArrayContent(bytes);
            if (c.ContentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", c.ContentType).ShouldBeTrue($"content type {c.ContentType}");
            }
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(c.Streaming ? StreamPatience : RequestTimeout);
        HttpResponseMessage response;
        try
        {
            response = await server.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        }
        catch (TaskCanceledException) when (c.Streaming && !cancellationToken.IsCancellationRequested)
        {
            return new RestOutcome(200, null, "(no answer: the watch was accepted and waits for events)", ["the watch was accepted instead of refused"]);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return new RestOutcome(0, null, $"{e.GetType().Name}: {e.Message}", ["no HTTP answer (connection reset, or the server is down)"]);
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            var contentType = response.Content.Headers.ContentType?.MediaType;
            var body = c.Streaming && status == 200 ? "(a watch stream started)" : await ReadBodyAsync(response, timeout.Token);
            var problems = Judge(c, status, contentType, body);
            if (status is >= 200 and < 300 && c.KnownFailure is not null)
            {
                RememberCreated(server, body);
            }

            return new RestOutcome(status, contentType, body, problems);
        }
    }

    /// <summary>Everything that makes the answer wrong; empty when it is the expected 4xx Status.</summary>
    public static IReadOnlyList<string> Judge(RestCase c, int status, string? contentType, string body)
    {
        var problems = new List<string>();
        if (status is < 400 or >= 500)
        {
            problems.Add(status >= 500 ? $"a server error ({status})" : $"not an error ({status})");
        }
        else if (!c.Codes.Contains(status))
        {
            problems.Add($"status {status}, expected {string.Join(" or ", c.Codes)}");
        }

        if (contentType != "application/json")
        {
            problems.Add($"content type \"{contentType}\", expected application/json");
        }

        JsonObject? obj = null;
        try
        {
            obj = JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            // reported below
        }

        if (obj is null)
        {
            problems.Add("the body is not a JSON object");
            return problems;
        }

        if (Text(obj["kind"]) != "Status" || Text(obj["apiVersion"]) != "v1")
        {
            problems.Add($"not a v1 Status (kind {Text(obj["kind"])}, apiVersion {Text(obj["apiVersion"])})");
            return problems;
        }

        if (Text(obj["status"]) != "Failure")
        {
            problems.Add($"status \"{Text(obj["status"])}\", expected Failure");
        }

        if (obj["code"] is not JsonValue code || !code.TryGetValue<int>(out var codeValue) || codeValue != status)
        {
            problems.Add($"code {obj["code"]?.ToJsonString()} does not match HTTP {status}");
        }

        var message = Text(obj["message"]);
        if (string.IsNullOrWhiteSpace(message))
        {
            problems.Add("no message");
        }
        else if (!message.Contains(c.Fragment, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"message does not mention \"{c.Fragment}\"");
        }

        if (string.IsNullOrEmpty(Text(obj["reason"])))
        {
            problems.Add("no reason");
        }
        else if (c.Reason is not null && Text(obj["reason"]) != c.Reason)
        {
            problems.Add($"reason {Text(obj["reason"])}, expected {c.Reason}");
        }

        return problems;
    }

    private static async Task<string> ReadBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadAsStringAsync(cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException)
        {
            return $"(body unreadable: {e.Message})";
        }
    }

    private static void RememberCreated(BadInputServer server, string body)
    {
        try
        {
            if (JsonNode.Parse(body) is JsonObject obj && obj["metadata"]?["name"] is JsonValue name && name.TryGetValue<string>(out var text))
            {
                server.CreatedByKnownFailures[text] = Text(obj["kind"]) ?? "?";
            }
        }
        catch (JsonException)
        {
            // not an object: nothing was created
        }
    }

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
