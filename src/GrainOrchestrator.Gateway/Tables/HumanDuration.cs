using System.Globalization;

namespace GrainOrchestrator.Gateway.Tables;

/// <summary>
/// Durations as upstream's <c>duration.HumanDuration</c> prints them (AGE and similar cells): about two
/// or three significant figures, e.g. "45s", "119s", "2m30s", "15m", "3h5m", "20h", "3d4h", "300d",
/// "2y30d", "10y".
/// </summary>
public static class HumanDuration
{
    /// <summary>Formats <paramref name="duration"/>; up to a second in the future counts as "0s" (clock skew).</summary>
    public static string Format(TimeSpan duration)
    {
        // Integer division truncates toward zero, as Go's conversions do.
        var ticks = duration.Ticks;
        var seconds = ticks / TimeSpan.TicksPerSecond;
        if (seconds < -1)
        {
            return "<invalid>";
        }

        if (seconds < 0)
        {
            return "0s";
        }

        if (seconds < 120)
        {
            return Text($"{seconds}s");
        }

        var minutes = ticks / TimeSpan.TicksPerMinute;
        if (minutes < 10)
        {
            var s = seconds % 60;
            return s == 0 ? Text($"{minutes}m") : Text($"{minutes}m{s}s");
        }

        if (minutes < 60 * 3)
        {
            return Text($"{minutes}m");
        }

        var hours = ticks / TimeSpan.TicksPerHour;
        if (hours < 8)
        {
            var m = minutes % 60;
            return m == 0 ? Text($"{hours}h") : Text($"{hours}h{m}m");
        }

        if (hours < 48)
        {
            return Text($"{hours}h");
        }

        if (hours < 24 * 8)
        {
            var h = hours % 24;
            return h == 0 ? Text($"{hours / 24}d") : Text($"{hours / 24}d{h}h");
        }

        if (hours < 24 * 365 * 2)
        {
            return Text($"{hours / 24}d");
        }

        if (hours < 24 * 365 * 8)
        {
            var dy = hours / 24 % 365;
            return dy == 0 ? Text($"{hours / 24 / 365}y") : Text($"{hours / 24 / 365}y{dy}d");
        }

        return Text($"{hours / 24 / 365}y");
    }

    /// <summary>The age of <paramref name="timestamp"/> at <paramref name="now"/>; "&lt;unknown&gt;" when unset.</summary>
    public static string Since(DateTimeOffset? timestamp, DateTimeOffset now) =>
        timestamp is { } t ? Format(now - t) : "<unknown>";

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
