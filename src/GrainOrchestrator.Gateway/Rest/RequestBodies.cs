using System.Text;
using System.Text.Json.Nodes;
using GrainOrchestrator.Abstractions.Resources;
using GrainOrchestrator.ApiMachinery.Errors;
using Microsoft.AspNetCore.Http;

namespace GrainOrchestrator.Gateway.Rest;

/// <summary>Reads request bodies (JSON, YAML, protobuf) within the size limit into JSON text.</summary>
public static class RequestBodies
{
    /// <summary>The apiserver's request body limit.</summary>
    public const long MaxBodyBytes = 3 * 1024 * 1024;

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

    /// <summary>The body as JSON text, converting YAML and protobuf.</summary>
    public static async Task<(string? Json, ApiError? Error)> ReadJsonAsync(HttpContext context)
    {
        var (bytes, error) = await ReadBytesAsync(context).ConfigureAwait(false);
        if (error is not null)
        {
            return (null, error);
        }

        if (bytes!.Length == 0)
        {
            return (null, ApiErrors.BadRequest("the body of the request was empty"));
        }

        var contentType = context.Request.ContentType ?? "application/json";
        try
        {
            if (Protobuf.KubernetesProtobuf.IsProtobuf(contentType))
            {
                return (Protobuf.KubernetesProtobuf.Decode(bytes).ToJsonString(), null);
            }

            if (contentType.Contains("yaml", StringComparison.OrdinalIgnoreCase))
            {
                return (YamlToJson.Convert(Encoding.UTF8.GetString(bytes)), null);
            }
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or Protobuf.ProtobufDecodeException or YamlDotNet.Core.YamlException)
        {
            return (null, ApiErrors.BadRequest($"error decoding request body: {e.Message}"));
        }

        var text = Encoding.UTF8.GetString(bytes);
        return (text, null);
    }

    private static ApiError TooLarge() => new()
    {
        Code = 413,
        Reason = "RequestEntityTooLarge",
        Message = $"Request entity too large: limit is {MaxBodyBytes}",
    };
}
