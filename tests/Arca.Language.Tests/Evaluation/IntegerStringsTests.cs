namespace Arca.Language.Tests.Evaluation;

using Arca.Language.Evaluation;

public sealed class IntegerStringsTests
{
    [Theory]
    [InlineData(0L, "0")]
    [InlineData(255L, "255")]
    [InlineData(256L, "256")]
    [InlineData(65535L, "65535")]
    [InlineData(65536L, "65536")]
    [InlineData(-1L, "-1")]
    [InlineData(long.MinValue, "-9223372036854775808")]
    [InlineData(long.MaxValue, "9223372036854775807")]
    public void Each_integer_gets_its_decimal_text(long value, string text)
    {
        var strings = new IntegerStrings();
        Assert.Equal(text, strings.Of(value).Text);
        Assert.Equal(text, strings.Of(value).Text);
        Assert.False(strings.Of(value).HasContext);
    }

    [Fact]
    public void Small_integers_are_made_once_and_large_ones_each_time()
    {
        var strings = new IntegerStrings();
        Assert.Same(strings.Of(1234), strings.Of(1234));
        Assert.Same(strings.Of(IntegerStrings.Limit - 1), strings.Of(IntegerStrings.Limit - 1));
        Assert.NotSame(strings.Of(IntegerStrings.Limit), strings.Of(IntegerStrings.Limit));
        Assert.NotSame(strings.Of(-5), strings.Of(-5));
    }
}
