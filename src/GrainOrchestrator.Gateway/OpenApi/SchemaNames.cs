using System.Collections.Frozen;
using System.Reflection;
using System.Text.RegularExpressions;
using GrainOrchestrator.ApiMachinery.Kinds;
using k8s.Models;

namespace GrainOrchestrator.Gateway.OpenApi;

/// <summary>
/// Upstream OpenAPI definition names for the model classes (<c>V1Pod</c> →
/// <c>io.k8s.api.core.v1.Pod</c>). The client's class names keep the version but not the group,
/// so the group comes from <see cref="KubernetesEntityAttribute"/>, from a group-prefixed class
/// name (<c>Corev1Event</c>), from the apimachinery list, or else from the first served kind
/// (in registry order) whose object graph reaches the class.
/// </summary>
internal sealed partial class SchemaNames
{
    public const string MetaPrefix = "io.k8s.apimachinery.pkg.apis.meta.v1.";
    public const string IntOrString = "io.k8s.apimachinery.pkg.util.intstr.IntOrString";
    public const string Quantity = "io.k8s.apimachinery.pkg.api.resource.Quantity";
    public const string Time = MetaPrefix + "Time";
    public const string MicroTime = MetaPrefix + "MicroTime";
    public const string Patch = MetaPrefix + "Patch";

    // Classes of k8s.io/apimachinery/pkg/apis/meta/v1 (their entity attribute, if any, says group "").
    private static readonly FrozenSet<string> MetaTypes = FrozenSet.Create(
        StringComparer.Ordinal,
        "APIGroup", "APIGroupList", "APIResource", "APIResourceList", "APIVersions", "Condition", "DeleteOptions",
        "GroupVersionForDiscovery", "LabelSelector", "LabelSelectorRequirement", "ListMeta", "ManagedFieldsEntry",
        "ObjectMeta", "OwnerReference", "Preconditions", "ServerAddressByClientCIDR", "Status", "StatusCause",
        "StatusDetails", "WatchEvent");

    private readonly FrozenDictionary<Type, string> _names;

    public SchemaNames(KindRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var names = new Dictionary<Type, string>();
        var roots = registry.All.Select(kind => (Roots: new[] { kind.ModelType, kind.ListModelType }, kind.Group))
            .Concat(SharedModels.All.Select(type => (Roots: new[] { type }, Group: type.GetCustomAttribute<KubernetesEntityAttribute>()?.Group ?? string.Empty)));
        foreach (var (rootTypes, group) in roots)
        {
            foreach (var type in ModelTypes.Reachable(rootTypes))
            {
                names.TryAdd(type, NameOf(type, group));
            }
        }

        _names = names.ToFrozenDictionary();
    }

    /// <summary>The definition name of a model class.</summary>
    public string Of(Type type) => _names.TryGetValue(type, out var name) ? name : NameOf(type, fallbackGroup: string.Empty);

    /// <summary>The package segment of a group ("" → core, networking.k8s.io → networking).</summary>
    public static string PackageOf(string group) => group switch
    {
        "" => "core",
        "internal.apiserver.k8s.io" => "apiserverinternal",
        _ => group.Split('.')[0],
    };

    private static string NameOf(Type type, string fallbackGroup)
    {
        var match = ClassName().Match(type.Name);
        if (!match.Success)
        {
            return "io.k8s.api." + PackageOf(fallbackGroup) + "." + type.Name;
        }

        var version = match.Groups["version"].Value.ToLowerInvariant();
        var name = match.Groups["name"].Value;
        if (MetaTypes.Contains(name) && version == "v1" && match.Groups["group"].Length == 0)
        {
            return MetaPrefix + name;
        }

        var package = match.Groups["group"] is { Length: > 0 } prefix
            ? prefix.Value.ToLowerInvariant()
            : type.GetCustomAttribute<KubernetesEntityAttribute>() is { } entity ? PackageOf(entity.Group ?? string.Empty) : PackageOf(fallbackGroup);
        return "io.k8s.api." + package + "." + version + "." + name;
    }

    // "V1Pod", "V1beta1Foo", "V2HorizontalPodAutoscaler", "Corev1Event", "Rbacv1Subject".
    [GeneratedRegex("^(?<group>[A-Z][a-z]+(?=v\\d))?(?<version>[Vv]\\d+(?:alpha\\d+|beta\\d+)?)(?<name>[A-Z].*)$", RegexOptions.CultureInvariant)]
    private static partial Regex ClassName();
}
