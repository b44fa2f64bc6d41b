using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;
using k8s.Models;

namespace GrainOrchestrator.ApiMachinery.Selectors;

/// <summary>
/// An immutable label selector: requirements ANDed together, sorted by key.
/// </summary>
/// <remarks>
/// Two special selectors follow upstream metav1 semantics: <see cref="Everything"/> (no requirements;
/// the empty text, an empty <see cref="V1LabelSelector"/>) and <see cref="Nothing"/> (a null
/// <see cref="V1LabelSelector"/>; matches no object). Like upstream, <see cref="Nothing"/> prints as ""
/// — use <see cref="IsNothing"/> to tell it apart, and never round-trip it through text.
/// </remarks>
public sealed class LabelSelector : IEquatable<LabelSelector>
{
    private readonly LabelRequirement[] _requirements;

    private LabelSelector(LabelRequirement[] requirements, bool nothing)
    {
        _requirements = requirements;
        IsNothing = nothing;
    }

    /// <summary>Matches every object.</summary>
    public static LabelSelector Everything { get; } = new([], nothing: false);

    /// <summary>Matches no object.</summary>
    public static LabelSelector Nothing { get; } = new([], nothing: true);

    /// <summary>The requirements in canonical order (by key, ordinal; stable for equal keys).</summary>
    public IReadOnlyList<LabelRequirement> Requirements => _requirements;

    public bool IsEverything => !IsNothing && _requirements.Length == 0;

    public bool IsNothing { get; }

    /// <summary>Parses the text syntax; null, empty or blank text is <see cref="Everything"/>.</summary>
    /// <exception cref="SelectorParseException">The text is not a valid selector.</exception>
    public static LabelSelector Parse(string? text) =>
        string.IsNullOrWhiteSpace(text) ? Everything : Create(LabelSelectorParser.Parse(text));

    public static bool TryParse(string? text, [NotNullWhen(true)] out LabelSelector? selector, [NotNullWhen(false)] out string? error)
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

    /// <summary>A selector of the given requirements (none = <see cref="Everything"/>).</summary>
    public static LabelSelector Create(IEnumerable<LabelRequirement> requirements)
    {
        ArgumentNullException.ThrowIfNull(requirements);
        var sorted = requirements.OrderBy(r => r.Key, StringComparer.Ordinal).ToArray();
        return sorted.Length == 0 ? Everything : new LabelSelector(sorted, nothing: false);
    }

    /// <summary>
    /// Converts a <see cref="V1LabelSelector"/>: matchLabels become '=' requirements, matchExpressions
    /// In/NotIn/Exists/DoesNotExist. Null → <see cref="Nothing"/>; empty → <see cref="Everything"/>.
    /// </summary>
    /// <exception cref="SelectorParseException">An operator, key or value is invalid.</exception>
    public static LabelSelector FromModel(V1LabelSelector? selector)
    {
        if (selector is null)
        {
            return Nothing;
        }

        var requirements = new List<LabelRequirement>();
        foreach (var (key, value) in selector.MatchLabels ?? new Dictionary<string, string>())
        {
            requirements.Add(LabelRequirement.Create(key, LabelOperator.Equal, [value]));
        }

        foreach (var expression in selector.MatchExpressions ?? [])
        {
            requirements.Add(LabelRequirement.Create(expression.Key ?? string.Empty, ToOperator(expression.OperatorProperty), expression.Values));
        }

        return Create(requirements);
    }

    /// <summary>
    /// The selector of a plain label map (Service, ReplicationController): every pair must match.
    /// Null or empty → <see cref="Everything"/> as upstream's SelectorFromSet; callers for which an
    /// empty map means "select nothing" (a Service without selector) must check that themselves.
    /// </summary>
    /// <exception cref="SelectorParseException">A key or value is invalid.</exception>
    public static LabelSelector FromSet(IEnumerable<KeyValuePair<string, string>>? labels) =>
        Create((labels ?? []).Select(pair => LabelRequirement.Create(pair.Key, LabelOperator.Equal, [pair.Value])));

    /// <summary>Whether <paramref name="labels"/> (null = no labels) satisfy every requirement.</summary>
    public bool Matches(IReadOnlyDictionary<string, string>? labels) => MatchesLookup(new ReadOnlyDictionaryLabels(labels));

    /// <summary>Whether the labels of <paramref name="metadata"/> satisfy every requirement.</summary>
    public bool Matches(V1ObjectMeta? metadata) => MatchesLookup(new DictionaryLabels(metadata?.Labels));

    /// <summary>Whether the <c>metadata.labels</c> of an object's wire JSON satisfy every requirement.</summary>
    public bool Matches(JsonObject obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        var labels = obj["metadata"] is JsonObject metadata ? metadata["labels"] as JsonObject : null;
        return MatchesLookup(new JsonLabels(labels));
    }

    /// <summary>
    /// The value every match must carry under <paramref name="key"/> (a '=' / '==' requirement or an
    /// 'in' with one value), so a caller can use an index; false when there is none.
    /// </summary>
    public bool TryGetExactMatch(string key, [NotNullWhen(true)] out string? value)
    {
        foreach (var requirement in _requirements)
        {
            if (string.Equals(requirement.Key, key, StringComparison.Ordinal)
                && requirement.Operator is LabelOperator.Equal or LabelOperator.DoubleEqual or LabelOperator.In
                && requirement.Values.Count == 1)
            {
                value = requirement.Values[0];
                return true;
            }
        }

        value = null;
        return false;
    }

    /// <summary>Canonical text: requirements sorted by key, joined by ','; "" for Everything (and Nothing).</summary>
    public override string ToString() => string.Join(',', _requirements.Select(r => r.ToString()));

    public bool Equals(LabelSelector? other) =>
        other is not null && IsNothing == other.IsNothing && _requirements.AsSpan().SequenceEqual(other._requirements);

    public override bool Equals(object? obj) => Equals(obj as LabelSelector);

    public override int GetHashCode() => HashCode.Combine(IsNothing, ToString());

    private static LabelOperator ToOperator(string? op) => op switch
    {
        "In" => LabelOperator.In,
        "NotIn" => LabelOperator.NotIn,
        "Exists" => LabelOperator.Exists,
        "DoesNotExist" => LabelOperator.DoesNotExist,
        _ => throw new SelectorParseException($"\"{op}\" is not a valid label selector operator"),
    };

    private bool MatchesLookup<TLabels>(TLabels labels)
        where TLabels : ILabelLookup
    {
        if (IsNothing)
        {
            return false;
        }

        foreach (var requirement in _requirements)
        {
            if (!requirement.Matches(labels))
            {
                return false;
            }
        }

        return true;
    }
}
