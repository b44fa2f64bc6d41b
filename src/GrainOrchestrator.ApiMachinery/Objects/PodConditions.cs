using System.Text.Json.Nodes;

namespace GrainOrchestrator.ApiMachinery.Objects;

/// <summary>Sets one entry of <c>status.conditions</c> (by type), keeping lastTransitionTime when the status does not change.</summary>
public static class PodConditions
{
    public static void Set(JsonObject obj, string type, string status, string? reason, string? message, string now)
    {
        var statusNode = obj["status"] as JsonObject ?? [];
        obj["status"] = statusNode;
        var conditions = statusNode["conditions"] as JsonArray ?? [];
        statusNode["conditions"] = conditions;
        var existing = conditions.OfType<JsonObject>().FirstOrDefault(c => c["type"]?.GetValue<string>() == type);
        if (existing is null)
        {
            existing = new JsonObject { ["type"] = type };
            conditions.Add(existing);
        }

        if (existing["status"]?.GetValue<string>() != status)
        {
            existing["lastTransitionTime"] = now;
        }

        existing["status"] = status;
        existing["lastProbeTime"] = null;
        if (reason is null)
        {
            existing.Remove("reason");
        }
        else
        {
            existing["reason"] = reason;
        }

        if (message is null)
        {
            existing.Remove("message");
        }
        else
        {
            existing["message"] = message;
        }
    }
}
