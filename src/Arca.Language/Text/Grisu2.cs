using System.Collections.Immutable;
using System.Numerics;

namespace Arca.Language.Text;

/// <summary>
/// Florian Loitsch's Grisu2 (with the boundary handling nlohmann::json uses for its to_chars): the digits toJSON
/// prints for a double. Grisu2 always round-trips but, for about one value in a thousand, is not the shortest
/// form, so .NET's shortest formatting cannot stand in for it.
/// </summary>
internal static class Grisu2
{
    /// <summary>A 64-bit significand and binary exponent: f × 2^e.</summary>
    private readonly record struct DiyFp(ulong F, int E)
    {
        public static DiyFp Subtract(DiyFp x, DiyFp y) => new(x.F - y.F, x.E);

        /// <summary>The upper 64 bits of the 128-bit product, rounded half up.</summary>
        public static DiyFp Multiply(DiyFp x, DiyFp y)
        {
            UInt128 product = (UInt128)x.F * y.F;
            ulong high = (ulong)(product >> 64);
            ulong low = (ulong)product;
            if ((low & (1UL << 63)) != 0)
                high++;
            return new(high, x.E + y.E + 64);
        }

        public static DiyFp Normalize(DiyFp x)
        {
            int shift = BitOperations.LeadingZeroCount(x.F);
            return new(x.F << shift, x.E - shift);
        }

        public static DiyFp NormalizeTo(DiyFp x, int targetExponent) => new(x.F << (x.E - targetExponent), targetExponent);
    }

    private readonly record struct CachedPower(ulong F, int E, int K);

    private const int Alpha = -60;
    private const int MinDecimalExponent = -300;
    private const int DecimalStep = 8;

    /// <summary>10^k for k = -300, -292, …, 324, each rounded to the nearest 64-bit significand.</summary>
    private static readonly ImmutableArray<CachedPower> CachedPowers = ComputeCachedPowers();

    private static ImmutableArray<CachedPower> ComputeCachedPowers()
    {
        var builder = ImmutableArray.CreateBuilder<CachedPower>(79);
        for (int k = MinDecimalExponent; k <= 324; k += DecimalStep)
        {
            // Find e with 2^63 <= 10^k / 2^e < 2^64, then round the quotient to nearest (ties up).
            BigInteger numerator = k >= 0 ? BigInteger.Pow(10, k) : BigInteger.One;
            BigInteger denominator = k >= 0 ? BigInteger.One : BigInteger.Pow(10, -k);
            int e = (int)(numerator.GetBitLength() - denominator.GetBitLength()) - 64;
            while (true)
            {
                var (n, d) = e >= 0 ? (numerator, denominator << e) : (numerator << -e, denominator);
                BigInteger q = BigInteger.DivRem(n, d, out BigInteger r);
                if (q >= BigInteger.One << 64)
                {
                    e++;
                    continue;
                }
                if (q < BigInteger.One << 63)
                {
                    e--;
                    continue;
                }
                if (r * 2 >= d)
                    q++;
                builder.Add(new CachedPower((ulong)q, e, k));
                break;
            }
        }
        return builder.MoveToImmutable();
    }

    /// <summary>
    /// The digits of a positive finite double and their decimal exponent: value ≈ digits × 10^exponent.
    /// </summary>
    public static (string Digits, int DecimalExponent) Digits(double value)
    {
        var (v, minus, plus) = Boundaries(value);
        var cached = CachedPowerFor(plus.E);
        var c = new DiyFp(cached.F, cached.E);
        var w = DiyFp.Multiply(v, c);
        var wMinus = DiyFp.Multiply(minus, c);
        var wPlus = DiyFp.Multiply(plus, c);
        // Shrink the interval by one unit on each side so every result is inside the true boundaries.
        var mMinus = new DiyFp(wMinus.F + 1, wMinus.E);
        var mPlus = new DiyFp(wPlus.F - 1, wPlus.E);
        int decimalExponent = -cached.K;
        Span<char> buffer = stackalloc char[32];
        int length = GenerateDigits(buffer, ref decimalExponent, mMinus, w, mPlus);
        return (new string(buffer[..length]), decimalExponent);
    }

    private static (DiyFp V, DiyFp Minus, DiyFp Plus) Boundaries(double value)
    {
        const int bias = 1075;
        const ulong hiddenBit = 1UL << 52;
        ulong bits = (ulong)BitConverter.DoubleToInt64Bits(value);
        int biasedExponent = (int)(bits >> 52);
        ulong fraction = bits & (hiddenBit - 1);
        var v = biasedExponent == 0
            ? new DiyFp(fraction, 1 - bias)
            : new DiyFp(fraction + hiddenBit, biasedExponent - bias);
        // At a power of two the gap below is half the gap above.
        bool lowerBoundaryIsCloser = fraction == 0 && biasedExponent > 1;
        var plus = new DiyFp(2 * v.F + 1, v.E - 1);
        var minus = lowerBoundaryIsCloser ? new DiyFp(4 * v.F - 1, v.E - 2) : new DiyFp(2 * v.F - 1, v.E - 1);
        var normalizedPlus = DiyFp.Normalize(plus);
        var normalizedMinus = DiyFp.NormalizeTo(minus, normalizedPlus.E);
        return (DiyFp.Normalize(v), normalizedMinus, normalizedPlus);
    }

    private static CachedPower CachedPowerFor(int binaryExponent)
    {
        int f = Alpha - binaryExponent - 1;
        int k = (f * 78913) / (1 << 18) + (f > 0 ? 1 : 0);
        int index = (-MinDecimalExponent + k + (DecimalStep - 1)) / DecimalStep;
        return CachedPowers[index];
    }

    private static int LargestPowerOfTen(uint n, out uint power)
    {
        uint p = 1000000000;
        int digits = 10;
        while (digits > 1 && n < p)
        {
            p /= 10;
            digits--;
        }
        power = p;
        return digits;
    }

    private static void Round(Span<char> buffer, int length, ulong distance, ulong delta, ulong rest, ulong tenK)
    {
        // Move the last digit down while that brings the result closer to w and stays inside the interval.
        while (rest < distance && delta - rest >= tenK && (rest + tenK < distance || distance - rest > rest + tenK - distance))
        {
            buffer[length - 1]--;
            rest += tenK;
        }
    }

    private static int GenerateDigits(Span<char> buffer, ref int decimalExponent, DiyFp mMinus, DiyFp w, DiyFp mPlus)
    {
        ulong delta = DiyFp.Subtract(mPlus, mMinus).F;
        ulong distance = DiyFp.Subtract(mPlus, w).F;
        int shift = -mPlus.E;
        ulong one = 1UL << shift;
        uint p1 = (uint)(mPlus.F >> shift);
        ulong p2 = mPlus.F & (one - 1);
        int length = 0;

        int n = LargestPowerOfTen(p1, out uint power);
        while (n > 0)
        {
            uint digit = p1 / power;
            p1 %= power;
            buffer[length++] = (char)('0' + digit);
            n--;
            ulong rest = ((ulong)p1 << shift) + p2;
            if (rest <= delta)
            {
                decimalExponent += n;
                Round(buffer, length, distance, delta, rest, (ulong)power << shift);
                return length;
            }
            power /= 10;
        }

        int m = 0;
        while (true)
        {
            p2 *= 10;
            ulong digit = p2 >> shift;
            p2 &= one - 1;
            buffer[length++] = (char)('0' + digit);
            m++;
            delta *= 10;
            distance *= 10;
            if (p2 <= delta)
                break;
        }
        decimalExponent -= m;
        Round(buffer, length, distance, delta, p2, one);
        return length;
    }
}
