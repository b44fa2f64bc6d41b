namespace GrainOrchestrator.Bench.Shared.Measurement;

public static class LoadAverage
{
    /// <summary>The 1/5/15-minute load averages: on a shared machine, the noise level of a run.</summary>
    public static string Read()
    {
        try
        {
            var fields = File.ReadAllText("/proc/loadavg").Split(' ');
            return fields.Length >= 3 ? string.Join(' ', fields[..3]) : "n/a";
        }
        catch (IOException)
        {
            return "n/a";
        }
    }
}
