using NodaTime;

namespace GovTransparency.Import.Internal;

/// <summary>What the readers of the body need to know about the plan: its year and issue date, the context of its time limits.</summary>
internal sealed record PlanContext(int Year, LocalDate? IssuedOn);
