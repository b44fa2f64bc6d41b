using GrainOrchestrator.Abstractions.Diagnostics;
using GrainOrchestrator.Host.Configuration;
using GrainOrchestrator.Host.Endpoints;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace GrainOrchestrator.Host.Observability;

/// <summary>OpenTelemetry metrics, traces and logs for every role, configured in one place.</summary>
public static class TelemetryHostingExtensions
{
    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static IHostApplicationBuilder AddGrainOrchestratorTelemetry(this IHostApplicationBuilder builder, NodeOptions options, bool withHttp)
    {
        builder.Logging.AddOpenTelemetry(o =>
        {
            o.IncludeFormattedMessage = true;
            o.IncludeScopes = true;
        });

        var exportTraces = !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(OtlpEndpointVariable));
        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(
                TelemetryNames.ServiceName,
                serviceVersion: VersionInfo.Current.GitVersion,
                serviceInstanceId: options.NodeName))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(TelemetryNames.OrleansMeter, TelemetryNames.Meter)
                    .AddRuntimeInstrumentation()
                    .AddNpgsqlInstrumentation();
                if (withHttp)
                {
                    metrics.AddAspNetCoreInstrumentation().AddPrometheusExporter();
                }
            });

        // Traces cost on every request, grain call and SQL command; record them only when they
        // go somewhere. Trace context still flows through grain calls (AddActivityPropagation).
        if (exportTraces)
        {
            otel.WithTracing(tracing =>
            {
                tracing.AddSource(TelemetryNames.ActivitySource)
                    .AddSource([.. TelemetryNames.OrleansActivitySources])
                    .AddNpgsql();
                if (withHttp)
                {
                    tracing.AddAspNetCoreInstrumentation(o => o.Filter = ctx => !IsProbe(ctx.Request.Path));
                }
            });
            otel.UseOtlpExporter();
        }

        return builder;
    }

    private static bool IsProbe(Microsoft.AspNetCore.Http.PathString path) =>
        path.StartsWithSegments("/livez") || path.StartsWithSegments("/readyz") || path.StartsWithSegments("/metrics");
}
