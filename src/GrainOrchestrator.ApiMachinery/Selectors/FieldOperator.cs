namespace GrainOrchestrator.ApiMachinery.Selectors;

/// <summary>Field requirement operators. "=" and "==" both parse to <see cref="Equal"/> (as upstream).</summary>
public enum FieldOperator
{
    Equal,
    NotEqual,
}
