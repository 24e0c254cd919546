namespace Arca.Cli.Tests;

using System.Net;
using System.Net.Sockets;

/// <summary>
/// The files under a directory over HTTP on the loopback interface, for the fetchers' differential tests: plain files
/// (what <c>fetchurl</c>, <c>fetchTarball</c> and git's "dumb" protocol ask for), a 404 with a body for anything
/// else, and optional redirects. Counts the requests it answers, so a test can tell a fetch from a cache hit.
/// </summary>
internal sealed class LoopbackFileServer : IDisposable
{
    /// <summary>The body of a 404, which Arca must show in its error as Nix does.</summary>
    public const string NotFoundBody = "no such thing here";

    private readonly HttpListener listener = new();
    private readonly string root;
    private readonly IReadOnlyDictionary<string, string> redirects;
    private int requests;

    /// <param name="redirects">Request paths (without the leading slash) answered with a redirect to another path on this server.</param>
    public LoopbackFileServer(string root, IReadOnlyDictionary<string, string>? redirects = null)
    {
        this.root = Path.GetFullPath(root);
        this.redirects = redirects ?? new Dictionary<string, string>();
        Base = $"http://127.0.0.1:{FreePort()}/";
        listener.Prefixes.Add(Base);
        listener.Start();
        _ = Task.Run(Serve);
    }

    /// <summary>The server's address, ending in a slash.</summary>
    public string Base { get; }

    public int Requests => Volatile.Read(ref requests);

    /// <summary>Stops answering, so a later fetch finds the server gone.</summary>
    public void Stop() => listener.Stop();

    public void Dispose() => listener.Close();

    /// <summary>A loopback port nothing listens on (at the moment of asking).</summary>
    public static int FreePort()
    {
        var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        int port = ((IPEndPoint)socket.LocalEndpoint).Port;
        socket.Stop();
        return port;
    }

    private async Task Serve()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            Interlocked.Increment(ref requests);
            var name = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath.TrimStart('/'));
            if (redirects.TryGetValue(name, out var target))
            {
                context.Response.Redirect(Base + target);
                context.Response.Close();
                continue;
            }
            var file = Path.GetFullPath(Path.Combine(root, name));
            if (!file.StartsWith(root + "/", StringComparison.Ordinal) || !File.Exists(file))
            {
                context.Response.StatusCode = 404;
                await context.Response.OutputStream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(NotFoundBody));
                context.Response.Close();
                continue;
            }
            var bytes = await File.ReadAllBytesAsync(file);
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }
}
