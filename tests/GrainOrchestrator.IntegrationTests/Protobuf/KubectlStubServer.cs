using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using GrainOrchestrator.Gateway.Protobuf;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GrainOrchestrator.IntegrationTests.Protobuf;

/// <summary>
/// A throwaway HTTP server on loopback that answers kubectl's discovery, decodes every protobuf POST body
/// with <see cref="KubernetesProtobuf"/>, echoes the JSON back (201) and records what it saw.
/// </summary>
internal sealed class KubectlStubServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private KubectlStubServer(WebApplication app)
    {
        _app = app;
        _app.Run(HandleAsync);
    }

    public string Address => _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public static async Task<KubectlStubServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var server = new KubectlStubServer(builder.Build());
        await server._app.StartAsync();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var pathAndQuery = request.Path + request.QueryString;
        if (HttpMethods.IsPost(request.Method))
        {
            await HandlePostAsync(context, pathAndQuery);
            return;
        }

        Requests.Enqueue(new RecordedRequest(request.Method, pathAndQuery, request.ContentType, request.Headers.Accept, null, null));
        var discovery = HttpMethods.IsGet(request.Method) ? StubDiscovery.Answer(request.Path.Value ?? string.Empty) : null;
        if (discovery is null)
        {
            await WriteJsonAsync(context, StatusCodes.Status404NotFound, Status(404, "NotFound", $"the stub does not serve {pathAndQuery}"));
            return;
        }

        await WriteJsonAsync(context, StatusCodes.Status200OK, discovery);
    }

    private async Task HandlePostAsync(HttpContext context, string pathAndQuery)
    {
        var request = context.Request;
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer);
        if (!KubernetesProtobuf.IsProtobuf(request.ContentType))
        {
            // Not every command sends protobuf (kubectl run sends JSON): record and echo it as it is.
            var json = JsonNode.Parse(buffer.ToArray())!.AsObject();
            Requests.Enqueue(new RecordedRequest(request.Method, pathAndQuery, request.ContentType, request.Headers.Accept, json, null));
            await WriteJsonAsync(context, StatusCodes.Status201Created, json.DeepClone().AsObject());
            return;
        }

        try
        {
            var decoded = KubernetesProtobuf.Decode(buffer.ToArray());
            Requests.Enqueue(new RecordedRequest(request.Method, pathAndQuery, request.ContentType, request.Headers.Accept, decoded, null));
            await WriteJsonAsync(context, StatusCodes.Status201Created, decoded.DeepClone().AsObject());
        }
        catch (ProtobufDecodeException ex)
        {
            Requests.Enqueue(new RecordedRequest(request.Method, pathAndQuery, request.ContentType, request.Headers.Accept, null, ex.Message));
            await WriteJsonAsync(context, StatusCodes.Status400BadRequest, Status(400, "BadRequest", ex.Message));
        }
    }

    private static JsonObject Status(int code, string reason, string message) => new()
    {
        ["kind"] = "Status",
        ["apiVersion"] = "v1",
        ["status"] = "Failure",
        ["message"] = message,
        ["reason"] = reason,
        ["code"] = code,
    };

    private static async Task WriteJsonAsync(HttpContext context, int statusCode, JsonObject body)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToJsonString());
    }
}
