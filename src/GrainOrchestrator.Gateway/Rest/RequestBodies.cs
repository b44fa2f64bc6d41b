using System.Text;
using System.Text.Json;
using GrainOrchestrator.Abstractions.Resources;
using GrainOrchestrator.ApiMachinery.Errors;
using Microsoft.AspNetCore.Http;

namespace GrainOrchestrator.Gateway.Rest;

/// <summary>Reads request bodies (JSON, YAML, protobuf) within the size limit into JSON text.</summary>
public static class RequestBodies
{
    /// <summary>The apiserver's request body limit.</summary>
    public const long MaxBodyBytes = 3 * 1024 * 1024;

    public const string EmptyBodyMessage = "the body of the request was empty";

    /// <summary>Object bodies nest no deeper than this (System.Text.Json's default; real objects stay far below).</summary>
    public const int MaxJsonDepth = 64;

    /// <summary>The media types an object body may have; anything else is 415, as upstream.</summary>
    public static readonly IReadOnlyList<string> MediaTypes = ["application/json", "application/yaml", Protobuf.KubernetesProtobuf.MediaType];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task<(byte[]? Body, ApiError? Error)> ReadBytesAsync(HttpContext context)
    {
        if (context.Request.ContentLength > MaxBodyBytes)
        {
            return (null, TooLarge());
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return (null, TooLarge());
            }

            buffer.Write(chunk, 0, read);
        }

        return (buffer.ToArray(), null);
    }

    /// <summary>
    /// The body as the JSON text of one object, converting YAML and protobuf. Refuses other media
    /// types (415), text that is not UTF-8, JSON that does not parse or nests too deeply, a body
    /// that is not an object, and apiVersion/kind that are not strings (400), so that nothing
    /// downstream meets them.
    /// </summary>
    public static async Task<(string? Json, ApiError? Error)> ReadJsonAsync(HttpContext context)
    {
        var format = FormatOf(context.Request.ContentType);
        if (format == BodyFormat.Unsupported)
        {
            return (null, UnsupportedMediaType(context.Request.ContentType));
        }

        var (bytes, error) = await ReadBytesAsync(context).ConfigureAwait(false);
        if (error is not null)
        {
            return (null, error);
        }

        if (bytes!.Length == 0)
        {
            return (null, ApiErrors.BadRequest(EmptyBodyMessage));
        }

        string text;
        try
        {
            text = format switch
            {
                BodyFormat.Protobuf => Protobuf.KubernetesProtobuf.Decode(bytes).ToJsonString(),
                BodyFormat.Yaml => YamlToJson.Convert(StrictUtf8.GetString(bytes)),
                _ => StrictUtf8.GetString(bytes),
            };
        }
        catch (DecoderFallbackException)
        {
            return (null, ApiErrors.BadRequest("error decoding request body: the body is not valid UTF-8"));
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or Protobuf.ProtobufDecodeException)
        {
            return (null, ApiErrors.BadRequest(format == BodyFormat.Yaml ? $"error converting YAML to JSON: {e.Message}" : $"error decoding request body: {e.Message}"));
        }

        // DeleteOptions bodies need no apiVersion/kind; DeleteOptionsReader checks their shape and
        // types itself and refuses what it cannot read.
        if (HttpMethods.IsDelete(context.Request.Method))
        {
            return (text, null);
        }

        return CheckObject(text) is { } invalid ? (null, invalid) : (text, null);
    }

    /// <summary>Null when <paramref name="json"/> is one JSON object whose apiVersion and kind (if present) are strings.</summary>
    public static ApiError? CheckObject(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = MaxJsonDepth });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return ApiErrors.BadRequest($"error decoding request body: the body must be a JSON object, not {Describe(root.ValueKind)}");
            }

            foreach (var field in (string[])["apiVersion", "kind"])
            {
                if (root.TryGetProperty(field, out var value) && value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                {
                    return ApiErrors.BadRequest($"error decoding request body: \"{field}\" must be a string, not {Describe(value.ValueKind)}");
                }
            }

            return null;
        }
        catch (JsonException e)
        {
            return ApiErrors.BadRequest($"error decoding request body: {e.Message}");
        }
    }

    private static BodyFormat FormatOf(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return BodyFormat.Json; // curl-like clients that send no type mean JSON
        }

        var mediaType = contentType.Split(';')[0].Trim().ToLowerInvariant();
        return mediaType switch
        {
            "application/json" => BodyFormat.Json,
            "application/yaml" or "application/x-yaml" or "text/yaml" => BodyFormat.Yaml,
            Protobuf.KubernetesProtobuf.MediaType => BodyFormat.Protobuf,
            _ => BodyFormat.Unsupported,
        };
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    private static ApiError UnsupportedMediaType(string? contentType) => ApiErrors.UnsupportedMediaType(
        $"the body of the request was in an unknown format (media type \"{contentType}\") - accepted media types include: {string.Join(", ", MediaTypes)}");

    private static ApiError TooLarge() => new()
    {
        Code = 413,
        Reason = "RequestEntityTooLarge",
        Message = $"Request entity too large: limit is {MaxBodyBytes}",
    };

    private enum BodyFormat
    {
        Json,
        Yaml,
        Protobuf,
        Unsupported,
    }
}
