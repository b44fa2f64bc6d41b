using System.Globalization;
using System.Text.Json.Nodes;

namespace GrainOrchestrator.ApiMachinery.Patching;

/// <summary>JSON patch (RFC 6902), the <c>application/json-patch+json</c> content type.</summary>
public static class JsonPatch
{
    /// <summary>Applies the operations in order to a copy of <paramref name="target"/>; all or nothing.</summary>
    /// <exception cref="PatchException">An operation is malformed, names a missing path, or a test fails.</exception>
    public static JsonNode? Apply(JsonNode? target, JsonArray operations)
    {
        ArgumentNullException.ThrowIfNull(operations);

        // The document lives in a holder so that operations on the root ("") need no special path.
        var holder = new JsonArray(target?.DeepClone());
        for (var i = 0; i < operations.Count; i++)
        {
            if (operations[i] is not JsonObject operation)
            {
                throw new PatchException($"jsonpatch operation {i} is not an object");
            }

            ApplyOperation(holder, operation);
        }

        var result = holder[0];
        holder.Clear();
        return result;
    }

    private static void ApplyOperation(JsonArray holder, JsonObject operation)
    {
        var op = RequiredString(operation, "op");
        var path = RequiredString(operation, "path");
        switch (op)
        {
            case "add":
                Add(holder, path, RequiredValue(operation, op).DeepCloneOrNull());
                break;
            case "remove":
                Remove(holder, path);
                break;
            case "replace":
                Replace(holder, path, RequiredValue(operation, op).DeepCloneOrNull());
                break;
            case "move":
            {
                var from = RequiredString(operation, "from");
                if (path.StartsWith(from + "/", StringComparison.Ordinal))
                {
                    throw new PatchException($"jsonpatch move operation cannot move {from} into its own child {path}");
                }

                var moved = Remove(holder, from);
                Add(holder, path, moved);
                break;
            }

            case "copy":
            {
                var from = RequiredString(operation, "from");
                Add(holder, path, Get(holder, from, "copy").DeepCloneOrNull());
                break;
            }

            case "test":
                Test(holder, path, RequiredValue(operation, op));
                break;
            default:
                throw new PatchException($"jsonpatch unsupported operation \"{op}\"");
        }
    }

    private static void Add(JsonArray holder, string path, JsonNode? value)
    {
        if (path.Length == 0)
        {
            holder[0] = value;
            return;
        }

        var (parent, token) = Parent(holder, path, "add");
        switch (parent)
        {
            case JsonObject obj:
                obj[token] = value;
                break;
            case JsonArray array:
                var index = token == "-" ? array.Count : ParseIndex(token, path, array.Count);
                array.Insert(index, value);
                break;
            default:
                throw new PatchException($"jsonpatch add operation does not apply: doc is missing path: {path}");
        }
    }

    private static JsonNode? Remove(JsonArray holder, string path)
    {
        if (path.Length == 0)
        {
            var document = holder[0];
            holder[0] = null;
            return document;
        }

        var (parent, token) = Parent(holder, path, "remove");
        switch (parent)
        {
            case JsonObject obj when obj.TryGetPropertyValue(token, out var existing):
                obj.Remove(token);
                return existing;
            case JsonArray array:
                var index = ParseIndex(token, path, array.Count - 1);
                var removed = array[index];
                array.RemoveAt(index);
                return removed;
            default:
                throw new PatchException($"jsonpatch remove operation does not apply: doc is missing path: {path}");
        }
    }

    private static void Replace(JsonArray holder, string path, JsonNode? value)
    {
        if (path.Length == 0)
        {
            holder[0] = value;
            return;
        }

        var (parent, token) = Parent(holder, path, "replace");
        switch (parent)
        {
            case JsonObject obj when obj.ContainsKey(token):
                obj[token] = value;
                break;
            case JsonArray array:
                array[ParseIndex(token, path, array.Count - 1)] = value;
                break;
            default:
                throw new PatchException($"jsonpatch replace operation does not apply: doc is missing path: {path}");
        }
    }

    private static void Test(JsonArray holder, string path, JsonNode? expected)
    {
        JsonNode? actual;
        try
        {
            actual = Get(holder, path, "test");
        }
        catch (PatchException)
        {
            throw new PatchException($"jsonpatch test operation does not apply: doc is missing path: {path}");
        }

        if (!JsonNode.DeepEquals(actual, expected))
        {
            throw new PatchException(
                $"jsonpatch test operation does not apply: is: {actual?.ToJsonString() ?? "null"} expected: {expected?.ToJsonString() ?? "null"} at path: {path}");
        }
    }

    private static JsonNode? Get(JsonArray holder, string path, string op)
    {
        if (path.Length == 0)
        {
            return holder[0];
        }

        var (parent, token) = Parent(holder, path, op);
        return parent switch
        {
            JsonObject obj when obj.TryGetPropertyValue(token, out var value) => value,
            JsonArray array => array[ParseIndex(token, path, array.Count - 1)],
            _ => throw new PatchException($"jsonpatch {op} operation does not apply: doc is missing path: {path}"),
        };
    }

    /// <summary>Walks to the container of the last token of a non-empty pointer.</summary>
    private static (JsonNode? Parent, string Token) Parent(JsonArray holder, string path, string op)
    {
        var tokens = JsonPointer.Parse(path);
        var current = holder[0];
        for (var i = 0; i < tokens.Count - 1; i++)
        {
            current = current switch
            {
                JsonObject obj when obj.TryGetPropertyValue(tokens[i], out var child) => child,
                JsonArray array when TryIndex(tokens[i], array.Count - 1, out var index) => array[index],
                _ => throw new PatchException($"jsonpatch {op} operation does not apply: doc is missing path: {path}"),
            };
        }

        return (current, tokens[^1]);
    }

    private static int ParseIndex(string token, string path, int max)
    {
        if (!TryIndex(token, max, out var index))
        {
            throw new PatchException($"jsonpatch index \"{token}\" out of bounds or not a number at path: {path}");
        }

        return index;
    }

    // RFC 6901: decimal digits without leading zeros.
    private static bool TryIndex(string token, int max, out int index)
    {
        index = -1;
        if (token.Length == 0 || (token.Length > 1 && token[0] == '0') || !token.All(char.IsAsciiDigit))
        {
            return false;
        }

        return int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out index) && index <= max;
    }

    private static string RequiredString(JsonObject operation, string member)
    {
        if (operation[member] is JsonValue value && value.TryGetValue<string>(out var text))
        {
            return text;
        }

        throw new PatchException($"jsonpatch operation {operation.ToJsonString()} is missing the string member \"{member}\"");
    }

    private static JsonNode? RequiredValue(JsonObject operation, string op)
    {
        if (!operation.TryGetPropertyValue("value", out var value))
        {
            throw new PatchException($"jsonpatch {op} operation is missing the member \"value\"");
        }

        return value;
    }

    private static JsonNode? DeepCloneOrNull(this JsonNode? node) => node?.DeepClone();
}
