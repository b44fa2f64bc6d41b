namespace GrainOrchestrator.Gateway.Tables;

/// <summary>
/// One column of a meta.k8s.io/v1 Table (<c>columnDefinitions[]</c>). <paramref name="Priority"/> 0 is
/// always shown; 1 only with <c>kubectl get -o wide</c>.
/// </summary>
public sealed record TableColumn(string Name, string Type, string Format, string Description, int Priority);
