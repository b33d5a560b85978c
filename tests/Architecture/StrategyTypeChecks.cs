using Concurrency.Strategies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Concurrency.Tests.Architecture;

/// <summary>
/// Where a project's source asks whether a strategy is of one concrete type (<c>is</c>, <c>as</c>, a cast, a type or
/// property pattern). Such code learns a trait from the type, which the strategy's descriptor or the
/// <see cref="Strategy"/> base class should state, and misses the next strategy that shares it. Building one is no check.
/// </summary>
internal static class StrategyTypeChecks
{
    private static readonly string StrategyName = typeof(Strategy).FullName!;

    /// <summary>Each type check in the project's own files, as "file:line checks for Type: code".</summary>
    public static IReadOnlyList<string> In(SourceProject project) =>
    [
        .. from tree in project.Compilation.SyntaxTrees.Where(tree => tree.FilePath.Length > 0)
           let model = project.Compilation.GetSemanticModel(tree)
           from node in tree.GetRoot().DescendantNodes().Where(CanCheckAType)
           let tested = TestedType(model.GetOperation(node))
           where tested is not null && IsConcreteStrategy(tested)
           select $"{Path.GetRelativePath(project.Folder, tree.FilePath)}:{node.GetLocation().GetLineSpan().StartLinePosition.Line + 1} checks for {tested.Name}: {node}",
    ];

    // A property pattern without a type ({ Workers: 2 }) and a var pattern match whatever the input is: no type check.
    private static bool CanCheckAType(SyntaxNode node) =>
        node is DeclarationPatternSyntax or TypePatternSyntax or ConstantPatternSyntax or CastExpressionSyntax or RecursivePatternSyntax { Type: not null }
        || node.IsKind(SyntaxKind.IsExpression)
        || node.IsKind(SyntaxKind.AsExpression);

    private static ITypeSymbol? TestedType(IOperation? operation) => operation switch
    {
        IIsTypeOperation isType => isType.TypeOperand,
        ITypePatternOperation pattern => pattern.MatchedType,
        IDeclarationPatternOperation pattern => pattern.MatchedType,
        IRecursivePatternOperation pattern => pattern.MatchedType,
        IConversionOperation { IsImplicit: false } conversion => conversion.Type,
        _ => null,
    };

    private static bool IsConcreteStrategy(ITypeSymbol type)
    {
        for (var baseType = type.BaseType; baseType is not null; baseType = baseType.BaseType)
        {
            if (baseType.ToDisplayString() == StrategyName)
            {
                return true;
            }
        }

        return false;
    }
}
