using GrainOrchestrator.ApiMachinery.Errors;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Logging;

namespace GrainOrchestrator.Gateway.Grpc.Errors;

/// <summary>
/// The last line: a cluster that does not answer becomes UNAVAILABLE, anything else unexpected
/// INTERNAL with a logged cause, so no call ends as UNKNOWN.
/// </summary>
public sealed partial class UnexpectedErrorInterceptor(ILogger<UnexpectedErrorInterceptor> logger) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        ArgumentNullException.ThrowIfNull(continuation);
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            return await continuation(request, context).ConfigureAwait(false);
        }
        catch (Exception e) when (Translate(e, context) is { } translated)
        {
            throw translated;
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        ArgumentNullException.ThrowIfNull(continuation);
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await continuation(request, responseStream, context).ConfigureAwait(false);
        }
        catch (Exception e) when (Translate(e, context) is { } translated)
        {
            throw translated;
        }
    }

    private RpcException? Translate(Exception e, ServerCallContext context)
    {
        switch (e)
        {
            case RpcException:
                return null;
            case OperationCanceledException when context.CancellationToken.IsCancellationRequested:
                return null; // the client left or its deadline passed; gRPC reports that itself
            case TimeoutException or Orleans.Runtime.OrleansException:
                LogUnavailable(logger, context.Method, e.Message);
                return GrpcErrors.ToRpcException(ApiErrors.ServiceUnavailable($"the cluster did not answer in time: {e.Message}"));
            default:
                LogUnexpected(logger, context.Method, e);
                return GrpcErrors.ToRpcException(ApiErrors.InternalError(e.Message));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "gRPC {Method}: the cluster did not answer: {Reason}")]
    private static partial void LogUnavailable(ILogger logger, string method, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "gRPC {Method} failed unexpectedly")]
    private static partial void LogUnexpected(ILogger logger, string method, Exception exception);
}
