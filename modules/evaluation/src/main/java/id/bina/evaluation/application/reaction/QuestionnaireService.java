package id.bina.evaluation.application.reaction;

import id.bina.evaluation.QuestionnaireInput;
import id.bina.evaluation.QuestionnaireView;
import id.bina.evaluation.Questionnaires;
import id.bina.platform.AccessDeniedException;
import id.bina.platform.AuditTrail;
import id.bina.platform.Caller;
import id.bina.platform.ConflictException;
import id.bina.platform.InvalidInputException;
import id.bina.platform.InvalidInputException.FieldError;
import id.bina.platform.NotFoundException;
import id.bina.platform.Role;
import id.bina.platform.StaleVersionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** HR's questionnaire builder; rows written in SQL (the questionnaire and its items are one aggregate). */
@ApplicationScoped
public class QuestionnaireService implements Questionnaires {

  static final Set<String> KINDS = Set.of("REACTION", "FOLLOW_UP");
  static final Set<String> SECTIONS = Set.of("CONTENT", "TRAINER", "ORGANISATION", "FACILITIES", "USEFULNESS", "GENERAL");
  static final Set<String> ITEM_KINDS = Set.of("LIKERT", "TEXT");
  static final int MAX_ITEMS = 60;

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject Caller caller;

  @Inject AuditTrail auditTrail;

  private void requireHr() {
    if (!caller.hasRole(Role.HR_MANAGER)) {
      throw new AccessDeniedException("Questionnaires are built by HR managers");
    }
  }

  @Override
  @Transactional
  public List<QuestionnaireView> list() {
    requireHr();
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "SELECT id FROM evaluation.questionnaire WHERE agency_id IS NULL OR agency_id = ?1"
                    + " ORDER BY agency_id NULLS FIRST, kind, id")
            .setParameter(1, caller.agencyId())
            .getResultList();
    List<QuestionnaireView> views = new ArrayList<>();
    for (Number id : ids) {
      views.add(view(id.longValue()));
    }
    return views;
  }

  @Override
  @Transactional
  public QuestionnaireView get(long id) {
    requireHr();
    return view(id);
  }

  @Override
  @Transactional
  public QuestionnaireView create(QuestionnaireInput input) {
    requireHr();
    validate(input);
    long id = ((Number) em.createNativeQuery("SELECT nextval('evaluation.questionnaire_seq')").getSingleResult()).longValue();
    em.createNativeQuery(
            "INSERT INTO evaluation.questionnaire (id, agency_id, kind, title, active, created_by, created_at, updated_by, updated_at)"
                + " VALUES (?1, ?2, ?3, ?4, FALSE, ?5, now(), ?5, now())")
        .setParameter(1, id)
        .setParameter(2, caller.agencyId())
        .setParameter(3, input.kind().trim().toUpperCase())
        .setParameter(4, input.title().strip())
        .setParameter(5, caller.username())
        .executeUpdate();
    insertItems(id, input.items());
    auditTrail.record(
        caller.agencyId(), "Questionnaire", id, AuditTrail.Action.CREATE,
        Map.of("title", new Object[] {null, input.title().strip()}, "items", new Object[] {null, input.items().size()}));
    return view(id);
  }

  @Override
  @Transactional
  public QuestionnaireView update(long id, long version, QuestionnaireInput input) {
    requireHr();
    QuestionnaireView current = view(id);
    if (current.standard()) {
      throw new ConflictException("The standard questionnaire cannot be changed; create your own");
    }
    validate(input);
    if (!input.kind().trim().equalsIgnoreCase(current.kind())) {
      throw new InvalidInputException("kind", "cannot change; create a new questionnaire");
    }
    if (current.frozen()) {
      throw new ConflictException("A survey uses this questionnaire: its items are frozen so its results stay interpretable");
    }
    int updated =
        em.createNativeQuery(
                "UPDATE evaluation.questionnaire SET title = ?1, updated_by = ?2, updated_at = now(), version = version + 1"
                    + " WHERE id = ?3 AND version = ?4")
            .setParameter(1, input.title().strip())
            .setParameter(2, caller.username())
            .setParameter(3, id)
            .setParameter(4, version)
            .executeUpdate();
    if (updated == 0) {
      throw new StaleVersionException("Questionnaire", id);
    }
    em.createNativeQuery("DELETE FROM evaluation.questionnaire_item WHERE questionnaire_id = ?1").setParameter(1, id).executeUpdate();
    insertItems(id, input.items());
    Map<String, Object[]> changes = new LinkedHashMap<>();
    changes.put("title", new Object[] {current.title(), input.title().strip()});
    changes.put("items", new Object[] {current.items().size(), input.items().size()});
    auditTrail.record(caller.agencyId(), "Questionnaire", id, AuditTrail.Action.UPDATE, changes);
    return view(id);
  }

  @Override
  @Transactional
  public QuestionnaireView activate(long id) {
    requireHr();
    QuestionnaireView q = view(id);
    // Deactivate first: at most one active questionnaire per agency and kind (a partial unique index).
    em.createNativeQuery("UPDATE evaluation.questionnaire SET active = FALSE WHERE agency_id = ?1 AND kind = ?2 AND active")
        .setParameter(1, caller.agencyId())
        .setParameter(2, q.kind())
        .executeUpdate();
    if (!q.standard()) {
      em.createNativeQuery(
              "UPDATE evaluation.questionnaire SET active = TRUE, updated_by = ?2, updated_at = now(), version = version + 1 WHERE id = ?1")
          .setParameter(1, id)
          .setParameter(2, caller.username())
          .executeUpdate();
    }
    auditTrail.record(caller.agencyId(), "Questionnaire", id, AuditTrail.Action.UPDATE, Map.of("active", new Object[] {q.active(), true}));
    return view(id);
  }

  /** The questionnaire if it is standard or the caller's agency's; 404 otherwise. */
  QuestionnaireView view(long id) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT q.id, q.kind, q.title, q.agency_id IS NULL, q.active, q.version,"
                    + " EXISTS (SELECT 1 FROM evaluation.reaction_survey s WHERE s.questionnaire_id = q.id)"
                    + " FROM evaluation.questionnaire q WHERE q.id = ?1 AND (q.agency_id IS NULL OR q.agency_id = ?2)")
            .setParameter(1, id)
            .setParameter(2, caller.agencyId())
            .getResultList();
    if (rows.isEmpty()) {
      throw new NotFoundException("Questionnaire", id);
    }
    Object[] r = rows.get(0);
    boolean standard = (Boolean) r[3];
    boolean active = standard ? !agencyHasActive((String) r[1]) : (Boolean) r[4];
    return new QuestionnaireView(
        id, (String) r[1], (String) r[2], standard, active, standard || (Boolean) r[6], ((Number) r[5]).longValue(), items(em, id));
  }

  private boolean agencyHasActive(String kind) {
    return ((Number)
                em.createNativeQuery("SELECT count(*) FROM evaluation.questionnaire WHERE agency_id = ?1 AND kind = ?2 AND active")
                    .setParameter(1, caller.agencyId())
                    .setParameter(2, kind)
                    .getSingleResult())
            .longValue()
        > 0;
  }

  static List<QuestionnaireView.Item> items(EntityManager em, long questionnaireId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT position, section, text, kind, required FROM evaluation.questionnaire_item WHERE questionnaire_id = ?1"
                    + " ORDER BY position")
            .setParameter(1, questionnaireId)
            .getResultList();
    return rows.stream()
        .map(r -> new QuestionnaireView.Item(((Number) r[0]).intValue(), (String) r[1], (String) r[2], (String) r[3], (Boolean) r[4]))
        .toList();
  }

  private void insertItems(long id, List<QuestionnaireInput.Item> items) {
    int position = 1;
    for (QuestionnaireInput.Item item : items) {
      String kind = item.kind().trim().toUpperCase();
      em.createNativeQuery(
              "INSERT INTO evaluation.questionnaire_item (questionnaire_id, position, section, text, kind, required)"
                  + " VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
          .setParameter(1, id)
          .setParameter(2, position++)
          .setParameter(3, item.section().trim().toUpperCase())
          .setParameter(4, item.text().strip())
          .setParameter(5, kind)
          .setParameter(6, item.required() != null ? item.required() : kind.equals("LIKERT"))
          .executeUpdate();
    }
  }

  private static void validate(QuestionnaireInput input) {
    if (input == null) {
      throw new InvalidInputException("body", "is required");
    }
    List<FieldError> errors = new ArrayList<>();
    if (input.title() == null || input.title().isBlank()) {
      errors.add(new FieldError(null, "title", "is required"));
    } else if (input.title().strip().length() > 200) {
      errors.add(new FieldError(null, "title", "is at most 200 characters"));
    }
    if (input.kind() == null || !KINDS.contains(input.kind().trim().toUpperCase())) {
      errors.add(new FieldError(null, "kind", "must be REACTION or FOLLOW_UP"));
    }
    if (input.items() == null || input.items().isEmpty()) {
      errors.add(new FieldError(null, "items", "needs at least one item"));
    } else if (input.items().size() > MAX_ITEMS) {
      errors.add(new FieldError(null, "items", "at most " + MAX_ITEMS + " items"));
    } else {
      boolean likert = false;
      for (int i = 0; i < input.items().size(); i++) {
        QuestionnaireInput.Item item = input.items().get(i);
        String at = "items[" + i + "].";
        if (item == null) {
          errors.add(new FieldError(null, "items[" + i + "]", "is required"));
          continue;
        }
        if (item.section() == null || !SECTIONS.contains(item.section().trim().toUpperCase())) {
          errors.add(new FieldError(null, at + "section", "must be one of " + String.join(", ", SECTIONS.stream().sorted().toList())));
        }
        if (item.text() == null || item.text().isBlank()) {
          errors.add(new FieldError(null, at + "text", "is required"));
        } else if (item.text().strip().length() > 500) {
          errors.add(new FieldError(null, at + "text", "is at most 500 characters"));
        }
        if (item.kind() == null || !ITEM_KINDS.contains(item.kind().trim().toUpperCase())) {
          errors.add(new FieldError(null, at + "kind", "must be LIKERT or TEXT"));
        } else if (item.kind().trim().equalsIgnoreCase("LIKERT")) {
          likert = true;
        }
      }
      if (errors.isEmpty() && !likert) {
        errors.add(new FieldError(null, "items", "needs at least one LIKERT item"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }
}
