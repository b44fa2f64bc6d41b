using System.Text.Json.Nodes;
using GrainOrchestrator.ApiMachinery.Selectors;

namespace GrainOrchestrator.Gateway.Tables.Formatting;

/// <summary>Label maps and label selectors as upstream prints them in table cells.</summary>
internal static class LabelText
{
    /// <summary>
    /// A plain label map (labels.FormatLabels): "k=v" pairs sorted by key, joined by ','; "&lt;none&gt;"
    /// when empty.
    /// </summary>
    public static string FormatMap(JsonObject? map)
    {
        if (map is null || map.Count == 0)
        {
            return "<none>";
        }

        return string.Join(',', map
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => pair.Key + "=" + pair.Value.Text()));
    }

    /// <summary>
    /// A metav1 LabelSelector (metav1.FormatLabelSelector): the canonical selector text, "&lt;none&gt;"
    /// when it selects everything or is unset, "&lt;error&gt;" when it is invalid.
    /// </summary>
    public static string FormatSelector(JsonObject? selector)
    {
        var text = SelectorText(selector);
        return text switch
        {
            null => "<error>",
            "" => "<none>",
            _ => text,
        };
    }

    /// <summary>
    /// The canonical selector text ("" for unset or empty), or null when the selector is invalid
    /// (unknown operator, bad key or value).
    /// </summary>
    public static string? SelectorText(JsonObject? selector)
    {
        if (selector is null)
        {
            return string.Empty;
        }

        try
        {
            var requirements = new List<LabelRequirement>();
            foreach (var (key, value) in selector.Object("matchLabels") ?? [])
            {
                requirements.Add(LabelRequirement.Create(key, LabelOperator.Equal, [value.Text()]));
            }

            foreach (var expression in selector.Objects("matchExpressions"))
            {
                var op = expression.String("operator") switch
                {
                    "In" => LabelOperator.In,
                    "NotIn" => LabelOperator.NotIn,
                    "Exists" => LabelOperator.Exists,
                    "DoesNotExist" => LabelOperator.DoesNotExist,
                    _ => (LabelOperator?)null,
                };
                if (op is null)
                {
                    return null;
                }

                requirements.Add(LabelRequirement.Create(expression.Text("key"), op.Value, expression.Strings("values")));
            }

            return LabelSelector.Create(requirements).ToString();
        }
        catch (SelectorParseException)
        {
            return null;
        }
    }
}
