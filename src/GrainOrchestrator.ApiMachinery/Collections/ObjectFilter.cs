using System.Diagnostics.CodeAnalysis;
using GrainOrchestrator.Abstractions.Resources;
using GrainOrchestrator.ApiMachinery.Errors;
using GrainOrchestrator.ApiMachinery.Selectors;

namespace GrainOrchestrator.ApiMachinery.Collections;

/// <summary>Namespace, label selector and field selector of one list or watch.</summary>
internal sealed class ObjectFilter
{
    private readonly KindContext kind;
    private readonly LabelSelector labels;
    private readonly FieldSelector fields;

    private ObjectFilter(KindContext kind, string? @namespace, LabelSelector labels, FieldSelector fields)
    {
        this.kind = kind;
        Namespace = string.IsNullOrEmpty(@namespace) ? null : @namespace;
        this.labels = labels;
        this.fields = fields;
    }

    /// <summary>Null = every namespace.</summary>
    public string? Namespace { get; }

    public static bool TryCreate(KindContext kind, string? @namespace, string? labelSelector, string? fieldSelector, [NotNullWhen(true)] out ObjectFilter? filter, [NotNullWhen(false)] out ApiError? error)
    {
        filter = null;
        if (!LabelSelector.TryParse(labelSelector, out var labels, out var labelError))
        {
            error = ApiErrors.BadRequest($"unable to parse requirement: {labelError}");
            return false;
        }

        if (!FieldSelector.TryParse(fieldSelector, out var fields, out var fieldError))
        {
            error = ApiErrors.BadRequest($"invalid field selector: {fieldError}");
            return false;
        }

        if (fields.Validate(kind.Kind) is { } unsupported)
        {
            error = ApiErrors.BadRequest(unsupported);
            return false;
        }

        filter = new ObjectFilter(kind, @namespace, labels, fields);
        error = null;
        return true;
    }

    public bool Matches(CachedObject obj) =>
        (Namespace is null || obj.Namespace == Namespace)
        && (labels.IsEverything || labels.Matches(obj.Labels))
        && (fields.IsEverything || fields.Matches(f => obj.Fields.TryGetValue(f, out var v) ? v : string.Empty));
}
