namespace GrainOrchestrator.ApiMachinery.Validation;

/// <summary>
/// Validates an object name, or a <c>generateName</c> prefix when <paramref name="prefix"/> is true
/// (upstream's <c>ValidateNameFunc</c>). Returns problem messages.
/// </summary>
public delegate IReadOnlyList<string> NameValidator(string name, bool prefix);
