using FluentResults;
using LeadLifecycle.Leads;

namespace LeadLifecycle.Conversion;

/// <content>Bulk conversion: streamed, any number of leads, one result per lead in input order.</content>
public sealed partial class LeadConverter
{
    /// <summary>Converts a stream of leads with the same request, one by one, lazily.</summary>
    /// <remarks>No cap on the number of leads; each lead is converted on its own and all-or-nothing, so a refused lead
    /// never affects another. Results come in input order as the sequence is enumerated.</remarks>
    /// <param name="leads">The leads.</param>
    /// <param name="request">The conversion options for every lead.</param>
    /// <returns>One result per lead, in input order.</returns>
    public IEnumerable<Result<LeadConversion>> ConvertMany(IEnumerable<Lead> leads, ConversionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ConvertMany(leads, _ => request);
    }

    /// <summary>Converts a stream of leads, each with its own request, one by one, lazily.</summary>
    /// <remarks>As <see cref="ConvertMany(IEnumerable{Lead}, ConversionRequest)"/>; the request selector runs on the
    /// enumerating thread.</remarks>
    /// <param name="leads">The leads.</param>
    /// <param name="requestFor">Gives the conversion options for a lead.</param>
    /// <returns>One result per lead, in input order.</returns>
    public IEnumerable<Result<LeadConversion>> ConvertMany(IEnumerable<Lead> leads, Func<Lead, ConversionRequest> requestFor)
    {
        ArgumentNullException.ThrowIfNull(leads);
        ArgumentNullException.ThrowIfNull(requestFor);
        return Sequential(leads, requestFor);
    }

    /// <summary>Converts a stream of leads with the same request on several threads, lazily, in input order.</summary>
    /// <remarks>The leads are read in batches on the enumerating thread and converted on the thread pool; at most
    /// twice <see cref="BulkConversionOptions.MaxDegreeOfParallelism"/> batches are held at once, so memory does not
    /// grow with the number of leads. Results are the same as <see cref="ConvertMany(IEnumerable{Lead}, ConversionRequest)"/>'s
    /// (ids aside, which the id generator gives in another order), in input order. Abandoning the enumeration lets
    /// the batches in flight finish and drops their results.</remarks>
    /// <param name="leads">The leads.</param>
    /// <param name="request">The conversion options for every lead.</param>
    /// <returns>One result per lead, in input order.</returns>
    public IEnumerable<Result<LeadConversion>> ConvertManyParallel(IEnumerable<Lead> leads, ConversionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ConvertManyParallel(leads, _ => request, new BulkConversionOptions());
    }

    /// <summary>Converts a stream of leads, each with its own request, on several threads, lazily, in input order.</summary>
    /// <remarks>As <see cref="ConvertManyParallel(IEnumerable{Lead}, ConversionRequest)"/>; the
    /// request selector runs on the enumerating thread.</remarks>
    /// <param name="leads">The leads.</param>
    /// <param name="requestFor">Gives the conversion options for a lead.</param>
    /// <param name="options">Degree of parallelism and batch size.</param>
    /// <returns>One result per lead, in input order.</returns>
    public IEnumerable<Result<LeadConversion>> ConvertManyParallel(
        IEnumerable<Lead> leads, Func<Lead, ConversionRequest> requestFor, BulkConversionOptions options)
    {
        ArgumentNullException.ThrowIfNull(leads);
        ArgumentNullException.ThrowIfNull(requestFor);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxDegreeOfParallelism, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchSize, 1, nameof(options));
        return options.MaxDegreeOfParallelism == 1
            ? Sequential(leads, requestFor)
            : Parallel(leads, requestFor, options.MaxDegreeOfParallelism, options.BatchSize);
    }

    private IEnumerable<Result<LeadConversion>> Sequential(IEnumerable<Lead> leads, Func<Lead, ConversionRequest> requestFor)
    {
        foreach (var lead in leads)
        {
            yield return Convert(lead, requestFor(lead));
        }
    }

    /// <summary>Keeps a window of batches in flight; every <paramref name="degree"/>-th batch is converted by the
    /// enumerating thread itself when its turn comes, so it works instead of waiting, and results leave in order.</summary>
    private IEnumerable<Result<LeadConversion>> Parallel(
        IEnumerable<Lead> leads, Func<Lead, ConversionRequest> requestFor, int degree, int batchSize)
    {
        var window = degree * 2;
        var pending = new Queue<((Lead Lead, ConversionRequest Request)[] Batch, Task<Result<LeadConversion>[]>? Task)>(window);
        var sequence = 0;
        var exhausted = false;
        using var enumerator = leads.GetEnumerator();
        while (true)
        {
            while (!exhausted && pending.Count < window)
            {
                var batch = ReadBatch(enumerator, requestFor, batchSize);
                if (batch is null)
                {
                    exhausted = true;
                    break;
                }

                var inline = sequence++ % degree == 0;
                pending.Enqueue((batch, inline ? null : Task.Run(() => ConvertBatch(batch))));
            }

            if (pending.Count == 0)
            {
                yield break;
            }

            var (head, task) = pending.Dequeue();
            var results = task is null ? ConvertBatch(head) : task.GetAwaiter().GetResult();
            foreach (var result in results)
            {
                yield return result;
            }
        }
    }

    private static (Lead Lead, ConversionRequest Request)[]? ReadBatch(
        IEnumerator<Lead> enumerator, Func<Lead, ConversionRequest> requestFor, int batchSize)
    {
        (Lead, ConversionRequest)[]? batch = null;
        var count = 0;
        while (count < batchSize && enumerator.MoveNext())
        {
            var lead = enumerator.Current;
            ArgumentNullException.ThrowIfNull(lead, "leads");
            batch ??= new (Lead, ConversionRequest)[batchSize];
            batch[count++] = (lead, requestFor(lead));
        }

        return batch is null ? null : count == batchSize ? batch : batch[..count];
    }

    private Result<LeadConversion>[] ConvertBatch((Lead Lead, ConversionRequest Request)[] batch)
    {
        var results = new Result<LeadConversion>[batch.Length];
        for (var i = 0; i < batch.Length; i++)
        {
            results[i] = Convert(batch[i].Lead, batch[i].Request);
        }

        return results;
    }
}
