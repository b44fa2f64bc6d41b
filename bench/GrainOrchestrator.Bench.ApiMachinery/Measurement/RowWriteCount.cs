namespace GrainOrchestrator.Bench.ApiMachinery.Measurement;

/// <summary>Cumulative row writes (inserted + updated + deleted tuples) from <c>pg_stat_user_tables</c>.</summary>
public sealed record RowWriteCount(long AllTables, long ResourceObjects)
{
    public static RowWriteCount operator -(RowWriteCount after, RowWriteCount before)
    {
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(before);
        return new RowWriteCount(after.AllTables - before.AllTables, after.ResourceObjects - before.ResourceObjects);
    }

    public RowWriteCount Subtract(RowWriteCount before) => this - before;
}
