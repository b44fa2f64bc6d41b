using System.Globalization;

namespace GrainOrchestrator.Host.Postgres;

/// <summary>
/// The lock file a running postmaster keeps in its data directory: line 1 is its pid,
/// line 4 its TCP port.
/// </summary>
internal sealed record PostmasterPidFile(int Pid, int? Port)
{
    internal const string FileName = "postmaster.pid";

    internal static PostmasterPidFile? Read(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, FileName);
        try
        {
            return File.Exists(path) ? Parse(File.ReadAllText(path)) : null;
        }
        catch (IOException)
        {
            // The postmaster rewrites or removes the file while we look: treat it as absent.
            return null;
        }
    }

    internal static PostmasterPidFile? Parse(string text)
    {
        var lines = text.Split('\n');
        if (!int.TryParse(lines[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || pid <= 0)
        {
            return null;
        }

        int? port = lines.Length > 3 ? PortFile.Parse(lines[3]) : null;
        return new PostmasterPidFile(pid, port);
    }
}
