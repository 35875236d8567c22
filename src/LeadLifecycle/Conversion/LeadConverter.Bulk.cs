using System.Runtime.ExceptionServices;
using FluentResults;
using LeadLifecycle.Leads;

namespace LeadLifecycle.Conversion;

/// <content>Bulk conversion: streamed, any number of leads, one result per lead in input order.</content>
/// <remarks>
/// Failure semantics, the same for every bulk method: a refused lead is a failed result and never affects another.
/// An exception from user code (the lead source, the request selector, the duplicate matcher, the id generator) or a
/// cancellation ends the sequence: the caller first receives the result of every lead before the failing one, in
/// order, then the exception; after the failure is observed no user code is called for any later lead and no further
/// lead is read from the source. Abandoning the enumeration stops the work in flight as well.
/// </remarks>
public sealed partial class LeadConverter
{
    /// <summary>Converts a stream of leads with the same request, one by one, lazily.</summary>
    /// <remarks>No cap on the number of leads; each lead is converted on its own and all-or-nothing, so a refused lead
    /// never affects another. Results come in input order as the sequence is enumerated. An exception from user code
    /// ends the sequence after the results of every earlier lead; see the class remarks.</remarks>
    /// <param name="leads">The leads.</param>
    /// <param name="request">The conversion options for every lead.</param>
    /// <returns>One result per lead, in input order.</returns>
    /// <remarks>To cancel, use the overload with a request selector: <c>ConvertMany(leads, _ => request, token)</c>.</remarks>
    public IEnumerable<Result<LeadConversion>> ConvertMany(IEnumerable<Lead> leads, ConversionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ConvertMany(leads, _ => request);
    }

    /// <summary>Converts a stream of leads, each with its own request, one by one, lazily.</summary>
    /// <remarks>As <see cref="ConvertMany(IEnumerable{Lead}, ConversionRequest)"/>; the request selector runs on the
    /// enumerating thread. An exception from user code or a cancellation ends the sequence after the results of
    /// every earlier lead.</remarks>
    /// <param name="leads">The leads.</param>
    /// <param name="requestFor">Gives the conversion options for a lead.</param>
    /// <param name="cancellationToken">Stops the conversion before the next lead; the sequence then throws
    /// <see cref="OperationCanceledException"/>.</param>
    /// <returns>One result per lead, in input order.</returns>
    public IEnumerable<Result<LeadConversion>> ConvertMany(
        IEnumerable<Lead> leads, Func<Lead, ConversionRequest> requestFor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(leads);
        ArgumentNullException.ThrowIfNull(requestFor);
        return Sequential(leads, requestFor, cancellationToken);
    }

    /// <summary>Converts a stream of leads with the same request on several threads, lazily, in input order.</summary>
    /// <remarks>The leads are read in batches on the enumerating thread and converted on the thread pool; at most
    /// twice <see cref="BulkConversionOptions.MaxDegreeOfParallelism"/> batches are held at once, so memory does not
    /// grow with the number of leads. Results are the same as
    /// <see cref="ConvertMany(IEnumerable{Lead}, ConversionRequest)"/>'s (ids aside, which the id
    /// generator gives in another order), in input order, with the same failure semantics: on an exception at lead
    /// n the caller receives the results of leads 0 to n-1, then the exception, and no user code runs for a lead after
    /// n once the failure is recorded (a call already under way on another thread finishes). Abandoning the
    /// enumeration stops the batches in flight before their next lead. To cancel, use the overload with a request
    /// selector and options.</remarks>
    /// <param name="leads">The leads.</param>
    /// <param name="request">The conversion options for every lead.</param>
    /// <returns>One result per lead, in input order.</returns>
    public IEnumerable<Result<LeadConversion>> ConvertManyParallel(IEnumerable<Lead> leads, ConversionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ConvertManyParallel(leads, _ => request, new BulkConversionOptions());
    }

    /// <summary>Converts a stream of leads, each with its own request, on several threads, lazily, in input order.</summary>
    /// <remarks>As <see cref="ConvertManyParallel(IEnumerable{Lead}, ConversionRequest)"/>; the request selector runs
    /// on the enumerating thread.</remarks>
    /// <param name="leads">The leads.</param>
    /// <param name="requestFor">Gives the conversion options for a lead.</param>
    /// <param name="options">Degree of parallelism and batch size.</param>
    /// <param name="cancellationToken">Stops every worker before its next lead; the sequence then throws
    /// <see cref="OperationCanceledException"/> after the results of the leads converted before.</param>
    /// <returns>One result per lead, in input order.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The degree of parallelism or the batch size is below 1; the
    /// parameter name is the property's.</exception>
    public IEnumerable<Result<LeadConversion>> ConvertManyParallel(
        IEnumerable<Lead> leads, Func<Lead, ConversionRequest> requestFor, BulkConversionOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(leads);
        ArgumentNullException.ThrowIfNull(requestFor);
        ArgumentNullException.ThrowIfNull(options);
        if (options.MaxDegreeOfParallelism < 1)
        {
            throw OutOfRange(nameof(BulkConversionOptions.MaxDegreeOfParallelism), options.MaxDegreeOfParallelism, "At least one batch must convert at a time.");
        }

        if (options.BatchSize < 1)
        {
            throw OutOfRange(nameof(BulkConversionOptions.BatchSize), options.BatchSize, "A batch holds at least one lead.");
        }

        return options.MaxDegreeOfParallelism == 1
            ? Sequential(leads, requestFor, cancellationToken)
            : Parallel(leads, requestFor, options.MaxDegreeOfParallelism, options.BatchSize, cancellationToken);
    }

    private IEnumerable<Result<LeadConversion>> Sequential(IEnumerable<Lead> leads, Func<Lead, ConversionRequest> requestFor, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        foreach (var lead in leads)
        {
            ArgumentNullException.ThrowIfNull(lead, nameof(leads));
            var request = requestFor(lead);
            cancellationToken.ThrowIfCancellationRequested();
            yield return Convert(lead, request);
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    /// <summary>Keeps a window of batches in flight; every <paramref name="degree"/>-th batch is converted by the
    /// enumerating thread itself when its turn comes, so it works instead of waiting, and results leave in order.</summary>
    private IEnumerable<Result<LeadConversion>> Parallel(
        IEnumerable<Lead> leads, Func<Lead, ConversionRequest> requestFor, int degree, int batchSize, CancellationToken cancellationToken)
    {
        var window = degree * 2;
        var run = new BulkRun(cancellationToken);
        var pending = new Queue<(Batch Batch, Task<Batch>? Task)>(window);
        var sequence = 0;
        var exhausted = false;
        ExceptionDispatchInfo? readFailure = null;
        using var enumerator = leads.GetEnumerator();
        try
        {
            while (true)
            {
                while (!exhausted && pending.Count < window)
                {
                    if (run.Failed || cancellationToken.IsCancellationRequested)
                    {
                        // A worker failed or the caller cancelled: read nothing more; the batches before still count.
                        exhausted = true;
                        break;
                    }

                    var batch = ReadBatch(enumerator, requestFor, batchSize, sequence * batchSize, out readFailure);
                    if (readFailure is not null)
                    {
                        run.Fail(batch?.Start + batch?.Count ?? sequence * batchSize);
                        exhausted = true;
                    }

                    if (batch is null)
                    {
                        exhausted = true;
                        break;
                    }

                    var inline = sequence++ % degree == 0 || readFailure is not null;
                    pending.Enqueue((batch, inline ? null : Task.Run(() => ConvertBatch(batch, run))));
                }

                if (pending.Count == 0)
                {
                    readFailure?.Throw();
                    cancellationToken.ThrowIfCancellationRequested();
                    yield break;
                }

                var (head, task) = pending.Dequeue();
                var done = task is null ? ConvertBatch(head, run) : task.GetAwaiter().GetResult();
                for (var i = 0; i < done.Converted; i++)
                {
                    yield return done.Results[i];
                }

                done.Failure?.Throw();
                if (done.Converted < done.Count)
                {
                    // Stopped because of a failure further on, or a cancellation: nothing after this batch is owed.
                    readFailure?.Throw();
                    cancellationToken.ThrowIfCancellationRequested();
                    throw new InvalidOperationException("A bulk conversion batch stopped without a failure.");
                }
            }
        }
        finally
        {
            // Normal end, failure or abandoned enumeration: stop every worker before its next lead, then wait for the
            // lead each may be converting, so no user code (matcher, id generator) runs once the caller is told.
            run.Fail(-1);
            foreach (var (_, task) in pending)
            {
                task?.GetAwaiter().GetResult(); // ConvertBatch catches every exception: the wait never throws.
            }
        }
    }

    private static Batch? ReadBatch(
        IEnumerator<Lead> enumerator, Func<Lead, ConversionRequest> requestFor, int batchSize, int start, out ExceptionDispatchInfo? failure)
    {
        failure = null;
        Batch? batch = null;
        try
        {
            while ((batch?.Count ?? 0) < batchSize && enumerator.MoveNext())
            {
                var lead = enumerator.Current;
                ArgumentNullException.ThrowIfNull(lead, "leads");
                var request = requestFor(lead);
                batch ??= new Batch(start, batchSize);
                batch.Add(lead, request);
            }
        }
#pragma warning disable CA1031 // Any exception of the caller's source or selector is rethrown in order, after the earlier results.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            failure = ExceptionDispatchInfo.Capture(exception);
        }

        return batch;
    }

    /// <summary>Converts a batch lead by lead until it ends, a lead throws, or the run stops at or before a lead of it.</summary>
    private Batch ConvertBatch(Batch batch, BulkRun run)
    {
        for (var i = 0; i < batch.Count; i++)
        {
            var index = batch.Start + i;
            if (run.StopsBefore(index))
            {
                break;
            }

            if (run.CancellationToken.IsCancellationRequested)
            {
                run.Fail(index);
                break;
            }

            try
            {
                batch.Results[i] = Convert(batch.Leads[i], batch.Requests[i]);
                batch.Converted = i + 1;
            }
#pragma warning disable CA1031 // The exception is handed to the enumerating thread and rethrown there, in input order.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                run.Fail(index);
                batch.Failure = ExceptionDispatchInfo.Capture(exception);
                break;
            }
        }

        return batch;
    }

    /// <summary>Leads read for one batch, and what converting them gave.</summary>
    private sealed class Batch(int start, int capacity)
    {
        public int Start { get; } = start;

        public Lead[] Leads { get; } = new Lead[capacity];

        public ConversionRequest[] Requests { get; } = new ConversionRequest[capacity];

        public Result<LeadConversion>[] Results { get; } = new Result<LeadConversion>[capacity];

        public int Count { get; private set; }

        public int Converted { get; set; }

        public ExceptionDispatchInfo? Failure { get; set; }

        public void Add(Lead lead, ConversionRequest request)
        {
            Leads[Count] = lead;
            Requests[Count] = request;
            Count++;
        }
    }

    /// <summary>The state the workers of one bulk run share: the index of the first lead known to fail (no lead at or
    /// after it is converted), and the caller's cancellation.</summary>
    private sealed class BulkRun(CancellationToken cancellationToken)
    {
        private int _stopAt = int.MaxValue;

        public CancellationToken CancellationToken { get; } = cancellationToken;

        public bool Failed => Volatile.Read(ref _stopAt) != int.MaxValue;

        public bool StopsBefore(int index) => index >= Volatile.Read(ref _stopAt);

        /// <summary>Records a failure at a lead: the lowest index wins.</summary>
        public void Fail(int index)
        {
            var current = Volatile.Read(ref _stopAt);
            while (index < current)
            {
                var seen = Interlocked.CompareExchange(ref _stopAt, index, current);
                if (seen == current)
                {
                    return;
                }

                current = seen;
            }
        }
    }
}
