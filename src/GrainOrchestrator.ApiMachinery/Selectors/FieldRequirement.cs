namespace GrainOrchestrator.ApiMachinery.Selectors;

/// <summary>One field requirement, e.g. <c>spec.nodeName=n1</c>; <see cref="Value"/> is unescaped.</summary>
public sealed record FieldRequirement(string Field, FieldOperator Operator, string Value)
{
    /// <summary>Whether the field's actual value satisfies the requirement (a missing field reads as "").</summary>
    public bool Matches(string? actual) =>
        string.Equals(actual ?? string.Empty, Value, StringComparison.Ordinal) == (Operator == FieldOperator.Equal);

    /// <summary>Canonical text with the value escaped: <c>field=value</c> or <c>field!=value</c>.</summary>
    public override string ToString() =>
        Field + (Operator == FieldOperator.Equal ? "=" : "!=") + FieldSelector.EscapeValue(Value);
}
