using System.Globalization;
using GrainOrchestrator.Abstractions.Resources;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;

namespace GrainOrchestrator.Gateway.Grpc.Errors;

/// <summary>
/// Kubernetes errors as rich gRPC statuses: the code from <see cref="GrpcStatusMapping"/>, the
/// upstream message, an <see cref="ErrorInfo"/> with the Kubernetes reason and HTTP code, and for
/// INVALID_ARGUMENT a <see cref="BadRequest"/> listing the causes as field violations.
/// </summary>
public static class GrpcErrors
{
    public const string Domain = "grainorchestrator.io";

    public static Google.Rpc.Status ToStatus(ApiError error, IReadOnlyDictionary<string, string>? metadata = null) =>
        ToStatus(error, GrpcStatusMapping.For(error), metadata);

    public static Google.Rpc.Status ToStatus(ApiError error, StatusCode code, IReadOnlyDictionary<string, string>? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(error);
        var info = new ErrorInfo { Reason = error.Reason, Domain = Domain };
        info.Metadata["code"] = error.Code.ToString(CultureInfo.InvariantCulture);
        AddIfSet(info, "kind", error.Kind);
        AddIfSet(info, "group", error.Group);
        AddIfSet(info, "name", error.Name);
        foreach (var (key, value) in metadata ?? new Dictionary<string, string>())
        {
            info.Metadata[key] = value;
        }

        var status = new Google.Rpc.Status { Code = (int)code, Message = error.Message };
        status.Details.Add(Any.Pack(info));
        if (code == StatusCode.InvalidArgument && error.Causes.Count > 0)
        {
            var badRequest = new BadRequest();
            foreach (var cause in error.Causes)
            {
                badRequest.FieldViolations.Add(new BadRequest.Types.FieldViolation
                {
                    Field = cause.Field ?? string.Empty,
                    Description = cause.Message,
                });
            }

            status.Details.Add(Any.Pack(badRequest));
        }

        return status;
    }

    public static RpcException ToRpcException(ApiError error, IReadOnlyDictionary<string, string>? metadata = null) =>
        ToStatus(error, metadata).ToRpcException();

    public static RpcException ToRpcException(ApiError error, StatusCode code) =>
        ToStatus(error, code).ToRpcException();

    /// <summary>A request message that is wrong field by field (like a 422 for the request itself).</summary>
    public static RpcException InvalidRequest(string message, params IReadOnlyList<(string Field, string Description)> violations) =>
        ToRpcException(new ApiError
        {
            Code = violations.Count > 0 ? 422 : 400,
            Reason = violations.Count > 0 ? "Invalid" : "BadRequest",
            Message = message,
            Causes = [.. violations.Select(v => new ApiErrorCause { Reason = "FieldValueInvalid", Field = v.Field, Message = v.Description })],
        });

    private static void AddIfSet(ErrorInfo info, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            info.Metadata[key] = value;
        }
    }
}
