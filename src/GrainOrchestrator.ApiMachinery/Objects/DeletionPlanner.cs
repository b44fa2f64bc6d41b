using System.Text.Json.Nodes;
using GrainOrchestrator.Abstractions.Resources;

namespace GrainOrchestrator.ApiMachinery.Objects;

/// <summary>
/// Decides what a delete does, as the apiserver does: propagation finalizers (orphan,
/// foregroundDeletion), graceful deletion of pods bound to a node (deletionTimestamp = now +
/// grace), and immediate removal when nothing holds the object. Pure, so it is unit-tested alone.
/// </summary>
public static class DeletionPlanner
{
    public const string OrphanFinalizer = "orphan";
    public const string ForegroundFinalizer = "foregroundDeletion";
    public const long DefaultPodGraceSeconds = 30;

    public static DeletionPlan Plan(JsonObject current, string kind, DeleteOptions options, DateTimeOffset now)
    {
        var finalizers = Meta.Finalizers(current);
        switch (options.PropagationPolicy)
        {
            case "Orphan":
                finalizers.Remove(ForegroundFinalizer);
                AddOnce(finalizers, OrphanFinalizer);
                break;
            case "Foreground":
                finalizers.Remove(OrphanFinalizer);
                AddOnce(finalizers, ForegroundFinalizer);
                break;
        }

        var grace = GracePeriod(current, kind, options);
        var existingDeadline = Meta.ParseTimestamp(Meta.GetString(current, "deletionTimestamp"));
        var deadline = now.AddSeconds(grace);
        if (existingDeadline is { } existing && existing < deadline)
        {
            deadline = existing;
        }

        if (finalizers.Count == 0 && deadline <= now && !HeldBySpecFinalizers(current, kind))
        {
            return new DeletionPlan(true, null);
        }

        var updated = current.DeepClone().AsObject();
        if (kind == "Namespace")
        {
            // The namespace controller empties it, then clears spec.finalizers through "finalize".
            var status = updated["status"] as JsonObject ?? [];
            status["phase"] = "Terminating";
            updated["status"] = status;
        }

        Meta.SetFinalizers(updated, finalizers);
        Meta.Set(updated, "deletionTimestamp", Meta.Timestamp(deadline));
        Meta.Set(updated, "deletionGracePeriodSeconds", Math.Max(0, (long)Math.Ceiling((deadline - now).TotalSeconds)));
        return new DeletionPlan(false, updated);
    }

    /// <summary>When a deleting object may go: its deletionTimestamp, once no finalizer holds it.</summary>
    public static DateTimeOffset? DueAt(JsonObject obj, string kind)
    {
        var deadline = Meta.ParseTimestamp(Meta.GetString(obj, "deletionTimestamp"));
        return deadline is not null && Meta.Finalizers(obj).Count == 0 && !HeldBySpecFinalizers(obj, kind) ? deadline : null;
    }

    public static bool IsDue(JsonObject obj, string kind, DateTimeOffset now) => DueAt(obj, kind) is { } due && due <= now;

    /// <summary>Only pods bound to a node wait for their node; everything else goes at once.</summary>
    public static long GracePeriod(JsonObject current, string kind, DeleteOptions options)
    {
        if (kind != "Pod")
        {
            return 0;
        }

        var spec = current["spec"] as JsonObject;
        var bound = spec?["nodeName"] is JsonValue node && node.GetValue<string>().Length > 0;
        var phase = current["status"]?["phase"]?.GetValue<string>();
        if (!bound || phase is "Succeeded" or "Failed")
        {
            return 0;
        }

        return Math.Max(0, options.GracePeriodSeconds
            ?? (spec?["terminationGracePeriodSeconds"] is JsonValue g && g.TryGetValue<long>(out var seconds) ? seconds : DefaultPodGraceSeconds));
    }

    /// <summary>A namespace also waits for its spec.finalizers (the namespace controller's "kubernetes").</summary>
    private static bool HeldBySpecFinalizers(JsonObject obj, string kind) =>
        kind == "Namespace" && obj["spec"]?["finalizers"] is JsonArray { Count: > 0 };

    private static void AddOnce(List<string> finalizers, string finalizer)
    {
        if (!finalizers.Contains(finalizer))
        {
            finalizers.Add(finalizer);
        }
    }
}
