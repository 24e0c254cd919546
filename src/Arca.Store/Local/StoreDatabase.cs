namespace Arca.Store.Local;

using System.Globalization;
using Arca.Core;
using Arca.Core.Hashing;
using Arca.Store.Native;
using Arca.Store.Paths;
using Microsoft.Data.Sqlite;
using Microsoft.Win32.SafeHandles;
using SQLitePCL;

/// <summary>
/// The SQLite database of a local store, opened as Nix opens it: <c>db/big-lock</c> held shared (exclusive while
/// creating), the <c>schema</c> file checked, WAL journal, synchronous=normal, foreign keys, a long busy timeout.
/// Statements mirror Nix's so rows read and written by either program mean the same.
/// </summary>
internal sealed class StoreDatabase : IDisposable
{
    static StoreDatabase()
    {
        SystemSqlite.PreferOverBundled();
        SQLitePCL.Batteries_V2.Init();
    }

    private readonly SqliteConnection _connection;
    private readonly SafeFileHandle _bigLock;
    private readonly StoreDirectory _store;
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    private StoreDatabase(SqliteConnection connection, SafeFileHandle bigLock, StoreDirectory store)
    {
        _connection = connection;
        _bigLock = bigLock;
        _store = store;
    }

    public static StoreDatabase Open(string databaseDir, StoreDirectory store)
    {
        Directory.CreateDirectory(databaseDir);
        var bigLock = Posix.OpenLockFile(Path.Combine(databaseDir, "big-lock"));
        try
        {
            Posix.Flock(bigLock, Posix.LOCK_SH);
            var schemaPath = Path.Combine(databaseDir, "schema");
            int schema = ReadSchema(schemaPath);
            bool create = false;
            if (schema == 0)
            {
                // A new store: create it under the exclusive lock so two first users do not race. flock converts
                // shared to exclusive by dropping the shared lock first, so two converters cannot deadlock.
                Posix.Flock(bigLock, Posix.LOCK_EX);
                schema = ReadSchema(schemaPath);
                create = schema == 0;
            }
            if (schema > StoreSchema.Version)
                throw new ArcaException($"current Nix store schema is version {schema}, but I only support {StoreSchema.Version}");
            if (schema != 0 && schema < StoreSchema.Version)
                throw new ArcaException($"the Nix store database has schema version {schema}; run a Nix command on it once to migrate it to version {StoreSchema.Version}");

            var dbPath = Path.Combine(databaseDir, "db.sqlite");
            if (!create && !File.Exists(dbPath))
                throw new ArcaException($"the Nix store database '{dbPath}' is missing although '{schemaPath}' exists");
            var connection = new SqliteConnection(new SqliteConnectionStringBuilder
            {
                DataSource = dbPath,
                Mode = create ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
                Cache = SqliteCacheMode.Private,
                ForeignKeys = true,
                Pooling = false,
                DefaultTimeout = 3600,
            }.ToString());
            try
            {
                connection.Open();
                Execute(connection, "pragma busy_timeout = 3600000");
                Execute(connection, "pragma synchronous = normal");
                var mode = Scalar(connection, "pragma main.journal_mode") as string;
                if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
                    Execute(connection, "pragma main.journal_mode = wal");
                Execute(connection, "pragma main.journal_size_limit = 1099511627776");
                Execute(connection, "pragma wal_autocheckpoint = 40000");
                if (create)
                {
                    Execute(connection, StoreSchema.CreateTables);
                    WriteSchema(schemaPath);
                }
                Verify(connection);
            }
            catch (SqliteException e)
            {
                connection.Dispose();
                throw new ArcaException($"cannot open the Nix store database '{dbPath}': {e.Message}");
            }
            catch
            {
                connection.Dispose();
                throw;
            }
            if (create) Posix.Flock(bigLock, Posix.LOCK_SH);
            return new StoreDatabase(connection, bigLock, store);
        }
        catch
        {
            bigLock.Dispose();
            throw;
        }
    }

    private static int ReadSchema(string schemaPath)
    {
        if (!File.Exists(schemaPath)) return 0;
        var text = File.ReadAllText(schemaPath).Trim();
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int version))
            throw new ArcaException($"'{schemaPath}' is corrupt");
        return version;
    }

    private static void WriteSchema(string schemaPath)
    {
        // As Nix writes it: the bare number, no newline, mode 0666 (less umask), synced.
        var temp = schemaPath + ".tmp-" + Environment.ProcessId;
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write))
        {
            stream.Write(System.Text.Encoding.ASCII.GetBytes(StoreSchema.Version.ToString(CultureInfo.InvariantCulture)));
            stream.Flush(flushToDisk: true);
        }
        File.Move(temp, schemaPath, overwrite: true);
    }

    /// <summary>Fails early with a clear message when the file is not a Nix store database.</summary>
    private static void Verify(SqliteConnection connection)
    {
        var count = Scalar(connection, "select count(*) from sqlite_master where type = 'table' and name in ('ValidPaths', 'Refs', 'DerivationOutputs')");
        if (count is not long n || n != 3)
            throw new ArcaException("the Nix store database lacks the tables ValidPaths, Refs and DerivationOutputs; it is not a Nix database or is corrupt");
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private SqliteCommand Command(string sql)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = _connection.CreateCommand();
            command.CommandText = sql;
            _commands[sql] = command;
        }
        command.Parameters.Clear();
        command.Transaction = _transaction;
        return command;
    }

    private SqliteTransaction? _transaction;

    /// <summary>Runs <paramref name="action"/> in one immediate transaction: all of it is committed, or none.</summary>
    public T InTransaction<T>(Func<T> action)
    {
        if (_transaction is not null) return action();
        _transaction = _connection.BeginTransaction(deferred: false);
        try
        {
            var result = action();
            _transaction.Commit();
            return result;
        }
        catch
        {
            _transaction.Rollback();
            throw;
        }
        finally
        {
            _transaction.Dispose();
            _transaction = null;
        }
    }

    public void InTransaction(Action action) => InTransaction(() => { action(); return 0; });

    /// <summary>The row id of a valid path, through a kept prepared statement; null when the path is not valid.</summary>
    private long? QueryPathId(StorePath path)
    {
        var statement = _queryPathIdStatement ??= Prepare("select id from ValidPaths where path = ?");
        try
        {
            BindPath(statement, 1, path);
            int rc = raw.sqlite3_step(statement);
            if (rc == raw.SQLITE_ROW) return raw.sqlite3_column_int64(statement, 0);
            Check(rc, raw.SQLITE_DONE);
            return null;
        }
        finally
        {
            raw.sqlite3_reset(statement);
        }
    }

    private sqlite3_stmt? _queryPathIdStatement;

    /// <summary>Binds a store path as its printed UTF-8, encoded on the stack (SQLite copies it).</summary>
    private void BindPath(sqlite3_stmt statement, int index, StorePath path)
    {
        int maxLength = _store.MaxPrintedUtf8Length(path);
        Span<byte> printed = maxLength <= 1024 ? stackalloc byte[maxLength] : new byte[maxLength];
        printed = printed[.._store.PrintUtf8(path, printed)];
        Check(raw.sqlite3_bind_text(statement, index, printed));
    }

    /// <summary>Steps a statement that returns no rows, then resets it for its next use.</summary>
    private void StepDone(sqlite3_stmt statement)
    {
        try
        {
            Check(raw.sqlite3_step(statement), raw.SQLITE_DONE);
        }
        finally
        {
            raw.sqlite3_reset(statement);
        }
    }

    /// <summary>
    /// Asked for every derivation an evaluation writes. Through Microsoft.Data.Sqlite each question costs a data
    /// reader, a parameter binder and encoded copies of the path (about 0.7 KB and 5 µs, measured), so the prepared
    /// statement is kept and stepped directly, with the path encoded on the stack.
    /// </summary>
    public bool IsValid(StorePath path) => QueryPathId(path) is not null;

    private sqlite3_stmt Prepare(string sql)
    {
        Check(raw.sqlite3_prepare_v2(_connection.Handle, sql, out var statement));
        return statement;
    }

    private void Check(int rc, int expected = raw.SQLITE_OK)
    {
        if (rc != expected) SqliteException.ThrowExceptionForRC(rc, _connection.Handle);
    }

    public ValidPathInfo? QueryPathInfo(StorePath path)
    {
        var command = Command("select id, hash, registrationTime, deriver, narSize, ultimate, sigs, ca from ValidPaths where path = $path");
        command.Parameters.AddWithValue("$path", _store.Print(path));
        long id;
        ValidPathInfo info;
        using (var reader = command.ExecuteReader())
        {
            if (!reader.Read()) return null;
            id = reader.GetInt64(0);
            var hashText = reader.GetString(1);
            Hash narHash;
            try
            {
                narHash = Hash.Parse(hashText, null);
            }
            catch (BadHashException e)
            {
                throw new ArcaException($"invalid NAR hash of path '{_store.Print(path)}' in the database: {e.Message}");
            }
            var deriverText = reader.IsDBNull(3) ? null : reader.GetString(3);
            var sigs = reader.IsDBNull(6) ? "" : reader.GetString(6);
            var caText = reader.IsDBNull(7) ? null : reader.GetString(7);
            info = new ValidPathInfo
            {
                Path = path,
                NarHash = narHash,
                RegistrationTime = reader.GetInt64(2),
                Deriver = string.IsNullOrEmpty(deriverText) ? null : _store.ParsePath(deriverText),
                NarSize = reader.IsDBNull(4) ? 0 : reader.GetInt64(4),
                Ultimate = !reader.IsDBNull(5) && reader.GetInt64(5) != 0,
                Signatures = sigs.Split(' ', StringSplitOptions.RemoveEmptyEntries),
                ContentAddress = string.IsNullOrEmpty(caText) ? null : Paths.ContentAddress.Parse(caText),
            };
        }
        return info with { References = QueryReferences(id) };
    }

    private SortedSet<StorePath> QueryReferences(long id)
    {
        var command = Command("select path from Refs join ValidPaths on reference = id where referrer = $id");
        command.Parameters.AddWithValue("$id", id);
        var result = new SortedSet<StorePath>();
        using var reader = command.ExecuteReader();
        while (reader.Read()) result.Add(_store.ParsePath(reader.GetString(0)));
        return result;
    }

    public SortedSet<StorePath> QueryReferrers(StorePath path)
    {
        var command = Command("select path from Refs join ValidPaths on referrer = id where reference = (select id from ValidPaths where path = $path)");
        command.Parameters.AddWithValue("$path", _store.Print(path));
        var result = new SortedSet<StorePath>();
        using var reader = command.ExecuteReader();
        while (reader.Read()) result.Add(_store.ParsePath(reader.GetString(0)));
        return result;
    }

    public SortedSet<StorePath> QueryAllValidPaths()
    {
        var command = Command("select path from ValidPaths");
        var result = new SortedSet<StorePath>();
        using var reader = command.ExecuteReader();
        while (reader.Read()) result.Add(_store.ParsePath(reader.GetString(0)));
        return result;
    }

    public StorePath? QueryPathFromHashPart(string hashPart)
    {
        var prefix = _store.Path + "/" + hashPart;
        var command = Command("select path from ValidPaths where path >= $prefix limit 1");
        command.Parameters.AddWithValue("$prefix", prefix);
        return command.ExecuteScalar() is string path && path.StartsWith(prefix, StringComparison.Ordinal)
            ? _store.ParsePath(path)
            : null;
    }

    /// <summary>
    /// Nix's <c>registerValidPaths</c>: inserts (or updates) every row first, then the references, in one
    /// transaction, so paths may refer to each other and to themselves. A reference to a path that is neither
    /// valid nor in the batch aborts the whole batch.
    /// </summary>
    public void RegisterValidPaths(IReadOnlyCollection<ValidPathInfo> infos)
    {
        InTransaction(() =>
        {
            var ids = new long[infos.Count];
            int i = 0;
            foreach (var info in infos) ids[i++] = InsertOrUpdatePath(info);
            i = 0;
            foreach (var info in infos) InsertReferences(ids[i++], info);
        });
    }

    /// <summary>
    /// Registers one path and, for a derivation, its known output paths (Nix's <c>addValidPath</c>), in one
    /// transaction. Instantiating registers thousands of .drv files one by one, so this is the lean route: prepared
    /// statements stepped directly, the new row's id taken from the insert rather than looked up again.
    /// </summary>
    public void RegisterValidPath(ValidPathInfo info, IReadOnlyList<(string Name, StorePath Path)>? derivationOutputs)
    {
        if (_transaction is not null)
        {
            InsertPathWithOutputs(info, derivationOutputs);
            return;
        }
        // The same immediate transaction as InTransaction's, begun and ended by kept statements: a
        // SqliteTransaction costs a command, a reader and their statements each time.
        StepDone(_beginStatement ??= Prepare("begin immediate"));
        try
        {
            InsertPathWithOutputs(info, derivationOutputs);
            StepDone(_commitStatement ??= Prepare("commit"));
        }
        catch
        {
            if (raw.sqlite3_get_autocommit(_connection.Handle) == 0) StepDone(_rollbackStatement ??= Prepare("rollback"));
            throw;
        }
    }

    private sqlite3_stmt? _beginStatement, _commitStatement, _rollbackStatement;

    private void InsertPathWithOutputs(ValidPathInfo info, IReadOnlyList<(string Name, StorePath Path)>? derivationOutputs)
    {
        long id = InsertOrUpdatePath(info);
        InsertReferences(id, info);
        if (derivationOutputs is null) return;
        for (int i = 0; i < derivationOutputs.Count; i++) InsertDerivationOutput(id, derivationOutputs[i].Name, derivationOutputs[i].Path);
    }

    /// <summary>The row of <paramref name="info"/>, updated if the path is already registered, else inserted; returns its id.</summary>
    private long InsertOrUpdatePath(ValidPathInfo info)
    {
        if (QueryPathId(info.Path) is { } existing)
        {
            UpdatePathInfo(info);
            return existing;
        }
        InsertPath(info);
        return raw.sqlite3_last_insert_rowid(_connection.Handle);
    }

    private void InsertReferences(long referrer, ValidPathInfo info)
    {
        foreach (var reference in info.References)
        {
            long target = QueryPathId(reference)
                ?? throw new ArcaException($"cannot add path '{_store.Print(info.Path)}' because it lacks a valid reference '{_store.Print(reference)}'");
            var statement = _insertReferenceStatement ??= Prepare("insert or replace into Refs (referrer, reference) values (?, ?)");
            Check(raw.sqlite3_bind_int64(statement, 1, referrer));
            Check(raw.sqlite3_bind_int64(statement, 2, target));
            StepDone(statement);
        }
    }

    private sqlite3_stmt? _insertReferenceStatement;

    private void InsertPath(ValidPathInfo info)
    {
        var statement = _insertPathStatement ??= Prepare(
            "insert into ValidPaths (path, hash, registrationTime, deriver, narSize, ultimate, sigs, ca) values (?, ?, ?, ?, ?, ?, ?, ?)");
        BindPath(statement, 1, info.Path);
        // sha256:BASE16, as Nix stores it, written on the stack.
        var algorithm = info.NarHash.Algorithm.Name();
        Span<byte> hash = stackalloc byte[algorithm.Length + 1 + info.NarHash.Length * 2];
        int length = System.Text.Encoding.ASCII.GetBytes(algorithm, hash);
        hash[length++] = (byte)':';
        Convert.TryToHexStringLower(info.NarHash.Bytes, hash[length..], out int written);
        Check(raw.sqlite3_bind_text(statement, 2, hash[..(length + written)]));
        Check(raw.sqlite3_bind_int64(statement, 3, info.RegistrationTime));
        if (info.Deriver is { } deriver) BindPath(statement, 4, deriver);
        else Check(raw.sqlite3_bind_null(statement, 4));
        Check(info.NarSize != 0 ? raw.sqlite3_bind_int64(statement, 5, info.NarSize) : raw.sqlite3_bind_null(statement, 5));
        Check(info.Ultimate ? raw.sqlite3_bind_int64(statement, 6, 1) : raw.sqlite3_bind_null(statement, 6));
        Check(info.Signatures.Count > 0 ? raw.sqlite3_bind_text(statement, 7, string.Join(' ', info.Signatures)) : raw.sqlite3_bind_null(statement, 7));
        if (info.ContentAddress is { } ca)
        {
            Span<byte> rendered = stackalloc byte[ca.MaxRenderedLength];
            Check(raw.sqlite3_bind_text(statement, 8, rendered[..ca.RenderAscii(rendered)]));
        }
        else Check(raw.sqlite3_bind_null(statement, 8));
        StepDone(statement);
    }

    private sqlite3_stmt? _insertPathStatement;

    private void UpdatePathInfo(ValidPathInfo info)
    {
        var command = Command("update ValidPaths set narSize = $narSize, hash = $hash, ultimate = $ultimate, sigs = $sigs, ca = $ca where path = $path");
        command.Parameters.AddWithValue("$path", _store.Print(info.Path));
        command.Parameters.AddWithValue("$hash", info.NarHash.ToString(HashFormat.Base16, includeAlgorithm: true));
        command.Parameters.AddWithValue("$narSize", info.NarSize != 0 ? info.NarSize : DBNull.Value);
        command.Parameters.AddWithValue("$ultimate", info.Ultimate ? 1L : DBNull.Value);
        command.Parameters.AddWithValue("$sigs", info.Signatures.Count > 0 ? string.Join(' ', info.Signatures) : DBNull.Value);
        command.Parameters.AddWithValue("$ca", info.ContentAddress is { } ca ? ca.Render() : DBNull.Value);
        command.ExecuteNonQuery();
    }

    /// <summary>Removes a path's row; its references go with it (cascade), referrers must already be gone.</summary>
    public void InvalidatePath(StorePath path)
    {
        var command = Command("delete from ValidPaths where path = $path");
        command.Parameters.AddWithValue("$path", _store.Print(path));
        command.ExecuteNonQuery();
    }

    /// <summary>Records that derivation <paramref name="derivation"/> has output <paramref name="outputName"/> at <paramref name="output"/>.</summary>
    public void AddDerivationOutput(StorePath derivation, string outputName, StorePath output)
    {
        long id = QueryPathId(derivation) ?? throw new ArcaException($"path '{_store.Print(derivation)}' is not valid");
        InsertDerivationOutput(id, outputName, output);
    }

    private void InsertDerivationOutput(long derivationId, string outputName, StorePath output)
    {
        var statement = _insertDerivationOutputStatement ??= Prepare("insert or replace into DerivationOutputs (drv, id, path) values (?, ?, ?)");
        Check(raw.sqlite3_bind_int64(statement, 1, derivationId));
        Check(raw.sqlite3_bind_text(statement, 2, outputName));
        BindPath(statement, 3, output);
        StepDone(statement);
    }

    private sqlite3_stmt? _insertDerivationOutputStatement;

    public SortedSet<StorePath> QueryValidDerivers(StorePath output)
    {
        var command = Command("select v.path from DerivationOutputs d join ValidPaths v on d.drv = v.id where d.path = $path");
        command.Parameters.AddWithValue("$path", _store.Print(output));
        var result = new SortedSet<StorePath>();
        using var reader = command.ExecuteReader();
        while (reader.Read()) result.Add(_store.ParsePath(reader.GetString(0)));
        return result;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values) command.Dispose();
        _queryPathIdStatement?.Dispose();
        _insertPathStatement?.Dispose();
        _insertReferenceStatement?.Dispose();
        _insertDerivationOutputStatement?.Dispose();
        _beginStatement?.Dispose();
        _commitStatement?.Dispose();
        _rollbackStatement?.Dispose();
        _connection.Dispose();
        _bigLock.Dispose();
    }
}
