namespace GrainOrchestrator.ApiMachinery.Validation;

/// <summary>
/// One validation failure on one field, shaped like upstream's <c>field.Error</c>.
/// <see cref="BadValue"/> is the offending value as text; it is printed quoted unless
/// <see cref="BadValueIsLiteral"/> (numbers, booleans and structured values print bare, as Go does).
/// </summary>
public sealed record FieldError(FieldErrorType Type, string Field, string Detail, string? BadValue = null, bool BadValueIsLiteral = false)
{
    /// <summary>The <c>metav1.CauseType</c> carried in a Status cause.</summary>
    public string Reason => Type switch
    {
        FieldErrorType.NotFound => "FieldValueNotFound",
        FieldErrorType.Required => "FieldValueRequired",
        FieldErrorType.Duplicate => "FieldValueDuplicate",
        FieldErrorType.Invalid => "FieldValueInvalid",
        FieldErrorType.NotSupported => "FieldValueNotSupported",
        FieldErrorType.Forbidden => "FieldValueForbidden",
        FieldErrorType.TooLong => "FieldValueTooLong",
        FieldErrorType.TooMany => "FieldValueTooMany",
        _ => "FieldValueInvalid",
    };

    /// <summary>The error body without the field (upstream <c>ErrorBody()</c>), used as a cause message.</summary>
    public string Message
    {
        get
        {
            var body = TypeText;
            // Required, Forbidden and TooLong never print the value upstream.
            var printsValue = Type is not (FieldErrorType.Required or FieldErrorType.Forbidden or FieldErrorType.TooLong)
                && BadValue is not null;
            if (printsValue)
            {
                body += ": " + (BadValueIsLiteral ? BadValue : GoQuote(BadValue!));
            }

            if (Detail.Length != 0)
            {
                body += ": " + Detail;
            }

            return body;
        }
    }

    private string TypeText => Type switch
    {
        FieldErrorType.NotFound => "Not found",
        FieldErrorType.Required => "Required value",
        FieldErrorType.Duplicate => "Duplicate value",
        FieldErrorType.Invalid => "Invalid value",
        FieldErrorType.NotSupported => "Unsupported value",
        FieldErrorType.Forbidden => "Forbidden",
        FieldErrorType.TooLong => "Too long",
        FieldErrorType.TooMany => "Too many",
        _ => "Invalid value",
    };

    /// <summary>"field: body", as upstream's <c>Error()</c> prints it in a Status message.</summary>
    public override string ToString() => Field.Length == 0 ? Message : Field + ": " + Message;

    /// <summary>Quotes like Go's %q for the characters that matter here.</summary>
    internal static string GoQuote(string value)
    {
        var sb = new System.Text.StringBuilder(value.Length + 2);
        sb.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < 0x20)
                    {
                        sb.Append("\\x").Append(((int)c).ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.Append('"').ToString();
    }
}
