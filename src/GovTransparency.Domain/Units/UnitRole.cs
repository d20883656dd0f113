namespace GovTransparency.Domain.Units;

/// <summary>The part a unit plays in a task.</summary>
public enum UnitRole
{
    /// <summary>牵头: the lead unit, which organises the task and answers for it.</summary>
    Lead = 0,

    /// <summary>负责 / 负责落实 / 责任单位: a responsible unit, which carries the task out.</summary>
    Responsible = 1,

    /// <summary>配合 / 参与 / 协助: a cooperating unit, which supports the lead.</summary>
    Cooperating = 2,
}
