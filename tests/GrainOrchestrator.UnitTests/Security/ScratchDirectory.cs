namespace GrainOrchestrator.UnitTests.Security;

/// <summary>A fresh data directory under /tmp, removed on dispose.</summary>
public sealed class ScratchDirectory : IDisposable
{
    public ScratchDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"go-security-{Guid.NewGuid():N}");
    }

    public string Path { get; }

    public string Pki(string file) => System.IO.Path.Combine(Path, "pki", file);

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
