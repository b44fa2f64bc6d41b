namespace GrainOrchestrator.ApiMachinery.Selectors;

/// <summary>Label requirement operators (upstream selection.Operator).</summary>
public enum LabelOperator
{
    /// <summary><c>key=value</c>.</summary>
    Equal,

    /// <summary><c>key==value</c> (same meaning as <see cref="Equal"/>, kept for the canonical text).</summary>
    DoubleEqual,

    /// <summary><c>key!=value</c>; matches when the key is absent.</summary>
    NotEqual,

    /// <summary><c>key in (a,b)</c>; the key must be present.</summary>
    In,

    /// <summary><c>key notin (a,b)</c>; matches when the key is absent.</summary>
    NotIn,

    /// <summary><c>key</c>.</summary>
    Exists,

    /// <summary><c>!key</c>.</summary>
    DoesNotExist,

    /// <summary><c>key&gt;n</c>: the label's value parses as an integer greater than n.</summary>
    GreaterThan,

    /// <summary><c>key&lt;n</c>: the label's value parses as an integer less than n.</summary>
    LessThan,
}
