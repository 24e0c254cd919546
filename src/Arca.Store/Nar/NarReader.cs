namespace Arca.Store.Nar;

using System.Text;
using Arca.Store.Serialisation;

/// <summary>
/// Parses a Nix archive from a <see cref="ByteSource"/> and hands each object to an <see cref="INarVisitor"/>,
/// validating as Nix does: the magic, every tag, executable markers, sorted unique entry names that are not
/// empty, <c>.</c>, <c>..</c> and contain no <c>/</c> or NUL, non-empty symlink targets without NUL, zero padding,
/// bounded lengths and nesting. Contents stream through in pieces; memory does not grow with file size.
/// </summary>
public static class NarReader
{
    public static void Parse(ByteSource source, INarVisitor visitor)
    {
        byte[] magic;
        try
        {
            magic = source.ReadString(NarFormat.Magic.Length);
        }
        catch (NarFormatException)
        {
            throw Bad("input doesn't look like a Nix archive");
        }
        if (!magic.AsSpan().SequenceEqual("nix-archive-1"u8)) throw Bad("input doesn't look like a Nix archive");
        ParseNode(source, visitor, "", 0);
    }

    public static void Parse(Stream stream, INarVisitor visitor) => Parse(new ByteSource(stream), visitor);

    private static NarFormatException Bad(string message) => new("bad archive: " + message);

    private static string ReadTag(ByteSource source) => Encoding.UTF8.GetString(source.ReadString(NarFormat.MaxTagLength));

    private static void ExpectTag(ByteSource source, string expected)
    {
        var tag = ReadTag(source);
        if (tag != expected) throw Bad($"expected tag '{expected}', got '{tag}'");
    }

    private static void ParseNode(ByteSource source, INarVisitor visitor, string path, int depth)
    {
        if (depth >= NarFormat.MaxDepth)
            throw Bad($"NAR directory nesting exceeds maximum depth of {NarFormat.MaxDepth}");
        ExpectTag(source, "(");
        ExpectTag(source, "type");
        var type = ReadTag(source);
        switch (type)
        {
            case "regular":
                ParseRegular(source, visitor, path);
                break;
            case "directory":
                ParseDirectory(source, visitor, path, depth);
                break;
            case "symlink":
            {
                ExpectTag(source, "target");
                var target = source.ReadString(NarFormat.MaxTargetLength);
                if (target.Length == 0 || target.AsSpan().IndexOf((byte)0) >= 0)
                    throw Bad("NAR contains invalid symlink target");
                visitor.CreateSymlink(path, Encoding.UTF8.GetString(target));
                ExpectTag(source, ")");
                break;
            }
            default:
                throw Bad($"unknown file type '{type}'");
        }
    }

    private static void ParseRegular(ByteSource source, INarVisitor visitor, string path)
    {
        var tag = ReadTag(source);
        bool executable = false;
        if (tag == "executable")
        {
            if (source.ReadString(0).Length != 0) throw Bad("executable marker has non-empty value");
            executable = true;
            tag = ReadTag(source);
        }
        if (tag != "contents") throw Bad($"expected tag 'contents', got '{tag}'");
        ulong size = source.ReadUInt64();
        if (size > long.MaxValue) throw Bad("file is too large");
        visitor.BeginRegularFile(path, executable, (long)size);
        long left = (long)size;
        while (left > 0)
        {
            var chunk = source.ReadChunk(left);
            if (chunk.Length == 0) throw new NarFormatException("unexpected end-of-file");
            visitor.WriteContents(chunk);
            left -= chunk.Length;
        }
        source.ReadPadding((long)size);
        visitor.EndRegularFile();
        ExpectTag(source, ")");
    }

    private static void ParseDirectory(ByteSource source, INarVisitor visitor, string path, int depth)
    {
        visitor.CreateDirectory(path);
        byte[]? previous = null;
        while (true)
        {
            var tag = ReadTag(source);
            if (tag == ")") return;
            if (tag != "entry") throw Bad($"expected tag 'entry' or ')', got '{tag}'");
            ExpectTag(source, "(");
            ExpectTag(source, "name");
            var name = source.ReadString(NarFormat.MaxNameLength);
            if (!IsValidName(name))
                throw Bad($"NAR contains invalid file name '{Encoding.UTF8.GetString(name)}'");
            if (previous is not null && name.AsSpan().SequenceCompareTo(previous) <= 0)
                throw Bad("NAR directory is not sorted");
            previous = name;
            ExpectTag(source, "node");
            var nameText = Encoding.UTF8.GetString(name);
            if (!Encoding.UTF8.GetBytes(nameText).AsSpan().SequenceEqual(name))
                throw Bad($"NAR contains file name '{nameText}' that is not valid UTF-8, which Arca cannot represent");
            ParseNode(source, visitor, path.Length == 0 ? nameText : path + "/" + nameText, depth + 1);
            ExpectTag(source, ")");
        }
    }

    private static bool IsValidName(ReadOnlySpan<byte> name) =>
        name.Length > 0 && !name.SequenceEqual("."u8) && !name.SequenceEqual(".."u8)
        && name.IndexOf((byte)'/') < 0 && name.IndexOf((byte)0) < 0;
}
