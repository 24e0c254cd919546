namespace Arca.Store.Tests.Local;

using System.Runtime.InteropServices;
using Xunit.Abstractions;

/// <summary>The store's database goes through the system's SQLite when the machine has one, as Nix's does.</summary>
public sealed class SystemSqliteTests(ITestOutputHelper output)
{
    [Fact]
    public void An_open_store_uses_the_system_library_when_there_is_one()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        var maps = File.ReadAllText("/proc/self/maps");
        if (!NativeLibrary.TryLoad("libsqlite3.so.0", out var handle))
        {
            // Without it the bundled copy must be what serves the store.
            output.WriteLine("SKIPPED (partly): this machine has no libsqlite3.so.0; checking the bundled fallback instead");
            Assert.Contains("e_sqlite3", maps);
            return;
        }
        NativeLibrary.Free(handle);
        Assert.Contains("libsqlite3.so.0", maps);
        Assert.DoesNotContain("libe_sqlite3", maps);
    }
}
