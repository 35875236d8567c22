using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using LeadLifecycle.Leads;

namespace LeadLifecycle.Conversion;

/// <summary>Compiles a mapping into one method where the runtime compiles code (everywhere but native AOT, where the
/// rules run one by one: <see cref="LeadFieldMapping.ApplySteps"/>). Each standard rule becomes its merge rule inlined
/// with constant arguments, so the JIT folds the switches on fields and records away and a conversion reads and
/// writes the fields directly; a rule without an expression (custom fields, formatted values) is a call of its step.
/// The merge rules themselves are the same methods the steps call.</summary>
internal static class MappingCompiler
{
    /// <summary>The mapping as one step.</summary>
    public static MappingStep Compile(LeadFieldMapping mapping)
    {
        if (!RuntimeFeature.IsDynamicCodeCompiled)
        {
            return mapping.ApplySteps;
        }

        var lead = Expression.Parameter(typeof(Lead), "lead");
        var owner = Expression.Parameter(typeof(OwnerId?), "owner");
        var draft = Expression.Parameter(typeof(ConversionDraft).MakeByRefType(), "draft");
        var body = new List<Expression>(mapping.Steps.Length + 1);
        foreach (var (source, target, step) in mapping.Steps)
        {
            body.Add(source.InlineInto(target, lead, owner, draft) ?? Expression.Invoke(Expression.Constant(step), lead, owner, draft));
        }

        body.Add(Expression.Empty());
        return Expression.Lambda<MappingStep>(Expression.Block(body), lead, owner, draft).Compile();
    }
}
