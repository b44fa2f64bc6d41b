using System.Text;

namespace GrainOrchestrator.ApiMachinery.Selectors;

/// <summary>
/// Parses field selector text (upstream syntax): terms separated by unescaped ',', each
/// <c>field=value</c>, <c>field==value</c> or <c>field!=value</c>. In values, '\' escapes '\', ',' and '='.
/// </summary>
internal static class FieldSelectorParser
{
    private static readonly (string Text, FieldOperator Operator)[] Operators =
        [("!=", FieldOperator.NotEqual), ("==", FieldOperator.Equal), ("=", FieldOperator.Equal)];

    public static List<FieldRequirement> Parse(string text)
    {
        var requirements = new List<FieldRequirement>();
        foreach (var term in SplitTerms(text))
        {
            if (term.Length == 0)
            {
                continue;
            }

            if (!TrySplitTerm(term, out var field, out var op, out var rawValue))
            {
                throw new SelectorParseException(
                    $"invalid field selector \"{text}\": term \"{term}\" needs an operator (=, == or !=)");
            }

            requirements.Add(new FieldRequirement(field.Trim(), op, Unescape(text, rawValue)));
        }

        return requirements;
    }

    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.AsSpan().IndexOfAny('\\', ',', '=') < 0)
        {
            return value;
        }

        var escaped = new StringBuilder(value.Length + 4);
        foreach (var c in value)
        {
            if (c is '\\' or ',' or '=')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    // Splits on ',' that no backslash escapes; escapes stay in the terms for later steps.
    private static List<string> SplitTerms(string text)
    {
        var terms = new List<string>();
        var start = 0;
        var escaped = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (escaped)
            {
                escaped = false;
            }
            else if (text[i] == '\\')
            {
                escaped = true;
            }
            else if (text[i] == ',')
            {
                terms.Add(text[start..i]);
                start = i + 1;
            }
        }

        terms.Add(text[start..]);
        return terms;
    }

    // The first unescaped operator splits the term; "!=" and "==" are tried before "=".
    private static bool TrySplitTerm(string term, out string field, out FieldOperator op, out string value)
    {
        for (var i = 0; i < term.Length; i++)
        {
            if (term[i] == '\\')
            {
                i++;
                continue;
            }

            foreach (var (symbol, symbolOperator) in Operators)
            {
                if (term.AsSpan(i).StartsWith(symbol, StringComparison.Ordinal))
                {
                    field = term[..i];
                    op = symbolOperator;
                    value = term[(i + symbol.Length)..];
                    return true;
                }
            }
        }

        field = string.Empty;
        op = FieldOperator.Equal;
        value = string.Empty;
        return false;
    }

    private static string Unescape(string text, string raw)
    {
        if (raw.AsSpan().IndexOfAny('\\', ',', '=') < 0)
        {
            return raw;
        }

        var value = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c is ',' or '=')
            {
                throw new SelectorParseException(
                    $"invalid field selector \"{text}\": '{c}' in a value must be escaped as '\\{c}'");
            }

            if (c != '\\')
            {
                value.Append(c);
                continue;
            }

            if (i + 1 >= raw.Length || raw[i + 1] is not ('\\' or ',' or '='))
            {
                var sequence = i + 1 < raw.Length ? "\\" + raw[i + 1] : "\\";
                throw new SelectorParseException(
                    $"invalid field selector \"{text}\": invalid escape sequence '{sequence}' (only \\\\, \\, and \\= are allowed)");
            }

            value.Append(raw[++i]);
        }

        return value.ToString();
    }
}
