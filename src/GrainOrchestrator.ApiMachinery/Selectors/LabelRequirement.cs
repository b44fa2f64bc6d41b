using System.Globalization;
using System.Text;

namespace GrainOrchestrator.ApiMachinery.Selectors;

/// <summary>
/// One validated label requirement. Values of set operators are sorted and de-duplicated, so the
/// canonical text does not depend on the order a client wrote them in.
/// </summary>
public sealed class LabelRequirement : IEquatable<LabelRequirement>
{
    private readonly string[] _values;
    private readonly long _bound;

    private LabelRequirement(string key, LabelOperator op, string[] values, long bound)
    {
        Key = key;
        Operator = op;
        _values = values;
        _bound = bound;
    }

    public string Key { get; }

    public LabelOperator Operator { get; }

    /// <summary>Sorted (ordinal), distinct values; empty for Exists and DoesNotExist.</summary>
    public IReadOnlyList<string> Values => _values;

    /// <summary>Validates and builds a requirement; throws <see cref="SelectorParseException"/> when invalid.</summary>
    public static LabelRequirement Create(string key, LabelOperator op, IEnumerable<string>? values = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (LabelSyntax.ValidateKey(key) is { } keyError)
        {
            throw new SelectorParseException(keyError);
        }

        var sorted = (values ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        long bound = 0;
        switch (op)
        {
            case LabelOperator.In or LabelOperator.NotIn when sorted.Length == 0:
                throw new SelectorParseException($"label selector for \"{key}\": 'in' and 'notin' need at least one value");
            case LabelOperator.Equal or LabelOperator.DoubleEqual or LabelOperator.NotEqual when sorted.Length != 1:
                throw new SelectorParseException($"label selector for \"{key}\": '=', '==' and '!=' need exactly one value");
            case LabelOperator.Exists or LabelOperator.DoesNotExist when sorted.Length != 0:
                throw new SelectorParseException($"label selector for \"{key}\": exists and does-not-exist take no values");
            case LabelOperator.GreaterThan or LabelOperator.LessThan when sorted.Length != 1:
                throw new SelectorParseException($"label selector for \"{key}\": '>' and '<' need exactly one value");
            case LabelOperator.GreaterThan or LabelOperator.LessThan
                when !long.TryParse(sorted[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out bound):
                throw new SelectorParseException($"label selector for \"{key}\": '>' and '<' need an integer value, not \"{sorted[0]}\"");
            case < LabelOperator.Equal or > LabelOperator.LessThan:
                throw new ArgumentOutOfRangeException(nameof(op), op, "Unknown label operator.");
        }

        foreach (var value in sorted)
        {
            if (LabelSyntax.ValidateValue(value) is { } valueError)
            {
                throw new SelectorParseException(valueError);
            }
        }

        return new LabelRequirement(key, op, sorted, bound);
    }

    /// <summary>Whether <paramref name="labels"/> (null = no labels) satisfy this requirement.</summary>
    public bool Matches(IReadOnlyDictionary<string, string>? labels) => Matches(new ReadOnlyDictionaryLabels(labels));

    internal bool Matches<TLabels>(TLabels labels)
        where TLabels : ILabelLookup
    {
        var present = labels.TryGet(Key, out var actual);
        return Operator switch
        {
            LabelOperator.Equal or LabelOperator.DoubleEqual or LabelOperator.In => present && Contains(actual),
            LabelOperator.NotEqual or LabelOperator.NotIn => !present || !Contains(actual),
            LabelOperator.Exists => present,
            LabelOperator.DoesNotExist => !present,
            LabelOperator.GreaterThan => present && TryParseInteger(actual, out var above) && above > _bound,
            LabelOperator.LessThan => present && TryParseInteger(actual, out var below) && below < _bound,
            _ => false,
        };
    }

    /// <summary>The canonical text: <c>!k</c>, <c>k</c>, <c>k=v</c>, <c>k==v</c>, <c>k!=v</c>, <c>k in (a,b)</c>, <c>k notin (a)</c>, <c>k&gt;1</c>, <c>k&lt;1</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        if (Operator == LabelOperator.DoesNotExist)
        {
            text.Append('!');
        }

        text.Append(Key);
        switch (Operator)
        {
            case LabelOperator.Equal:
                text.Append('=').Append(_values[0]);
                break;
            case LabelOperator.DoubleEqual:
                text.Append("==").Append(_values[0]);
                break;
            case LabelOperator.NotEqual:
                text.Append("!=").Append(_values[0]);
                break;
            case LabelOperator.In:
                text.Append(" in (").AppendJoin(',', _values).Append(')');
                break;
            case LabelOperator.NotIn:
                text.Append(" notin (").AppendJoin(',', _values).Append(')');
                break;
            case LabelOperator.GreaterThan:
                text.Append('>').Append(_values[0]);
                break;
            case LabelOperator.LessThan:
                text.Append('<').Append(_values[0]);
                break;
            default:
                break;
        }

        return text.ToString();
    }

    public bool Equals(LabelRequirement? other) =>
        other is not null
        && string.Equals(Key, other.Key, StringComparison.Ordinal)
        && Operator == other.Operator
        && _values.AsSpan().SequenceEqual(other._values);

    public override bool Equals(object? obj) => Equals(obj as LabelRequirement);

    public override int GetHashCode() => HashCode.Combine(Key, Operator, _values.Length);

    private static bool TryParseInteger(string text, out long value) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    private bool Contains(string actual)
    {
        foreach (var value in _values)
        {
            if (string.Equals(value, actual, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
