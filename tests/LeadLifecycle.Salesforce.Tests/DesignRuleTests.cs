using System.Reflection;
using System.Runtime.CompilerServices;
using LeadLifecycle.Errors;

namespace LeadLifecycle.Salesforce.Tests;

/// <summary>The library's design rules, applied to this package's public types.</summary>
public class DesignRuleTests
{
    private static readonly Type[] PublicTypes = typeof(SalesforceMetadataReader).Assembly.GetExportedTypes();

    [Fact]
    public void EveryPublicClass_IsSealedStaticOrAbstract()
    {
        Assert.Empty(PublicTypes.Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract).Select(t => t.FullName));
    }

    [Fact]
    public void EveryPublicType_HasNoPublicSetterButInit()
    {
        var mutable = PublicTypes
            .Where(t => !typeof(FluentResults.Error).IsAssignableFrom(t))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } setter
                && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}");

        Assert.Empty(mutable);
    }

    [Fact]
    public void EveryErrorType_IsSealedWithACodeFromACatalogue()
    {
        var codes = typeof(SalesforceErrorCodes).GetFields().Concat(typeof(ErrorCodes).GetFields())
            .Select(f => (string)f.GetRawConstantValue()!).ToHashSet(StringComparer.Ordinal);
        var errors = new LeadLifecycleError[]
        {
            new MalformedFileError("f", 1, "d"),
            new RecordFieldError("f", 1, 2, "c", "v", "e"),
            new MalformedRecordError("f", 1, 2, "d"),
            new MetadataDefinitionError("f", 1, new UnknownValueError("p", "v", "d")),
            new MetadataLimitExceededError("f", 1, "MaxDepth", 32, "d"),
            new AmbiguousLabelError("p", "l", ["a", "b"], DefinitionValueKind.Status),
            new ValueResolvedByLabelWarning("f", 1, "p", "l", "v"),
            new DuplicateFieldMappingWarning("f", 2, 1, "A__c -> Account.A__c"),
            new WebToLeadFieldError("last_name", WebToLeadProblem.LeadValidation, null, "d"),
        };

        Assert.Equal(PublicTypes.Count(t => typeof(LeadLifecycleError).IsAssignableFrom(t)), errors.Length);
        Assert.All(errors, e => Assert.True(e.GetType().IsSealed));
        Assert.All(errors, e => Assert.Contains(e.Code, codes));
    }

    [Fact]
    public void EveryPublicEnumMember_HasAnExplicitNonZeroValue()
    {
        foreach (var type in PublicTypes.Where(t => t.IsEnum))
        {
            Assert.DoesNotContain(0, Enum.GetValuesAsUnderlyingType(type).Cast<int>());
        }
    }
}
