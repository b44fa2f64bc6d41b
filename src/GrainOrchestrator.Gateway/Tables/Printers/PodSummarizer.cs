using System.Globalization;
using System.Text.Json.Nodes;
using GrainOrchestrator.Gateway.Tables.Formatting;

namespace GrainOrchestrator.Gateway.Tables.Printers;

/// <summary>
/// Computes the READY, STATUS and RESTARTS of a pod the way upstream's pod printer does: the phase
/// (or status.reason), then the first unfinished init container ("Init:0/2", "Init:CrashLoopBackOff",
/// "Init:ExitCode:1"), then the containers' waiting/terminated reasons (last container wins),
/// "Completed" turned back into "Running"/"NotReady" while a container still runs, and finally
/// "Terminating" (or "Unknown" for a lost node) while the pod is being deleted.
/// </summary>
internal static class PodSummarizer
{
    private const string NodeLostReason = "NodeLost";

    public static PodSummary Summarize(JsonObject pod)
    {
        var spec = pod.Object("spec");
        var status = pod.Object("status");
        var phase = status.Text("phase");
        var reason = status.String("reason") is { Length: > 0 } statusReason ? statusReason : phase;
        var conditions = status.Objects("conditions");

        if (conditions.Any(c => c.Text("type") == "PodScheduled" && c.Text("reason") == "SchedulingGated"))
        {
            reason = "SchedulingGated";
        }

        var initContainers = spec.Objects("initContainers");
        var restartable = initContainers
            .Where(c => c.Text("restartPolicy") == "Always")
            .Select(c => c.Text("name"))
            .ToHashSet(StringComparer.Ordinal);
        var total = spec.Objects("containers").Count + restartable.Count;
        var ready = 0;
        long restarts = 0;
        long sidecarRestarts = 0;
        DateTimeOffset? lastRestart = null;
        DateTimeOffset? lastSidecarRestart = null;

        var initializing = false;
        var initStatuses = status.Objects("initContainerStatuses");
        for (var i = 0; i < initStatuses.Count; i++)
        {
            var container = initStatuses[i];
            var isSidecar = restartable.Contains(container.Text("name"));
            restarts += container.Long("restartCount") ?? 0;
            lastRestart = Later(lastRestart, container.Time("lastState", "terminated", "finishedAt"));
            if (isSidecar)
            {
                sidecarRestarts += container.Long("restartCount") ?? 0;
                lastSidecarRestart = Later(lastSidecarRestart, container.Time("lastState", "terminated", "finishedAt"));
            }

            var terminated = container.Object("state", "terminated");
            var waitingReason = container.Text("state", "waiting", "reason");
            if (terminated is not null && (terminated.Long("exitCode") ?? 0) == 0)
            {
                continue;
            }

            if (isSidecar && container.Bool("started") == true)
            {
                if (container.Bool("ready") == true)
                {
                    ready++;
                }

                continue;
            }

            if (terminated is not null)
            {
                reason = "Init:" + TerminatedReason(terminated);
            }
            else if (container.Object("state", "waiting") is not null && waitingReason.Length > 0 && waitingReason != "PodInitializing")
            {
                reason = "Init:" + waitingReason;
            }
            else
            {
                reason = string.Create(CultureInfo.InvariantCulture, $"Init:{i}/{initContainers.Count}");
            }

            initializing = true;
            break;
        }

        if (!initializing || IsInitialized(conditions))
        {
            restarts = sidecarRestarts;
            lastRestart = lastSidecarRestart;
            var hasRunning = false;
            var errorReason = string.Empty;
            var statuses = status.Objects("containerStatuses");
            for (var i = statuses.Count - 1; i >= 0; i--)
            {
                var container = statuses[i];
                restarts += container.Long("restartCount") ?? 0;
                lastRestart = Later(lastRestart, container.Time("lastState", "terminated", "finishedAt"));

                var waitingReason = container.Text("state", "waiting", "reason");
                var terminated = container.Object("state", "terminated");
                if (container.Object("state", "waiting") is not null && waitingReason.Length > 0)
                {
                    reason = waitingReason;
                }
                else if (terminated is not null)
                {
                    reason = TerminatedReason(terminated);
                    if ((terminated.Long("exitCode") ?? 0) != 0)
                    {
                        errorReason = reason;
                    }
                }
                else if (container.Bool("ready") == true && container.Object("state", "running") is not null)
                {
                    hasRunning = true;
                    ready++;
                }
            }

            // A pod whose last container completed is still running while another container runs.
            if (reason == "Completed")
            {
                if (hasRunning && conditions.Any(c => c.Text("type") == "Ready" && c.Text("status") == "True"))
                {
                    reason = "Running";
                }
                else if (errorReason.Length > 0)
                {
                    reason = errorReason;
                }
                else if (hasRunning)
                {
                    reason = "NotReady";
                }
            }
        }

        if (pod.IsDeleting() && status.Text("reason") == NodeLostReason)
        {
            reason = "Unknown";
        }
        else if (pod.IsDeleting() && phase is not ("Succeeded" or "Failed"))
        {
            reason = "Terminating";
        }

        return new PodSummary(ready, total, reason, restarts, lastRestart);
    }

    /// <summary>The reason of a terminated state, else "Signal:n", else "ExitCode:n".</summary>
    private static string TerminatedReason(JsonObject terminated)
    {
        if (terminated.String("reason") is { Length: > 0 } reason)
        {
            return reason;
        }

        var signal = terminated.Long("signal") ?? 0;
        return signal != 0
            ? string.Create(CultureInfo.InvariantCulture, $"Signal:{signal}")
            : string.Create(CultureInfo.InvariantCulture, $"ExitCode:{terminated.Long("exitCode") ?? 0}");
    }

    private static bool IsInitialized(IReadOnlyList<JsonObject> conditions)
    {
        foreach (var condition in conditions)
        {
            if (condition.Text("type") == "Initialized")
            {
                return condition.Text("status") == "True";
            }
        }

        return false;
    }

    private static DateTimeOffset? Later(DateTimeOffset? current, DateTimeOffset? candidate) =>
        candidate is { } c && (current is null || current < c) ? c : current;
}
