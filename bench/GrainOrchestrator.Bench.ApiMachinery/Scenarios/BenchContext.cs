using GrainOrchestrator.ApiMachinery.Api;
using GrainOrchestrator.ApiMachinery.Kinds;
using GrainOrchestrator.Bench.ApiMachinery.Configuration;
using GrainOrchestrator.Bench.Shared.Objects;

namespace GrainOrchestrator.Bench.ApiMachinery.Scenarios;

/// <summary>What every scenario needs: the API, the kinds it writes, the run's sizes, progress output.</summary>
public sealed class BenchContext
{
    public BenchContext(ResourceApi api, BenchSettings settings, TextWriter progress)
    {
        Api = api;
        Settings = settings;
        Progress = progress;
        ConfigMap = Kind("ConfigMap");
        Namespace = Kind("Namespace");
    }

    public ResourceApi Api { get; }

    public BenchSettings Settings { get; }

    public TextWriter Progress { get; }

    public ResourceKind ConfigMap { get; }

    public ResourceKind Namespace { get; }

    public void Say(string message) => Progress.WriteLine($"[{DateTime.Now:HH:mm:ss}] {message}");

    public async Task EnsureNamespaceAsync(string name)
    {
        var result = await Api.CreateAsync(Namespace, null, Manifests.Namespace(name)).ConfigureAwait(false);
        if (!result.Ok && result.Error!.Reason != "AlreadyExists")
        {
            throw new InvalidOperationException($"could not create namespace {name}: {result.Error.Message}");
        }
    }

    private static ResourceKind Kind(string kind) =>
        KindRegistry.Default.TryGetByKind(string.Empty, kind, out var resourceKind)
            ? resourceKind
            : throw new InvalidOperationException($"kind {kind} is not registered");
}
