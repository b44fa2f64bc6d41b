using GrainOrchestrator.Abstractions.Resources;
using GrainOrchestrator.Gateway.Grpc.Errors;
using GrainOrchestrator.Gateway.Grpc.Hosting;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Options;

namespace GrainOrchestrator.Gateway.Grpc.Security;

/// <summary>
/// Every call needs <c>authorization: Bearer &lt;token&gt;</c> that the authenticator accepts;
/// otherwise UNAUTHENTICATED, before any handler runs. With no authenticator registered every
/// call is refused (fail closed) unless authentication is switched off in the options.
/// </summary>
public sealed class BearerTokenInterceptor(IOptions<GrpcGatewayOptions> options, ITokenAuthenticator? authenticator = null) : Interceptor
{
    private const string Scheme = "Bearer ";

    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        ArgumentNullException.ThrowIfNull(continuation);
        Authenticate(context);
        return continuation(request, context);
    }

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        ArgumentNullException.ThrowIfNull(continuation);
        Authenticate(context);
        return continuation(request, responseStream, context);
    }

    public override Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        ArgumentNullException.ThrowIfNull(continuation);
        Authenticate(context);
        return continuation(requestStream, context);
    }

    public override Task DuplexStreamingServerHandler<TRequest, TResponse>(IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        ArgumentNullException.ThrowIfNull(continuation);
        Authenticate(context);
        return continuation(requestStream, responseStream, context);
    }

    /// <summary>The token of an <c>authorization</c> value, or null when it is not a bearer token.</summary>
    public static string? ParseBearer(string? header)
    {
        if (header is null || header.Length <= Scheme.Length || !header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var token = header[Scheme.Length..].Trim();
        return token.Length == 0 ? null : token;
    }

    private void Authenticate(ServerCallContext context)
    {
        if (!options.Value.RequireAuthentication)
        {
            return;
        }

        var token = ParseBearer(context.RequestHeaders.GetValue("authorization"));
        if (token is null || authenticator is null || !authenticator.TryAuthenticate(token, out var user))
        {
            throw GrpcErrors.ToRpcException(new ApiError
            {
                Code = 401,
                Reason = "Unauthorized",
                Message = token is null ? "Unauthorized: a bearer token is required" : "Unauthorized: the bearer token is not valid",
            });
        }

        context.UserState[GrpcUser.Key] = user;
    }
}
