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

    private static readonly string[] FieldValidationValues = ["Strict", "Warn", "Ignore"];
    private static readonly string[] PropagationPolicies = ["Orphan", "Background", "Foreground"];
    private const int MaxFieldManagerLength = 128;

    /// <summary>Refuses malformed parameters as the apiserver does, instead of silently ignoring them.</summary>
    public void Validate(string method, string? contentType)
    {
        if (Query.TryGetValue("dryRun", out var dryRun) && dryRun.Any(v => v != "All"))
        {
            throw new BadRequestException($"Invalid dry run value: {string.Join(",", dryRun.Where(v => v != "All"))}; the only supported value is All");
        }

        if (Get("fieldValidation") is { } fv && !FieldValidationValues.Contains(fv))
        {
            throw new BadRequestException($"invalid fieldValidation directive: {fv}; supported values are Strict, Warn and Ignore");
        }

        RequireInteger("limit", allowNegative: false);
        RequireInteger("timeoutSeconds", allowNegative: false);
        RequireInteger("gracePeriodSeconds", allowNegative: true);
        if (Get("resourceVersion") is { Length: > 0 } rv && !long.TryParse(rv, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            throw new BadRequestException($"invalid resource version: {rv}");
        }

        if (Get("resourceVersionMatch") is { Length: > 0 } match && match is not ("NotOlderThan" or "Exact"))
        {
            throw new BadRequestException($"invalid resourceVersionMatch: {match}");
        }

        if (Get("propagationPolicy") is { } policy && !PropagationPolicies.Contains(policy))
        {
            throw new BadRequestException(Invalid("propagationPolicy", $"Unsupported value: \"{policy}\": supported values: \"Foreground\", \"Background\", \"Orphan\""));
        }

        if (Get("propagationPolicy") is not null && Get("orphanDependents") is not null)
        {
            throw new BadRequestException(Invalid("propagationPolicy", "Invalid value: orphanDependents and propagationPolicy cannot both be set"));
        }

        if (FieldManager is { Length: > MaxFieldManagerLength })
        {
            throw new BadRequestException(Invalid("fieldManager", $"Too long: may not be more than {MaxFieldManagerLength} bytes"));
        }

        if (Flag("force") && method == "PATCH" && PatchTypes.FromContentType(contentType) != PatchType.Apply)
        {
            throw new BadRequestException(Invalid("force", "Invalid value: true: may not be specified for non-apply patch"));
        }
    }

    private void RequireInteger(string name, bool allowNegative)
    {
        if (Get(name) is { } text && !long.TryParse(text, allowNegative ? NumberStyles.AllowLeadingSign : NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            throw new BadRequestException($"invalid value for query parameter {name}: \"{text}\" is not {(allowNegative ? "an integer" : "a non-negative integer")}");
        }
    }

    private static ApiError Invalid(string field, string message) => new()
    {
        Code = 422,
        Reason = "Invalid",
        Message = $"{field}: {message}",
        Causes = [new ApiErrorCause { Reason = "FieldValueInvalid", Field = field, Message = message }],
    };

    public WriteOptions WriteOptions(string? subresource) => new()
    {
        DryRun = DryRun,
        FieldManager = FieldManager,
        Force = Flag("force"),
        Subresource = subresource ?? string.Empty,
    };
}
