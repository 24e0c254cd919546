namespace Arca.Build.Native;

using System.Runtime.InteropServices;

/// <summary><c>mkdir</c> that fails when the directory exists, so concurrent processes never share a build directory.</summary>
internal static partial class ExclusiveDirectory
{
    private const int EEXIST = 17;

    [LibraryImport("libc", EntryPoint = "mkdir", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Mkdir(string path, uint mode);

    /// <summary>Creates <paramref name="path"/> with mode 0700; false if it already existed.</summary>
    public static bool TryCreate(string path)
    {
        if (Mkdir(path, Convert.ToUInt32("700", 8)) == 0) return true;
        int errno = Marshal.GetLastPInvokeError();
        if (errno == EEXIST) return false;
        throw new IOException($"creating directory '{path}': {Marshal.GetPInvokeErrorMessage(errno)}");
    }
}
