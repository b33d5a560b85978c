using System.Net.Sockets;

namespace Concurrency.Benchmarks.Configuration;

/// <summary>
/// The right to use the machine, passed back and forth between two benchmark processes that run side by side, so their
/// iterations alternate. The regression gate runs base and head this way: whatever the host does to this virtual machine
/// for a second or two (a neighbour busy on the same physical core) falls on iterations of both sides alike, where rounds
/// run one after the other would catch it on one side only (docs/GATE.md). Each side owns a Unix datagram socket; passing
/// the baton is one datagram to the peer's. A side that ends says so, and from then on the other runs alone. Only the
/// thread of BenchmarkDotNet's engine uses a baton: between and around iterations, never two at once.
/// </summary>
internal sealed class TurnBaton : IDisposable
{
    /// <summary><c>OWN_SOCKET,PEER_SOCKET,first|second</c>: set by <c>.ci/regression-subset</c> for the gate's paired rounds.</summary>
    public const string Variable = "CONCURRENCY_BENCHMARKS_TURNS";

    private const byte PassMessage = 1;
    private const byte EndMessage = 2;

    private static readonly Lazy<TurnBaton?> FromEnvironment = new(() => FromVariable(Environment.GetEnvironmentVariable(Variable)));

    private readonly Socket _socket;
    private readonly UnixDomainSocketEndPoint _peer;
    private readonly TimeSpan _patience;
    private readonly bool _first;
    private bool _started;
    private bool _held;
    private bool _alone;

    /// <param name="ownPath">This side's socket, created here (a stale file of an earlier run is replaced).</param>
    /// <param name="peerPath">The other side's socket.</param>
    /// <param name="first">Whether this side has the first turn, once both sides have started.</param>
    /// <param name="patience">How long a side waits for its turn, or for the peer's socket to appear, before it goes on alone.</param>
    public TurnBaton(string ownPath, string peerPath, bool first, TimeSpan patience)
    {
        File.Delete(ownPath);
        _socket = new Socket(AddressFamily.Unix, SocketType.Dgram, ProtocolType.Unspecified)
        {
            ReceiveTimeout = (int)patience.TotalMilliseconds,
        };
        _socket.Bind(new UnixDomainSocketEndPoint(ownPath));
        _peer = new UnixDomainSocketEndPoint(peerPath);
        _patience = patience;
        _first = first;
    }

    /// <summary>Longer than any case's set-up or iteration: the peer is gone or hung, not slow.</summary>
    public static TimeSpan DefaultPatience { get; } = TimeSpan.FromMinutes(2);

    /// <summary>This process's baton from <see cref="Variable"/>, or null when it runs alone (the variable is unset).</summary>
    public static TurnBaton? Current => FromEnvironment.Value;

    /// <summary>Whether the peer has ended (or never answered), so this side no longer takes turns.</summary>
    public bool IsAlone => _alone;

    /// <summary>
    /// Waits until this side holds the baton; returns at once if it already does or runs alone. The first take of each
    /// side is the start line: the second side hands the baton over there, so the first side's first iteration waits until
    /// the second side has started up too, and neither side's start-up falls on the other's iterations.
    /// </summary>
    public void Take()
    {
        if (!_started)
        {
            _started = true;
            if (!_first)
            {
                _held = true;
                Pass();
            }
        }

        if (_held || _alone)
        {
            return;
        }

        var message = new byte[1];
        try
        {
            _socket.Receive(message);
        }
        catch (SocketException timedOut) when (timedOut.SocketErrorCode is SocketError.TimedOut or SocketError.WouldBlock)
        {
            GoAlone($"no turn from the other side in {_patience.TotalSeconds:F0} s");
            return;
        }

        _alone = message[0] == EndMessage;
        _held = !_alone;
    }

    /// <summary>Hands the baton to the peer, if this side holds it.</summary>
    public void Pass()
    {
        if (!_held || _alone)
        {
            return;
        }

        _held = false;
        var deadline = DateTime.UtcNow + _patience;
        // The peer's socket is there while its process runs: missing, the peer has not started yet, or it has ended,
        // and then its last word is waiting here.
        while (!TrySend(PassMessage))
        {
            if (PeerHasEnded())
            {
                _alone = true;
                return;
            }

            if (DateTime.UtcNow >= deadline)
            {
                GoAlone($"the other side's socket did not appear in {_patience.TotalSeconds:F0} s");
                return;
            }

            Thread.Sleep(10);
        }
    }

    /// <summary>Whether the peer's end is waiting on this side's socket (only the end can be, while this side holds the baton).</summary>
    private bool PeerHasEnded()
    {
        if (_socket.Available == 0)
        {
            return false;
        }

        var message = new byte[1];
        _socket.Receive(message);
        return message[0] == EndMessage;
    }

    /// <summary>Tells the peer this side is done, so it stops waiting for turns; a peer already gone needs no word.</summary>
    public void Dispose()
    {
        if (!_alone)
        {
            TrySend(EndMessage);
        }

        _socket.Dispose();
    }

    internal static TurnBaton? FromVariable(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        string[] parts = text.Split(',');
        if (parts.Length != 3 || parts[0].Length == 0 || parts[1].Length == 0 || parts[2] is not ("first" or "second"))
        {
            throw new FormatException($"{Variable}='{text}' is not OWN_SOCKET,PEER_SOCKET,first|second.");
        }

        var baton = new TurnBaton(parts[0], parts[1], parts[2] == "first", DefaultPatience);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => baton.Dispose();
        return baton;
    }

    private bool TrySend(byte message)
    {
        try
        {
            _socket.SendTo([message], _peer);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private void GoAlone(string why)
    {
        _alone = true;
        // BenchmarkDotNet writes the benchmark process's output into the run's log, where the gate's reader sees it.
        Console.WriteLine($"// Turns: {why}; this side runs alone from here.");
    }
}
