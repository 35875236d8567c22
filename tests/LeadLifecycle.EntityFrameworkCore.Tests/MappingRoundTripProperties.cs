using FsCheck.Xunit;
using LeadLifecycle.Conversion;
using LeadLifecycle.EntityFrameworkCore.Tests.Generators;
using LeadLifecycle.Leads;
using LeadLifecycle.Opportunities;
using Microsoft.EntityFrameworkCore;

namespace LeadLifecycle.EntityFrameworkCore.Tests;

/// <summary>Every record type reads back equal to what was saved, every field included.</summary>
[Properties(Arbitrary = [typeof(RecordArbitraries)], MaxTest = 60)]
public sealed class MappingRoundTripProperties
{
    [Property]
    public void Leads_RoundTrip(Lead lead)
    {
        using var database = new SqliteDatabase();
        using (var context = database.NewContext())
        {
            Assert.True(context.SaveNewAsync(lead).GetAwaiter().GetResult().IsSuccess);
        }

        using var reader = database.NewContext();
        Assert.Equal(lead, reader.Set<Lead>().AsNoTracking().Single(l => l.Id == lead.Id));
    }

    [Property]
    public void AccountsAndContacts_RoundTrip(Account account, Contact contact)
    {
        using var database = new SqliteDatabase();
        using (var context = database.NewContext())
        {
            context.AddRange(account, contact);
            context.SaveChanges();
        }

        using var reader = database.NewContext();
        Assert.Equal(account, reader.Set<Account>().AsNoTracking().Single());
        Assert.Equal(contact, reader.Set<Contact>().AsNoTracking().Single());
    }

    [Property]
    public void Opportunities_RoundTripWithTheirHistoryAsRows(Opportunity opportunity)
    {
        using var database = new SqliteDatabase();
        using (var context = database.NewContext())
        {
            Assert.True(context.SaveNewAsync(opportunity).GetAwaiter().GetResult().IsSuccess);
        }

        using var reader = database.NewContext();
        Assert.Equal(opportunity, reader.FindOpportunityAsync(opportunity.Id).GetAwaiter().GetResult());
        var rows = reader.Set<OpportunityHistoryRow>().AsNoTracking().OrderBy(r => r.Sequence).ToList();
        Assert.Equal(Enumerable.Range(0, opportunity.History.Count), rows.Select(r => r.Sequence));
        Assert.Equal(opportunity.History, rows.Select(r => r.ToEntry()));
        Assert.Empty(reader.Set<Opportunity>().AsNoTracking().Single().History);
    }
}
