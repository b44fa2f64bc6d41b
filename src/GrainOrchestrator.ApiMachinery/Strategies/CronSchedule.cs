using System.Globalization;

namespace GrainOrchestrator.ApiMachinery.Strategies;

/// <summary>
/// Syntax check for standard 5-field cron schedules (minute hour day-of-month month day-of-week)
/// and the descriptors (@hourly, @daily, @every 1h, …) that CronJob accepts. Returns an error or null.
/// </summary>
public static class CronSchedule
{
    private static readonly string[] Descriptors = ["@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly"];
    private static readonly string[] Months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
    private static readonly string[] Days = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    private static readonly (int Min, int Max, string[]? Names, int NameBase)[] Fields =
    [
        (0, 59, null, 0), (0, 23, null, 0), (1, 31, null, 0), (1, 12, Months, 1), (0, 6, Days, 0),
    ];

    public static string? Validate(string schedule)
    {
        var text = schedule.Trim();
        if (text.Length == 0)
        {
            return "empty spec string";
        }

        if (text.StartsWith("TZ=", StringComparison.Ordinal) || text.StartsWith("CRON_TZ=", StringComparison.Ordinal))
        {
            var space = text.IndexOf(' ', StringComparison.Ordinal);
            text = space < 0 ? string.Empty : text[(space + 1)..].Trim();
        }

        if (text.StartsWith('@'))
        {
            if (Descriptors.Contains(text))
            {
                return null;
            }

            if (text.StartsWith("@every ", StringComparison.Ordinal))
            {
                return IsGoDuration(text["@every ".Length..].Trim()) ? null : "failed to parse duration " + text;
            }

            return "unrecognized descriptor: " + text;
        }

        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 5)
        {
            return $"expected exactly 5 fields, found {parts.Length.ToString(CultureInfo.InvariantCulture)}: [{string.Join(" ", parts)}]";
        }

        for (var i = 0; i < parts.Length; i++)
        {
            var error = ValidateField(parts[i], Fields[i], allowQuestion: i is 2 or 4);
            if (error is not null)
            {
                return error;
            }
        }

        return null;
    }

    private static string? ValidateField(string field, (int Min, int Max, string[]? Names, int NameBase) bounds, bool allowQuestion)
    {
        foreach (var expression in field.Split(','))
        {
            var rangeAndStep = expression.Split('/');
            if (rangeAndStep.Length > 2)
            {
                return "too many slashes: " + expression;
            }

            var range = rangeAndStep[0];
            if (rangeAndStep.Length == 2 && (!int.TryParse(rangeAndStep[1], NumberStyles.None, CultureInfo.InvariantCulture, out var step) || step <= 0))
            {
                return "failed to parse int from " + rangeAndStep[1];
            }

            if (range == "*" || (allowQuestion && range == "?"))
            {
                continue;
            }

            var ends = range.Split('-');
            if (ends.Length > 2)
            {
                return "too many hyphens: " + expression;
            }

            var values = new List<int>();
            foreach (var end in ends)
            {
                if (!TryValue(end, bounds, out var value))
                {
                    return "failed to parse int from " + end;
                }

                values.Add(value);
            }

            if (values[0] < bounds.Min)
            {
                return $"beginning of range ({values[0].ToString(CultureInfo.InvariantCulture)}) below minimum ({bounds.Min.ToString(CultureInfo.InvariantCulture)}): {expression}";
            }

            if (values[^1] > bounds.Max)
            {
                return $"end of range ({values[^1].ToString(CultureInfo.InvariantCulture)}) above maximum ({bounds.Max.ToString(CultureInfo.InvariantCulture)}): {expression}";
            }

            if (values[0] > values[^1])
            {
                return $"beginning of range ({values[0].ToString(CultureInfo.InvariantCulture)}) beyond end of range ({values[^1].ToString(CultureInfo.InvariantCulture)}): {expression}";
            }
        }

        return null;
    }

    private static bool TryValue(string text, (int Min, int Max, string[]? Names, int NameBase) bounds, out int value)
    {
        if (bounds.Names is { } names)
        {
            var index = Array.FindIndex(names, n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
            if (index >= 0)
            {
                value = index + bounds.NameBase;
                return true;
            }
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Go duration syntax: one or more number+unit pairs (ns, us, µs, ms, s, m, h).</summary>
    private static bool IsGoDuration(string text) =>
        System.Text.RegularExpressions.Regex.IsMatch(text, @"^([0-9]+(\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
