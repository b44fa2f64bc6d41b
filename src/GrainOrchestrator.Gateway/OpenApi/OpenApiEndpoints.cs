using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace GrainOrchestrator.Gateway.OpenApi;

/// <summary>
/// Serves <c>/openapi/v3</c> like the apiserver: the index, then each document as JSON with its
/// hash as a quoted ETag; a request whose <c>hash</c> is stale is redirected (301) to the current
/// URL, and one with the current hash may be cached for good.
/// </summary>
public static class OpenApiEndpoints
{
    public const string Prefix = "/openapi/v3";

    /// <summary>Maps <c>GET /openapi/v3</c> and <c>GET /openapi/v3/{path}</c>.</summary>
    public static RouteGroupBuilder MapOpenApiV3(this IEndpointRouteBuilder endpoints, OpenApiV3Generator generator)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(generator);
        var group = endpoints.MapGroup(Prefix);
        group.MapGet(string.Empty, context => WriteIndexAsync(context, generator));
        group.MapGet("/{**path}", context => WriteDocumentAsync(context, generator));
        return group;
    }

    private static Task WriteIndexAsync(HttpContext context, OpenApiV3Generator generator)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(generator.Index());
        return WriteJsonAsync(context, json, Convert.ToHexString(SHA512.HashData(json)));
    }

    private static Task WriteDocumentAsync(HttpContext context, OpenApiV3Generator generator)
    {
        var path = context.Request.RouteValues["path"] as string ?? string.Empty;
        if (!generator.TryGet(path, out var document))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        context.Response.Headers.Vary = HeaderNames.Accept;
        if (!AcceptsJson(context.Request))
        {
            // Only JSON is generated; the protobuf form of the documents is not served.
            context.Response.StatusCode = StatusCodes.Status406NotAcceptable;
            return Task.CompletedTask;
        }

        var hash = context.Request.Query["hash"].ToString();
        if (hash.Length > 0)
        {
            if (!string.Equals(hash, document.Hash, StringComparison.Ordinal))
            {
                context.Response.Redirect(document.ServerRelativeUrl, permanent: true);
                return Task.CompletedTask;
            }

            context.Response.Headers.CacheControl = "public, immutable";
            context.Response.Headers.Expires = DateTimeOffset.UtcNow.AddYears(1).ToString("R", CultureInfo.InvariantCulture);
        }

        return WriteJsonAsync(context, document.Utf8Json, document.Hash);
    }

    private static async Task WriteJsonAsync(HttpContext context, ReadOnlyMemory<byte> json, string hash)
    {
        var etag = "\"" + hash + "\"";
        context.Response.Headers.ETag = etag;
        if (context.Request.Headers.IfNoneMatch.Any(value => string.Equals(value, etag, StringComparison.Ordinal)))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        context.Response.ContentType = "application/json";
        context.Response.ContentLength = json.Length;
        await context.Response.Body.WriteAsync(json, context.RequestAborted);
    }

    private static bool AcceptsJson(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        return accept.Count == 0 || accept.Any(media =>
            media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) ||
            media.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase) ||
            media.MediaType.Equals("*/*", StringComparison.OrdinalIgnoreCase));
    }
}
