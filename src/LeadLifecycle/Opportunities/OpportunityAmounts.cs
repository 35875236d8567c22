namespace LeadLifecycle.Opportunities;

/// <summary>The currency rules of opportunities: the accepted amount range and expected revenue.</summary>
internal static class OpportunityAmounts
{
    /// <summary>Whether an amount lies within the limit; a double approximation settles every amount below 9e15 at
    /// once, and only those near the limit are compared exactly (a decimal comparison across scales is slow).</summary>
    public static bool IsValid(decimal amount)
    {
        var magnitude = Math.Abs((double)amount);
        return magnitude < 9e15 || (magnitude < 2e16 && amount is <= OpportunityFieldLimits.MaxAmount and >= -OpportunityFieldLimits.MaxAmount);
    }

    public static bool IsValid(decimal? amount) => amount is not { } a || IsValid(a);

    public static bool IsValidProbability(int probability) => (uint)probability <= 100u;

    /// <summary>Whether a forecast category is defined: the members are 0 to 5, so a range check is enough.</summary>
    public static bool IsDefined(ForecastCategory category) => (uint)category <= (uint)ForecastCategory.MostLikely;

    /// <summary>Amount times probability, as a currency value with 2 decimals, rounded half away from zero; null
    /// without an amount, and for an amount or probability outside the accepted ranges (a record no verb accepts).</summary>
    /// <remarks>Half away from zero is commercial rounding, what Salesforce shows for its 2-decimal currency fields
    /// (333.33 at 10% is 33.33; 0.05 at 10% is 0.01); banker's rounding would give 0.00 there. Within the accepted
    /// ranges the product has at most 19 significant digits, far from <see cref="decimal"/>'s limit.</remarks>
    public static decimal? ExpectedRevenue(decimal? amount, int probability) =>
        amount is { } a && IsValid(a) && IsValidProbability(probability)
            ? ExpectedRevenueOf(a, probability)
            : null;

    /// <summary>Amount times probability rounded to 2 decimals, for values already in range.</summary>
    /// <remarks>Rounds amount x probability (in hundredths) to a whole number, then scales by 0.01: the same value as
    /// rounding amount x probability / 100 to 2 decimals, without a decimal division, which would dominate a pipeline
    /// summary's time.</remarks>
    public static decimal ExpectedRevenueOf(decimal amount, int probability)
    {
        var hundredths = amount * probability;
        if (hundredths.Scale > 0)
        {
            hundredths = Math.Round(hundredths, 0, MidpointRounding.AwayFromZero);
        }

        return hundredths * 0.01m;
    }
}
