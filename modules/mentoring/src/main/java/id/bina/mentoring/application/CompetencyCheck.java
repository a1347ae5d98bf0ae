package id.bina.mentoring.application;

import id.bina.competency.Competencies;
import id.bina.platform.InvalidInputException;
import id.bina.platform.InvalidInputException.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Goals and sessions name competencies of the caller's dictionary, and current ones: checked through competency. */
@ApplicationScoped
public class CompetencyCheck {

  @Inject Competencies competencies;

  /** Refuses, field by field ({@code field[i]}), ids that are unknown to the agency or retired. */
  public void requireCurrent(List<Long> ids, String field) {
    if (ids == null || ids.isEmpty()) {
      return;
    }
    Map<Long, Competencies.CompetencyRef> found = competencies.visible(ids.stream().filter(Objects::nonNull).toList());
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      Competencies.CompetencyRef ref = ids.get(i) == null ? null : found.get(ids.get(i));
      if (ref == null) {
        errors.add(new FieldError(null, field.replace("#", Integer.toString(i)), "no such competency in your dictionary"));
      } else if (ref.retired()) {
        errors.add(new FieldError(null, field.replace("#", Integer.toString(i)), "competency " + ref.code() + " is retired"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }
}
