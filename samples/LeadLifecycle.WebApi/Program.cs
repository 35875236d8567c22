using LeadLifecycle.AspNetCore;
using LeadLifecycle.Leads;
using LeadLifecycle.Opportunities;
using LeadLifecycle.Salesforce;
using LeadLifecycle.WebApi;
using Microsoft.EntityFrameworkCore;

// The reference web app: Web-to-Lead intake, lead status changes, conversion with a duplicate check against the
// database, stage moves, closing, the pipeline and the process diagrams, on a SQLite file created on start.
// The lines marked "glue" at their end are the library-specific glue (mapping, concurrency, error translation, DI,
// JSON): 26 lines in the whole app.
var builder = WebApplication.CreateBuilder(args);
var database = builder.Configuration.GetConnectionString("Crm") ?? $"Data Source={Path.Combine(AppContext.BaseDirectory, "crm.db")}";
builder.Services.AddDbContext<CrmDb>(o => o.UseSqlite(database));
builder.Services.AddLeadLifecycle(); // glue
builder.Services.AddLeadLifecycleDuplicateMatcher<DatabaseDuplicateMatcher>(); // glue
builder.Services.AddSingleton(services => new WebToLeadIntake(services.GetRequiredService<LeadWorkflow>())); // glue
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi();

var app = builder.Build();
using (var scope = app.Services.CreateScope())
{
    scope.ServiceProvider.GetRequiredService<CrmDb>().Database.EnsureCreated();
}

app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapOpenApi();
app.MapLeadEndpoints();
app.MapOpportunityEndpoints();
app.MapGet("/pipeline", async (SalesProcess process, CrmDb db, CancellationToken cancellationToken) =>
    PipelineSummary.Create(process, await db.Opportunities.AsNoTracking().ToListAsync(cancellationToken)));
app.MapGet("/diagrams/lead-process", (LeadProcess process) => Results.Text(process.ToMermaidGraph(), "text/plain"));
app.MapGet("/diagrams/sales-process", (SalesProcess process) => Results.Text(process.ToMermaidGraph(), "text/plain"));
app.Run();

/// <summary>The entry point, public for <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
