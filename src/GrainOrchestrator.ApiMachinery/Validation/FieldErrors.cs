using System.Globalization;

namespace GrainOrchestrator.ApiMachinery.Validation;

/// <summary>Constructors for <see cref="FieldError"/> with upstream's details (field/errors.go).</summary>
public static class FieldErrors
{
    /// <summary>Upstream's <c>FieldImmutableErrorMsg</c>.</summary>
    public const string ImmutableMessage = "field is immutable";

    public static FieldError Required(FieldPath path, string detail = "") =>
        new(FieldErrorType.Required, path, detail);

    public static FieldError NotFound(FieldPath path, string value) =>
        new(FieldErrorType.NotFound, path, string.Empty, value);

    public static FieldError Invalid(FieldPath path, string? value, string detail) =>
        new(FieldErrorType.Invalid, path, detail, value ?? "null");

    public static FieldError Invalid(FieldPath path, long value, string detail) =>
        new(FieldErrorType.Invalid, path, detail, value.ToString(CultureInfo.InvariantCulture), BadValueIsLiteral: true);

    /// <summary>An invalid structured value (a list, a map, an object), printed bare.</summary>
    public static FieldError InvalidStructure(FieldPath path, string renderedValue, string detail) =>
        new(FieldErrorType.Invalid, path, detail, renderedValue, BadValueIsLiteral: true);

    public static FieldError Duplicate(FieldPath path, string value) =>
        new(FieldErrorType.Duplicate, path, string.Empty, value);

    public static FieldError NotSupported(FieldPath path, string? value, params string[] supported) =>
        new(FieldErrorType.NotSupported, path, SupportedValues(supported), value ?? string.Empty);

    public static FieldError Forbidden(FieldPath path, string detail) =>
        new(FieldErrorType.Forbidden, path, detail);

    public static FieldError TooLong(FieldPath path, int maxLength) =>
        new(FieldErrorType.TooLong, path, maxLength == 1 ? "may not be more than 1 byte" : $"may not be more than {maxLength.ToString(CultureInfo.InvariantCulture)} bytes");

    public static FieldError TooMany(FieldPath path, int actual, int max) =>
        new(FieldErrorType.TooMany, path, $"must have at most {max.ToString(CultureInfo.InvariantCulture)} items", actual.ToString(CultureInfo.InvariantCulture), BadValueIsLiteral: true);

    /// <summary>Upstream's <c>ValidateImmutableField</c> for a string value.</summary>
    public static IEnumerable<FieldError> Immutable(string? newValue, string? oldValue, FieldPath path)
    {
        if (!string.Equals(newValue ?? string.Empty, oldValue ?? string.Empty, StringComparison.Ordinal))
        {
            yield return Invalid(path, newValue ?? string.Empty, ImmutableMessage);
        }
    }

    /// <summary>Immutability of a structured value compared through its wire JSON.</summary>
    public static IEnumerable<FieldError> ImmutableJson(string? newJson, string? oldJson, FieldPath path)
    {
        if (!string.Equals(newJson, oldJson, StringComparison.Ordinal))
        {
            yield return InvalidStructure(path, newJson ?? "null", ImmutableMessage);
        }
    }

    internal static string SupportedValues(IEnumerable<string> supported)
    {
        var quoted = supported.Select(FieldError.GoQuote).ToList();
        return quoted.Count == 0 ? string.Empty : "supported values: " + string.Join(", ", quoted);
    }
}
