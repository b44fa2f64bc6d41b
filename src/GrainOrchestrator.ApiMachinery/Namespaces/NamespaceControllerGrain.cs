using System.Text.Json.Nodes;
using GrainOrchestrator.Abstractions.Resources;
using GrainOrchestrator.ApiMachinery.Kinds;
using GrainOrchestrator.ApiMachinery.Objects;
using Microsoft.Extensions.Logging;

namespace GrainOrchestrator.ApiMachinery.Namespaces;

/// <summary>
/// Deletes everything in a Terminating namespace, then removes the namespace's
/// <c>kubernetes</c> spec finalizer so the namespace itself goes. Re-checks on a timer until done.
/// </summary>
public sealed partial class NamespaceControllerGrain(IGrainFactory grains, ILogger<NamespaceControllerGrain> logger) : Grain, INamespaceControllerGrain
{
    public const string KubernetesFinalizer = "kubernetes";
    private static readonly TimeSpan RecheckPeriod = TimeSpan.FromSeconds(1);
    private IGrainTimer? timer;

    public Task Start()
    {
        timer ??= this.RegisterGrainTimer(static g => g.ReconcileAsync(), this, new GrainTimerCreationOptions(TimeSpan.Zero, RecheckPeriod) { KeepAlive = true });
        return Task.CompletedTask;
    }

    private async Task ReconcileAsync()
    {
        var name = this.GetPrimaryKeyString();
        var nsGrain = grains.GetGrain<IResourceGrain>(ResourceKeys.Object(string.Empty, "Namespace", string.Empty, name));
        var ns = await nsGrain.Get().ConfigureAwait(true);
        if (!ns.Ok || Meta.GetString(JsonNode.Parse(ns.Json!)!.AsObject(), "deletionTimestamp") is null)
        {
            Stop();
            return;
        }

        var remaining = 0;
        foreach (var kind in KindRegistry.Default.All.Where(k => k.Namespaced))
        {
            var collection = grains.GetGrain<IResourceCollectionGrain>(ResourceKeys.Collection(kind.Group, kind.Kind));
            var names = await collection.Names(name).ConfigureAwait(true);
            remaining += names.Count;
            await Task.WhenAll(names.Select(n => grains.GetGrain<IResourceGrain>(ResourceKeys.Object(kind.Group, kind.Kind, name, n.Name))
                .Delete(new DeleteOptions { PropagationPolicy = "Background" }))).ConfigureAwait(true);
        }

        if (remaining > 0)
        {
            LogWaiting(logger, name, remaining);
            return;
        }

        var latest = JsonNode.Parse((await nsGrain.Get().ConfigureAwait(true)).Json ?? "{}")!.AsObject();
        var finalize = latest.DeepClone().AsObject();
        finalize["spec"] = new JsonObject { ["finalizers"] = new JsonArray() };
        await nsGrain.Update(finalize.ToJsonString(), new WriteOptions { Subresource = "finalize" }).ConfigureAwait(true);
        Stop();
    }

    private void Stop()
    {
        timer?.Dispose();
        timer = null;
        DeactivateOnIdle();
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "namespace {Namespace} terminating: {Count} objects left")]
    private static partial void LogWaiting(ILogger logger, string @namespace, int count);
}
