using System.Text.Json.Nodes;
using GrainOrchestrator.Gateway.Tables.Formatting;

namespace GrainOrchestrator.Gateway.Tables.Printers;

/// <summary>
/// PersistentVolumes: NAME CAPACITY ACCESS MODES RECLAIM POLICY STATUS CLAIM STORAGECLASS
/// VOLUMEATTRIBUTESCLASS REASON AGE; wide VOLUMEMODE.
/// </summary>
internal sealed class PersistentVolumePrinter : ITablePrinter
{
    internal const string BetaStorageClassAnnotation = "volume.beta.kubernetes.io/storage-class";

    public IReadOnlyList<TableColumn> Columns { get; } =
    [
        StandardColumns.Name,
        StandardColumns.Text("Capacity", "The volume's storage capacity."),
        StandardColumns.Text("Access Modes", "The ways the volume can be mounted."),
        StandardColumns.Text("Reclaim Policy", "What happens to the volume when its claim is released."),
        StandardColumns.Text("Status", "The phase of the volume."),
        StandardColumns.Text("Claim", "The claim bound to the volume, as namespace/name."),
        StandardColumns.Text("StorageClass", "The storage class of the volume."),
        StandardColumns.Text("VolumeAttributesClass", "The volume attributes class of the volume."),
        StandardColumns.Text("Reason", "Why the volume is in its phase."),
        StandardColumns.Age,
        StandardColumns.Wide("VolumeMode", "Filesystem or Block."),
    ];

    public IReadOnlyList<object?> Cells(JsonObject obj, DateTimeOffset now)
    {
        var claim = obj.Object("spec", "claimRef") is { } claimRef
            ? claimRef.Text("namespace") + "/" + claimRef.Text("name")
            : string.Empty;
        var storageClass = obj.String("metadata", "annotations", BetaStorageClassAnnotation) ?? obj.Text("spec", "storageClassName");
        return
        [
            obj.Name(),
            obj.Scalar("spec", "capacity", "storage") ?? "0",
            AccessModes.Format(obj.Strings("spec", "accessModes")),
            obj.Text("spec", "persistentVolumeReclaimPolicy"),
            obj.IsDeleting() ? "Terminating" : obj.Text("status", "phase"),
            claim,
            storageClass,
            obj.String("spec", "volumeAttributesClassName") ?? "<unset>",
            obj.Text("status", "reason"),
            obj.Age(now),
            obj.String("spec", "volumeMode") ?? "<unset>",
        ];
    }
}
