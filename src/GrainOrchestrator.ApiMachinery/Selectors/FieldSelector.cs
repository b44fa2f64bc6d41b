using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;
using GrainOrchestrator.ApiMachinery.Kinds;

namespace GrainOrchestrator.ApiMachinery.Selectors;

/// <summary>
/// An immutable field selector: requirements ANDed together, in canonical order (field, operator, value).
/// Check it against the kind with <see cref="Validate"/> before matching: an unsupported field reads as "".
/// </summary>
public sealed class FieldSelector : IEquatable<FieldSelector>
{
    private readonly FieldRequirement[] _requirements;

    private FieldSelector(FieldRequirement[] requirements) => _requirements = requirements;

    public static FieldSelector Everything { get; } = new([]);

    public IReadOnlyList<FieldRequirement> Requirements => _requirements;

    public bool IsEverything => _requirements.Length == 0;

    /// <summary>Parses the text syntax; null, empty or blank text is <see cref="Everything"/>.</summary>
    /// <exception cref="SelectorParseException">A term has no operator or a value is badly escaped.</exception>
    public static FieldSelector Parse(string? text) =>
        string.IsNullOrWhiteSpace(text) ? Everything : Create(FieldSelectorParser.Parse(text));

    public static bool TryParse(string? text, [NotNullWhen(true)] out FieldSelector? selector, [NotNullWhen(false)] out string? error)
    {
        try
        {
            selector = Parse(text);
            error = null;
            return true;
        }
        catch (SelectorParseException e)
        {
            selector = null;
            error = e.Message;
            return false;
        }
    }

    public static FieldSelector Create(IEnumerable<FieldRequirement> requirements)
    {
        ArgumentNullException.ThrowIfNull(requirements);
        var sorted = requirements
            .OrderBy(r => r.Field, StringComparer.Ordinal)
            .ThenBy(r => r.Operator)
            .ThenBy(r => r.Value, StringComparer.Ordinal)
            .ToArray();
        return sorted.Length == 0 ? Everything : new FieldSelector(sorted);
    }

    /// <summary>Escapes '\', ',' and '=' in a value with a backslash.</summary>
    public static string EscapeValue(string value) => FieldSelectorParser.Escape(value);

    /// <summary>Null when <paramref name="kind"/> supports every field used, else upstream's message <c>field label not supported: X</c>.</summary>
    public string? Validate(ResourceKind kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        foreach (var requirement in _requirements)
        {
            if (!kind.SupportsField(requirement.Field))
            {
                return "field label not supported: " + requirement.Field;
            }
        }

        return null;
    }

    /// <summary>Whether every requirement holds; <paramref name="getField"/> returns a field's value (null reads as "").</summary>
    public bool Matches(Func<string, string?> getField)
    {
        ArgumentNullException.ThrowIfNull(getField);
        foreach (var requirement in _requirements)
        {
            if (!requirement.Matches(getField(requirement.Field)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the object (wire JSON of a <paramref name="kind"/>) satisfies every requirement.</summary>
    public bool Matches(JsonObject obj, ResourceKind kind)
    {
        ArgumentNullException.ThrowIfNull(obj);
        ArgumentNullException.ThrowIfNull(kind);
        foreach (var requirement in _requirements)
        {
            if (!requirement.Matches(kind.GetField(obj, requirement.Field)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The value every match must have in <paramref name="field"/> (an '=' requirement), so a list can
    /// take a fast path such as <c>metadata.name=x</c>; false when there is none.
    /// </summary>
    public bool TryGetExactMatch(string field, [NotNullWhen(true)] out string? value)
    {
        foreach (var requirement in _requirements)
        {
            if (requirement.Operator == FieldOperator.Equal && string.Equals(requirement.Field, field, StringComparison.Ordinal))
            {
                value = requirement.Value;
                return true;
            }
        }

        value = null;
        return false;
    }

    /// <summary>Canonical text: sorted requirements joined by ',', values escaped; "" for Everything.</summary>
    public override string ToString() => string.Join(',', _requirements.Select(r => r.ToString()));

    public bool Equals(FieldSelector? other) =>
        other is not null && _requirements.AsSpan().SequenceEqual(other._requirements);

    public override bool Equals(object? obj) => Equals(obj as FieldSelector);

    public override int GetHashCode() => ToString().GetHashCode(StringComparison.Ordinal);
}
