using GrainOrchestrator.ApiMachinery.Kinds;
using GrainOrchestrator.Gateway.Grpc.Errors;
using GrainOrchestrator.Gateway.Grpc.Security;
using GrainOrchestrator.Gateway.Grpc.Services;
using Google.Protobuf.Reflection;
using Google.Rpc;
using Grpc.AspNetCore.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GrainOrchestrator.Gateway.Grpc.Hosting;

/// <summary>
/// Wires the gRPC API (service <c>grainorchestrator.v1.Resources</c> and its JSON transcoding
/// under <c>/grpc/v1</c>). Needs <c>ResourceApi</c> (the API machinery) and an
/// <see cref="ITokenAuthenticator"/> in the container; Kestrel must offer HTTP/2 on the endpoint.
/// </summary>
public static class GrpcGatewayExtensions
{
    public static IServiceCollection AddGrainOrchestratorGrpc(this IServiceCollection services, Action<GrpcGatewayOptions>? configure = null)
    {
        var options = services.AddOptions<GrpcGatewayOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(KindRegistry.Default);
        services.TryAddSingleton<UnexpectedErrorInterceptor>();
        services.TryAddSingleton<BearerTokenInterceptor>();
        services.AddGrpc(grpc =>
        {
            // Outermost first: the error net also covers the authentication check.
            grpc.Interceptors.Add<UnexpectedErrorInterceptor>();
            grpc.Interceptors.Add<BearerTokenInterceptor>();
            grpc.EnableDetailedErrors = false;
        }).AddJsonTranscoding(transcoding =>
            // Error bodies of transcoded calls carry the status details; their JSON needs the detail types.
            transcoding.TypeRegistry = TypeRegistry.FromMessages(ErrorInfo.Descriptor, BadRequest.Descriptor));
        services.AddOptions<GrpcServiceOptions>()
            .Configure<IOptions<GrpcGatewayOptions>>((grpc, gateway) => grpc.MaxReceiveMessageSize = gateway.Value.MaxRequestBytes);
        return services;
    }

    public static GrpcServiceEndpointConventionBuilder MapGrainOrchestratorGrpc(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGrpcService<ResourcesGrpcService>();
}
