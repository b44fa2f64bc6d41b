namespace GrainOrchestrator.Host.Postgres;

/// <summary>Where the PostgreSQL server tools (<c>initdb</c>, <c>pg_ctl</c>) live on this machine.</summary>
internal sealed record PostgresBinaries(string InitDb, string PgCtl)
{
    internal static readonly string[] RequiredTools = ["initdb", "pg_ctl"];

    /// <summary>Finds the tools on the current PATH, then under /usr/lib/postgresql/*/bin.</summary>
    internal static PostgresBinaries Locate() =>
        Find(Environment.GetEnvironmentVariable("PATH"), DebianBinDirectories("/usr/lib/postgresql"), File.Exists);

    /// <summary>
    /// Picks the first directory (PATH entries first, then <paramref name="fallbackDirectories"/>)
    /// holding every required tool, so initdb and pg_ctl always come from one installation.
    /// </summary>
    internal static PostgresBinaries Find(string? pathVariable, IEnumerable<string> fallbackDirectories, Func<string, bool> fileExists)
    {
        var candidates = (pathVariable ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Concat(fallbackDirectories);

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var directory in candidates)
        {
            if (seen.Add(directory) && RequiredTools.All(tool => fileExists(Path.Combine(directory, tool))))
            {
                return new PostgresBinaries(Path.Combine(directory, "initdb"), Path.Combine(directory, "pg_ctl"));
            }
        }

        var missing = RequiredTools.Where(tool => !seen.Any(directory => fileExists(Path.Combine(directory, tool)))).ToArray();
        var what = missing.Length > 0 ? string.Join(", ", missing) : string.Join(" and ", RequiredTools) + " (in one directory)";
        throw new PostgresNotFoundException(
            $"PostgreSQL server binaries not found: {what} not found on PATH or in /usr/lib/postgresql/*/bin. " +
            "Install the PostgreSQL server (on Debian: apt-get install postgresql) or pass a connection string to an existing PostgreSQL.");
    }

    /// <summary>The bin directories of installed Debian PostgreSQL versions, newest first.</summary>
    internal static IEnumerable<string> DebianBinDirectories(string root)
    {
        if (!Directory.Exists(root))
        {
            return [];
        }

        return Directory.GetDirectories(root)
            .Select(directory => (directory, version: int.TryParse(Path.GetFileName(directory), out var v) ? v : -1))
            .OrderByDescending(entry => entry.version)
            .Select(entry => Path.Combine(entry.directory, "bin"));
    }
}
