namespace GrainOrchestrator.ApiMachinery.Patching;

/// <summary>How one field of a model type is patched: upstream's <c>patchStrategy</c> and
/// <c>patchMergeKey</c> struct tags (also published as <c>x-kubernetes-patch-strategy</c> and
/// <c>x-kubernetes-patch-merge-key</c> in OpenAPI).</summary>
/// <param name="MergeKey">The field that identifies an item of a merged list of objects; null for lists of primitives.</param>
/// <param name="Merge">The list merges (by <paramref name="MergeKey"/>, or as a set of primitives) instead of being replaced.</param>
/// <param name="RetainKeys">The field (or each item of the list) is a union whose unset members are cleared by <c>$retainKeys</c>.</param>
public sealed record PatchFieldMeta(string? MergeKey, bool Merge, bool RetainKeys)
{
    /// <summary>No tags: maps merge, lists are replaced.</summary>
    public static PatchFieldMeta None { get; } = new(null, false, false);

    /// <summary>The strategy as upstream spells it: "merge", "retainKeys", "merge,retainKeys", or null.</summary>
    public string? Strategy => (Merge, RetainKeys) switch
    {
        (true, true) => "merge,retainKeys",
        (true, false) => "merge",
        (false, true) => "retainKeys",
        _ => null,
    };
}
