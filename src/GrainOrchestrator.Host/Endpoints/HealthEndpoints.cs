using GrainOrchestrator.Host.Health;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GrainOrchestrator.Host.Endpoints;

/// <summary>/livez, /readyz and /version: open to everyone, as on the apiserver.</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/livez", () => Results.Text("ok"));
        endpoints.MapGet("/healthz", () => Results.Text("ok"));
        endpoints.MapGet("/readyz", async (ReadinessProbe probe, HttpContext context) =>
        {
            var report = await probe.CheckAsync(context.RequestAborted).ConfigureAwait(false);
            var verbose = context.Request.Query.ContainsKey("verbose");
            var body = report.Ok && !verbose ? "ok" : report.Render();
            return Results.Text(body, statusCode: report.Ok ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        endpoints.MapGet("/version", () => Results.Json(VersionInfo.Current));
        return endpoints;
    }
}
