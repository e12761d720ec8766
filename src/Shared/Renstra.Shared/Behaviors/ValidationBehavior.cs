using FluentValidation;
using Mediator;
using Renstra.Shared.Errors;

namespace Renstra.Shared.Behaviors;

/// <summary>Runs every FluentValidation validator of a message before its handler; nothing is stored on failure.</summary>
public sealed class ValidationBehavior<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var failures = new List<FluentValidation.Results.ValidationFailure>();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(message, cancellationToken);
            failures.AddRange(result.Errors);
        }
        if (failures.Count > 0)
        {
            var errors = failures
                .GroupBy(f => string.IsNullOrEmpty(f.PropertyName) ? "" : f.PropertyName)
                .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct().ToArray());
            throw new ValidationFailedException(errors);
        }
        return await next(message, cancellationToken);
    }
}
