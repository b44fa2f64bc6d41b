using System.Text;

namespace GrainOrchestrator.Host.Health;

/// <summary>All checks; rendered like the apiserver's verbose health output.</summary>
public sealed record ReadinessReport(IReadOnlyList<ReadinessCheck> Checks)
{
    public bool Ok => Checks.All(c => c.Ok);

    public string Render()
    {
        var text = new StringBuilder();
        foreach (var check in Checks)
        {
            text.Append(check.Ok ? "[+]" : "[-]").Append(check.Name).Append(check.Ok ? " ok" : " failed: " + check.Detail).Append('\n');
        }

        text.Append(Ok ? "readyz check passed\n" : "readyz check failed\n");
        return text.ToString();
    }
}
