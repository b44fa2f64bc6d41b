using System.Text.Json.Nodes;
using GrainOrchestrator.Gateway.Tables.Formatting;

namespace GrainOrchestrator.Gateway.Tables.Printers;

/// <summary>
/// PersistentVolumeClaims: NAME STATUS VOLUME CAPACITY ACCESS MODES STORAGECLASS VOLUMEATTRIBUTESCLASS
/// AGE; wide VOLUMEMODE. Capacity and access modes show only once the claim names a volume.
/// </summary>
internal sealed class PersistentVolumeClaimPrinter : ITablePrinter
{
    public IReadOnlyList<TableColumn> Columns { get; } =
    [
        StandardColumns.Name,
        StandardColumns.Text("Status", "The phase of the claim."),
        StandardColumns.Text("Volume", "The volume bound to the claim."),
        StandardColumns.Text("Capacity", "The bound volume's capacity."),
        StandardColumns.Text("Access Modes", "The bound volume's access modes."),
        StandardColumns.Text("StorageClass", "The storage class of the claim."),
        StandardColumns.Text("VolumeAttributesClass", "The volume attributes class of the claim."),
        StandardColumns.Age,
        StandardColumns.Wide("VolumeMode", "Filesystem or Block."),
    ];

    public IReadOnlyList<object?> Cells(JsonObject obj, DateTimeOffset now)
    {
        var volume = obj.Text("spec", "volumeName");
        var bound = volume.Length > 0;
        var storageClass = obj.String("metadata", "annotations", PersistentVolumePrinter.BetaStorageClassAnnotation)
            ?? obj.Text("spec", "storageClassName");
        return
        [
            obj.Name(),
            obj.IsDeleting() ? "Terminating" : obj.Text("status", "phase"),
            volume,
            bound ? obj.Scalar("status", "capacity", "storage") ?? "0" : string.Empty,
            bound ? AccessModes.Format(obj.Strings("status", "accessModes")) : string.Empty,
            storageClass,
            obj.String("spec", "volumeAttributesClassName") ?? "<unset>",
            obj.Age(now),
            obj.String("spec", "volumeMode") ?? "<unset>",
        ];
    }
}
