namespace GovTransparency.Domain.Units;

/// <summary>What kind of body a <see cref="Unit"/> name denotes.</summary>
public enum UnitKind
{
    /// <summary>One specific body, for example 区财政局 (the district finance bureau).</summary>
    Specific = 0,

    /// <summary>
    /// A named collective of bodies, every member of it: 区政府各部门 ("every department of the district
    /// government"), 各乡镇街 ("every township and sub-district"), 各县(市)区政府.
    /// </summary>
    Collective = 1,

    /// <summary>
    /// An open-ended set not listed in full: 等有关部门 ("and other relevant departments"), 区政府有关部门
    /// ("the relevant departments of the district government").
    /// </summary>
    OpenEnded = 2,
}
