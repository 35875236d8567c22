using System.Globalization;
using System.Text;
using FluentResults;
using LeadLifecycle.Conversion;
using LeadLifecycle.Leads;

namespace LeadLifecycle.Testing;

#pragma warning disable CA1034 // The steps are a closed set: nesting them shows it, and reads as LeadStep.Convert.
public abstract partial record LeadStep
{
    /// <summary>Edits the lead's email, as a user does in a form between two verbs (guards often look at it).</summary>
    /// <remarks>An open lead is edited directly (the edit is not a verb and records no event); a converted lead
    /// only through <see cref="LeadWorkflow.EditConvertedLead"/>, which refuses it unless the workflow allows
    /// converted-lead edits.</remarks>
    /// <param name="Email">The new email; null to clear it.</param>
    public sealed record SetEmail(string? Email) : LeadStep
    {
        /// <inheritdoc />
        public override string ToString() => $"{nameof(SetEmail)}({Quote(Email)})";

        internal override StepOutcome<Lead> Apply(LeadWorkflow workflow, LeadConverter? converter, Lead lead)
        {
            var edited = lead with { Email = Email };
            return lead.IsConverted
                ? StepOutcome<Lead>.Of(lead, workflow.EditConvertedLead(lead, edited), workflow.CanEditConvertedLead(lead, edited))
                : new StepOutcome<Lead>(Result.Ok(), edited, null, null);
        }
    }

    /// <summary>Converts the lead with <see cref="LeadConverter.Convert"/>; the runner needs a converter for it.</summary>
    /// <param name="Request">The conversion request.</param>
    public sealed record Convert(ConversionRequest Request) : LeadStep
    {
        /// <inheritdoc />
        public override string ToString()
        {
            var text = new StringBuilder(nameof(Convert)).Append('(').Append(Quote(Request.ConvertedStatus));
            if (Request.DoNotCreateOpportunity)
            {
                text.Append(", DoNotCreateOpportunity");
            }

            if (Request.OpportunityName is { } name)
            {
                text.Append(CultureInfo.InvariantCulture, $", OpportunityName = {Quote(name)}");
            }

            if (Request.ExistingAccount is { } account)
            {
                text.Append(CultureInfo.InvariantCulture, $", ExistingAccount = {account.Id}");
            }

            if (Request.ExistingContact is { } contact)
            {
                text.Append(CultureInfo.InvariantCulture, $", ExistingContact = {contact.Id}");
            }

            if (Request.OverwriteLeadSource)
            {
                text.Append(", OverwriteLeadSource");
            }

            if (Request.OwnerId is { } owner)
            {
                text.Append(CultureInfo.InvariantCulture, $", OwnerId = {owner}");
            }

            return text.Append(')').ToString();
        }

        internal override StepOutcome<Lead> Apply(LeadWorkflow workflow, LeadConverter? converter, Lead lead)
        {
            if (converter is null)
            {
                throw new InvalidOperationException($"The step {this} converts the lead: give the LeadRunner a LeadConverter.");
            }

            var canConvert = converter.CanConvert(lead, Request);
            var result = converter.Convert(lead, Request);
            return result.IsSuccess
                ? new StepOutcome<Lead>(result, result.Value.Lead, result.Value.Event, canConvert)
                : new StepOutcome<Lead>(result, lead, null, canConvert);
        }

        internal override IEnumerable<LeadStep> Simplify(IReadOnlyList<string> statuses)
        {
            var plain = new ConversionRequest(Request.ConvertedStatus);
            if (Request != plain)
            {
                yield return new Convert(plain);
            }
        }
    }
}
#pragma warning restore CA1034
