namespace Concurrency.Tests.Approvals;

/// <summary>What <see cref="Approved"/> does with output that differs from its approved file.</summary>
internal enum ApprovalMode
{
    /// <summary>Compare only: a difference or a missing approved file fails.</summary>
    Compare,

    /// <summary><c>APPROVE=1</c> on a developer's machine: the output becomes the approved file.</summary>
    Approve,

    /// <summary><c>APPROVE=1</c> under CI: refused, because CI must never approve its own output; compares as <see cref="Compare"/>.</summary>
    ApproveRefusedInCi,
}
