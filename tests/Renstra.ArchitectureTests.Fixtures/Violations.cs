// Every type here breaks exactly one architecture rule; the rule's negative test names it.
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Renstra.Shared.Abstractions;

namespace Renstra.Modules.Beta.Data
{
    /// <summary>An implementation detail of module Beta.</summary>
    internal sealed class BetaSecret
    {
        public int Value { get; set; }
    }
}

namespace Renstra.Modules.Beta.Contracts
{
    public sealed record BetaBerubahIntegrationEvent : IntegrationEvent;
}

namespace Renstra.Modules.Alfa
{
    public static class AlfaModule
    {
        public static int Marker => 1;
    }
}

namespace Renstra.Modules.Alfa.Features
{
    /// <summary>Breaks "a module reaches another only through its Contracts".</summary>
    internal sealed class ReadsBetaTables
    {
        public int Peek() => new Renstra.Modules.Beta.Data.BetaSecret().Value;
    }

    /// <summary>Breaks "only Kinerja's Rules namespace touches RulesEngine".</summary>
    internal sealed class EvaluatesRulesItself
    {
        public object Engine() => new RulesEngine.RulesEngine(Array.Empty<RulesEngine.Models.Workflow>());
    }
}

namespace Renstra.Modules.Alfa.Data
{
    /// <summary>Breaks "module internals are internal".</summary>
    public sealed class PublicInternals
    {
        public int Value { get; set; }
    }

    /// <summary>Breaks "handlers live in Features".</summary>
    public sealed class StrayHandler : INotificationHandler<Renstra.Modules.Beta.Contracts.BetaBerubahIntegrationEvent>
    {
        public ValueTask Handle(Renstra.Modules.Beta.Contracts.BetaBerubahIntegrationEvent notification, CancellationToken cancellationToken) => default;
    }

    /// <summary>Breaks "validators are named …Validator and live in Features".</summary>
    internal sealed class CheckInput : AbstractValidator<string>;
}

namespace Renstra.Modules.Alfa.Contracts
{
    /// <summary>Breaks "Contracts depend only on the BCL and shared abstractions".</summary>
    public sealed record LeakyContract(DbContext Database);

    /// <summary>Breaks "integration events are named …IntegrationEvent".</summary>
    public sealed record AlfaBerubah : IntegrationEvent;

    /// <summary>Breaks "integration events are immutable".</summary>
    public sealed record MutableIntegrationEvent : IntegrationEvent
    {
        public string Nama { get; set; } = "";
    }
}

namespace Renstra.Modules.Alfa.Features
{
    /// <summary>Breaks "integration events live in Contracts".</summary>
    public sealed record MisplacedIntegrationEvent : IntegrationEvent;
}

namespace Renstra.Modules.Kinerja.Domain
{
    /// <summary>Breaks "Kinerja's Domain is free of EF Core, ASP.NET, Hangfire, Mediator and RulesEngine".</summary>
    internal sealed class DomainWithDatabase
    {
        public DbContext? Database { get; set; }
    }
}

namespace Renstra.Shared.Fixture
{
    /// <summary>Breaks "shared code knows no module".</summary>
    internal static class SharedKnowsAlfa
    {
        public static int Peek() => Renstra.Modules.Alfa.AlfaModule.Marker;
    }
}

namespace Renstra.Host.Fixture
{
    /// <summary>Breaks "the host uses only entry classes and Contracts".</summary>
    internal static class HostPeeksIntoModule
    {
        public static int Peek() => new Renstra.Modules.Alfa.Data.PublicInternals().Value;
    }
}

namespace Renstra.Web.Fixture
{
    /// <summary>Breaks "the web UI uses only the modules' requests and Contracts".</summary>
    internal static class PageReadsModuleTables
    {
        public static int Peek() => new Renstra.Modules.Beta.Data.BetaSecret().Value;
    }
}

namespace Renstra.Modules.Alfa.Features
{
    /// <summary>A slice other slices may not reach into.</summary>
    public static class LihatAlfa
    {
        public sealed record Query : IQuery<int>;

        public sealed class Handler : IQueryHandler<Query, int>
        {
            public ValueTask<int> Handle(Query query, CancellationToken cancellationToken) => new(Hitung());
        }

        internal static int Hitung() => 1;
    }

    /// <summary>Breaks "no slice reaches into another slice".</summary>
    public static class SliceReachesIntoAnother
    {
        public sealed record Query : IQuery<int>;

        public sealed class Handler : IQueryHandler<Query, int>
        {
            public ValueTask<int> Handle(Query query, CancellationToken cancellationToken) => new(LihatAlfa.Hitung());
        }
    }
}

namespace Renstra.Modules.Alfa.Data
{
    /// <summary>Breaks "Data never reaches up into Features".</summary>
    internal static class DataCallsAFeature
    {
        public static int Peek() => Renstra.Modules.Alfa.Features.LihatAlfa.Hitung();
    }
}

namespace Renstra.Modules.Alfa.Computation
{
    /// <summary>Breaks "Computation never reaches into Features".</summary>
    internal static class ComputationCallsAFeature
    {
        public static int Peek() => Renstra.Modules.Alfa.Features.LihatAlfa.Hitung();
    }
}
