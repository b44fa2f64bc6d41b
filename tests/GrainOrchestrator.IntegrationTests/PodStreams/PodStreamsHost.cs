using System.Text.Json.Nodes;
using GrainOrchestrator.Abstractions.Resources;
using GrainOrchestrator.ApiMachinery.Errors;
using GrainOrchestrator.Gateway.PodStreams;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace GrainOrchestrator.IntegrationTests.PodStreams;

/// <summary>A Kestrel host on a free loopback port routing pods/{name}/log and exec to the endpoints, with in-memory pods.</summary>
internal sealed class PodStreamsHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private PodStreamsHost(WebApplication app, FakePodStreams streams)
    {
        this.app = app;
        Streams = streams;
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        BaseUri = new Uri(address);
    }

    public FakePodStreams Streams { get; }

    public Uri BaseUri { get; }

    public Uri WebSocketUri(string pathAndQuery) => new($"ws://{BaseUri.Authority}{pathAndQuery}");

    public static async Task<PodStreamsHost> StartAsync()
    {
        var pods = new Dictionary<string, string>
        {
            ["one"] = Pod("one", "app"),
            ["two"] = Pod("two", "a", "b"),
        };
        var streams = new FakePodStreams();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.UseWebSockets();
        app.Map("/api/v1/namespaces/{ns}/pods/{name}/log", (HttpContext context, string ns, string name) =>
            PodLogEndpoint.HandleAsync(context, Lookup(pods, name), ns, name, streams));
        app.Map("/api/v1/namespaces/{ns}/pods/{name}/exec", (HttpContext context, string ns, string name) =>
            PodExecEndpoint.HandleAsync(context, Lookup(pods, name), ns, name, streams));
        await app.StartAsync();
        return new PodStreamsHost(app, streams);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private static PodLookup Lookup(Dictionary<string, string> pods, string name) =>
        () => Task.FromResult(pods.TryGetValue(name, out var json)
            ? ApiResult.Success(json)
            : ApiResult.Failure(ApiErrors.NotFound("pods", name, kind: "Pod")));

    private static string Pod(string name, params string[] containers) => new JsonObject
    {
        ["apiVersion"] = "v1",
        ["kind"] = "Pod",
        ["metadata"] = new JsonObject { ["name"] = name, ["namespace"] = "default" },
        ["spec"] = new JsonObject
        {
            ["containers"] = new JsonArray([.. containers.Select(c => (JsonNode)new JsonObject { ["name"] = c, ["image"] = "busybox" })]),
        },
    }.ToJsonString();
}
