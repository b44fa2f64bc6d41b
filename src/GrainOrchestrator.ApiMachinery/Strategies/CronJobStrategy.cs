using GrainOrchestrator.ApiMachinery.Validation;
using k8s.Models;

namespace GrainOrchestrator.ApiMachinery.Strategies;

/// <summary>batch/v1 CronJob. The job template gets pod-spec defaults only, as upstream.</summary>
public sealed class CronJobStrategy : TypedStrategy<V1CronJob>
{
    /// <summary>Job names get an 11-character suffix, so cron job names are capped at 52.</summary>
    public const int MaxNameLength = 52;

    private static readonly FieldPath SpecPath = FieldPath.New("spec");
    private static readonly string[] ConcurrencyPolicies = ["Allow", "Forbid", "Replace"];

    protected override NameValidator NameValidator => (name, prefix) =>
    {
        var errors = NameValidators.DnsSubdomain(name, prefix).ToList();
        if (!prefix && name.Length > MaxNameLength)
        {
            errors.Add(NameRules.MaxLenError(MaxNameLength));
        }

        return errors;
    };

    protected override void Default(V1CronJob obj)
    {
        var spec = obj.Spec ??= new V1CronJobSpec();
        spec.ConcurrencyPolicy ??= "Allow";
        spec.Suspend ??= false;
        spec.SuccessfulJobsHistoryLimit ??= 3;
        spec.FailedJobsHistoryLimit ??= 1;
        PodSpecDefaults.Apply(spec.JobTemplate?.Spec?.Template?.Spec);
    }

    protected override IEnumerable<FieldError> Validate(V1CronJob obj)
    {
        var spec = obj.Spec ?? new V1CronJobSpec();
        var errors = new List<FieldError>();
        var schedulePath = SpecPath.Child("schedule");
        if (string.IsNullOrEmpty(spec.Schedule))
        {
            errors.Add(FieldErrors.Required(schedulePath));
        }
        else
        {
            if (CronSchedule.Validate(spec.Schedule) is { } problem)
            {
                errors.Add(FieldErrors.Invalid(schedulePath, spec.Schedule, problem));
            }

            if (spec.TimeZone is not null && spec.Schedule.Contains("TZ", StringComparison.Ordinal))
            {
                errors.Add(FieldErrors.Invalid(schedulePath, spec.Schedule, "cannot use both timeZone field and TZ or CRON_TZ in schedule"));
            }
        }

        if (spec.TimeZone is { } timeZone)
        {
            errors.AddRange(ValidateTimeZone(timeZone, SpecPath.Child("timeZone")));
        }

        if (!ConcurrencyPolicies.Contains(spec.ConcurrencyPolicy))
        {
            errors.Add(FieldErrors.NotSupported(SpecPath.Child("concurrencyPolicy"), spec.ConcurrencyPolicy, ConcurrencyPolicies));
        }

        errors.AddRange(WorkloadRules.NonNegative(spec.StartingDeadlineSeconds, SpecPath.Child("startingDeadlineSeconds")));
        errors.AddRange(WorkloadRules.NonNegative(spec.SuccessfulJobsHistoryLimit, SpecPath.Child("successfulJobsHistoryLimit")));
        errors.AddRange(WorkloadRules.NonNegative(spec.FailedJobsHistoryLimit, SpecPath.Child("failedJobsHistoryLimit")));

        var jobSpecPath = SpecPath.Child("jobTemplate", "spec");
        var jobSpec = spec.JobTemplate?.Spec;
        if (jobSpec?.ManualSelector != true && jobSpec?.Selector is not null)
        {
            errors.Add(FieldErrors.InvalidStructure(jobSpecPath.Child("selector"), ToJson(jobSpec.Selector), "`selector` will be auto-generated"));
        }

        errors.AddRange(JobSpecRules.Validate(jobSpec, jobSpecPath));
        return errors;
    }

    private static IEnumerable<FieldError> ValidateTimeZone(string timeZone, FieldPath path)
    {
        if (timeZone.Length == 0)
        {
            yield return FieldErrors.Invalid(path, timeZone, "timeZone must be nil or non-empty string");
            yield break;
        }

        if (string.Equals(timeZone, "Local", StringComparison.OrdinalIgnoreCase))
        {
            yield return FieldErrors.Invalid(path, timeZone, "timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones");
            yield break;
        }

        var wellFormed = timeZone.Split('/').All(part => part is not ("." or "..") && !part.StartsWith('-')
            && part.Length > 0 && part.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '+'));
        if (!wellFormed || !TimeZoneExists(timeZone))
        {
            yield return FieldErrors.Invalid(path, timeZone, "unknown time zone " + timeZone);
        }
    }

    private static bool TimeZoneExists(string id)
    {
        try
        {
            _ = TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (TimeZoneNotFoundException)
        {
            return false;
        }
        catch (InvalidTimeZoneException)
        {
            return false;
        }
    }
}
