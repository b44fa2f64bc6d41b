using System.Net;
using GrainOrchestrator.ApiMachinery.Api;
using GrainOrchestrator.ApiMachinery.Hosting;
using GrainOrchestrator.ApiMachinery.Storage;
using GrainOrchestrator.Client;
using GrainOrchestrator.Gateway.Grpc.Hosting;
using GrainOrchestrator.Gateway.Grpc.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GrainOrchestrator.IntegrationTests.Grpc;

/// <summary>
/// An in-process ASP.NET Core host on 127.0.0.1 (free port, HTTP/2 cleartext) with an Orleans
/// silo running the API machinery on an in-memory object store, and the gRPC API on top.
/// </summary>
public sealed class GrpcGatewayFixture : IAsyncLifetime
{
    public const string Token = "integration-test-token";

    /// <summary>Small, so that a test can push a version out of the watch history.</summary>
    public const int WatchHistoryCapacity = 40;

    private WebApplication? app;

    public Uri Address { get; private set; } = null!;

    public ResourceApi Api { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(FreePorts.Next(), FreePorts.Next(), null, "grpc-it-" + Guid.NewGuid().ToString("N"), "grpc-it");
            silo.AddMemoryGrainStorageAsDefault();
            silo.UseInMemoryReminderService();
            silo.Services.Configure<ApiMachineryOptions>(o => o.WatchHistoryCapacity = WatchHistoryCapacity);
            silo.Services.AddApiMachinery().AddInMemoryResourceStore(new InMemoryResourceObjectStore());
        });
        builder.Services.AddSingleton<ITokenAuthenticator>(new FixedTokenAuthenticator(Token, "tester"));
        builder.Services.AddGrainOrchestratorGrpc();
        app = builder.Build();
        app.MapGrainOrchestratorGrpc();
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        Address = new Uri(address);
        Api = app.Services.GetRequiredService<ResourceApi>();
        await Api.EnsureInitialNamespacesAsync();
    }

    public GrainOrchestratorClient CreateClient(string? token = Token) =>
        new(new GrainOrchestratorClientOptions { Address = Address, Token = token });

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
