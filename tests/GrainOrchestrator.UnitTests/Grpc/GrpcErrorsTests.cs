using GrainOrchestrator.Abstractions.Resources;
using GrainOrchestrator.ApiMachinery.Errors;
using GrainOrchestrator.Client.Errors;
using GrainOrchestrator.Gateway.Grpc.Errors;
using Google.Rpc;
using Grpc.Core;

namespace GrainOrchestrator.UnitTests.Grpc;

/// <summary>What the gateway puts in a status and what the client library reads back.</summary>
public sealed class GrpcErrorsTests
{
    private static readonly ApiError InvalidDeployment = ApiErrors.Invalid("Deployment", "web",
    [
        new ApiErrorCause { Reason = "FieldValueInvalid", Field = "spec.replicas", Message = "Invalid value: -1: must be greater than or equal to 0" },
        new ApiErrorCause { Reason = "FieldValueRequired", Field = "spec.template.spec.containers[0].image", Message = "Required value" },
    ], "apps");

    [Fact]
    public void An_invalid_object_carries_its_causes_as_field_violations()
    {
        var status = GrpcErrors.ToStatus(InvalidDeployment);

        status.Code.ShouldBe((int)StatusCode.InvalidArgument);
        status.Message.ShouldBe(InvalidDeployment.Message);
        status.GetDetail<BadRequest>()!.FieldViolations.Select(v => (v.Field, v.Description)).ShouldBe(
        [
            ("spec.replicas", "Invalid value: -1: must be greater than or equal to 0"),
            ("spec.template.spec.containers[0].image", "Required value"),
        ]);
        var info = status.GetDetail<ErrorInfo>()!;
        info.Reason.ShouldBe("Invalid");
        info.Domain.ShouldBe(GrpcErrors.Domain);
        info.Metadata["code"].ShouldBe("422");
        info.Metadata["kind"].ShouldBe("Deployment");
        info.Metadata["group"].ShouldBe("apps");
        info.Metadata["name"].ShouldBe("web");
    }

    [Fact]
    public void Causes_of_a_non_argument_error_are_not_field_violations()
    {
        var conflict = new ApiError
        {
            Code = 409,
            Reason = "Conflict",
            Message = "Apply failed with 1 conflict",
            Causes = [new ApiErrorCause { Reason = "FieldManagerConflict", Field = ".spec.replicas", Message = "conflict with \"kubectl\"" }],
        };

        var status = GrpcErrors.ToStatus(conflict);

        status.Code.ShouldBe((int)StatusCode.Aborted);
        status.GetDetail<BadRequest>().ShouldBeNull();
        status.GetDetail<ErrorInfo>()!.Reason.ShouldBe("Conflict");
    }

    [Fact]
    public void The_client_reads_reason_code_and_violations_back()
    {
        var rpc = GrpcErrors.ToRpcException(InvalidDeployment);

        var error = GrainOrchestratorException.From(rpc);

        error.StatusCode.ShouldBe(StatusCode.InvalidArgument);
        error.Reason.ShouldBe("Invalid");
        error.Code.ShouldBe(422);
        error.Message.ShouldBe(InvalidDeployment.Message);
        error.FieldViolations.Select(v => v.Field).ShouldBe(["spec.replicas", "spec.template.spec.containers[0].image"]);
    }

    [Fact]
    public void The_client_copes_with_a_status_without_details()
    {
        var error = GrainOrchestratorException.From(new RpcException(new global::Grpc.Core.Status(StatusCode.Unavailable, "connection refused")));

        error.StatusCode.ShouldBe(StatusCode.Unavailable);
        error.Reason.ShouldBeEmpty();
        error.Code.ShouldBe(0);
        error.Message.ShouldBe("connection refused");
        error.FieldViolations.ShouldBeEmpty();
    }

    [Fact]
    public void Extra_metadata_says_which_document_failed()
    {
        var status = GrpcErrors.ToStatus(ApiErrors.NotFound("namespaces", "team-a"), new Dictionary<string, string> { ["document"] = "2" });

        status.Code.ShouldBe((int)StatusCode.NotFound);
        status.GetDetail<ErrorInfo>()!.Metadata["document"].ShouldBe("2");
    }
}
