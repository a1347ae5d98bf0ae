package id.bina.evaluation.application.reaction;

import id.bina.evaluation.Estimate;
import id.bina.evaluation.ReactionReport;
import id.bina.evaluation.ReactionReport.ClassResults;
import id.bina.evaluation.ReactionReport.Group;
import id.bina.evaluation.ReactionReport.Grouping;
import id.bina.evaluation.ReactionReport.ItemResult;
import id.bina.evaluation.ReactionResults;
import id.bina.evaluation.ReportDocument;
import id.bina.evaluation.application.report.ReactionFindings;
import id.bina.evaluation.domain.Statistics;
import id.bina.platform.AccessDeniedException;
import id.bina.platform.Caller;
import id.bina.platform.Directory;
import id.bina.platform.InvalidInputException;
import id.bina.platform.NotFoundException;
import id.bina.platform.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Level-1 results, aggregated in SQL over the surveys that may be shown: closed (the day after {@code
 * closes_on} in the agency's calendar) and answered by at least the smallest group shown. Every other survey
 * is left out of every figure, so no figure moves while answers arrive and no small class can be read off a
 * total. Also the level-1 part of the combined evaluation report.
 */
@ApplicationScoped
public class ReactionResultService implements ReactionResults, ReactionFindings {

  private static final String SCOPE =
      "WITH scope AS ("
          + " SELECT s.id AS survey_id, s.class_id, s.questionnaire_id,"
          + " s.closes_on < ?3 AND (SELECT count(*) FROM evaluation.survey_response r WHERE r.survey_id = s.id) >= ?4 AS shown"
          + " FROM evaluation.reaction_survey s JOIN evaluation.evaluated_class k ON k.class_id = s.class_id"
          + " WHERE s.agency_id = ?1 AND s.kind = ?2"
          + " AND (CAST(?5 AS DATE) IS NULL OR k.last_session_on >= CAST(?5 AS DATE))"
          + " AND (CAST(?6 AS DATE) IS NULL OR k.last_session_on <= CAST(?6 AS DATE))"
          + " AND (CAST(?7 AS BIGINT) IS NULL OR k.course_id = CAST(?7 AS BIGINT))"
          + " AND (CAST(?8 AS BIGINT) IS NULL OR k.class_id = CAST(?8 AS BIGINT))),"
          + " shown AS (SELECT * FROM scope WHERE shown) ";

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject Caller caller;

  @Inject Directory directory;

  @Inject Statistics statistics;

  private void requireHr() {
    if (!caller.hasRole(Role.HR_MANAGER)) {
      throw new AccessDeniedException("Reaction results are HR's");
    }
  }

  private static String kind(String kind) {
    if (kind == null || kind.isBlank()) {
      return "REACTION";
    }
    String k = kind.trim().toUpperCase(Locale.ROOT);
    if (!QuestionnaireService.KINDS.contains(k)) {
      throw new InvalidInputException("kind", "must be REACTION or FOLLOW_UP");
    }
    return k;
  }

  private Query scoped(String sql, String kind, LocalDate from, LocalDate to, Long courseId, Long classId) {
    return em.createNativeQuery(SCOPE + sql)
        .setParameter(1, caller.agencyId())
        .setParameter(2, kind)
        .setParameter(3, Date.valueOf(LocalDate.now(directory.zone())))
        .setParameter(4, statistics.minimumGroup())
        .setParameter(5, from == null ? null : Date.valueOf(from))
        .setParameter(6, to == null ? null : Date.valueOf(to))
        .setParameter(7, courseId)
        .setParameter(8, classId);
  }

  @Override
  @Transactional
  public ReactionReport report(Grouping by, String kind, LocalDate from, LocalDate to, Long courseId) {
    requireHr();
    Grouping grouping = by == null ? Grouping.CLASS : by;
    String k = kind(kind);
    return report(grouping, k, from, to, courseId, null);
  }

  private ReactionReport report(Grouping grouping, String kind, LocalDate from, LocalDate to, Long courseId, Long classId) {
    Object[] counts =
        (Object[])
            scoped(
                    "SELECT count(*) FILTER (WHERE shown), count(*) FILTER (WHERE NOT shown),"
                        + " (SELECT count(*) FROM evaluation.survey_response r JOIN shown ON shown.survey_id = r.survey_id) FROM scope",
                    kind, from, to, courseId, classId)
                .getSingleResult();
    return new ReactionReport(
        grouping, kind, from, to, courseId, statistics.minimumGroup(), ((Number) counts[0]).longValue(),
        ((Number) counts[1]).longValue(), ((Number) counts[2]).longValue(), items(kind, from, to, courseId, classId),
        grouping == null ? List.of() : groups(grouping, kind, from, to, courseId, classId));
  }

  private List<ItemResult> items(String kind, LocalDate from, LocalDate to, Long courseId, Long classId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        scoped(
                "SELECT i.questionnaire_id, i.position, i.section, i.text, count(a.score), COALESCE(sum(a.score), 0),"
                    + " COALESCE(sum(a.score * a.score), 0),"
                    + " count(*) FILTER (WHERE a.score = 1), count(*) FILTER (WHERE a.score = 2), count(*) FILTER (WHERE a.score = 3),"
                    + " count(*) FILTER (WHERE a.score = 4), count(*) FILTER (WHERE a.score = 5)"
                    + " FROM shown JOIN evaluation.questionnaire_item i ON i.questionnaire_id = shown.questionnaire_id AND i.kind = 'LIKERT'"
                    + " JOIN evaluation.survey_response r ON r.survey_id = shown.survey_id"
                    + " LEFT JOIN evaluation.survey_answer a ON a.response_id = r.id AND a.position = i.position"
                    + " GROUP BY i.questionnaire_id, i.position, i.section, i.text ORDER BY i.questionnaire_id, i.position",
                kind, from, to, courseId, classId)
            .getResultList();
    List<ItemResult> items = new ArrayList<>();
    for (Object[] r : rows) {
      long n = ((Number) r[4]).longValue();
      items.add(
          new ItemResult(
              ((Number) r[0]).longValue(), ((Number) r[1]).intValue(), (String) r[2], (String) r[3],
              statistics.mean(n, ((Number) r[5]).doubleValue(), ((Number) r[6]).doubleValue()), distribution(r, 7, n)));
    }
    return items;
  }

  private List<Group> groups(Grouping by, String kind, LocalDate from, LocalDate to, Long courseId, Long classId) {
    String key;
    String label;
    String join = "";
    String section = "";
    switch (by) {
      case CLASS -> {
        key = "CAST(k.class_id AS VARCHAR)";
        label = "k.class_code || ' – ' || k.class_name";
      }
      case COURSE -> {
        key = "CAST(k.course_id AS VARCHAR)";
        label = "k.course_code || ' – ' || k.course_title";
      }
      case PROVIDER -> {
        key = "COALESCE(k.provider_name, '-')";
        label = key;
      }
      case TRAINER -> {
        key = "t.trainer_key";
        label = "COALESCE(e.name, t.external_name, t.trainer_key)";
        join =
            " JOIN evaluation.evaluated_class_trainer t ON t.class_id = k.class_id"
                + " LEFT JOIN platform.employee_directory e ON e.employee_id = t.employee_id";
        section = " AND i.section = 'TRAINER'";
      }
      case YEAR -> {
        key = "to_char(k.last_session_on, 'YYYY')";
        label = key;
      }
      case QUARTER -> {
        key = "to_char(k.last_session_on, 'YYYY-\"Q\"Q')";
        label = key;
      }
      default -> {
        key = "to_char(k.last_session_on, 'YYYY-MM')";
        label = key;
      }
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        scoped(
                ", response AS (SELECT shown.class_id, r.id, avg(a.score) AS score,"
                    + " count(*) FILTER (WHERE a.score = 1) AS d1, count(*) FILTER (WHERE a.score = 2) AS d2,"
                    + " count(*) FILTER (WHERE a.score = 3) AS d3, count(*) FILTER (WHERE a.score = 4) AS d4,"
                    + " count(*) FILTER (WHERE a.score = 5) AS d5"
                    + " FROM shown JOIN evaluation.survey_response r ON r.survey_id = shown.survey_id"
                    + " JOIN evaluation.survey_answer a ON a.response_id = r.id AND a.score IS NOT NULL"
                    + " JOIN evaluation.questionnaire_item i ON i.questionnaire_id = shown.questionnaire_id AND i.position = a.position"
                    + " AND i.kind = 'LIKERT'" + section
                    + " GROUP BY shown.class_id, r.id)"
                    + " SELECT " + key + " AS g, max(" + label + "), count(DISTINCT k.class_id), count(*), sum(x.score),"
                    + " sum(x.score * x.score), sum(x.d1), sum(x.d2), sum(x.d3), sum(x.d4), sum(x.d5)"
                    + " FROM response x JOIN evaluation.evaluated_class k ON k.class_id = x.class_id" + join
                    + " GROUP BY g ORDER BY g",
                kind, from, to, courseId, classId)
            .getResultList();
    List<Group> groups = new ArrayList<>();
    for (Object[] r : rows) {
      long n = ((Number) r[3]).longValue();
      groups.add(
          new Group(
              (String) r[0], (String) r[1], ((Number) r[2]).longValue(), n,
              statistics.mean(n, ((Number) r[4]).doubleValue(), ((Number) r[5]).doubleValue()), distribution(r, 6, n)));
    }
    return groups;
  }

  /** Counts of answers 1..5 from five columns; withheld (null) with the figure when the group is too small. */
  private long[] distribution(Object[] row, int first, long n) {
    if (n < statistics.minimumGroup()) {
      return null;
    }
    long[] d = new long[5];
    for (int i = 0; i < 5; i++) {
      d[i] = ((Number) row[first + i]).longValue();
    }
    return d;
  }

  @Override
  @Transactional
  public ClassResults ofClass(long classId, String kind) {
    requireHr();
    String k = kind(kind);
    @SuppressWarnings("unchecked")
    List<Object[]> classes =
        em.createNativeQuery("SELECT class_name, course_title FROM evaluation.evaluated_class WHERE class_id = ?1 AND agency_id = ?2")
            .setParameter(1, classId)
            .setParameter(2, caller.agencyId())
            .getResultList();
    if (classes.isEmpty()) {
      throw new NotFoundException("Class", classId);
    }
    String className = (String) classes.get(0)[0];
    String courseTitle = (String) classes.get(0)[1];
    @SuppressWarnings("unchecked")
    List<Object[]> surveys =
        em.createNativeQuery(
                "SELECT s.id, s.opens_on, s.closes_on, (SELECT count(*) FROM evaluation.survey_invitation i WHERE i.survey_id = s.id),"
                    + " (SELECT count(*) FROM evaluation.survey_response r WHERE r.survey_id = s.id)"
                    + " FROM evaluation.reaction_survey s WHERE s.class_id = ?1 AND s.kind = ?2")
            .setParameter(1, classId)
            .setParameter(2, k)
            .getResultList();
    if (surveys.isEmpty()) {
      return new ClassResults(classId, className, courseTitle, k, null, null, false, 0, 0, false, "NO_SURVEY", List.of(), List.of());
    }
    Object[] s = surveys.get(0);
    LocalDate opens = ((Date) s[1]).toLocalDate();
    LocalDate closes = ((Date) s[2]).toLocalDate();
    boolean closed = LocalDate.now(directory.zone()).isAfter(closes);
    long invited = ((Number) s[3]).longValue();
    long answered = ((Number) s[4]).longValue();
    String withheld = !closed ? "SURVEY_OPEN" : answered < statistics.minimumGroup() ? "TOO_FEW_RESPONSES" : null;
    if (withheld != null) {
      return new ClassResults(classId, className, courseTitle, k, opens, closes, closed, invited, answered, false, withheld, List.of(), List.of());
    }
    @SuppressWarnings("unchecked")
    List<String> comments =
        em.createNativeQuery(
                "SELECT a.comment FROM evaluation.survey_answer a JOIN evaluation.survey_response r ON r.id = a.response_id"
                    + " WHERE r.survey_id = ?1 AND a.comment IS NOT NULL ORDER BY a.position, a.comment")
            .setParameter(1, ((Number) s[0]).longValue())
            .getResultList();
    return new ClassResults(
        classId, className, courseTitle, k, opens, closes, true, invited, answered, true, null,
        items(k, null, null, null, classId), comments);
  }

  // ---- level 1 in the combined evaluation report ----

  @Override
  public List<ReportDocument.Block> results(Long classId, Long courseId, LocalDate from, LocalDate to) {
    ReactionReport r = report(null, "REACTION", from, to, courseId, classId);
    if (r.classesShown() == 0) {
      return r.classesWithheld() == 0
          ? List.of()
          : List.of(
              new ReportDocument.Text(
                  "Hasil kuesioner reaksi belum ditampilkan: " + r.classesWithheld() + " kelas masih dalam masa pengisian atau"
                      + " dijawab kurang dari " + r.minimumGroup() + " peserta (anonimitas)."));
    }
    List<ReportDocument.Block> blocks = new ArrayList<>();
    blocks.add(
        new ReportDocument.Text(
            r.responses() + " jawaban kuesioner reaksi dari " + r.classesShown() + " kelas (skala Likert 1–5)"
                + (r.classesWithheld() > 0 ? "; " + r.classesWithheld() + " kelas tidak ditampilkan (masa pengisian belum berakhir atau kurang dari "
                    + r.minimumGroup() + " jawaban)" : "") + "."));
    List<List<String>> rows = new ArrayList<>();
    List<String> categories = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    List<Double> lower = new ArrayList<>();
    List<Double> upper = new ArrayList<>();
    for (ItemResult i : r.items()) {
      Estimate e = i.mean();
      rows.add(List.of(i.position() + ". " + i.text(), cell(e), Long.toString(e.n()), distributionText(i.distribution())));
      categories.add(Integer.toString(i.position()));
      values.add(e.value());
      lower.add(e.lower());
      upper.add(e.upper());
    }
    blocks.add(new ReportDocument.Table("Reaksi peserta per butir", List.of("Butir", "Rata-rata [interval]", "n", "Sebaran 1/2/3/4/5"), rows));
    blocks.add(
        new ReportDocument.Chart(
            "Rata-rata reaksi per butir", "Skor (1–5)", categories, List.of(new ReportDocument.Series("rata-rata", values, lower, upper))));
    return blocks;
  }

  @Override
  public List<String> analysis(Long classId, Long courseId, LocalDate from, LocalDate to) {
    List<ItemResult> shown = shownItems(classId, courseId, from, to);
    if (shown.isEmpty()) {
      return List.of();
    }
    ItemResult lowest = shown.get(0);
    ItemResult highest = shown.get(shown.size() - 1);
    return List.of(
        "Reaksi: butir dengan nilai terendah \"" + lowest.text() + "\" " + format(lowest.mean()) + ", tertinggi \"" + highest.text()
            + "\" " + format(highest.mean()) + " (n: jumlah jawaban butir).");
  }

  @Override
  public List<String> recommendations(Long classId, Long courseId, LocalDate from, LocalDate to) {
    List<String> out = new ArrayList<>();
    for (ItemResult i : shownItems(classId, courseId, from, to)) {
      // Low only when the whole interval lies below 3.5 ("agak setuju"): a low mean from few answers is not enough.
      if (i.mean().upper() < 3.5) {
        out.add("Reaksi peserta rendah pada \"" + i.text() + "\" " + format(i.mean()) + ": tinjau bersama penyelenggara dan pengajar.");
      }
    }
    return out;
  }

  private List<ItemResult> shownItems(Long classId, Long courseId, LocalDate from, LocalDate to) {
    return items("REACTION", from, to, courseId, classId).stream()
        .filter(i -> !i.mean().suppressed())
        .sorted(Comparator.comparingDouble(i -> i.mean().value()))
        .toList();
  }

  private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

  /** As the evaluation report writes figures: "3,00 [1,04 – 4,96]" (Indonesian decimal comma). */
  private static String cell(Estimate e) {
    if (e.suppressed()) {
      return "— (n = " + e.n() + ", terlalu sedikit)";
    }
    return String.format(INDONESIAN, "%.2f [%.2f – %.2f]", e.value(), e.lower(), e.upper());
  }

  private static String format(Estimate e) {
    return cell(e) + (e.suppressed() ? "" : ", n = " + e.n());
  }

  private static String distributionText(long[] d) {
    if (d == null) {
      return "–";
    }
    return d[0] + "/" + d[1] + "/" + d[2] + "/" + d[3] + "/" + d[4];
  }
}
