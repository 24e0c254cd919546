namespace Arca.Store.Serialisation;

using System.Buffers.Binary;
using System.Text;

/// <summary>Writes Nix's wire format: 8-byte little-endian numbers and length-prefixed strings padded to 8 bytes.</summary>
public static class WireFormat
{
    public static void WriteUInt64(Stream output, ulong value)
    {
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, value);
        output.Write(bytes);
    }

    public static void WriteString(Stream output, ReadOnlySpan<byte> value)
    {
        WriteUInt64(output, (ulong)value.Length);
        output.Write(value);
        int padding = (8 - (value.Length & 7)) & 7;
        if (padding > 0) output.Write(stackalloc byte[padding]);
    }

    public static void WriteString(Stream output, string value) => WriteString(output, Encoding.UTF8.GetBytes(value));

    public static void WriteStrings(Stream output, IReadOnlyCollection<string> values)
    {
        WriteUInt64(output, (ulong)values.Count);
        foreach (var value in values) WriteString(output, value);
    }
}
