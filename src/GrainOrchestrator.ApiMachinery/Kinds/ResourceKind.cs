using System.Text.Json.Nodes;

namespace GrainOrchestrator.ApiMachinery.Kinds;

/// <summary>
/// One served resource: its group/version/kind, REST names, scope, verbs, subresources and the
/// <c>k8s.Models</c> types that carry it. Instances are immutable and shared; the registry owns them.
/// </summary>
/// <remarks>
/// <see cref="Key"/> is <c>{group}/{Kind}</c> with the core group spelled <c>core</c>
/// (<c>core/Pod</c>, <c>apps/Deployment</c>). No real API group is named <c>core</c> (custom groups
/// must contain a dot), so the key is unambiguous. It carries no version: storage is per group-kind.
/// </remarks>
public sealed record ResourceKind(
    string Group,
    string Version,
    string Kind,
    string Plural,
    string Singular,
    IReadOnlyList<string> ShortNames,
    bool Namespaced,
    IReadOnlyList<string> Verbs,
    IReadOnlyList<string> Subresources,
    IReadOnlyList<string> Categories,
    Type ModelType,
    Type ListModelType)
{
    /// <summary>The group name used in <see cref="Key"/> for the core ("") group.</summary>
    public const string CoreGroupKeyName = "core";

    /// <summary>
    /// Field selector getters by field path. Each getter returns the value as upstream formats it
    /// (never null: a missing string is "", a missing number "0", a missing boolean "false").
    /// Defaults to <c>metadata.name</c> and <c>metadata.namespace</c>.
    /// </summary>
    public IReadOnlyDictionary<string, Func<JsonObject, string>> FieldGetters { get; init; } = KindFieldGetters.Common;

    /// <summary>"v1" for the core group, "{group}/{version}" otherwise.</summary>
    public string ApiVersion => Group.Length == 0 ? Version : Group + "/" + Version;

    /// <summary>"pods" for core, "deployments.apps" otherwise, as used in upstream error messages.</summary>
    public string GroupResource => Group.Length == 0 ? Plural : Plural + "." + Group;

    /// <summary>"{group}/{Kind}" with <see cref="CoreGroupKeyName"/> for the core group.</summary>
    public string Key => (Group.Length == 0 ? CoreGroupKeyName : Group) + "/" + Kind;

    /// <summary>The list kind name as sent on the wire, e.g. "PodList".</summary>
    public string ListKind => Kind + "List";

    /// <summary>True when the kind has a <c>status</c> subresource.</summary>
    public bool HasStatus => HasSubresource(KindSubresources.Status);

    /// <summary>Field paths usable in a field selector for this kind.</summary>
    public IEnumerable<string> SupportedFields => FieldGetters.Keys;

    public bool HasSubresource(string subresource) => Subresources.Contains(subresource, StringComparer.Ordinal);

    public bool SupportsVerb(string verb) => Verbs.Contains(verb, StringComparer.Ordinal);

    public bool SupportsField(string fieldPath) => FieldGetters.ContainsKey(fieldPath);

    /// <summary>The field's value in <paramref name="obj"/>, or null when the kind does not support the field.</summary>
    public string? GetField(JsonObject obj, string fieldPath)
    {
        ArgumentNullException.ThrowIfNull(obj);
        return FieldGetters.TryGetValue(fieldPath, out var getter) ? getter(obj) : null;
    }

    public override string ToString() => ApiVersion + ", Kind=" + Kind;
}
