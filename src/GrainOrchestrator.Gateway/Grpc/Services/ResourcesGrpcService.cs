using System.Globalization;
using System.Text.Json.Nodes;
using GrainOrchestrator.Abstractions.Resources;
using GrainOrchestrator.ApiMachinery.Api;
using GrainOrchestrator.ApiMachinery.Kinds;
using GrainOrchestrator.Gateway.Grpc.Errors;
using GrainOrchestrator.Gateway.Grpc.Hosting;
using GrainOrchestrator.Gateway.Grpc.Manifests;
using GrainOrchestrator.Gateway.Rest;
using Grpc.Core;
using WriteOptions = GrainOrchestrator.Abstractions.Resources.WriteOptions;
using Microsoft.Extensions.Options;
using V1 = GrainOrchestrator.Grpc.V1;

namespace GrainOrchestrator.Gateway.Grpc.Services;

/// <summary>
/// <c>grainorchestrator.v1.Resources</c> over the application layer (<see cref="ResourceApi"/>),
/// the same one the Kubernetes REST surface uses; failures leave as rich gRPC statuses.
/// </summary>
public sealed class ResourcesGrpcService(ResourceApi api, KindRegistry kinds, IOptions<GrpcGatewayOptions> options) : V1.Resources.ResourcesBase
{
    private static readonly string[] PropagationPolicies = ["Background", "Foreground", "Orphan"];

    public override async Task<V1.ApplyResponse> Apply(V1.ApplyRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        IReadOnlyList<JsonObject> documents;
        try
        {
            documents = ManifestSplitter.Split(request.Manifest);
        }
        catch (ManifestException e)
        {
            throw GrpcErrors.InvalidRequest(e.Message, ("manifest", e.Message));
        }

        if (documents.Count == 0)
        {
            throw GrpcErrors.InvalidRequest("the manifest has no objects", ("manifest", "Required value: at least one object"));
        }

        var plan = ApplyPlanner.Plan(documents, kinds, request.Namespace);
        if (!plan.Ok)
        {
            throw GrpcErrors.InvalidRequest(
                "the manifest is invalid: " + string.Join(", ", plan.Violations.Select(v => $"{v.Field}: {v.Description}")),
                plan.Violations);
        }

        var writeOptions = new WriteOptions
        {
            FieldManager = string.IsNullOrEmpty(request.FieldManager) ? options.Value.DefaultFieldManager : request.FieldManager,
            Force = request.Force,
            DryRun = request.DryRun,
        };
        var response = new V1.ApplyResponse();
        foreach (var item in plan.Objects)
        {
            var result = await api.PatchAsync(item.Kind, item.Namespace, item.Name, PatchType.Apply, item.Object.ToJsonString(), writeOptions).ConfigureAwait(false);
            if (!result.Ok)
            {
                // Objects before this one stay applied, as with kubectl apply; say which one failed.
                throw GrpcErrors.ToRpcException(result.Error!, new Dictionary<string, string>
                {
                    ["document"] = item.Index.ToString(CultureInfo.InvariantCulture),
                    ["applied"] = response.Objects.Count.ToString(CultureInfo.InvariantCulture),
                });
            }

            response.Objects.Add(new V1.AppliedObject { Object = ResourceObjects.ToMessage(result.Json!), Created = result.Code == 201 });
        }

        return response;
    }

    public override async Task<V1.ResourceObject> Get(V1.GetRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        var kind = GrpcRequests.Kind(kinds, request.Kind);
        var result = await api.GetAsync(kind, GrpcRequests.Namespace(kind, request.Namespace, required: true), GrpcRequests.Name(request.Name)).ConfigureAwait(false);
        return ResourceObjects.ToMessage(Unwrap(result));
    }

    public override async Task<V1.ListResponse> List(V1.ListRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        var kind = GrpcRequests.Kind(kinds, request.Kind);
        if (request.Limit < 0)
        {
            throw GrpcErrors.InvalidRequest("limit must not be negative", ("limit", $"Invalid value: {request.Limit}: must be greater than or equal to 0"));
        }

        var result = await api.ListAsync(kind, new ListRequest
        {
            Namespace = GrpcRequests.Namespace(kind, request.Namespace, required: false),
            LabelSelector = Optional(request.LabelSelector),
            FieldSelector = Optional(request.FieldSelector),
            Limit = request.Limit,
            Continue = Optional(request.Continue),
        }).ConfigureAwait(false);
        if (result.Error is not null)
        {
            throw GrpcErrors.ToRpcException(result.Error);
        }

        var response = new V1.ListResponse { ResourceVersion = result.ResourceVersion, Continue = result.Continue ?? string.Empty };
        response.Items.AddRange(result.Items);
        if (result.RemainingItemCount is { } remaining)
        {
            response.RemainingItemCount = remaining;
        }

        return response;
    }

    public override async Task Watch(V1.WatchRequest request, IServerStreamWriter<V1.WatchEvent> responseStream, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(responseStream);
        ArgumentNullException.ThrowIfNull(context);
        var kind = GrpcRequests.Kind(kinds, request.Kind);
        var watch = new WatchRequest(
            GrpcRequests.Namespace(kind, request.Namespace, required: false),
            Optional(request.LabelSelector),
            Optional(request.FieldSelector),
            Optional(request.ResourceVersion),
            request.AllowBookmarks);
        try
        {
            await foreach (var item in api.WatchAsync(kind, watch, context.CancellationToken).ConfigureAwait(false))
            {
                if (item.Error is not null)
                {
                    throw GrpcErrors.ToRpcException(item.Error);
                }

                await responseStream.WriteAsync(ToEvent(item), context.CancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            // the client ended the watch
        }
    }

    public override async Task<V1.DeleteResponse> Delete(V1.DeleteRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        var kind = GrpcRequests.Kind(kinds, request.Kind);
        var ns = GrpcRequests.Namespace(kind, request.Namespace, required: true);
        var name = GrpcRequests.Name(request.Name);
        if (request.PropagationPolicy.Length > 0 && !PropagationPolicies.Contains(request.PropagationPolicy, StringComparer.Ordinal))
        {
            throw GrpcErrors.InvalidRequest(
                $"propagation policy \"{request.PropagationPolicy}\" is not supported",
                ("propagation_policy", $"Unsupported value: \"{request.PropagationPolicy}\": supported values: \"Background\", \"Foreground\", \"Orphan\""));
        }

        if (request.HasGracePeriodSeconds && request.GracePeriodSeconds < 0)
        {
            throw GrpcErrors.InvalidRequest("grace_period_seconds must not be negative", ("grace_period_seconds", $"Invalid value: {request.GracePeriodSeconds}: must be greater than or equal to 0"));
        }

        var result = await api.DeleteAsync(kind, ns, name, new DeleteOptions
        {
            PropagationPolicy = Optional(request.PropagationPolicy),
            GracePeriodSeconds = request.HasGracePeriodSeconds ? request.GracePeriodSeconds : null,
            DryRun = request.DryRun,
        }).ConfigureAwait(false);
        var json = Unwrap(result);
        return new V1.DeleteResponse { Object = ResourceObjects.ToMessage(json), Finished = result.Code != 202 };
    }

    public override async Task<V1.ScaleResponse> Scale(V1.ScaleRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        var kind = GrpcRequests.Kind(kinds, request.Kind);
        if (!kind.HasSubresource(KindSubresources.Scale))
        {
            throw GrpcErrors.InvalidRequest($"{kind.GroupResource} have no scale subresource", ("kind", $"Unsupported value: \"{request.Kind}\": scalable kinds are Deployment, ReplicaSet, StatefulSet and ReplicationController"));
        }

        var ns = GrpcRequests.Namespace(kind, request.Namespace, required: true);
        var name = GrpcRequests.Name(request.Name);
        if (request.Replicas < 0)
        {
            throw GrpcErrors.InvalidRequest(
                $"Scale.autoscaling \"{name}\" is invalid: spec.replicas: Invalid value: {request.Replicas}: must be greater than or equal to 0",
                ("replicas", $"Invalid value: {request.Replicas}: must be greater than or equal to 0"));
        }

        var metadata = new JsonObject();
        if (request.ResourceVersion.Length > 0)
        {
            metadata["resourceVersion"] = request.ResourceVersion;
        }

        var patch = new JsonObject { ["metadata"] = metadata, ["spec"] = new JsonObject { ["replicas"] = request.Replicas } };
        var result = await api.PatchAsync(kind, ns, name, PatchType.Merge, patch.ToJsonString(), new WriteOptions { DryRun = request.DryRun }).ConfigureAwait(false);
        var scale = ScaleSubresource.ToScale(JsonNode.Parse(Unwrap(result))!.AsObject());
        return new V1.ScaleResponse
        {
            Replicas = scale["spec"]?["replicas"]?.GetValue<int>() ?? 0,
            StatusReplicas = scale["status"]?["replicas"]?.GetValue<int>() ?? 0,
            Selector = scale["status"]?["selector"]?.GetValue<string>() ?? string.Empty,
            ResourceVersion = scale["metadata"]?["resourceVersion"]?.GetValue<string>() ?? string.Empty,
            ScaleJson = scale.ToJsonString(),
        };
    }

    /// <summary>No node agent serves pods yet: an existing pod answers FAILED_PRECONDITION, a missing one NOT_FOUND.</summary>
    public override async Task Logs(V1.LogsRequest request, IServerStreamWriter<V1.LogChunk> responseStream, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        kinds.TryGetByKind(string.Empty, "Pod", out var podKind);
        var ns = GrpcRequests.Namespace(podKind!, request.Namespace, required: true);
        var pod = GrpcRequests.Name(request.Pod, "pod");
        Unwrap(await api.GetAsync(podKind!, ns, pod).ConfigureAwait(false));
        throw GrpcErrors.ToRpcException(
            new ApiError { Code = 400, Reason = "BadRequest", Message = $"pods \"{pod}\": no node agent serves this pod", Name = pod, Kind = "pods" },
            StatusCode.FailedPrecondition);
    }

    private static V1.WatchEvent ToEvent(WatchItem item)
    {
        if (item.Event is null)
        {
            return new V1.WatchEvent { Type = V1.EventType.Bookmark, ResourceVersion = item.BookmarkVersion.ToString(CultureInfo.InvariantCulture) };
        }

        return new V1.WatchEvent
        {
            Type = item.Event.Type switch
            {
                WatchEventType.Added => V1.EventType.Added,
                WatchEventType.Modified => V1.EventType.Modified,
                WatchEventType.Deleted => V1.EventType.Deleted,
                _ => V1.EventType.Bookmark,
            },
            ObjectJson = item.Event.Json,
            ResourceVersion = item.Event.ResourceVersion.ToString(CultureInfo.InvariantCulture),
        };
    }

    private static string Unwrap(ApiResult result) =>
        result.Ok ? result.Json! : throw GrpcErrors.ToRpcException(result.Error!);

    private static string? Optional(string value) => value.Length == 0 ? null : value;
}
