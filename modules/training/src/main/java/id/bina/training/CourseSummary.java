package id.bina.training;

/** A course as lists and other modules show it. Cost in whole rupiah; lesson hours in JP (1 JP = 45 minutes). */
public record CourseSummary(
    long id,
    String code,
    String title,
    CourseType type,
    Modality modality,
    boolean classical,
    int lessonHours,
    String providerName,
    long costPerParticipant,
    CourseStatus status) {}
