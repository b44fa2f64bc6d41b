using Grpc.Core;

namespace GrainOrchestrator.Gateway.Grpc.Security;

/// <summary>The authenticated user of a call, as the bearer-token interceptor recorded it.</summary>
public static class GrpcUser
{
    internal const string Key = "grainorchestrator.user";

    public static string? Of(ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.UserState.TryGetValue(Key, out var user) ? user as string : null;
    }
}
