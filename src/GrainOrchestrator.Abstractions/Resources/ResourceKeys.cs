namespace GrainOrchestrator.Abstractions.Resources;

/// <summary>
/// Grain keys of resource grains: <c>{group}/{kind}/{namespace}/{name}</c> for an object and
/// <c>{group}/{kind}</c> for its kind's collection; the core group is written <c>core</c>.
/// Namespace is empty for cluster-scoped kinds. Names cannot contain '/', so parsing is exact.
/// </summary>
public static class ResourceKeys
{
    public const string CoreGroupSegment = "core";

    public static string GroupSegment(string group) => group.Length == 0 ? CoreGroupSegment : group;

    public static string GroupFromSegment(string segment) => segment == CoreGroupSegment ? string.Empty : segment;

    public static string Collection(string group, string kind) => $"{GroupSegment(group)}/{kind}";

    public static string Object(string group, string kind, string @namespace, string name) =>
        $"{GroupSegment(group)}/{kind}/{@namespace}/{name}";

    public static (string Group, string Kind, string Namespace, string Name) ParseObject(string key)
    {
        var parts = key.Split('/', 4);
        if (parts.Length != 4)
        {
            throw new ArgumentException($"'{key}' is not an object key", nameof(key));
        }

        return (GroupFromSegment(parts[0]), parts[1], parts[2], parts[3]);
    }

    public static (string Group, string Kind) ParseCollection(string key)
    {
        var parts = key.Split('/', 2);
        if (parts.Length != 2)
        {
            throw new ArgumentException($"'{key}' is not a collection key", nameof(key));
        }

        return (GroupFromSegment(parts[0]), parts[1]);
    }
}
