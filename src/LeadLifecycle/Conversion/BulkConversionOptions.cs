namespace LeadLifecycle.Conversion;

/// <summary>Options of a parallel bulk conversion (<see cref="LeadConverter.ConvertManyParallel(IEnumerable{Leads.Lead}, Func{Leads.Lead, ConversionRequest}, BulkConversionOptions, CancellationToken)"/>).</summary>
/// <remarks>At most <see cref="MaxDegreeOfParallelism"/> times 2 batches of <see cref="BatchSize"/> leads are held
/// at once, so memory stays bounded however many leads stream through.</remarks>
public sealed record BulkConversionOptions
{
    /// <summary>Gets how many batches convert at once. Default: <see cref="Environment.ProcessorCount"/>.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Gets how many leads one batch holds. Default: 128, small enough that the results in flight rarely
    /// outlive a gen-0 garbage collection.</summary>
    public int BatchSize { get; init; } = 128;
}
