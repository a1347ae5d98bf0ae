package id.bina.competency.application;

import id.bina.competency.CompetencyEvidence;
import id.bina.competency.domain.EvidenceKind;
import id.bina.platform.InvalidInputException;
import id.bina.platform.InvalidInputException.FieldError;
import id.bina.platform.Page;
import id.bina.platform.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/** {@link CompetencyEvidence} for other modules and the portal, on top of {@link EvidenceService}. */
@ApplicationScoped
public class PublishedEvidence implements CompetencyEvidence {

  @Inject EvidenceService evidence;

  @Inject Validator validator;

  @Override
  public Item submit(Submission submission) {
    EvidenceInput input = new EvidenceInput();
    input.competencyId = submission.competencyId();
    try {
      input.kind = submission.kind() == null ? null : EvidenceKind.valueOf(submission.kind().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("kind", "must be one of " + java.util.Arrays.toString(EvidenceKind.values()));
    }
    input.title = submission.title();
    input.issuedOn = submission.issuedOn();
    input.issuer = submission.issuer();
    input.claimedLevel = submission.claimedLevel();
    input.note = submission.note();
    List<FieldError> errors =
        validator.validate(input).stream()
            .map((ConstraintViolation<EvidenceInput> v) -> new FieldError(null, v.getPropertyPath().toString(), v.getMessage()))
            .toList();
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return item(evidence.submit(input));
  }

  @Override
  public java.util.Optional<Item> recordForReview(Recorded recorded) {
    EvidenceKind kind;
    try {
      kind = EvidenceKind.valueOf(recorded.kind().toUpperCase(Locale.ROOT));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("no evidence kind " + recorded.kind(), e);
    }
    return evidence.recordForReview(recorded, kind).map(PublishedEvidence::item);
  }

  @Override
  public Item attachFile(long id, long version, InputStream file) {
    return item(evidence.attachFile(id, version, file));
  }

  @Override
  public Page<Item> mine(PageRequest page) {
    return evidence.list(false, null, page).map(PublishedEvidence::item);
  }

  @Override
  public Page<Item> waitingForMe(PageRequest page) {
    return evidence.list(true, null, page).map(PublishedEvidence::item);
  }

  @Override
  public Item accept(long id, long version, Integer level, String note) {
    DecisionInput.Acceptance input = new DecisionInput.Acceptance();
    input.level = level;
    input.note = note;
    return item(evidence.accept(id, version, input));
  }

  @Override
  public Item reject(long id, long version, String reason) {
    DecisionInput.Rejection input = new DecisionInput.Rejection();
    input.reason = reason;
    List<FieldError> errors =
        validator.validate(input).stream().map(v -> new FieldError(null, "reason", v.getMessage())).toList();
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return item(evidence.reject(id, version, input));
  }

  private static Item item(EvidenceView view) {
    return new Item(
        view.id(),
        view.employeeName(),
        view.competencyCode(),
        view.kind(),
        view.title(),
        view.issuedOn(),
        view.claimedLevel(),
        view.status(),
        view.acceptedLevel(),
        view.decisionNote(),
        view.file() != null,
        view.version());
  }
}
