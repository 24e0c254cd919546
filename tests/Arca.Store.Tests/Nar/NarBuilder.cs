namespace Arca.Store.Tests.Nar;

using System.Buffers.Binary;
using System.Text;

/// <summary>Builds archives token by token, so tests can write exactly the (malformed) bytes they mean.</summary>
internal sealed class NarBuilder
{
    private readonly MemoryStream _bytes = new();

    public NarBuilder Str(string s) => Bytes(Encoding.UTF8.GetBytes(s));

    public NarBuilder Bytes(byte[] b, byte paddingByte = 0)
    {
        Num((ulong)b.Length);
        _bytes.Write(b);
        for (int i = b.Length; i % 8 != 0; i++) _bytes.WriteByte(paddingByte);
        return this;
    }

    public NarBuilder Num(ulong n)
    {
        Span<byte> s = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(s, n);
        _bytes.Write(s);
        return this;
    }

    public NarBuilder Tokens(params string[] tokens)
    {
        foreach (var t in tokens) Str(t);
        return this;
    }

    public NarBuilder Regular(string contents, bool executable = false)
    {
        Tokens("(", "type", "regular");
        if (executable) Tokens("executable", "");
        return Tokens("contents", contents, ")");
    }

    public NarBuilder Entry(string name, Action<NarBuilder> node)
    {
        Tokens("entry", "(", "name", name, "node");
        node(this);
        return Tokens(")");
    }

    public byte[] ToArray() => _bytes.ToArray();

    public static NarBuilder Archive() => new NarBuilder().Str("nix-archive-1");
}
