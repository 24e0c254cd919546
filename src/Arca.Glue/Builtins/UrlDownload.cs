namespace Arca.Glue.Builtins;

using System.Net;
using System.Net.Http;
using Arca.Language.Errors;
using Arca.Language.Values;

/// <summary>
/// The file behind a fetcher's URL: a <c>file://</c> URL names it in place; <c>http://</c> and <c>https://</c> URLs are
/// downloaded to a temporary file (deleted on disposal). As Nix's transfers: redirects followed, a compressed
/// <c>Content-Encoding</c> undone, the proxy taken from the environment (<c>http_proxy</c>, <c>https_proxy</c>,
/// <c>no_proxy</c>), and a failure reported as "unable to download" with the status and the response body.
/// </summary>
internal sealed class UrlDownload : IDisposable
{
    /// <summary>One client per process: connections are reused across fetches of one evaluation.</summary>
    private static readonly Lazy<HttpClient> Client = new(() => new HttpClient(new SocketsHttpHandler
    {
        AutomaticDecompression = DecompressionMethods.All,
        AllowAutoRedirect = true,
        MaxAutomaticRedirections = 10,
        ConnectTimeout = TimeSpan.FromSeconds(300),
    })
    {
        Timeout = Timeout.InfiniteTimeSpan,
        DefaultRequestHeaders = { { "User-Agent", "curl/7.88 Nix/2.8.0 Arca" } },
    });

    /// <summary>The most of an error page that goes into the message.</summary>
    private const int MaxErrorBody = 64 * 1024;

    private readonly bool temporary;

    /// <summary>Where the content is on the local file system.</summary>
    public string LocalPath { get; }

    private UrlDownload(string localPath, bool temporary)
    {
        LocalPath = localPath;
        this.temporary = temporary;
    }

    public static UrlDownload Fetch(string url)
    {
        if (url.StartsWith("file://", StringComparison.Ordinal))
        {
            var path = Uri.UnescapeDataString(ByteString.ToText(url["file://".Length..]));
            if (!File.Exists(path)) throw new EvalError($"unable to download '{url}': Couldn't read a file:// file (37)");
            return new UrlDownload(path, temporary: false);
        }
        if (!url.StartsWith("http://", StringComparison.Ordinal) && !url.StartsWith("https://", StringComparison.Ordinal))
            throw new EvalError($"unable to download '{url}': Unsupported protocol (1)");

        var target = SourceTree.TempPath("download");
        try
        {
            using var response = Client.Value.GetAsync(ByteString.ToText(url), HttpCompletionOption.ResponseHeadersRead).GetAwaiter().GetResult();
            if (!response.IsSuccessStatusCode)
            {
                var body = ReadErrorBody(response);
                throw new EvalError($"unable to download '{url}': HTTP error {(int)response.StatusCode}"
                    + (body.Length > 0 ? $"\n\nresponse body:\n\n{body}" : ""));
            }
            using (var file = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
                response.Content.ReadAsStream().CopyTo(file);
            return new UrlDownload(target, temporary: true);
        }
        catch (Exception e)
        {
            File.Delete(target);
            if (e is HttpRequestException or IOException or TaskCanceledException)
                throw new EvalError($"unable to download '{url}': {Describe(e)}");
            throw;
        }
    }

    private static string ReadErrorBody(HttpResponseMessage response)
    {
        try
        {
            using var reader = new StreamReader(response.Content.ReadAsStream());
            var buffer = new char[MaxErrorBody];
            int n = reader.ReadBlock(buffer, 0, buffer.Length);
            return new string(buffer, 0, n).Trim();
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            return "";
        }
    }

    /// <summary>The innermost message: "Connection refused (127.0.0.1:1)" rather than the wrapper's generic text.</summary>
    private static string Describe(Exception e)
    {
        while (e.InnerException is { } inner) e = inner;
        return e.Message;
    }

    public void Dispose()
    {
        if (temporary) File.Delete(LocalPath);
    }
}
