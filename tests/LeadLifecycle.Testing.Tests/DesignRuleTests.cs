using System.Reflection;
using System.Runtime.CompilerServices;
using LeadLifecycle.Leads;

namespace LeadLifecycle.Testing.Tests;

/// <summary>The library's design rules, applied to the testing kit's public API.</summary>
public sealed class DesignRuleTests
{
    private static readonly Type[] PublicTypes = typeof(SequentialIdGenerator).Assembly.GetExportedTypes();

    [Fact]
    public void EveryPublicClass_IsSealedStaticOrAbstract() =>
        Assert.Empty(PublicTypes.Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract).Select(t => t.FullName));

    [Fact]
    public void EveryPublicRecordAndClass_IsImmutable_NoPublicSetterButInit() =>
        Assert.Empty(PublicTypes
            .Where(t => !t.IsInterface && !typeof(Exception).IsAssignableFrom(t))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } setter && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}"));

    [Fact]
    public void TheStepHierarchies_AreClosed_EveryStepSealed()
    {
        foreach (var root in new[] { typeof(LeadStep), typeof(OpportunityStep) })
        {
            Assert.True(root.IsAbstract);
            // An internal abstract member cannot be overridden outside the kit, so no other assembly can add a step.
            Assert.Contains(root.GetMethods(BindingFlags.Instance | BindingFlags.NonPublic), m => m.IsAbstract && m.IsAssembly);
            Assert.DoesNotContain(root.GetConstructors(BindingFlags.Instance | BindingFlags.Public), c => c.GetParameters().Length == 0);
            var steps = PublicTypes.Where(t => t.IsSubclassOf(root)).ToList();
            Assert.NotEmpty(steps);
            Assert.All(steps, t => Assert.True(t.IsSealed, t.Name));
        }
    }

    [Fact]
    public void TheKit_DependsOnTheCoreAndFsCheckOnly()
    {
        var references = typeof(SequentialIdGenerator).Assembly.GetReferencedAssemblies().Select(a => a.Name!)
            .Where(n => !n.StartsWith("System", StringComparison.Ordinal) && n != "netstandard" && n != "mscorlib")
            .Order(StringComparer.Ordinal);

        // FluentResults comes with the core, FSharp.Core with FsCheck: the package itself depends on those two only.
        Assert.Equal(new[] { "FluentResults", "FSharp.Core", "FsCheck", typeof(Lead).Assembly.GetName().Name! }.Order(StringComparer.Ordinal), references);
    }
}
