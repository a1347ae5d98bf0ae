package id.bina.evaluation;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * HR's estimate of the money value of a class's or course's benefits (whole rupiah), how it was estimated, who
 * entered it and when. {@code amount} null and version 0 while none has been entered.
 */
@Schema(name = "BenefitEstimate")
public record BenefitEstimateView(
    boolean estimate, String subject, long subjectId, Long amount, String basis, String enteredBy, OffsetDateTime enteredAt, long version) {}
