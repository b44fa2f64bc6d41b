using System.Globalization;
using Google.Rpc;
using Grpc.Core;

namespace GrainOrchestrator.Client.Errors;

/// <summary>
/// A call the gateway refused or could not serve, with the Kubernetes reason (NotFound,
/// AlreadyExists, Conflict, Invalid, Expired, Unauthorized, …) and the invalid fields.
/// </summary>
public sealed class GrainOrchestratorException : Exception
{
    /// <summary>The domain of the ErrorInfo detail the gateway attaches.</summary>
    public const string ErrorDomain = "grainorchestrator.io";

    public GrainOrchestratorException()
        : this(StatusCode.Unknown, string.Empty, 0, "the call failed", [], null)
    {
    }

    public GrainOrchestratorException(string message)
        : this(StatusCode.Unknown, string.Empty, 0, message, [], null)
    {
    }

    public GrainOrchestratorException(string message, Exception innerException)
        : this(StatusCode.Unknown, string.Empty, 0, message, [], innerException)
    {
    }

    public GrainOrchestratorException(StatusCode statusCode, string reason, int code, string message, IReadOnlyList<FieldViolation> fieldViolations, Exception? innerException)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        Reason = reason;
        Code = code;
        FieldViolations = fieldViolations;
    }

    /// <summary>The gRPC status code.</summary>
    public StatusCode StatusCode { get; }

    /// <summary>The Kubernetes status reason; empty when the gateway did not give one (e.g. a transport failure).</summary>
    public string Reason { get; }

    /// <summary>The HTTP code the Kubernetes API would have answered (404, 409, 422, …); 0 when unknown.</summary>
    public int Code { get; }

    public IReadOnlyList<FieldViolation> FieldViolations { get; }

    /// <summary>Reads the reason and field violations from the status details.</summary>
    public static GrainOrchestratorException From(RpcException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var status = exception.GetRpcStatus();
        var info = status?.GetDetail<ErrorInfo>();
        var badRequest = status?.GetDetail<BadRequest>();
        var reason = info?.Domain == ErrorDomain ? info.Reason : string.Empty;
        var code = info is not null && info.Metadata.TryGetValue("code", out var text)
            && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
        var violations = badRequest?.FieldViolations.Select(v => new FieldViolation(v.Field, v.Description)).ToList() ?? [];
        var message = status?.Message ?? exception.Status.Detail;
        return new GrainOrchestratorException(exception.StatusCode, reason, code, message, violations, exception);
    }
}
