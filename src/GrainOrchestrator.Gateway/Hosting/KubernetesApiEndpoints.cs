using GrainOrchestrator.Abstractions.Resources;
using GrainOrchestrator.ApiMachinery.Kinds;
using GrainOrchestrator.Gateway.Authorization;
using GrainOrchestrator.Gateway.Discovery;
using GrainOrchestrator.Gateway.OpenApi;
using GrainOrchestrator.Gateway.PodStreams;
using GrainOrchestrator.Gateway.Rest;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GrainOrchestrator.Gateway.Hosting;

/// <summary>Maps the Kubernetes REST surface: discovery, OpenAPI v3 and resource URLs.</summary>
public static class KubernetesApiEndpoints
{
    private static readonly ApiError NotFound = new() { Code = 404, Reason = "NotFound", Message = "the server could not find the requested resource" };

    public static IServiceCollection AddKubernetesGateway(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(KindRegistry.Default);
        services.TryAddSingleton<DiscoveryDocuments>();
        services.TryAddSingleton(_ => new OpenApiV3Generator());
        services.TryAddSingleton<KubernetesRestHandler>();
        services.AddPodStreams();
        return services;
    }

    public static IEndpointRouteBuilder MapKubernetesApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.Map("/api", (HttpContext c, DiscoveryDocuments d) => c.Request.Method == "GET" ? Json(c, d.ApiVersions($"{c.Request.Host}")) : MethodNotAllowed(c));
        endpoints.Map("/apis", (HttpContext c, DiscoveryDocuments d) => c.Request.Method == "GET" ? Json(c, d.ApiGroupList()) : MethodNotAllowed(c));
        endpoints.Map("/api/{version}/{**rest}", (HttpContext c, string version, string? rest, DiscoveryDocuments d, KubernetesRestHandler h) =>
            string.IsNullOrEmpty(rest)
                ? (c.Request.Method == "GET" && d.ApiResourceList(string.Empty, version) is { } list ? Json(c, list) : StatusResponses.WriteAsync(c, NotFound))
                : version != "v1" ? StatusResponses.WriteAsync(c, NotFound) : h.HandleAsync(c, string.Empty, version, rest));
        endpoints.Map("/apis/{group}/{**rest}", (HttpContext c, string group, string? rest, DiscoveryDocuments d, KubernetesRestHandler h) =>
        {
            var parts = (rest ?? string.Empty).Split('/', 2, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0)
            {
                return c.Request.Method == "GET" && d.ApiGroup(group) is { } g ? Json(c, g) : StatusResponses.WriteAsync(c, NotFound);
            }

            var version = parts[0];
            if (parts.Length == 1)
            {
                return c.Request.Method == "GET" && d.ApiResourceList(group, version) is { } list ? Json(c, list) : StatusResponses.WriteAsync(c, NotFound);
            }

            if (group == "authorization.k8s.io")
            {
                return SelfSubjectReviews.HandleAsync(c, parts[1]);
            }

            return h.HandleAsync(c, group, version, parts[1]);
        });
        endpoints.MapOpenApiV3(endpoints.ServiceProvider.GetRequiredService<OpenApiV3Generator>());
        return endpoints;
    }

    private static Task MethodNotAllowed(HttpContext context) =>
        StatusResponses.WriteAsync(context, new ApiError { Code = 405, Reason = "MethodNotAllowed", Message = $"the server does not allow this method on the requested resource ({context.Request.Method})" });

    private static Task Json(HttpContext context, System.Text.Json.Nodes.JsonObject body) =>
        StatusResponses.WriteJsonAsync(context, 200, body.ToJsonString());
}
