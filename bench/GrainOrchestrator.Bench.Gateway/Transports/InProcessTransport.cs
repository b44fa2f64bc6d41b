using GrainOrchestrator.Abstractions.Resources;
using GrainOrchestrator.ApiMachinery.Api;
using GrainOrchestrator.ApiMachinery.Kinds;
using GrainOrchestrator.Bench.Gateway.Configuration;
using GrainOrchestrator.Bench.Shared.Objects;

namespace GrainOrchestrator.Bench.Gateway.Transports;

/// <summary>The baseline: <see cref="ResourceApi"/> called directly, as the gateways' handlers call it.</summary>
public sealed class InProcessTransport(ResourceApi api) : IBenchTransport
{
    private readonly ResourceKind _configMap = KindRegistry.Default.TryGetByKind(string.Empty, "ConfigMap", out var kind)
        ? kind
        : throw new InvalidOperationException("kind ConfigMap is not registered");

    private readonly ResourceKind _namespace = KindRegistry.Default.TryGetByKind(string.Empty, "Namespace", out var kind)
        ? kind
        : throw new InvalidOperationException("kind Namespace is not registered");

    public string Name => "in-process";

    public async Task EnsureNamespaceAsync(string name)
    {
        var result = await api.CreateAsync(_namespace, null, Manifests.Namespace(name)).ConfigureAwait(false);
        if (!result.Ok && result.Error!.Reason != "AlreadyExists")
        {
            throw new InvalidOperationException($"could not create namespace {name}: {result.Error.Message}");
        }
    }

    public bool Supports(BenchOperation operation) => true;

    public async Task<string?> RunAsync(BenchOperation operation, BenchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (operation == BenchOperation.List)
        {
            var list = await api.ListAsync(_configMap, new ListRequest { Namespace = request.Namespace }).ConfigureAwait(false);
            return list.Error is { } listError ? listError.Message
                : list.Items.Count != request.ExpectedItems ? $"list returned {list.Items.Count} items, expected {request.ExpectedItems}"
                : null;
        }

        var result = operation switch
        {
            BenchOperation.Get => await api.GetAsync(_configMap, request.Namespace, request.Name).ConfigureAwait(false),
            BenchOperation.Create => await api.CreateAsync(_configMap, request.Namespace, Manifests.ConfigMap(request.Name)).ConfigureAwait(false),
            BenchOperation.MergePatch => await api.PatchAsync(
                _configMap, request.Namespace, request.Name, PatchType.Merge, Manifests.DataPatch(request.Sequence)).ConfigureAwait(false),
            BenchOperation.ApplyCreate or BenchOperation.ApplyPatch => await api.PatchAsync(
                _configMap, request.Namespace, request.Name, PatchType.Apply,
                Manifests.ConfigMap(request.Name, Manifests.DataValue(request.Sequence)),
                new WriteOptions { FieldManager = GrpcTransport.FieldManager }).ConfigureAwait(false),
            _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
        };
        return result.Ok ? null : $"{result.Error!.Code} {result.Error.Reason}: {result.Error.Message}";
    }

    public void Dispose()
    {
        // Nothing owned: the API belongs to the server.
    }
}
