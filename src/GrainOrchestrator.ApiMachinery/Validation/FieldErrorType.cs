namespace GrainOrchestrator.ApiMachinery.Validation;

/// <summary>The kinds of field error the apiserver reports (k8s.io/apimachinery field.ErrorType).</summary>
public enum FieldErrorType
{
    NotFound,
    Required,
    Duplicate,
    Invalid,
    NotSupported,
    Forbidden,
    TooLong,
    TooMany,
}
