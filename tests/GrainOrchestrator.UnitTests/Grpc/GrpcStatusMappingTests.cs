using GrainOrchestrator.Abstractions.Resources;
using GrainOrchestrator.Gateway.Grpc.Errors;
using Grpc.Core;

namespace GrainOrchestrator.UnitTests.Grpc;

public sealed class GrpcStatusMappingTests
{
    [Theory]
    [InlineData(400, "BadRequest", StatusCode.InvalidArgument)]
    [InlineData(401, "Unauthorized", StatusCode.Unauthenticated)]
    [InlineData(403, "Forbidden", StatusCode.PermissionDenied)]
    [InlineData(404, "NotFound", StatusCode.NotFound)]
    [InlineData(405, "MethodNotAllowed", StatusCode.Unimplemented)]
    [InlineData(409, "AlreadyExists", StatusCode.AlreadyExists)]
    [InlineData(409, "Conflict", StatusCode.Aborted)]
    [InlineData(410, "Expired", StatusCode.OutOfRange)]
    [InlineData(410, "Gone", StatusCode.OutOfRange)]
    [InlineData(413, "RequestEntityTooLarge", StatusCode.ResourceExhausted)]
    [InlineData(415, "UnsupportedMediaType", StatusCode.InvalidArgument)]
    [InlineData(422, "Invalid", StatusCode.InvalidArgument)]
    [InlineData(429, "TooManyRequests", StatusCode.ResourceExhausted)]
    [InlineData(500, "InternalError", StatusCode.Internal)]
    [InlineData(503, "ServiceUnavailable", StatusCode.Unavailable)]
    [InlineData(504, "Timeout", StatusCode.DeadlineExceeded)]
    public void Kubernetes_statuses_map_to_grpc_codes(int code, string reason, StatusCode expected) =>
        GrpcStatusMapping.For(new ApiError { Code = code, Reason = reason, Message = "m" }).ShouldBe(expected);

    [Theory]
    [InlineData(406)]
    [InlineData(408)]
    [InlineData(418)]
    [InlineData(499)]
    public void No_client_error_becomes_unknown(int code) =>
        GrpcStatusMapping.For(new ApiError { Code = code, Reason = "Whatever", Message = "m" }).ShouldBe(StatusCode.InvalidArgument);
}
