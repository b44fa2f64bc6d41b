using GrainOrchestrator.Abstractions.Resources;
using Grpc.Core;

namespace GrainOrchestrator.Gateway.Grpc.Errors;

/// <summary>
/// Which gRPC status code a Kubernetes status becomes. Bad input is never UNKNOWN: every 4xx
/// maps to a specific code. 410 (Expired/Gone: the version left the watch history) becomes
/// OUT_OF_RANGE rather than FAILED_PRECONDITION, so that clients can tell "relist" from other
/// preconditions; 413 becomes RESOURCE_EXHAUSTED, as gRPC itself reports oversized messages.
/// </summary>
public static class GrpcStatusMapping
{
    public static StatusCode For(ApiError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Code switch
        {
            400 => StatusCode.InvalidArgument,
            401 => StatusCode.Unauthenticated,
            403 => StatusCode.PermissionDenied,
            404 => StatusCode.NotFound,
            405 => StatusCode.Unimplemented,
            409 when error.Reason == "AlreadyExists" => StatusCode.AlreadyExists,
            409 => StatusCode.Aborted,
            410 => StatusCode.OutOfRange,
            413 => StatusCode.ResourceExhausted,
            422 => StatusCode.InvalidArgument,
            429 => StatusCode.ResourceExhausted,
            503 => StatusCode.Unavailable,
            504 => StatusCode.DeadlineExceeded,
            >= 400 and < 500 => StatusCode.InvalidArgument,
            _ => StatusCode.Internal,
        };
    }
}
