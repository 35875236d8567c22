using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using LeadLifecycle.Errors;
using LeadLifecycle.Tests.Support;

namespace LeadLifecycle.Tests.DesignRules;

/// <summary>The library's design rules as tests: a change that breaks one fails here, not in review.</summary>
public sealed partial class PublicApiDesignRuleTests
{
    private static readonly Assembly Library = typeof(LeadLifecycleError).Assembly;

    private static IEnumerable<Type> PublicTypes => Library.GetExportedTypes();

    [Fact]
    public void EveryPublicRecordAndClass_IsImmutable_NoPublicSetterButInit()
    {
        var mutable = PublicTypes
            .Where(t => !t.IsInterface && !t.IsEnum && !typeof(Exception).IsAssignableFrom(t) && !typeof(FluentResults.Error).IsAssignableFrom(t))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}")
            .ToList();

        Assert.Empty(mutable);
    }

    [Fact]
    public void EveryPublicClass_IsSealedStaticOrAbstract()
    {
        var open = PublicTypes
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract)
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(open);
    }

    [Fact]
    public void EveryErrorType_IsSealedWithAStableCodeFromTheCatalogue()
    {
        var catalogue = typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToHashSet(StringComparer.Ordinal);
        var errorTypes = PublicTypes.Where(t => typeof(LeadLifecycleError).IsAssignableFrom(t) && !t.IsAbstract).ToList();

        Assert.NotEmpty(errorTypes);
        foreach (var type in errorTypes)
        {
            Assert.True(type.IsSealed, $"{type.Name} must be sealed");
            var error = CreateSample(type);
            Assert.False(string.IsNullOrWhiteSpace(error.Code), $"{type.Name} has no code");
            Assert.Contains(error.Code, catalogue);
            Assert.Matches("^[A-Z][A-Z_]+$", error.Code);
        }
    }

    [Fact]
    public void ErrorCodes_AreUnique()
    {
        var codes = typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).ToList();

        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void NoPublicMember_ExposesAStatelessType()
    {
        var exposed = PublicTypes
            .SelectMany(t => SignatureTypes(t).Select(s => (Owner: t, Type: s)))
            .Where(p => p.Type.Assembly.GetName().Name == "Stateless")
            .Select(p => $"{p.Owner.Name} exposes {p.Type.Name}")
            .Distinct()
            .ToList();

        Assert.Empty(exposed);
    }

    [Fact]
    public void EveryPublicEnumMember_HasAnExplicitValue()
    {
        var sourceRoot = Path.Combine(Repository.Root, "src");
        var missing = new List<string>();
        foreach (var file in Directory.EnumerateFiles(sourceRoot, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains("/obj/", StringComparison.Ordinal)))
        {
            foreach (Match match in PublicEnum().Matches(File.ReadAllText(file)))
            {
                var body = CommentOrAttribute().Replace(match.Groups["body"].Value, string.Empty);
                missing.AddRange(body.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Where(member => member.Length > 0 && !member.Contains('=', StringComparison.Ordinal))
                    .Select(member => $"{match.Groups["name"].Value}.{member}"));
            }
        }

        Assert.Empty(missing);
        Assert.True(PublicTypes.Any(t => t.IsEnum), "the scan found no public enum: it is looking in the wrong place");
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private static LeadLifecycleError CreateSample(Type type)
    {
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var arguments = constructor.GetParameters().Select(p => SampleValue(p.ParameterType)).ToArray();
        return (LeadLifecycleError)constructor.Invoke(arguments);
    }

    private static object? SampleValue(Type type) => type switch
    {
        _ when type == typeof(string) => "sample",
        _ when type == typeof(int) => 1,
        _ when type.IsAssignableFrom(typeof(string[])) => new[] { "sample" },
        _ when type.IsValueType => Activator.CreateInstance(type),
        _ when type.IsInterface && type.IsGenericType => Array.CreateInstance(type.GetGenericArguments()[0], 0),
        _ => null,
    };

    private static IEnumerable<Type> SignatureTypes(Type type)
    {
        const BindingFlags visible = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var direct = new List<Type>();
        if (type.BaseType is { } baseType)
        {
            direct.Add(baseType);
        }

        direct.AddRange(type.GetInterfaces());
        direct.AddRange(type.GetFields(visible).Select(f => f.FieldType));
        direct.AddRange(type.GetProperties(visible).Select(p => p.PropertyType));
        foreach (var method in type.GetMethods(visible).Cast<MethodBase>().Concat(type.GetConstructors(visible)))
        {
            if (method is MethodInfo info)
            {
                direct.Add(info.ReturnType);
            }

            direct.AddRange(method.GetParameters().Select(p => p.ParameterType));
        }

        return direct.SelectMany(Flatten);
    }

    private static IEnumerable<Type> Flatten(Type type)
    {
        yield return type;
        var element = type.HasElementType ? type.GetElementType() : null;
        foreach (var inner in (element is null ? [] : new[] { element }).Concat(type.IsGenericType ? type.GetGenericArguments() : []))
        {
            foreach (var nested in Flatten(inner))
            {
                yield return nested;
            }
        }
    }

    [GeneratedRegex(@"public\s+enum\s+(?<name>\w+)[^{]*\{(?<body>[^}]*)\}", RegexOptions.Singleline)]
    private static partial Regex PublicEnum();

    [GeneratedRegex(@"//[^\n]*|\[[^\]]*\]", RegexOptions.Singleline)]
    private static partial Regex CommentOrAttribute();
}
