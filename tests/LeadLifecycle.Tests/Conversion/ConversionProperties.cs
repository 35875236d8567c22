using FluentResults;
using FsCheck.Xunit;
using LeadLifecycle.Conversion;
using LeadLifecycle.Errors;
using LeadLifecycle.Leads;
using LeadLifecycle.Serialization;
using LeadLifecycle.Testing;
using LeadLifecycle.Tests.Generators;
using LeadLifecycle.Tests.Support;
using static LeadLifecycle.Tests.Conversion.ConversionFieldReader;

namespace LeadLifecycle.Tests.Conversion;

[Properties(Arbitrary = [typeof(ConversionArbitraries)], MaxTest = 200)]
public sealed class ConversionProperties
{
    private static LeadConverter ConverterFor(ConversionCase c, IIdGenerator? ids = null) =>
        new(LeadProcess.SalesforceClassic, new LeadConverterOptions
        {
            FieldMapping = c.Mapping(),
            TimeProvider = new FakeTimeProvider(ConversionTestData.Now),
            IdGenerator = ids ?? new SequentialIdGenerator(),
            AllowPersonAccountLeads = c.PersonAccounts,
        });

    [Property]
    public void Convert_EveryResultAndRecord_SurvivesAJsonRoundTrip(ConversionCase c)
    {
        var conversion = ConverterFor(c).Convert(c.Lead, c.Request()).Value;

        Assert.Equal(conversion, LeadLifecycleJson.Deserialize<LeadConversion>(LeadLifecycleJson.Serialize(conversion)).Value);
        Assert.Equal(conversion.Account, LeadLifecycleJson.Deserialize<Account>(LeadLifecycleJson.Serialize(conversion.Account)).Value);
        Assert.Equal(conversion.Event, LeadLifecycleJson.Deserialize<LeadConverted>(LeadLifecycleJson.Serialize(conversion.Event)).Value);
    }

    [Property]
    public void Convert_NoDataIsLost_EveryNonEmptyMappedFieldArrivesWhereTheMappingSays(ConversionCase c)
    {
        var converter = ConverterFor(c);
        var request = c.Request();

        var conversion = converter.Convert(c.Lead, request).Value;

        foreach (var rule in converter.FieldMapping.Rules)
        {
            if (rule.Target == ConversionTarget.Opportunity && conversion.Opportunity is null)
            {
                continue;
            }

            if (conversion.Account.IsPersonAccount && rule.Target == ConversionTarget.Account && rule.TargetField == nameof(Account.Name))
            {
                continue;   // a person account's name is derived from the person's names; the blank company goes nowhere
            }

            var value = ReadSource(c.Lead, c.RequestOwner, rule.LeadField);
            var target = Target(conversion, rule.Target);
            var before = rule.Target switch
            {
                ConversionTarget.Account => (object?)c.ExistingAccount,
                ConversionTarget.Contact => c.ExistingAccount is { IsPersonAccount: true } person ? PersonContactOf(person) : c.ExistingContact,
                _ => null,
            };
            var custom = rule.TargetField.EndsWith("__c", StringComparison.Ordinal);
            var expected = custom ? AsText(value) : value;
            var actual = Read(target, rule.TargetField);
            if (IsEmpty(value))
            {
                continue;
            }

            if (before is null)
            {
                Assert.Equal(expected, actual);
            }
            else if (IsEmpty(Read(before, rule.TargetField)) && rule.TargetField is not ("OwnerId" or "DoNotCall" or "HasOptedOutOfEmail"))
            {
                Assert.Equal(expected, actual);
            }
        }
    }

    [Property]
    public void Convert_IntoExistingRecords_NeverOverwritesANonEmptyField(ConversionCase c)
    {
        var conversion = ConverterFor(c).Convert(c.Lead, c.Request()).Value;

        if (c.ExistingAccount is { } account)
        {
            foreach (var field in FieldsOf(typeof(Account)))
            {
                var before = Read(account, field);
                var derived = account.IsPersonAccount && field == nameof(Account.Name);   // a person account's name follows its names
                var overwritable = account.IsPersonAccount && field == nameof(Account.PersonLeadSource) && c.OverwriteLeadSource;
                if (!IsEmpty(before) && before is not CustomFields && !derived && !overwritable)
                {
                    Assert.Equal(before, Read(conversion.Account, field));
                }
            }

            foreach (var (name, value) in account.CustomFields)
            {
                Assert.Equal(value, conversion.Account.CustomFields.Get(name));
            }
        }

        if (c.ExistingContact is { } contact)
        {
            foreach (var field in FieldsOf(typeof(Contact)))
            {
                var before = Read(contact, field);
                if (!IsEmpty(before) && before is not CustomFields && !(field == nameof(Contact.LeadSource) && c.OverwriteLeadSource))
                {
                    Assert.Equal(before, Read(conversion.Contact, field));
                }
            }

            Assert.Equal(contact.DoNotCall, conversion.Contact.DoNotCall);
            Assert.Equal(contact.HasOptedOutOfEmail, conversion.Contact.HasOptedOutOfEmail);
            Assert.Equal(contact.HasOptedOutOfFax || c.Lead.HasOptedOutOfFax, conversion.Contact.HasOptedOutOfFax);
            Assert.Equal(contact.OwnerId, conversion.Contact.OwnerId);
        }
    }

    [Property]
    public void Convert_GivesExactlyOneAccountAndContact_AndAnOpportunityExactlyWhenRequested(ConversionCase c)
    {
        var conversion = ConverterFor(c).Convert(c.Lead, c.Request()).Value;

        Assert.False(conversion.Account.Id.IsEmpty);
        Assert.False(conversion.Contact.Id.IsEmpty);
        Assert.Equal(conversion.Account.Id, conversion.Contact.AccountId);
        Assert.Equal(c.ExistingAccount is null, conversion.AccountCreated);
        Assert.Equal(c.ExistingContact is null && c.ExistingAccount is not { IsPersonAccount: true }, conversion.ContactCreated);
        Assert.Equal(c.PersonAccounts && (c.ExistingAccount?.IsPersonAccount ?? string.IsNullOrWhiteSpace(c.Lead.Company)), conversion.Account.IsPersonAccount);
        if (conversion.Account.IsPersonAccount)
        {
            Assert.Equal(conversion.Contact.Id, conversion.Account.PersonContactId);
            Assert.Equal(conversion.Contact.Name, conversion.Account.Name);
        }
        Assert.Equal(!c.DoNotCreateOpportunity, conversion.Opportunity is not null);
        Assert.Equal(!c.DoNotCreateOpportunity, conversion.OpportunityCreated);
        Assert.Equal(conversion.Opportunity?.Id, conversion.Lead.ConvertedOpportunityId);
        Assert.Equal(conversion.Account.Id, conversion.Lead.ConvertedAccountId);
        Assert.Equal(conversion.Contact.Id, conversion.Lead.ConvertedContactId);
    }

    [Property(Arbitrary = [typeof(ConversionArbitraries), typeof(AnyConversionArbitraries)])]
    public void Convert_WhenItFails_ReturnsNoRecordsAndLeavesTheLeadUntouched(ConversionCase c)
    {
        var before = c.Lead with { };
        var ids = new SequentialIdGenerator();

        var result = ConverterFor(c, ids).Convert(c.Lead, c.Request());

        Assert.Equal(before, c.Lead);
        if (result.IsFailed)
        {
            Assert.Null(result.ValueOrDefault);
            Assert.NotEmpty(result.Errors);
            Assert.All(result.Errors, e => Assert.IsAssignableFrom<LeadLifecycleError>(e));
            Assert.Equal("001000001", ids.NewAccountId().Value);
        }
    }

    [Property(Arbitrary = [typeof(ConversionArbitraries), typeof(AnyConversionArbitraries)], MaxTest = 300)]
    public void CanConvert_AlwaysPredictsConvert(ConversionCase c, bool withDuplicates)
    {
        var matcher = withDuplicates ? new FakeDuplicateMatcher([new AccountId("001DUPLICATE001")]) : null;
        var converter = new LeadConverter(LeadProcess.SalesforceClassic, new LeadConverterOptions
        {
            FieldMapping = c.Mapping(),
            TimeProvider = new FakeTimeProvider(ConversionTestData.Now),
            IdGenerator = new SequentialIdGenerator(),
            AllowPersonAccountLeads = c.PersonAccounts,
            DuplicateMatcher = matcher,
        });

        Assert.Equal(converter.Convert(c.Lead, c.Request()).IsSuccess, converter.CanConvert(c.Lead, c.Request()));
    }

    [Property]
    public void ConvertedLead_RefusesEveryVerb(ConversionCase c)
    {
        var converted = ConverterFor(c).Convert(c.Lead, c.Request()).Value.Lead;
        var workflow = new LeadWorkflow(LeadProcess.SalesforceClassic);
        var refusals = new ResultBase[]
        {
            ConverterFor(c).Convert(converted, c.Request()),
            workflow.MarkContacted(converted),
            workflow.MoveTo(converted, "Working - Contacted"),
            workflow.Disqualify(converted, "Lost"),
            workflow.Recycle(converted),
            workflow.Fire(converted, LeadStatusTrigger.Convert, ConversionCase.ConvertedStatus),
            workflow.RecordInterestShown(converted),
            workflow.RecordMeetingAgreed(converted),
            workflow.RecordPricingAgreed(converted),
        };

        Assert.All(refusals, r => Assert.Equal(ErrorCodes.CannotUpdateConvertedLead, ((LeadLifecycleError)Assert.Single(r.Errors)).Code));
        Assert.False(workflow.CanMarkContacted(converted));
        Assert.False(ConverterFor(c).CanConvert(converted, c.Request()));
    }

    [Property(MaxTest = 100)]
    public void ConvertMany_GivesTheSameResultsAsOneByOne_InTheSameOrder(ConversionCase[] cases)
    {
        var mapping = LeadFieldMapping.SalesforceStandard;
        LeadConverter Make() => new(LeadProcess.SalesforceClassic, new LeadConverterOptions
        {
            FieldMapping = mapping,
            TimeProvider = new FakeTimeProvider(ConversionTestData.Now),
            IdGenerator = new SequentialIdGenerator(),
        });
        Func<Lead, ConversionRequest> InOrder()
        {
            var queue = new Queue<ConversionCase>(cases);
            return lead => queue.Dequeue() is var c && ReferenceEquals(c.Lead, lead) ? c.Request() : throw new InvalidOperationException("out of order");
        }

        var oneByOneConverter = Make();
        var oneByOne = cases.Select(c => oneByOneConverter.Convert(c.Lead, c.Request())).ToArray();

        var bulk = Make().ConvertMany(cases.Select(c => c.Lead), InOrder()).ToArray();
        var parallel = Make().ConvertManyParallel(cases.Select(c => c.Lead), InOrder(), new BulkConversionOptions { MaxDegreeOfParallelism = 2, BatchSize = 3 }).ToArray();

        Assert.Equal(oneByOne.Select(Describe), bulk.Select(Describe));
        Assert.Equal(oneByOne.Select(r => Describe(r, withoutIds: true)), parallel.Select(r => Describe(r, withoutIds: true)));
    }

    /// <summary>A comparable view of a result: the records, or the error codes.</summary>
    private static object Describe(Result<LeadConversion> result) => Describe(result, withoutIds: false);

    private static object Describe(Result<LeadConversion> result, bool withoutIds)
    {
        if (result.IsFailed)
        {
            return string.Join(",", result.Errors.Cast<LeadLifecycleError>().Select(e => e.Code));
        }

        var v = result.Value;
        return withoutIds
            ? (object)(
                v.Lead with { ConvertedAccountId = null, ConvertedContactId = null, ConvertedOpportunityId = null },
                v.Account with { Id = default },
                v.Contact with { Id = default, AccountId = null },
                v.Opportunity is null ? null : v.Opportunity with { Id = default, AccountId = null, ContactId = null },
                v.AccountCreated, v.ContactCreated, v.OpportunityCreated)
            : v with { };
    }
}
