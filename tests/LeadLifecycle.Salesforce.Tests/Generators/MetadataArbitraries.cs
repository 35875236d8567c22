using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace LeadLifecycle.Salesforce.Tests;

/// <summary>A metadata file with a deep or wide run of elements inserted at one element position.</summary>
/// <param name="Kind">"statuses" (a LeadStatus value set), "process" (a lead business process) or "settings" (lead conversion settings).</param>
/// <param name="Slot">Which position of the template the run is inserted at.</param>
/// <param name="SlotDepth">The depth the first inserted element lands at (the root element is depth 1).</param>
/// <param name="Deep">True for nested elements, false for siblings.</param>
/// <param name="Count">How many elements the run has.</param>
/// <param name="MaxDepth">The depth limit to read with.</param>
public sealed record HostileDocument(string Kind, int Slot, int SlotDepth, bool Deep, int Count, int MaxDepth)
{
    /// <summary>Gets the depth of the deepest inserted element.</summary>
    public int DeepestInserted => Count == 0 ? 0 : Deep ? SlotDepth + Count - 1 : SlotDepth;

    public string Xml
    {
        get
        {
            var run = Count == 0 ? string.Empty
                : Deep ? new StringBuilder().Insert(0, "<n>", Count).Append('t').Append(new StringBuilder().Insert(0, "</n>", Count)).ToString()
                : new StringBuilder().Insert(0, "<n a=\"1\">t</n>", Count).ToString();
            var slots = new string[MetadataArbitraries.SlotCount(Kind)];
            Array.Fill(slots, string.Empty);
            slots[Slot] = run;
            return string.Format(System.Globalization.CultureInfo.InvariantCulture, MetadataArbitraries.Template(Kind), slots);
        }
    }

    public override string ToString() => $"{Kind} slot {Slot} (depth {SlotDepth}) {(Deep ? "deep" : "wide")} x{Count}, MaxDepth {MaxDepth}";
}

/// <summary>A value set of a given size read with a given values-per-set limit.</summary>
public sealed record SizedValueSet(int Count, int Limit)
{
    public string Xml => Fixture.ValueSet(string.Concat(Enumerable.Range(1, Count).Select(i => $"<standardValue><fullName>V{i}</fullName><label>Value {i}</label></standardValue>\n")));
}

/// <summary>A generated org: a lead process and a sales process, each naming some values by label instead of API name.</summary>
public sealed record GeneratedOrg(GeneratedBusinessProcess Lead, bool[] LeadByLabel, GeneratedSalesProcess Sales, bool[] SalesByLabel)
{
    /// <summary>The names the lead process writes: a label where chosen and where the label names one value only and no API name.</summary>
    public (string Name, bool IsDefault)[] LeadValues =>
        Written(Lead.Selected, Lead.Default, LeadByLabel, Lead.ValueSet.Statuses.Select(s => (s.Name, s.Label)).ToArray());

    public (string Name, bool IsDefault)[] SalesValues =>
        Written(Sales.Selected, Sales.Default, SalesByLabel, Sales.Stages.Select(s => (s.Name, s.Label)).ToArray());

    public int LabelCount => LeadValues.Count(v => !Lead.Selected.Contains(v.Name)) + SalesValues.Count(v => !Sales.Selected.Contains(v.Name));

    public override string ToString() => $"{Lead} by label [{string.Join(",", LeadByLabel)}]; {Sales} by label [{string.Join(",", SalesByLabel)}]";

    private static (string, bool)[] Written(string[] selected, string defaultName, bool[] byLabel, (string Name, string Label)[] values) =>
        [.. selected.Select((name, i) =>
        {
            var label = values.First(v => v.Name == name).Label;
            var usable = byLabel.Length > 0 && byLabel[i % byLabel.Length] && values.Count(v => v.Label == label) == 1 && values.All(v => v.Name != label);
            return (usable ? label : name, name == defaultName);
        })];
}

public static class MetadataArbitraries
{
    private const string Ns = "xmlns=\"http://soap.sforce.com/2006/04/metadata\"";

    /// <summary>Every element position of the templates with the depth an element inserted there lands at.</summary>
    private static readonly Dictionary<string, (string Template, int[] Depths)> Templates = new()
    {
        ["statuses"] = (
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<StandardValueSet " + Ns + ">{0}\n<sorted>{1}false</sorted>\n"
            + "<standardValue>{2}<fullName>{3}Open{4}</fullName>\n<default>{5}true</default><label>{6}Open</label><converted>false</converted></standardValue>\n"
            + "<standardValue><fullName>Won</fullName><converted>true{7}</converted>{8}</standardValue>{9}\n</StandardValueSet>",
            [2, 3, 3, 4, 4, 4, 4, 4, 3, 2]),
        ["process"] = (
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<BusinessProcess " + Ns + ">{0}\n<fullName>{1}Web</fullName>\n<isActive>{2}true</isActive>\n"
            + "<values>{3}<fullName>{4}Open</fullName><default>{5}true</default></values>\n<values><fullName>Won</fullName>{6}<default>false</default></values>{7}\n</BusinessProcess>",
            [2, 3, 3, 3, 4, 4, 3, 2]),
        ["settings"] = (
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<LeadConvertSettings " + Ns + ">{0}\n<allowOwnerChange>{1}true</allowOwnerChange>\n"
            + "<objectMapping>{2}<inputObject>{3}Lead</inputObject>\n<mappingFields>{4}<inputField>{5}Region__c</inputField><outputField>{6}Region__c</outputField></mappingFields>\n"
            + "<outputObject>{7}Account</outputObject></objectMapping>{8}\n<opportunityCreationOptions>{9}VisibleOptional</opportunityCreationOptions>\n</LeadConvertSettings>",
            [2, 3, 3, 4, 4, 5, 5, 4, 2, 3]),
    };

    public static string Template(string kind) => Templates[kind].Template;

    public static int SlotCount(string kind) => Templates[kind].Depths.Length;

    /// <summary>Deep and wide runs at every element position; counts cluster around the depth limit and reach thousands.</summary>
    public static Arbitrary<HostileDocument> HostileDocuments() =>
        (from kind in Gen.Elements("statuses", "process", "settings")
         from slot in Gen.Choose(0, Templates[kind].Depths.Length - 1)
         from deep in Gen.Elements(true, false)
         from maxDepth in Gen.Elements(4, 8, 32, 100_000)
         from count in Gen.Frequency(
             (3, Gen.Choose(0, 12)),
             (3, Gen.Choose(Math.Max(0, maxDepth - 6), Math.Min(maxDepth + 2, 40))),
             (1, Gen.Choose(1_000, 20_000)))
         select new HostileDocument(kind, slot, Templates[kind].Depths[slot], deep, count, maxDepth)).ToArbitrary();

    /// <summary>Value sets up to and past the values-per-set limit.</summary>
    public static Arbitrary<SizedValueSet> SizedValueSets() =>
        (from limit in Gen.Choose(1, 60)
         from count in Gen.Frequency((2, Gen.Choose(0, limit)), (2, Gen.Choose(limit - 1, limit + 2)), (1, Gen.Choose(limit, 3 * limit)))
         select new SizedValueSet(Math.Max(0, count), limit)).ToArbitrary();

    public static Arbitrary<GeneratedOrg> Orgs() =>
        (from lead in SalesforceArbitraries.BusinessProcesses().Generator
         from leadByLabel in Gen.Elements(true, false).ArrayOf(lead.Selected.Length)
         from sales in SalesforceArbitraries.SalesProcesses().Generator
         from salesByLabel in Gen.Elements(true, false).ArrayOf(sales.Selected.Length)
         select new GeneratedOrg(lead, leadByLabel, sales, salesByLabel)).ToArbitrary();
}
