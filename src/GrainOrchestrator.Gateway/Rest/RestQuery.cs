using System.Globalization;
using GrainOrchestrator.Abstractions.Resources;
using Microsoft.AspNetCore.Http;

namespace GrainOrchestrator.Gateway.Rest;

/// <summary>The query parameters the Kubernetes REST API understands.</summary>
public sealed record RestQuery(IQueryCollection Query)
{
    public string? Get(string name) => Query.TryGetValue(name, out var v) && v.Count > 0 ? v[0] : null;

    public bool Flag(string name) => Get(name) is "true" or "1" or "True";

    public bool DryRun => Query.TryGetValue("dryRun", out var v) && v.Any(x => x == "All");

    public string? FieldManager => Get("fieldManager");

    /// <summary>Strict, Warn or Ignore; without the parameter the apiserver warns.</summary>
    public string FieldValidation => Get("fieldValidation") ?? "Warn";

    public long? TimeoutSeconds => long.TryParse(Get("timeoutSeconds"), NumberStyles.None, CultureInfo.InvariantCulture, out var t) ? t : null;

    public int Limit => int.TryParse(Get("limit"), NumberStyles.None, CultureInfo.InvariantCulture, out var l) ? l : 0;

    public WriteOptions WriteOptions(string? subresource) => new()
    {
        DryRun = DryRun,
        FieldManager = FieldManager,
        Force = Flag("force"),
        Subresource = subresource ?? string.Empty,
    };
}
