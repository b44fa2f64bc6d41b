using System.Text.Json.Nodes;

namespace GrainOrchestrator.Gateway.Tables.Formatting;

/// <summary>The CONTAINERS and IMAGES cells of a pod template (names and images joined by ',').</summary>
internal static class ContainerCells
{
    public static (string Names, string Images) Layout(JsonObject? podSpec)
    {
        var containers = podSpec.Objects("containers");
        return (
            string.Join(',', containers.Select(c => c.Text("name"))),
            string.Join(',', containers.Select(c => c.Text("image"))));
    }
}
