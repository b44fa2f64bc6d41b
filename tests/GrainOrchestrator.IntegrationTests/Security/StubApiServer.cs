using System.Net;
using GrainOrchestrator.Gateway.Security;
using GrainOrchestrator.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GrainOrchestrator.IntegrationTests.Security;

/// <summary>
/// A throwaway HTTPS server on 127.0.0.1 with freshly generated cluster credentials, the bearer
/// middleware, an open <c>/livez</c> and a protected <c>/api</c> answering like the apiserver's discovery root.
/// </summary>
public sealed class StubApiServer : IAsyncLifetime
{
    public const string ApiVersionsJson = """{"kind":"APIVersions","versions":["v1"]}""";

    private readonly TempDirectory _directory = new("go-security-it");
    private WebApplication? _app;
    private ClusterCredentialSet? _credentials;

    public ClusterCredentialSet Credentials => _credentials ?? throw new InvalidOperationException("Not started.");

    public Uri BaseAddress { get; private set; } = new("https://127.0.0.1/");

    public string DataDirectory => _directory.Path;

    public async ValueTask InitializeAsync()
    {
        _credentials = ClusterCredentials.EnsureCreated(_directory.Path, ["stub.example.test"], [IPAddress.Loopback]);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(o => o.UseServingCertificate(new IPEndPoint(IPAddress.Loopback, 0), _credentials.ServingCertificate));
        _app = builder.Build();
        _app.UseKubernetesBearerAuth(_credentials.TokenValidator, OpenPaths.Default(metricsOpen: false));
        _app.MapGet("/livez", () => Results.Text("ok"));
        _app.MapGet("/api", (HttpContext context) =>
        {
            context.Response.Headers["X-Authenticated-User"] = context.User.Identity?.Name;
            return Results.Text(ApiVersionsJson, "application/json");
        });
        await _app.StartAsync();

        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        BaseAddress = new Uri(address);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _credentials?.Dispose();
        _directory.Dispose();
    }
}
