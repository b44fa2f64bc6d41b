using System.Text.Json.Nodes;

namespace GrainOrchestrator.ApiMachinery.Patching;

/// <summary>A set of field paths, convertible to and from the FieldsV1 trie that <c>metadata.managedFields</c> carries
/// (<c>{"f:spec":{"f:replicas":{}}}</c>; <c>"."</c> marks a node that is itself a member and has children).
/// A path element is one of <c>f:&lt;field&gt;</c>, <c>k:&lt;key object&gt;</c>, <c>v:&lt;value&gt;</c>, <c>i:&lt;index&gt;</c>.</summary>
internal sealed class FieldSet
{
    // Elements never contain U+0000 (keys and values are JSON-encoded, field names are API names).
    private const char Separator = '\0';
    private readonly HashSet<string> paths = new(StringComparer.Ordinal);

    public int Count => paths.Count;

    public IEnumerable<IReadOnlyList<string>> Paths => paths.Select(Split);

    public static string Join(IEnumerable<string> elements) => string.Join(Separator, elements);

    public static IReadOnlyList<string> Split(string path) => path.Split(Separator);

    public void Add(IEnumerable<string> elements) => paths.Add(Join(elements));

    public bool Contains(IReadOnlyList<string> path) => paths.Contains(Join(path));

    public bool Remove(IReadOnlyList<string> path) => paths.Remove(Join(path));

    /// <summary>Whether the set holds <paramref name="path"/> or anything below it.</summary>
    public bool ContainsOrBelow(IReadOnlyList<string> path)
    {
        var joined = Join(path);
        var prefix = joined + Separator;
        return paths.Contains(joined) || paths.Any(p => p.StartsWith(prefix, StringComparison.Ordinal));
    }

    public static FieldSet FromFieldsV1(JsonObject? fieldsV1)
    {
        var set = new FieldSet();
        if (fieldsV1 is not null)
        {
            Read(fieldsV1, [], set);
        }

        return set;
    }

    public JsonObject ToFieldsV1()
    {
        var root = new TrieNode();
        foreach (var path in paths)
        {
            var node = root;
            foreach (var element in Split(path))
            {
                node = node.Child(element);
            }

            node.Member = true;
        }

        return root.ToJson();
    }

    private static void Read(JsonObject node, List<string> prefix, FieldSet set)
    {
        foreach (var (key, value) in node)
        {
            if (key == ".")
            {
                set.Add(prefix);
                continue;
            }

            prefix.Add(key);
            if (value is JsonObject child && child.Count > 0)
            {
                Read(child, prefix, set);
            }
            else
            {
                set.Add(prefix);
            }

            prefix.RemoveAt(prefix.Count - 1);
        }
    }

    private sealed class TrieNode
    {
        private readonly SortedDictionary<string, TrieNode> children = new(StringComparer.Ordinal);

        public bool Member { get; set; }

        public TrieNode Child(string element)
        {
            if (!children.TryGetValue(element, out var child))
            {
                child = new TrieNode();
                children[element] = child;
            }

            return child;
        }

        public JsonObject ToJson()
        {
            var json = new JsonObject();
            if (Member && children.Count > 0)
            {
                json["."] = new JsonObject();
            }

            foreach (var (element, child) in children)
            {
                json[element] = child.ToJson();
            }

            return json;
        }
    }
}
