namespace GovTransparency.Domain.Validation;

/// <summary>Which kind of numbered heading a numbering finding is about.</summary>
internal enum HeadingKind
{
    /// <summary>A section, numbered 一、二、….</summary>
    Section = 0,

    /// <summary>A subsection, numbered (一)(二)… within its section.</summary>
    Subsection = 1,
}
