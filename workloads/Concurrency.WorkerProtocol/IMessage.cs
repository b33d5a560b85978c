namespace Concurrency.WorkerProtocol;

/// <summary>
/// A message and its codec: the record holds the fields, <see cref="Write"/> and <see cref="Read"/> are the one
/// place its layout is written down. Static members rather than reflection keep the worker NativeAOT-friendly.
/// </summary>
/// <typeparam name="TSelf">The message itself.</typeparam>
public interface IMessage<TSelf>
    where TSelf : IMessage<TSelf>
{
    /// <summary>The type byte its frames carry.</summary>
    static abstract MessageType Type { get; }

    /// <summary>How many bytes <see cref="Write"/> fills.</summary>
    int FieldsLength { get; }

    /// <summary>Writes the fields into exactly <see cref="FieldsLength"/> bytes.</summary>
    void Write(Span<byte> fields);

    /// <summary>Reads a message from its fields, copying what it keeps.</summary>
    /// <exception cref="InvalidDataException">The fields do not fit the layout: too short, too long, or a value it cannot hold.</exception>
    static abstract TSelf Read(ReadOnlySpan<byte> fields);
}
