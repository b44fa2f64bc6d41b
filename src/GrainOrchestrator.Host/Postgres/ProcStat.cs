namespace GrainOrchestrator.Host.Postgres;

/// <summary>Reads a Linux <c>/proc/&lt;pid&gt;/stat</c> line: "pid (comm) state ...".</summary>
internal static class ProcStat
{
    internal static bool IsLivePostgres(string stat)
    {
        var open = stat.IndexOf('(', StringComparison.Ordinal);
        var close = stat.LastIndexOf(')');
        if (open < 0 || close < open || close + 2 >= stat.Length)
        {
            return false;
        }

        var command = stat[(open + 1)..close];
        var state = stat[close + 2];
        return command is "postgres" or "postmaster" && state is not ('Z' or 'X' or 'x');
    }
}
