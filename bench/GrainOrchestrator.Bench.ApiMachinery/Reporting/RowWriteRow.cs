using GrainOrchestrator.Bench.ApiMachinery.Measurement;

namespace GrainOrchestrator.Bench.ApiMachinery.Reporting;

/// <summary>One line of the row-write table: the counter deltas over <paramref name="Operations"/> operations.</summary>
/// <param name="CollectionSize">ConfigMaps in the kind's collection (all namespaces) before the run.</param>
public sealed record RowWriteRow(string Operation, int CollectionSize, int Operations, int Failures, RowWriteCount Delta)
{
    public const double Target = 3.0;

    public double AllTablesPerOperation => Operations == 0 ? double.NaN : (double)Delta.AllTables / Operations;

    public double ResourceObjectsPerOperation => Operations == 0 ? double.NaN : (double)Delta.ResourceObjects / Operations;
}
