using System.Globalization;
using System.Text.Json.Nodes;
using GrainOrchestrator.Abstractions.Resources;

namespace GrainOrchestrator.Gateway.Rest;

/// <summary>metav1.DeleteOptions from a request body and/or query parameters (the body wins, as upstream).</summary>
public static class DeleteOptionsReader
{
    public static DeleteOptions Read(JsonObject? body, RestQuery query)
    {
        var fromBody = FromJson(body);
        long? queryGrace = long.TryParse(query.Get("gracePeriodSeconds"), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var g) ? g : null;
        var queryPolicy = query.Get("propagationPolicy")
            ?? (query.Get("orphanDependents") is { } orphan ? (orphan == "true" ? "Orphan" : "Background") : null);
        return new DeleteOptions
        {
            GracePeriodSeconds = fromBody.GracePeriodSeconds ?? queryGrace,
            PropagationPolicy = fromBody.PropagationPolicy ?? queryPolicy,
            PreconditionUid = fromBody.PreconditionUid,
            PreconditionResourceVersion = fromBody.PreconditionResourceVersion,
            DryRun = fromBody.DryRun || query.DryRun,
        };
    }

    public static DeleteOptions FromJson(JsonObject? body)
    {
        if (body is null)
        {
            return DeleteOptions.Default;
        }

        var preconditions = body["preconditions"] as JsonObject;
        var orphan = body["orphanDependents"] is JsonValue o && o.TryGetValue<bool>(out var b) ? b : (bool?)null;
        return new DeleteOptions
        {
            GracePeriodSeconds = body["gracePeriodSeconds"] is JsonValue gv && gv.TryGetValue<long>(out var grace) ? grace : null,
            PropagationPolicy = body["propagationPolicy"]?.GetValue<string>() ?? (orphan is null ? null : orphan.Value ? "Orphan" : "Background"),
            PreconditionUid = preconditions?["uid"]?.GetValue<string>(),
            PreconditionResourceVersion = preconditions?["resourceVersion"]?.GetValue<string>(),
            DryRun = body["dryRun"] is JsonArray dry && dry.Any(d => d?.GetValue<string>() == "All"),
        };
    }
}
