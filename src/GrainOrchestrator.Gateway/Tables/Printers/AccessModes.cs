namespace GrainOrchestrator.Gateway.Tables.Printers;

/// <summary>Volume access modes abbreviated as upstream prints them: RWO, ROX, RWX, RWOP in that order.</summary>
internal static class AccessModes
{
    private static readonly (string Mode, string Short)[] Order =
    [
        ("ReadWriteOnce", "RWO"),
        ("ReadOnlyMany", "ROX"),
        ("ReadWriteMany", "RWX"),
        ("ReadWriteOncePod", "RWOP"),
    ];

    public static string Format(IReadOnlyList<string> modes) =>
        string.Join(',', Order.Where(entry => modes.Contains(entry.Mode, StringComparer.Ordinal)).Select(entry => entry.Short));
}
