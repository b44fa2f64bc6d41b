using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GrainOrchestrator.Gateway.Rest;

/// <summary>
/// Converts one YAML document to JSON with YAML 1.2 core-schema typing of plain scalars.
/// Alias expansion and nesting are bounded, so an alias bomb fails fast instead of exhausting memory.
/// </summary>
public static partial class YamlToJson
{
    public const int MaxNodes = 200_000;
    public const int MaxDepth = 100;

    public static string Convert(string yaml) => ConvertNode(yaml)?.ToJsonString() ?? "null";

    /// <summary>One YAML document as a JSON node; malformed or hostile YAML throws <see cref="FormatException"/> saying where.</summary>
    public static JsonNode? ConvertNode(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            // YamlDotNet's messages omit the position and the word YAML; say both, as upstream does.
            throw new FormatException($"yaml: line {e.Start.Line}, column {e.Start.Column}: {e.Message}", e);
        }

        if (stream.Documents.Count == 0)
        {
            throw new FormatException("the YAML body has no document");
        }

        if (stream.Documents.Count > 1)
        {
            throw new FormatException("the YAML body has more than one document");
        }

        var budget = MaxNodes;
        return ToJson(stream.Documents[0].RootNode, 0, ref budget);
    }

    private static JsonNode? ToJson(YamlNode node, int depth, ref int budget)
    {
        if (--budget < 0)
        {
            throw new FormatException($"the YAML body expands to more than {MaxNodes} nodes");
        }

        if (depth > MaxDepth)
        {
            throw new FormatException($"the YAML body is nested deeper than {MaxDepth} levels");
        }

        switch (node)
        {
            case YamlMappingNode map:
                var obj = new JsonObject();
                foreach (var (key, value) in map.Children)
                {
                    var name = key is YamlScalarNode s ? s.Value ?? string.Empty : throw new FormatException("YAML mapping keys must be scalars");
                    obj[name] = ToJson(value, depth + 1, ref budget);
                }

                return obj;
            case YamlSequenceNode seq:
                var array = new JsonArray();
                foreach (var item in seq.Children)
                {
                    array.Add(ToJson(item, depth + 1, ref budget));
                }

                return array;
            case YamlScalarNode scalar:
                return Scalar(scalar);
            default:
                throw new FormatException("unsupported YAML node");
        }
    }

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var value = scalar.Value ?? string.Empty;
        if (scalar.Style != ScalarStyle.Plain)
        {
            return JsonValue.Create(value);
        }

        if (value is "" or "~" or "null" or "Null" or "NULL")
        {
            return null;
        }

        if (value is "true" or "True" or "TRUE")
        {
            return JsonValue.Create(true);
        }

        if (value is "false" or "False" or "FALSE")
        {
            return JsonValue.Create(false);
        }

        if (IntPattern().IsMatch(value) && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
        {
            return JsonValue.Create(l);
        }

        if (FloatPattern().IsMatch(value) && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
        {
            return JsonValue.Create(d);
        }

        return JsonValue.Create(value);
    }

    [GeneratedRegex(@"^[-+]?[0-9]+$")]
    private static partial Regex IntPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();
}
