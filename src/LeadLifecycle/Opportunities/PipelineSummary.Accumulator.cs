namespace LeadLifecycle.Opportunities;

/// <content>The running sums of a summary, with an integer fast path for currency amounts.</content>
public sealed partial class PipelineSummary
{
    /// <summary>Running sums per (stage, category) cell of counts, amounts and the opportunities' expected revenues.</summary>
    /// <remarks>An amount with at most 2 decimals (every currency value Salesforce stores) is added as a whole number of
    /// hundredths, and its expected revenue is rounded in integers, to the same value as
    /// <see cref="OpportunityAmounts.ExpectedRevenueOf"/> (half away from zero) without decimal multiplications, roundings
    /// or additions per opportunity. The cell's totals are then the same decimals as adding every value in
    /// <see cref="decimal"/>: the same value and the same scale (the largest scale of the amounts added; expected revenues
    /// have 2 decimals). Other amounts take the decimal path.</remarks>
    private sealed class Accumulator(SalesProcess process)
    {
        /// <summary>The largest mantissa of an amount within <see cref="OpportunityFieldLimits.MaxAmount"/>, by scale 0 to 2.</summary>
        private static readonly ulong[] MaxMantissa = [9_999_999_999_999_999, 99_999_999_999_999_999, 999_999_999_999_999_999];

        private static readonly ulong[] HundredthsPerUnit = [100, 10, 1];

        private readonly int[] _counts = new int[(process.StageCount + 1) * CategorySlots];
        private readonly decimal[] _amounts = new decimal[(process.StageCount + 1) * CategorySlots];
        private readonly decimal[] _weighted = new decimal[(process.StageCount + 1) * CategorySlots];
        private readonly int[] _wholeCounts = new int[(process.StageCount + 1) * CategorySlots];
        private readonly Int128[] _amountHundredths = new Int128[(process.StageCount + 1) * CategorySlots];
        private readonly Int128[] _weightedHundredths = new Int128[(process.StageCount + 1) * CategorySlots];
        private readonly byte[] _amountScale = new byte[(process.StageCount + 1) * CategorySlots];

        public Accumulator AddAll(IEnumerable<Opportunity> opportunities)
        {
            foreach (var opportunity in opportunities)
            {
                Add(opportunity);
            }

            return this;
        }

        public void Add(Opportunity opportunity)
        {
            ArgumentNullException.ThrowIfNull(opportunity);
            var stage = process.IndexOf(opportunity.Stage);
            if (stage < 0)
            {
                stage = process.StageCount;
            }

            var category = (uint)opportunity.ForecastCategory < CategoryCount ? (int)opportunity.ForecastCategory : CategoryCount;
            var cell = (stage * CategorySlots) + category;
            var amount = opportunity.Amount ?? 0m;
            var probability = opportunity.Probability;
            if (OpportunityAmounts.IsValidProbability(probability) && AddInHundredths(cell, amount, (uint)probability))
            {
                _counts[cell]++;
                return;
            }

            if (!OpportunityAmounts.IsValid(amount) || !OpportunityAmounts.IsValidProbability(probability))
            {
                throw new ArgumentException(
                    $"Opportunity {opportunity.Id} has an amount ({amount}) or probability ({probability}) that no workflow verb accepts; "
                    + $"amounts lie within {OpportunityFieldLimits.MaxAmount} either side of zero, probabilities between 0 and 100.",
                    nameof(opportunity));
            }

            _counts[cell]++;
            _amounts[cell] += amount;
            _weighted[cell] += OpportunityAmounts.ExpectedRevenueOf(amount, probability);
        }

        public PipelineSummary ToSummary()
        {
            for (var cell = 0; cell < _counts.Length; cell++)
            {
                if (_wholeCounts[cell] == 0)
                {
                    continue;
                }

                var scale = _amountScale[cell];
                var amount = ToDecimal(_amountHundredths[cell] / (long)HundredthsPerUnit[scale], scale);
                var weighted = ToDecimal(_weightedHundredths[cell], 2);
                var decimalPath = _wholeCounts[cell] < _counts[cell];
                _amounts[cell] = decimalPath ? _amounts[cell] + amount : amount;
                _weighted[cell] = decimalPath ? _weighted[cell] + weighted : weighted;
            }

            return new(process, _counts, _amounts, _weighted);
        }

        /// <summary>A decimal of the given scale from a whole number of its units (within 96 bits: the sums of at most
        /// <see cref="int.MaxValue"/> amounts of at most 10^18 hundredths each).</summary>
        private static decimal ToDecimal(Int128 units, byte scale)
        {
            var negative = units < 0;
            var magnitude = (UInt128)(negative ? -units : units);
            return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), (int)(uint)(magnitude >> 64), negative, scale);
        }

        /// <summary>Adds an amount of at most 2 decimals within the limit, and its expected revenue, in hundredths; false
        /// (nothing added) for any other amount.</summary>
        private bool AddInHundredths(int cell, decimal amount, uint probability)
        {
            Span<int> bits = stackalloc int[4];
            decimal.GetBits(amount, bits);
            var scale = (bits[3] >> 16) & 0xFF;
            if (bits[2] != 0 || scale > 2)
            {
                return false;
            }

            var mantissa = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
            if (mantissa > MaxMantissa[scale])
            {
                return false;
            }

            // Hundredths of the amount (at most 10^18), times the probability: ten-thousandths of the expected revenue,
            // rounded half away from zero to hundredths.
            var hundredths = mantissa * HundredthsPerUnit[scale];
            ulong revenue;
            if (hundredths <= ulong.MaxValue / 100)
            {
                revenue = ((hundredths * probability) + 50) / 100;
            }
            else
            {
                revenue = (ulong)((((UInt128)hundredths * probability) + 50) / 100);
            }

            var negative = bits[3] < 0;
            _amountHundredths[cell] += negative ? -(Int128)hundredths : hundredths;
            _weightedHundredths[cell] += negative ? -(Int128)revenue : revenue;
            if (scale > _amountScale[cell])
            {
                _amountScale[cell] = (byte)scale;
            }

            _wholeCounts[cell]++;
            return true;
        }
    }
}
