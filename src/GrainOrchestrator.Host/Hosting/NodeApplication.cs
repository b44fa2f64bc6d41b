using GrainOrchestrator.Gateway.Grpc.Hosting;
using GrainOrchestrator.Gateway.Grpc.Security;
using GrainOrchestrator.Gateway.Hosting;
using GrainOrchestrator.Gateway.Security;
using GrainOrchestrator.Host.Configuration;
using GrainOrchestrator.Host.Endpoints;
using GrainOrchestrator.Host.Health;
using GrainOrchestrator.Host.Observability;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GrainOrchestrator.Host.Hosting;

/// <summary>Builds the process: an Orleans silo plus, when this role serves HTTP, the web endpoints.</summary>
public static class NodeApplication
{
    public static IHost Build(NodeOptions options, string connectionString, ClusterCredentialSet? credentials = null)
    {
        var endpoint = options.HttpEndpoint;
        if (endpoint is null)
        {
            var hostBuilder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
            {
                ContentRootPath = AppContext.BaseDirectory,
                Args = [],
            });
            ConfigureCommon(hostBuilder, options, connectionString, withHttp: false);
            return hostBuilder.Build();
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        // The server's API is HTTPS with bearer tokens; an agent's health port is plain HTTP.
        builder.WebHost.ConfigureKestrel(k =>
        {
            if (credentials is null)
            {
                k.Listen(endpoint);
            }
            else
            {
                k.UseServingCertificate(endpoint, credentials.ServingCertificate);
            }
        });
        ConfigureCommon(builder, options, connectionString, withHttp: true);

        if (credentials is not null)
        {
            builder.Services.AddKubernetesGateway();
            builder.Services.AddSingleton<ITokenAuthenticator>(new TokenValidatorAuthenticator(credentials.TokenValidator));
            builder.Services.AddGrainOrchestratorGrpc();
        }

        var app = builder.Build();
        app.UseKubernetesPathGuard();
        app.UseWebSockets();
        if (credentials is not null)
        {
            app.UseKubernetesBearerAuth(credentials.TokenValidator, OpenPaths.Default(options.MetricsAnonymous));
        }

        app.MapHealthEndpoints();
        if (credentials is not null)
        {
            app.MapKubernetesApi();
            app.MapGrainOrchestratorGrpc();

            // Anything else is a Kubernetes-style 404, never an empty page.
            app.MapFallback(context => Gateway.Rest.StatusResponses.WriteAsync(context, new Abstractions.Resources.ApiError
            {
                Code = 404,
                Reason = "NotFound",
                Message = "the server could not find the requested resource",
            }));
        }

        app.MapPrometheusScrapingEndpoint("/metrics");
        return app;
    }

    private static void ConfigureCommon(IHostApplicationBuilder builder, NodeOptions options, string connectionString, bool withHttp)
    {
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss.fff ";
        });
        // Orleans is chatty at Information; keep its warnings. Override with Logging__LogLevel__Orleans.
        builder.Logging.AddFilter("Orleans", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Polly", LogLevel.Warning);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(20));

        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<ReadinessProbe>();
        builder.AddGrainOrchestratorTelemetry(options, withHttp);
        builder.AddGrainOrchestratorSilo(options, connectionString);
    }
}
