namespace GrainOrchestrator.ApiMachinery.Patching;

/// <summary>One field of a <see cref="PatchSchema"/>: its tags and the schema of its value (or list items).</summary>
internal sealed record PatchField(PatchFieldMeta Meta, PatchSchema Schema);
