using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using GrainOrchestrator.ApiMachinery.Kinds;
using GrainOrchestrator.Gateway.OpenApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GrainOrchestrator.IntegrationTests.OpenApi;

/// <summary>
/// A throwaway API server on loopback that serves only what kubectl needs before it writes:
/// minimal discovery from the kind registry, the generated OpenAPI v3 documents, and a pod
/// create that echoes the body. It records every request line it sees.
/// </summary>
internal sealed class OpenApiStubServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private OpenApiStubServer(WebApplication app, string address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>"http://127.0.0.1:{port}".</summary>
    public string Address { get; }

    /// <summary>"METHOD path?query" of every request, in arrival order.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    public static async Task<OpenApiStubServer> StartAsync(OpenApiV3Generator generator, KindRegistry registry)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        OpenApiStubServer? server = null;

        app.Use(async (context, next) =>
        {
            server!.Requests.Enqueue(context.Request.Method + " " + context.Request.Path + context.Request.QueryString);
            await next(context);
        });

        app.MapOpenApiV3(generator);
        app.MapGet("/api", () => Results.Json(new JsonObject { ["kind"] = "APIVersions", ["versions"] = new JsonArray("v1") }));
        app.MapGet("/apis", () => Results.Json(GroupList(registry)));
        app.MapGet("/api/{version}", (string version) => ResourceList(registry, string.Empty, version));
        app.MapGet("/apis/{group}/{version}", (string group, string version) => ResourceList(registry, group, version));
        app.MapPost("/api/v1/namespaces/{ns}/pods", async (HttpContext context) =>
        {
            var body = await JsonNode.ParseAsync(context.Request.Body);
            return Results.Json(body, statusCode: StatusCodes.Status201Created);
        });

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        server = new OpenApiStubServer(app, address);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static JsonObject GroupList(KindRegistry registry)
    {
        var groups = new JsonArray();
        foreach (var (group, versions) in registry.Groups.Where(g => g.Key.Length > 0))
        {
            var versionArray = new JsonArray();
            foreach (var version in versions)
            {
                versionArray.Add(new JsonObject { ["groupVersion"] = group + "/" + version, ["version"] = version });
            }

            groups.Add(new JsonObject
            {
                ["name"] = group,
                ["versions"] = versionArray,
                ["preferredVersion"] = versionArray[0]!.DeepClone(),
            });
        }

        return new JsonObject { ["kind"] = "APIGroupList", ["apiVersion"] = "v1", ["groups"] = groups };
    }

    private static IResult ResourceList(KindRegistry registry, string group, string version)
    {
        var kinds = registry.GetKinds(group, version);
        if (kinds.Count == 0)
        {
            return Results.NotFound();
        }

        var resources = new JsonArray();
        foreach (var kind in kinds)
        {
            resources.Add(new JsonObject
            {
                ["name"] = kind.Plural,
                ["singularName"] = kind.Singular,
                ["namespaced"] = kind.Namespaced,
                ["kind"] = kind.Kind,
                ["verbs"] = new JsonArray([.. kind.Verbs.Select(v => (JsonNode)JsonValue.Create(v))]),
                ["shortNames"] = new JsonArray([.. kind.ShortNames.Select(v => (JsonNode)JsonValue.Create(v))]),
            });
        }

        return Results.Json(new JsonObject
        {
            ["kind"] = "APIResourceList",
            ["apiVersion"] = "v1",
            ["groupVersion"] = group.Length == 0 ? version : group + "/" + version,
            ["resources"] = resources,
        });
    }
}
