namespace Arca.Language.Evaluation;

/// <summary>
/// Room on the stack for the texts of a few strings about to be joined (an interpolation's parts, a short
/// <c>concatStringsSep</c> list), so that joining them allocates only the result.
/// </summary>
[System.Runtime.CompilerServices.InlineArray(Length)]
internal struct TextParts
{
    public const int Length = 8;
    private string? _first;
}
