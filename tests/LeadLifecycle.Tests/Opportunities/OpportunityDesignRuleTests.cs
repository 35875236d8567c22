using System.Reflection;
using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Tests.Opportunities;

/// <summary>Design rules of the opportunities namespace, as tests: sealed, immutable types.</summary>
public class OpportunityDesignRuleTests
{
    private static readonly Type[] PublicTypes = [.. typeof(SalesProcess).Assembly.GetExportedTypes()
        .Where(t => t.Namespace == typeof(SalesProcess).Namespace)];

    [Fact]
    public void EveryPublicClass_IsSealedOrStatic_ExceptTheEventBase()
    {
        var open = PublicTypes.Where(t => t.IsClass && !t.IsSealed && !(t.IsAbstract && t.IsSealed) && t != typeof(OpportunityEvent));
        Assert.Empty(open);
    }

    [Fact]
    public void NoPublicType_ExceptTheBuilder_HasAPublicSetter()
    {
        var mutable = PublicTypes
            .Where(t => t != typeof(SalesProcessBuilder))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Where(p => p.SetMethod is { IsPublic: true } setter
                && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit)))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}");
        Assert.Empty(mutable);
    }
}
