using LeadLifecycle.Conversion;
using LeadLifecycle.Leads;
using LeadLifecycle.Opportunities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static LeadLifecycle.EntityFrameworkCore.ValueConversions;

namespace LeadLifecycle.EntityFrameworkCore;

/// <summary>The entity mappings, one per record; what they share is in <see cref="ValueConversions"/>.</summary>
internal static class RecordMappings
{
    private const int MoneyPrecision = 18;
    private const int MoneyScale = 2;

    public static void Lead(EntityTypeBuilder<Lead> lead)
    {
        lead.HasKey(l => l.Id);
        lead.Property(l => l.Id).HasConversion(LeadIdConverter).HasMaxLength(IdLength);
        lead.Property(l => l.Version).IsConcurrencyToken();
        lead.Property(l => l.LastName).IsRequired();
        lead.Property(l => l.Status).IsRequired();
        lead.Property(l => l.Address).HasConversion(AddressConverter, AddressComparer);
        lead.Property(l => l.AnnualRevenue).HasPrecision(MoneyPrecision, MoneyScale);
        lead.Property(l => l.OwnerId).HasConversion(OwnerIdConverter).HasMaxLength(IdLength);
        lead.Property(l => l.CampaignId).HasConversion(CampaignIdConverter).HasMaxLength(IdLength);
        lead.Property(l => l.PartnerAccountId).HasConversion(AccountIdConverter).HasMaxLength(IdLength);
        lead.Property(l => l.CampaignMemberships).HasConversion(CampaignMembershipsConverter, CampaignMembershipsComparer).IsRequired();
        lead.Property(l => l.CustomFields).HasConversion(CustomFieldsConverter, CustomFieldsComparer).IsRequired();
        lead.Property(l => l.ConvertedAccountId).HasConversion(AccountIdConverter).HasMaxLength(IdLength);
        lead.Property(l => l.ConvertedContactId).HasConversion(ContactIdConverter).HasMaxLength(IdLength);
        lead.Property(l => l.ConvertedOpportunityId).HasConversion(OpportunityIdConverter).HasMaxLength(IdLength);
        lead.Ignore(l => l.Name);
        lead.Ignore(l => l.PrimaryCampaignId);
    }

    public static void Account(EntityTypeBuilder<Account> account)
    {
        account.HasKey(a => a.Id);
        account.Property(a => a.Id).HasConversion(AccountIdConverter).HasMaxLength(IdLength);
        account.Property(a => a.Version).IsConcurrencyToken();
        account.Property(a => a.Name).IsRequired();
        account.Property(a => a.BillingAddress).HasConversion(AddressConverter, AddressComparer);
        account.Property(a => a.PersonMailingAddress).HasConversion(AddressConverter, AddressComparer);
        account.Property(a => a.AnnualRevenue).HasPrecision(MoneyPrecision, MoneyScale);
        account.Property(a => a.OwnerId).HasConversion(OwnerIdConverter).HasMaxLength(IdLength);
        account.Property(a => a.PersonContactId).HasConversion(ContactIdConverter).HasMaxLength(IdLength);
        account.Property(a => a.CustomFields).HasConversion(CustomFieldsConverter, CustomFieldsComparer).IsRequired();
    }

    public static void Contact(EntityTypeBuilder<Contact> contact)
    {
        contact.HasKey(c => c.Id);
        contact.Property(c => c.Id).HasConversion(ContactIdConverter).HasMaxLength(IdLength);
        contact.Property(c => c.Version).IsConcurrencyToken();
        contact.Property(c => c.LastName).IsRequired();
        contact.Property(c => c.AccountId).HasConversion(AccountIdConverter).HasMaxLength(IdLength);
        contact.Property(c => c.MailingAddress).HasConversion(AddressConverter, AddressComparer);
        contact.Property(c => c.OwnerId).HasConversion(OwnerIdConverter).HasMaxLength(IdLength);
        contact.Property(c => c.CustomFields).HasConversion(CustomFieldsConverter, CustomFieldsComparer).IsRequired();
        contact.Ignore(c => c.Name);
    }

    public static void Opportunity(EntityTypeBuilder<Opportunity> opportunity)
    {
        opportunity.HasKey(o => o.Id);
        opportunity.Property(o => o.Id).HasConversion(OpportunityIdConverter).HasMaxLength(IdLength);
        opportunity.Property(o => o.Version).IsConcurrencyToken();
        opportunity.Property(o => o.Name).IsRequired();
        opportunity.Property(o => o.Stage).IsRequired();
        opportunity.Property(o => o.AccountId).HasConversion(AccountIdConverter).HasMaxLength(IdLength);
        opportunity.Property(o => o.ContactId).HasConversion(ContactIdConverter).HasMaxLength(IdLength);
        opportunity.Property(o => o.OwnerId).HasConversion(OwnerIdConverter).HasMaxLength(IdLength);
        opportunity.Property(o => o.CampaignId).HasConversion(CampaignIdConverter).HasMaxLength(IdLength);
        opportunity.Property(o => o.PartnerAccountId).HasConversion(AccountIdConverter).HasMaxLength(IdLength);
        opportunity.Property(o => o.Amount).HasPrecision(MoneyPrecision, MoneyScale);
        opportunity.Property(o => o.ForecastCategory).HasConversion<string>().HasMaxLength(32);
        opportunity.Property(o => o.CustomFields).HasConversion(CustomFieldsConverter, CustomFieldsComparer).IsRequired();
        opportunity.Ignore(o => o.History);
        opportunity.Ignore(o => o.ExpectedRevenue);
    }

    public static void HistoryRow(EntityTypeBuilder<OpportunityHistoryRow> row)
    {
        row.HasKey(r => r.Id);
        row.Property(r => r.Id).ValueGeneratedOnAdd();
        row.Property(r => r.OpportunityId).HasConversion(OpportunityIdConverter).HasMaxLength(IdLength);
        row.HasIndex(r => new { r.OpportunityId, r.Sequence }).IsUnique();
        row.Property(r => r.Stage).IsRequired();
        row.Property(r => r.Amount).HasPrecision(MoneyPrecision, MoneyScale);
        row.Property(r => r.ForecastCategory).HasConversion<string>().HasMaxLength(32);
        row.HasOne<Opportunity>().WithMany().HasForeignKey(r => r.OpportunityId).OnDelete(DeleteBehavior.Cascade);
    }

    public static void Outbox(EntityTypeBuilder<LeadLifecycleOutboxMessage> message)
    {
        message.HasKey(m => m.Id);
        message.Property(m => m.Id).ValueGeneratedOnAdd();
        message.Property(m => m.EventType).IsRequired().HasMaxLength(128);
        message.Property(m => m.RecordType).IsRequired().HasMaxLength(32);
        message.Property(m => m.RecordId).IsRequired().HasMaxLength(IdLength);
        message.Property(m => m.Payload).IsRequired();
        message.HasIndex(m => m.ProcessedAt);
    }
}
