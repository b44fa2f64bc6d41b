using System.Text.Json;
using System.Text.Json.Nodes;
using GrainOrchestrator.Gateway.Rest;

namespace GrainOrchestrator.Gateway.Grpc.Manifests;

/// <summary>
/// Reads a manifest as kubectl does: YAML documents separated by <c>---</c> lines, or one JSON
/// value; empty documents are skipped and <c>List</c> objects (or JSON arrays) contribute their
/// items. Each document goes through <see cref="YamlToJson"/>, which bounds aliases and nesting.
/// </summary>
public static class ManifestSplitter
{
    /// <summary>More objects than any sane single request carries.</summary>
    public const int MaxObjects = 1000;

    public static IReadOnlyList<JsonObject> Split(string manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var objects = new List<JsonObject>();
        var trimmed = manifest.TrimStart();
        if (trimmed.StartsWith('{') || trimmed.StartsWith('['))
        {
            // JSON is YAML too, but the JSON reader keeps numbers exact and gives better errors.
            var json = TryParseJson(trimmed, out var jsonError);
            if (json is not null || jsonError is null)
            {
                AddDocument(objects, json, 0);
                return objects;
            }

            if (!TryAddYamlDocuments(objects, manifest, out _))
            {
                throw new ManifestException($"error parsing the manifest as JSON: {jsonError}");
            }

            return objects;
        }

        if (!TryAddYamlDocuments(objects, manifest, out var yamlError))
        {
            throw new ManifestException(yamlError!);
        }

        return objects;
    }

    /// <summary>The YAML documents of a stream, as text, split on <c>---</c> lines (a comment may follow the marker).</summary>
    public static IReadOnlyList<string> SplitDocuments(string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var documents = new List<string>();
        var current = new System.Text.StringBuilder();
        using var reader = new StringReader(yaml);
        while (reader.ReadLine() is { } line)
        {
            if (IsSeparator(line, out var rest))
            {
                documents.Add(current.ToString());
                current.Clear();
                if (rest.Length > 0)
                {
                    current.Append(rest).Append('\n');
                }

                continue;
            }

            if (line.TrimEnd() == "...")
            {
                continue; // explicit end of a document; the next one starts at "---" or here
            }

            current.Append(line).Append('\n');
        }

        documents.Add(current.ToString());
        return documents;
    }

    private static bool IsSeparator(string line, out string rest)
    {
        rest = string.Empty;
        if (!line.StartsWith("---", StringComparison.Ordinal))
        {
            return false;
        }

        var after = line[3..];
        if (after.Length == 0)
        {
            return true;
        }

        if (!char.IsWhiteSpace(after[0]))
        {
            return false; // "----" or "---foo" is content
        }

        var content = after.Trim();
        rest = content.StartsWith('#') ? string.Empty : content;
        return true;
    }

    private static bool TryAddYamlDocuments(List<JsonObject> objects, string manifest, out string? error)
    {
        error = null;
        var index = 0;
        foreach (var document in SplitDocuments(manifest))
        {
            if (IsBlank(document))
            {
                continue;
            }

            JsonNode? node;
            try
            {
                node = YamlToJson.ConvertNode(document);
            }
            catch (FormatException e) when (e.Message.Contains("no document", StringComparison.Ordinal))
            {
                continue;
            }
            catch (Exception e) when (e is FormatException or YamlDotNet.Core.YamlException)
            {
                error = $"error parsing YAML document {index}: {e.Message}";
                return false;
            }

            AddDocument(objects, node, index);
            index++;
        }

        return true;
    }

    private static void AddDocument(List<JsonObject> objects, JsonNode? node, int index)
    {
        switch (node)
        {
            case null:
                return;
            case JsonArray array:
                foreach (var item in array)
                {
                    Add(objects, item as JsonObject ?? throw new ManifestException($"document {index}: every item of an array must be an object"));
                }

                return;
            case JsonObject obj when IsList(obj, out var items):
                foreach (var item in items)
                {
                    Add(objects, item as JsonObject ?? throw new ManifestException($"document {index}: every item of a List must be an object"));
                }

                return;
            case JsonObject obj:
                Add(objects, obj);
                return;
            default:
                throw new ManifestException($"document {index} is not an object");
        }
    }

    private static void Add(List<JsonObject> objects, JsonObject obj)
    {
        if (objects.Count >= MaxObjects)
        {
            throw new ManifestException($"the manifest has more than {MaxObjects} objects");
        }

        objects.Add(obj);
    }

    private static bool IsList(JsonObject obj, out JsonArray items)
    {
        items = obj["items"] as JsonArray ?? [];
        return obj["kind"] is JsonValue kind && kind.TryGetValue<string>(out var name)
            && name.EndsWith("List", StringComparison.Ordinal) && obj["items"] is JsonArray;
    }

    private static bool IsBlank(string document)
    {
        foreach (var line in document.Split('\n'))
        {
            var t = line.Trim();
            if (t.Length > 0 && !t.StartsWith('#') && !t.StartsWith('%'))
            {
                return false;
            }
        }

        return true;
    }

    private static JsonNode? TryParseJson(string text, out string? error)
    {
        error = null;
        try
        {
            return JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { MaxDepth = YamlToJson.MaxDepth });
        }
        catch (JsonException e)
        {
            error = e.Message;
            return null;
        }
    }
}
