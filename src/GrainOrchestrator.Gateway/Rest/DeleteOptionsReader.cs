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

    /// <summary>DeleteOptions from a body; wrong types and unknown policies are refused (<see cref="BadRequestException"/>).</summary>
    public static DeleteOptions FromJson(JsonObject? body)
    {
        if (body is null)
        {
            return DeleteOptions.Default;
        }

        if (body["kind"] is JsonValue kindValue && (!kindValue.TryGetValue<string>(out var bodyKind) || bodyKind != "DeleteOptions"))
        {
            throw new BadRequestException($"the body of a delete must be DeleteOptions, not {kindValue.ToJsonString()}");
        }

        var preconditions = body["preconditions"] switch
        {
            null => null,
            JsonObject p => p,
            _ => throw new BadRequestException("DeleteOptions.preconditions must be an object"),
        };
        var orphan = OptionalBool(body, "orphanDependents");
        var policy = OptionalString(body, "propagationPolicy");
        if (policy is not null && policy is not ("Orphan" or "Background" or "Foreground"))
        {
            throw new BadRequestException($"DeleteOptions.propagationPolicy: Unsupported value: \"{policy}\": supported values: \"Foreground\", \"Background\", \"Orphan\"");
        }

        if (policy is not null && orphan is not null)
        {
            throw new BadRequestException("DeleteOptions: orphanDependents and propagationPolicy cannot both be set");
        }

        long? grace = body["gracePeriodSeconds"] switch
        {
            null => null,
            JsonValue v when v.TryGetValue<long>(out var g) => g,
            _ => throw new BadRequestException("DeleteOptions.gracePeriodSeconds must be an integer"),
        };
        var dryRun = body["dryRun"] switch
        {
            null => false,
            JsonArray values when values.All(d => d is JsonValue dv && dv.TryGetValue<string>(out var s) && s == "All") => values.Count > 0,
            _ => throw new BadRequestException("Invalid dry run value in DeleteOptions.dryRun: the only supported value is [\"All\"]"),
        };
        return new DeleteOptions
        {
            GracePeriodSeconds = grace,
            PropagationPolicy = policy ?? (orphan is null ? null : orphan.Value ? "Orphan" : "Background"),
            PreconditionUid = preconditions is null ? null : OptionalString(preconditions, "uid"),
            PreconditionResourceVersion = preconditions is null ? null : OptionalString(preconditions, "resourceVersion"),
            DryRun = dryRun,
        };
    }

    private static string? OptionalString(JsonObject obj, string field) => obj[field] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => throw new BadRequestException($"DeleteOptions.{field} must be a string"),
    };

    private static bool? OptionalBool(JsonObject obj, string field) => obj[field] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        _ => throw new BadRequestException($"DeleteOptions.{field} must be a boolean"),
    };
}
