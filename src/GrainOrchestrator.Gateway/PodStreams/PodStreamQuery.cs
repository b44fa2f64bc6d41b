using System.Globalization;
using GrainOrchestrator.Abstractions.Resources;
using GrainOrchestrator.ApiMachinery.Errors;
using Microsoft.AspNetCore.Http;

namespace GrainOrchestrator.Gateway.PodStreams;

/// <summary>Reads the boolean and integer options of <c>PodLogOptions</c>/<c>PodExecOptions</c> from the query string.</summary>
internal static class PodStreamQuery
{
    public static bool Bool(IQueryCollection query, string name, ref ApiError? error)
    {
        var raw = query[name].ToString();
        if (raw.Length == 0)
        {
            return false;
        }

        if (bool.TryParse(raw, out var value))
        {
            return value;
        }

        if (raw is "1" or "0")
        {
            return raw == "1";
        }

        error ??= ApiErrors.BadRequest($"{name}: Invalid value: \"{raw}\": must be a boolean");
        return false;
    }

    public static long? NonNegative(IQueryCollection query, string name, ref ApiError? error)
    {
        var raw = query[name].ToString();
        if (raw.Length == 0)
        {
            return null;
        }

        if (long.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        error ??= ApiErrors.BadRequest($"{name}: Invalid value: \"{raw}\": must be an integer greater than or equal to 0");
        return null;
    }
}
