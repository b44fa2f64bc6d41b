using System.Globalization;
using System.Text.Json.Nodes;

namespace GrainOrchestrator.Gateway.PodStreams;

/// <summary>The <c>metav1.Status</c> an exec ends with on the error channel; kubectl reads the exit code from its ExitCode cause.</summary>
internal static class ExecStatus
{
    public static string For(int exitCode, IReadOnlyList<string> command)
    {
        if (exitCode == 0)
        {
            return new JsonObject { ["metadata"] = new JsonObject(), ["status"] = "Success" }.ToJsonString();
        }

        var code = exitCode.ToString(CultureInfo.InvariantCulture);
        return new JsonObject
        {
            ["metadata"] = new JsonObject(),
            ["status"] = "Failure",
            ["message"] = $"command terminated with non-zero exit code: error executing command [{string.Join(' ', command)}], exit code {code}",
            ["reason"] = "NonZeroExitCode",
            ["details"] = new JsonObject
            {
                ["causes"] = new JsonArray(new JsonObject { ["reason"] = "ExitCode", ["message"] = code }),
            },
        }.ToJsonString();
    }
}
