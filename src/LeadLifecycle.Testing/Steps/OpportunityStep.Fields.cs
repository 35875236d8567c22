using System.Globalization;
using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Testing;

#pragma warning disable CA1034 // The steps are a closed set: nesting them shows it, and reads as OpportunityStep.ChangeAmount.
public abstract partial record OpportunityStep
{
    /// <summary>Calls <see cref="OpportunityWorkflow.ChangeAmount"/>.</summary>
    /// <param name="Amount">The new amount; null to clear it.</param>
    public sealed record ChangeAmount(decimal? Amount) : OpportunityStep
    {
        /// <inheritdoc />
        public override string ToString() =>
            $"{nameof(ChangeAmount)}({(Amount is { } amount ? amount.ToString(CultureInfo.InvariantCulture) + "m" : "null")})";

        internal override StepOutcome<Opportunity> Apply(OpportunityWorkflow workflow, Opportunity opportunity) =>
            StepOutcome<Opportunity>.Of(opportunity, workflow.ChangeAmount(opportunity, Amount), workflow.CanChangeAmount(opportunity, Amount));

        internal override IEnumerable<OpportunityStep> Simplify(IReadOnlyList<string> stages)
        {
            if (Amount is not (null or 0m))
            {
                yield return new ChangeAmount(0m);
                if (decimal.Truncate(Amount.Value) != Amount.Value)
                {
                    yield return new ChangeAmount(decimal.Truncate(Amount.Value));
                }
            }
        }
    }

    /// <summary>Calls <see cref="OpportunityWorkflow.ChangeCloseDate"/>.</summary>
    /// <param name="CloseDate">The new close date.</param>
    public sealed record ChangeCloseDate(DateOnly CloseDate) : OpportunityStep
    {
        /// <inheritdoc />
        public override string ToString() =>
            $"{nameof(ChangeCloseDate)}({CloseDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})";

        internal override StepOutcome<Opportunity> Apply(OpportunityWorkflow workflow, Opportunity opportunity) =>
            StepOutcome<Opportunity>.Of(opportunity, workflow.ChangeCloseDate(opportunity, CloseDate), workflow.CanChangeCloseDate(opportunity, CloseDate));
    }

    /// <summary>Calls <see cref="OpportunityWorkflow.OverrideProbability"/>.</summary>
    /// <param name="Probability">The probability in percent.</param>
    public sealed record OverrideProbability(int Probability) : OpportunityStep
    {
        /// <inheritdoc />
        public override string ToString() =>
            $"{nameof(OverrideProbability)}({Probability.ToString(CultureInfo.InvariantCulture)})";

        internal override StepOutcome<Opportunity> Apply(OpportunityWorkflow workflow, Opportunity opportunity) =>
            StepOutcome<Opportunity>.Of(opportunity, workflow.OverrideProbability(opportunity, Probability), workflow.CanOverrideProbability(opportunity, Probability));

        internal override IEnumerable<OpportunityStep> Simplify(IReadOnlyList<string> stages) =>
            Probability is 0 or 50 ? [] : [new OverrideProbability(50)];
    }

    /// <summary>Calls <see cref="OpportunityWorkflow.OverrideForecastCategory"/>.</summary>
    /// <param name="ForecastCategory">The forecast category.</param>
    public sealed record OverrideForecastCategory(ForecastCategory ForecastCategory) : OpportunityStep
    {
        /// <inheritdoc />
        public override string ToString() => $"{nameof(OverrideForecastCategory)}({ForecastCategory})";

        internal override StepOutcome<Opportunity> Apply(OpportunityWorkflow workflow, Opportunity opportunity) =>
            StepOutcome<Opportunity>.Of(opportunity, workflow.OverrideForecastCategory(opportunity, ForecastCategory), workflow.CanOverrideForecastCategory(opportunity, ForecastCategory));
    }
}
#pragma warning restore CA1034
