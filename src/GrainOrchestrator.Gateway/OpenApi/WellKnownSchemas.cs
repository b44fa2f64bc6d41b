using System.Text.Json.Nodes;
using k8s.Models;

namespace GrainOrchestrator.Gateway.OpenApi;

/// <summary>The apimachinery scalar types that serialize as strings (upstream's custom OpenAPI definitions).</summary>
internal static class WellKnownSchemas
{
    // The only MicroTime fields of the served kinds: Event.eventTime and Lease renew/acquire times.
    private static readonly HashSet<(Type, string)> MicroTimeFields =
    [
        (typeof(Corev1Event), "eventTime"),
        (typeof(V1LeaseSpec), "acquireTime"),
        (typeof(V1LeaseSpec), "renewTime"),
    ];

    public static bool IsMicroTime(Type declaringType, string jsonName) => MicroTimeFields.Contains((declaringType, jsonName));

    public static JsonObject Create(string name) => name switch
    {
        SchemaNames.IntOrString => new JsonObject
        {
            ["description"] = "IntOrString holds either an integer or a string; in JSON it is whichever of the two was given.",
            ["format"] = "int-or-string",
            ["type"] = "string",
            [OpenApiExtensions.IntOrString] = true,
        },
        SchemaNames.Quantity => new JsonObject
        {
            ["description"] = "Quantity is a fixed-point number with an optional suffix: binary SI (Ki, Mi, Gi, Ti, Pi, Ei), decimal SI (m, k, M, G, T, P, E) or a decimal exponent (e3). Examples: \"100m\", \"1.5Gi\", \"2\".",
            ["type"] = "string",
        },
        SchemaNames.Time => new JsonObject
        {
            ["description"] = "Time is a timestamp in RFC 3339 form with second precision, e.g. \"2024-01-02T15:04:05Z\".",
            ["format"] = "date-time",
            ["type"] = "string",
        },
        SchemaNames.MicroTime => new JsonObject
        {
            ["description"] = "MicroTime is a timestamp in RFC 3339 form with microsecond precision.",
            ["format"] = "date-time",
            ["type"] = "string",
        },
        SchemaNames.Patch => new JsonObject
        {
            ["description"] = "Patch is the body of a PATCH request; its form depends on the request's content type.",
            ["type"] = "object",
        },
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not a well-known scalar schema."),
    };
}
