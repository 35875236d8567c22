using System.Reflection;
using LeadLifecycle.Errors;

namespace LeadLifecycle.Tests.DesignRules;

/// <summary>Builds an instance of any error type through its widest constructor, with a distinct, non-default sample
/// value for every parameter (optional ones included), so that a property left out of the metadata shows.</summary>
internal static class ErrorSamples
{
    public static LeadLifecycleError Create(Type type)
    {
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var arguments = constructor.GetParameters().Select((p, i) => Sample(p.ParameterType, p.Name ?? "value", i)).ToArray();
        return (LeadLifecycleError)constructor.Invoke(arguments);
    }

    /// <summary>The public properties that carry details: those of the type and of its library base classes, not
    /// FluentResults' own (<c>Message</c>, <c>Metadata</c>, <c>Reasons</c>).</summary>
    public static IEnumerable<PropertyInfo> DetailProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.DeclaringType is { } declaring && typeof(LeadLifecycleError).IsAssignableFrom(declaring));

    private static object Sample(Type type, string name, int position)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string))
        {
            return $"{name}-{position}";
        }

        if (underlying == typeof(int))
        {
            return 10 + position;
        }

        if (underlying == typeof(long))
        {
            return 100L + position;
        }

        if (underlying == typeof(bool))
        {
            return true;
        }

        if (underlying.IsEnum)
        {
            return Enum.GetValues(underlying).Cast<object>().Last();
        }

        if (underlying.IsValueType && underlying.GetConstructor([typeof(string)]) is { } idConstructor)
        {
            return idConstructor.Invoke([$"{name}-id-{position}"]);
        }

        if (underlying.IsGenericType && underlying.GetGenericArguments() is [var element]
            && underlying.IsAssignableFrom(element.MakeArrayType()))
        {
            var array = Array.CreateInstance(element, 2);
            array.SetValue(Sample(element, name + "-a", position), 0);
            array.SetValue(Sample(element, name + "-b", position), 1);
            return array;
        }

        if (underlying == typeof(LeadLifecycle.Opportunities.PermittedStageTransition))
        {
            return new LeadLifecycle.Opportunities.PermittedStageTransition(LeadLifecycle.Opportunities.OpportunityStageTrigger.MoveTo, $"{name}-{position}");
        }

        if (typeof(DefinitionError).IsAssignableFrom(underlying))
        {
            return new DuplicateValueError($"{name}-definition", $"{name}-value", "detail");
        }

        throw new NotSupportedException($"No sample for a {type} parameter ('{name}'): add one to {nameof(ErrorSamples)}.");
    }
}
