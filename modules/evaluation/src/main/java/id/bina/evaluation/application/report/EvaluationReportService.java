package id.bina.evaluation.application.report;

import id.bina.evaluation.BehaviourReport;
import id.bina.evaluation.BehaviourReports;
import id.bina.evaluation.Estimate;
import id.bina.evaluation.EvaluationReports;
import id.bina.evaluation.LearningReport;
import id.bina.evaluation.LearningReports;
import id.bina.evaluation.ReportDocument;
import id.bina.evaluation.ReportDocument.Block;
import id.bina.evaluation.ReportDocument.Chart;
import id.bina.evaluation.ReportDocument.Section;
import id.bina.evaluation.ReportDocument.Series;
import id.bina.evaluation.ReportDocument.Table;
import id.bina.evaluation.ReportDocument.Text;
import id.bina.evaluation.ResultReport;
import id.bina.evaluation.ResultReports;
import id.bina.evaluation.domain.Statistics;
import id.bina.evaluation.infrastructure.ReportCharts;
import id.bina.evaluation.infrastructure.ReportPdf;
import id.bina.evaluation.infrastructure.ReportWorkbook;
import id.bina.platform.AccessDeniedException;
import id.bina.platform.Caller;
import id.bina.platform.InvalidInputException;
import id.bina.platform.NotFoundException;
import id.bina.platform.Role;
import id.bina.training.SkpPredicate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Puts the level reports of one scope together as one evaluation report. It computes nothing of its own: every
 * figure comes from the level-2, 3 and 4 reports (and level 1 through {@link ReactionFindings}), so the report
 * and the dashboards never disagree. The analysis and recommendations are rules over those figures, written out
 * so HR can check them: an interval that holds zero is "no difference shown", never "no effect".
 */
@ApplicationScoped
public class EvaluationReportService implements EvaluationReports {

  private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN);

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject Caller caller;

  @Inject Statistics statistics;

  @Inject LearningReports learning;

  @Inject BehaviourReports behaviour;

  @Inject ResultReports results;

  @Inject Instance<ReactionFindings> reaction;

  /** One recorded class of the scope, as the programme description lists it. */
  private record ClassLine(
      long classId, String classCode, String className, String courseCode, String courseTitle, String courseType, String modality,
      String provider, long costPerParticipant, int lessonHours, LocalDate firstSessionOn, LocalDate lastSessionOn, long participants,
      long completed) {}

  @Override
  @Transactional
  public ReportDocument document(Long classId, Long courseId, LocalDate from, LocalDate to) {
    if (!caller.hasRole(Role.HR_MANAGER)) {
      throw new AccessDeniedException("Evaluation reports are HR's");
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new InvalidInputException("to", "must not be before from");
    }
    if (classId != null && courseId != null) {
      throw new InvalidInputException("courseId", "give a class or a course, not both");
    }
    List<ClassLine> classes = classes(classId, courseId, from, to);
    if (classId != null && classes.isEmpty()) {
      throw new NotFoundException("TrainingClass", classId);
    }
    if (courseId != null && classes.isEmpty() && from == null && to == null) {
      throw new NotFoundException("Course", courseId);
    }
    // A class's period is its own: the level reports are asked for the class alone.
    LocalDate f = classId == null ? from : null;
    LocalDate t = classId == null ? to : null;

    LearningReport.Figures l2;
    List<LearningReport.Group> l2Groups = List.of();
    if (classId != null) {
      l2 = learning.ofClass(classId).figures();
    } else {
      LearningReport grouped = learning.groups(courseId != null ? LearningReport.Grouping.CLASS : LearningReport.Grouping.COURSE, f, t, courseId, null);
      l2 = grouped.total().figures();
      l2Groups = grouped.groups();
    }
    BehaviourReport l3 = behaviour.report(classId, courseId, null, f, t);
    ResultReport l4 = classes.isEmpty() ? null : results.report(classId, courseId, f, t);
    ReactionFindings l1 = reaction.isResolvable() ? reaction.get() : null;

    String subject = subject(classId, courseId, from, to, classes);
    List<Section> sections = new ArrayList<>();
    sections.add(introduction(subject, classes, l1 != null));
    sections.add(programme(classes));
    sections.add(measured(classId, courseId, f, t, l1, l2, l2Groups, l3, l4));
    List<String> conclusions = new ArrayList<>();
    sections.add(analysis(classId, courseId, f, t, l1, l2, l3, l4, conclusions));
    sections.add(new Section("Kesimpulan dan rekomendasi", conclusions.stream().map(s -> (Block) new Text("• " + s)).toList()));
    return new ReportDocument("Laporan Evaluasi Pelatihan", subject, sections);
  }

  @Override
  @Transactional
  public byte[] pdf(Long classId, Long courseId, LocalDate from, LocalDate to) {
    return ReportPdf.render(document(classId, courseId, from, to));
  }

  @Override
  @Transactional
  public byte[] workbook(Long classId, Long courseId, LocalDate from, LocalDate to) {
    return ReportWorkbook.render(document(classId, courseId, from, to));
  }

  @Override
  @Transactional
  public byte[] chartPng(Long classId, Long courseId, LocalDate from, LocalDate to, int index) {
    List<Chart> charts = new ArrayList<>();
    for (Section s : document(classId, courseId, from, to).sections()) {
      for (Block b : s.blocks()) {
        if (b instanceof Chart c) {
          charts.add(c);
        }
      }
    }
    if (index < 0 || index >= charts.size()) {
      throw new NotFoundException("Chart", index);
    }
    return ReportCharts.png(charts.get(index), 720, 330);
  }

  // ---- the scope ----

  private List<ClassLine> classes(Long classId, Long courseId, LocalDate from, LocalDate to) {
    List<Object> parameters = new ArrayList<>();
    parameters.add(caller.agencyId());
    StringBuilder where = new StringBuilder("k.agency_id = ?1");
    if (classId != null) {
      parameters.add(classId);
      where.append(" AND k.class_id = ?").append(parameters.size());
    } else {
      if (courseId != null) {
        parameters.add(courseId);
        where.append(" AND k.course_id = ?").append(parameters.size());
      }
      if (from != null) {
        parameters.add(java.sql.Date.valueOf(from));
        where.append(" AND k.last_session_on >= ?").append(parameters.size());
      }
      if (to != null) {
        parameters.add(java.sql.Date.valueOf(to));
        where.append(" AND k.last_session_on <= ?").append(parameters.size());
      }
    }
    Query query =
        em.createNativeQuery(
            "SELECT k.class_id, k.class_code, k.class_name, k.course_code, k.course_title, k.course_type, k.modality, k.provider_name,"
                + " k.cost_per_participant, k.lesson_hours, k.first_session_on, k.last_session_on,"
                + " (SELECT count(*) FROM evaluation.participation p WHERE p.class_id = k.class_id),"
                + " (SELECT count(*) FROM evaluation.participation p WHERE p.class_id = k.class_id AND p.completed)"
                + " FROM evaluation.evaluated_class k WHERE " + where + " ORDER BY k.last_session_on, k.class_code LIMIT 501");
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    List<ClassLine> lines = new ArrayList<>();
    for (Object[] r : rows) {
      lines.add(
          new ClassLine(
              ((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6],
              (String) r[7], ((Number) r[8]).longValue(), ((Number) r[9]).intValue(), ((java.sql.Date) r[10]).toLocalDate(),
              ((java.sql.Date) r[11]).toLocalDate(), ((Number) r[12]).longValue(), ((Number) r[13]).longValue()));
    }
    return lines;
  }

  private static String subject(Long classId, Long courseId, LocalDate from, LocalDate to, List<ClassLine> classes) {
    String period = from == null && to == null ? "" : " periode " + (from == null ? "…" : DAY.format(from)) + " – " + (to == null ? "…" : DAY.format(to));
    if (classId != null) {
      ClassLine k = classes.get(0);
      return "Kelas " + k.classCode() + " – " + k.courseTitle() + " (" + DAY.format(k.firstSessionOn()) + " – " + DAY.format(k.lastSessionOn()) + ")";
    }
    if (courseId != null) {
      return classes.isEmpty() ? "Kursus " + courseId + period : "Kursus " + classes.get(0).courseCode() + " – " + classes.get(0).courseTitle() + period;
    }
    return "Seluruh pelatihan instansi" + (period.isEmpty() ? "" : period);
  }

  // ---- 1. introduction ----

  private Section introduction(String subject, List<ClassLine> classes, boolean reactionSurveys) {
    long participants = classes.stream().mapToLong(ClassLine::participants).sum();
    long completed = classes.stream().mapToLong(ClassLine::completed).sum();
    String background =
        "Latar belakang. Laporan ini mengevaluasi " + subject + ": " + classes.size() + " kelas yang telah selesai, "
            + participants + " peserta, " + completed + " di antaranya menyelesaikan pelatihan. Setiap pegawai ASN berhak atas"
            + " pengembangan kompetensi paling sedikit 20 JP setahun; evaluasi menunjukkan apakah pelatihan ini menutup kesenjangan"
            + " kompetensi yang menjadi dasarnya.";
    String aims =
        "Tujuan. Menilai efektivitas pelatihan pada empat level Kirkpatrick: reaksi peserta (level 1), pembelajaran (level 2),"
            + " perubahan perilaku di tempat kerja (level 3) dan hasil bagi organisasi (level 4), serta memberi rekomendasi"
            + " perbaikan.";
    String method =
        "Metode. Level 1: kuesioner reaksi anonim berskala Likert 1–5" + (reactionSurveys ? "" : " (belum tersedia di laporan ini)")
            + ". Level 2: nilai pre-test dan post-test; gain ternormalisasi Hake g = (post − pre) / (100 − pre), dengan kategori"
            + " rendah < 0,3, sedang 0,3–0,7, tinggi > 0,7, dilaporkan sebagai rata-rata gain peserta dan sebagai gain dari"
            + " rata-rata nilai. Level 3: atasan langsung menilai ulang kompetensi sasaran beberapa bulan setelah pelatihan"
            + " dan hasilnya dibandingkan dengan level sebelum pelatihan. Level 4: predikat kinerja SKP tahun sebelum dan"
            + " sesudah pelatihan, biaya per JP dan per level kompetensi yang naik; ROI hanya sebagai estimasi. Setiap angka"
            + " disertai jumlah data (n) dan interval kepercayaan " + percent(statistics.confidence()) + "; kelompok dengan kurang dari "
            + statistics.minimumGroup() + " data tidak ditampilkan demi anonimitas.";
    return new Section("Pendahuluan", List.of(new Text(background), new Text(aims), new Text(method)));
  }

  // ---- 2. programme ----

  private static Section programme(List<ClassLine> classes) {
    List<Block> blocks = new ArrayList<>();
    if (classes.isEmpty()) {
      blocks.add(new Text("Tidak ada kelas yang selesai dalam cakupan laporan ini."));
      return new Section("Deskripsi program", blocks);
    }
    if (classes.size() == 1) {
      ClassLine k = classes.get(0);
      blocks.add(
          new Table(
              "Program",
              List.of("Keterangan", "Nilai"),
              List.of(
                  List.of("Kursus", k.courseCode() + " – " + k.courseTitle()),
                  List.of("Jenis / modalitas", k.courseType() + " / " + k.modality()),
                  List.of("Kelas", k.classCode() + " – " + k.className()),
                  List.of("Penyelenggara", k.provider() == null ? "—" : k.provider()),
                  List.of("Jadwal", DAY.format(k.firstSessionOn()) + " – " + DAY.format(k.lastSessionOn())),
                  List.of("Jam pelajaran", k.lessonHours() + " JP"),
                  List.of("Peserta / selesai", k.participants() + " / " + k.completed()),
                  List.of("Biaya per peserta", rupiah(k.costPerParticipant())))));
    } else {
      List<List<String>> rows = new ArrayList<>();
      for (ClassLine k : classes.subList(0, Math.min(classes.size(), 500))) {
        rows.add(
            List.of(
                k.classCode(), k.courseCode(), k.provider() == null ? "—" : k.provider(), DAY.format(k.lastSessionOn()),
                String.valueOf(k.lessonHours()), String.valueOf(k.participants()), String.valueOf(k.completed()), rupiah(k.costPerParticipant())));
      }
      blocks.add(new Table("Kelas", List.of("Kelas", "Kursus", "Penyelenggara", "Selesai", "JP", "Peserta", "Lulus", "Biaya/peserta"), rows));
      if (classes.size() > 500) {
        blocks.add(new Text("Hanya 500 kelas pertama yang dicantumkan; angka hasil mencakup semua kelas."));
      }
    }
    return new Section("Deskripsi program", blocks);
  }

  // ---- 3. measured results ----

  private Section measured(
      Long classId, Long courseId, LocalDate from, LocalDate to, ReactionFindings l1, LearningReport.Figures l2,
      List<LearningReport.Group> l2Groups, BehaviourReport l3, ResultReport l4) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Text("Level 1 – Reaksi."));
    List<Block> reactionBlocks = l1 == null ? List.of() : l1.results(classId, courseId, from, to);
    if (reactionBlocks.isEmpty()) {
      blocks.add(new Text("Belum ada hasil kuesioner reaksi untuk cakupan ini."));
    } else {
      blocks.addAll(reactionBlocks);
    }

    blocks.add(new Text("Level 2 – Pembelajaran."));
    blocks.add(
        new Table(
            "Nilai tes dan gain ternormalisasi",
            List.of("Ukuran", "Nilai [interval]", "n"),
            List.of(
                row("Rata-rata pre-test", l2.meanPreTest(), 1),
                row("Rata-rata post-test", l2.meanPostTest(), 1),
                row("Perubahan (post − pre)", l2.meanChange(), 1),
                row("Rata-rata gain peserta", l2.averageOfGains(), 2),
                row("Gain dari rata-rata nilai", l2.gainOfAverages(), 2),
                row("Tingkat kelulusan", l2.passRate(), -1),
                List.of(
                    "Gain rendah / sedang / tinggi",
                    l2.bands().suppressed() ? suppressedText(l2.bands().n()) : l2.bands().low() + " / " + l2.bands().medium() + " / " + l2.bands().high(),
                    String.valueOf(l2.bands().n())))));
    blocks.add(
        new Chart(
            "Rata-rata nilai sebelum dan sesudah", "Nilai (0–100)", List.of("Pre-test", "Post-test"),
            List.of(series("Rata-rata", l2.meanPreTest(), l2.meanPostTest()))));
    if (l2Groups.size() > 1) {
      List<List<String>> rows = new ArrayList<>();
      for (LearningReport.Group g : l2Groups) {
        rows.add(List.of(g.label(), format(g.figures().averageOfGains(), 2), String.valueOf(g.figures().scored()), format(g.figures().passRate(), -1)));
      }
      blocks.add(new Table("Perbandingan antar " + (courseId != null ? "kelas" : "kursus"), List.of("Kelompok", "Rata-rata gain", "n", "Kelulusan"), rows));
    }

    blocks.add(new Text("Level 3 – Perilaku."));
    blocks.add(
        new Text(
            "Tugas penilaian ulang: " + l3.tasks().completed() + " selesai, " + l3.tasks().open() + " terbuka (" + l3.tasks().overdue()
                + " terlambat)."));
    if (l3.competencies().isEmpty()) {
      blocks.add(new Text("Belum ada penilaian ulang yang selesai."));
    } else {
      List<List<String>> rows = new ArrayList<>();
      List<String> names = new ArrayList<>();
      List<Double> before = new ArrayList<>();
      List<Double> after = new ArrayList<>();
      for (BehaviourReport.CompetencyChange c : l3.competencies()) {
        String name = c.code() + " " + c.name();
        rows.add(List.of(name, String.valueOf(c.pairs()), format(c.before(), 2), format(c.after(), 2), format(c.change(), 2), format(c.rose(), -1)));
        names.add(c.code());
        before.add(c.before().value());
        after.add(c.after().value());
      }
      blocks.add(new Table("Level kompetensi sebelum dan sesudah", List.of("Kompetensi", "n", "Sebelum", "Sesudah", "Perubahan", "Yang naik"), rows));
      blocks.add(new Chart("Level kompetensi sebelum dan sesudah", "Level (1–5)", names, List.of(Series.of("Sebelum", before), Series.of("Sesudah", after))));
    }

    blocks.add(new Text("Level 4 – Hasil."));
    if (l4 == null) {
      blocks.add(new Text("Tidak ada kelas yang selesai."));
    } else {
      ResultReport.Performance p = l4.performance();
      List<List<String>> rows = new ArrayList<>();
      List<String> predicates = new ArrayList<>();
      List<Double> before = new ArrayList<>();
      List<Double> after = new ArrayList<>();
      for (SkpPredicate predicate : SkpPredicate.values()) {
        Long b = p.before().suppressed() ? null : p.before().predicates().get(predicate);
        Long a = p.after().suppressed() ? null : p.after().predicates().get(predicate);
        rows.add(List.of(predicate.name().replace('_', ' '), b == null ? "—" : b.toString(), a == null ? "—" : a.toString()));
        predicates.add(predicate.name().replace('_', ' '));
        before.add(b == null ? null : b.doubleValue());
        after.add(a == null ? null : a.doubleValue());
      }
      rows.add(List.of("n", String.valueOf(p.before().n()), String.valueOf(p.after().n())));
      blocks.add(new Table("Predikat SKP tahun sebelum dan sesudah", List.of("Predikat", "Sebelum", "Sesudah"), rows));
      blocks.add(new Chart("Predikat SKP", "Peserta", predicates, List.of(Series.of("Sebelum", before), Series.of("Sesudah", after))));
      blocks.add(
          new Table(
              "Kinerja dan biaya",
              List.of("Ukuran", "Nilai", "n"),
              List.of(
                  row("SKP membaik", p.improved(), -1),
                  row("SKP tetap", p.same(), -1),
                  row("SKP menurun", p.worse(), -1),
                  List.of("Biaya total", rupiah(l4.cost().totalCost()), String.valueOf(l4.cost().participants())),
                  List.of("JP diberikan", String.valueOf(l4.cost().jpDelivered()), String.valueOf(l4.cost().completed())),
                  List.of("Biaya per JP", l4.cost().costPerJp() == null ? "—" : rupiah(Math.round(l4.cost().costPerJp())), ""),
                  List.of(
                      "Biaya per level kompetensi naik",
                      l4.cost().costPerLevelGained() == null ? "—" : rupiah(Math.round(l4.cost().costPerLevelGained())),
                      l4.cost().levelsGained() == null ? "" : l4.cost().levelsGained() + " level"))));
      if (l4.roiEstimate() != null) {
        ResultReport.RoiEstimate roi = l4.roiEstimate();
        blocks.add(
            new Table(
                "ESTIMASI manfaat dan ROI (Phillips level 5)",
                List.of("Ukuran", "Nilai"),
                List.of(
                    List.of("Estimasi manfaat", rupiah(roi.estimatedBenefits())),
                    List.of("Biaya", rupiah(roi.costs())),
                    List.of("Rasio manfaat–biaya (estimasi)", roi.benefitCostRatio() == null ? "—" : number(roi.benefitCostRatio(), 2)),
                    List.of("ROI (estimasi)", roi.roiPercent() == null ? "—" : number(roi.roiPercent(), 1) + "%"),
                    List.of("Dasar estimasi", roi.basis()))));
      }
    }
    return new Section("Hasil pengukuran", blocks);
  }

  // ---- 4. analysis, and the conclusions it leads to ----

  private Section analysis(
      Long classId, Long courseId, LocalDate from, LocalDate to, ReactionFindings l1, LearningReport.Figures l2, BehaviourReport l3,
      ResultReport l4, List<String> conclusions) {
    List<Block> blocks = new ArrayList<>();
    if (l1 != null) {
      l1.analysis(classId, courseId, from, to).forEach(s -> blocks.add(new Text(s)));
      conclusions.addAll(l1.recommendations(classId, courseId, from, to));
    }

    Estimate gain = l2.averageOfGains();
    if (gain.suppressed()) {
      blocks.add(new Text("Pembelajaran: terlalu sedikit peserta dengan nilai pre-test dan post-test (n = " + gain.n() + ") untuk disimpulkan."));
      conclusions.add("Catat nilai pre-test dan post-test setiap peserta agar pembelajaran dapat diukur.");
    } else {
      String band = gain.value() < 0.3 ? "rendah" : gain.value() <= 0.7 ? "sedang" : "tinggi";
      String change = interval(l2.meanChange(), "nilai post-test lebih tinggi daripada pre-test", "nilai post-test lebih rendah daripada pre-test");
      blocks.add(new Text("Pembelajaran: rata-rata gain ternormalisasi " + format(gain, 2) + " termasuk kategori " + band + "; " + change + "."));
      if (gain.value() < 0.3) {
        conclusions.add("Gain pembelajaran rendah: tinjau materi, metode dan durasi pelatihan bersama penyelenggara.");
      } else if (gain.value() > 0.7) {
        conclusions.add("Gain pembelajaran tinggi: pertahankan rancangan pembelajaran ini.");
      }
    }
    if (l2.passRate() != null && !l2.passRate().suppressed() && l2.passRate().value() != null && l2.passRate().value() < 0.7) {
      conclusions.add("Tingkat kelulusan " + percent(l2.passRate().value()) + ": siapkan remedial bagi peserta yang belum lulus.");
    }

    boolean anyBehaviour = false;
    for (BehaviourReport.CompetencyChange c : l3.competencies()) {
      if (c.change().suppressed()) {
        continue;
      }
      anyBehaviour = true;
      blocks.add(
          new Text(
              "Perilaku, " + c.code() + " " + c.name() + ": perubahan level " + format(c.change(), 2) + "; "
                  + interval(c.change(), "level naik setelah pelatihan", "level turun setelah pelatihan") + "; "
                  + percent(c.rose().value()) + " peserta naik level."));
      if (c.change().upper() != null && c.change().upper() <= 0) {
        conclusions.add("Kompetensi " + c.code() + " tidak naik di tempat kerja: dampingi penerapan melalui coaching atau mentoring.");
      }
    }
    if (!anyBehaviour) {
      blocks.add(new Text("Perilaku: belum cukup penilaian ulang (minimal " + statistics.minimumGroup() + " per kompetensi) untuk disimpulkan."));
    }
    if (l3.tasks().open() > 0) {
      conclusions.add(
          "Masih ada " + l3.tasks().open() + " tugas penilaian ulang terbuka" + (l3.tasks().overdue() > 0 ? " (" + l3.tasks().overdue() + " terlambat)" : "")
              + ": ingatkan para atasan.");
    }

    if (l4 != null) {
      Estimate improved = l4.performance().improved();
      if (improved.suppressed()) {
        blocks.add(new Text("Hasil: terlalu sedikit peserta dengan predikat SKP sebelum dan sesudah (n = " + improved.n() + ")."));
        conclusions.add("Impor predikat SKP peserta agar hasil kinerja dapat dibandingkan.");
      } else {
        blocks.add(new Text("Hasil: " + format(improved, -1) + " peserta membaik predikat SKP-nya; perbandingan ini tanpa kelompok pembanding, jadi bukan bukti sebab-akibat."));
      }
      if (l4.cost().costPerJp() != null) {
        blocks.add(new Text("Biaya: " + rupiah(Math.round(l4.cost().costPerJp())) + " per JP yang diberikan."));
      }
      if (l4.roiEstimate() == null) {
        conclusions.add("Masukkan estimasi nilai manfaat (dengan dasar perhitungannya) agar ROI dapat diperkirakan.");
      }
    }
    if (conclusions.isEmpty()) {
      conclusions.add("Tidak ada temuan yang memerlukan tindakan.");
    }
    return new Section("Analisis", blocks);
  }

  // ---- formatting ----

  /** What an interval of a difference says: above zero, below zero, or it holds zero. */
  private static String interval(Estimate e, String above, String below) {
    if (e.suppressed() || e.lower() == null || e.upper() == null) {
      return "perbedaan belum dapat diuji";
    }
    if (e.lower() > 0) {
      return above + " (interval kepercayaan di atas nol)";
    }
    if (e.upper() < 0) {
      return below + " (interval kepercayaan di bawah nol)";
    }
    return "interval kepercayaan memuat nol, jadi perbedaan belum terbukti";
  }

  private static List<String> row(String label, Estimate e, int digits) {
    return List.of(label, format(e, digits), e == null ? "" : String.valueOf(e.n()));
  }

  /** A figure with its interval; {@code digits} < 0: a share shown as percent. */
  static String format(Estimate e, int digits) {
    if (e == null) {
      return "—";
    }
    if (e.suppressed() || e.value() == null) {
      return suppressedText(e.n());
    }
    String value = digits < 0 ? percent(e.value()) : number(e.value(), digits);
    if (e.lower() == null || e.upper() == null) {
      return value;
    }
    String lower = digits < 0 ? percent(e.lower()) : number(e.lower(), digits);
    String upper = digits < 0 ? percent(e.upper()) : number(e.upper(), digits);
    return value + " [" + lower + " – " + upper + "]";
  }

  private static String suppressedText(long n) {
    return "— (n = " + n + ", terlalu sedikit)";
  }

  private static Series series(String name, Estimate... estimates) {
    List<Double> values = new ArrayList<>();
    List<Double> lower = new ArrayList<>();
    List<Double> upper = new ArrayList<>();
    for (Estimate e : estimates) {
      values.add(e == null ? null : e.value());
      lower.add(e == null ? null : e.lower());
      upper.add(e == null ? null : e.upper());
    }
    return new Series(name, values, lower, upper);
  }

  private static String number(double value, int digits) {
    return String.format(INDONESIAN, "%." + digits + "f", value);
  }

  private static String percent(Double share) {
    return share == null ? "—" : String.format(INDONESIAN, "%.0f%%", share * 100);
  }

  private static String rupiah(long amount) {
    return "Rp" + String.format(INDONESIAN, "%,d", amount);
  }
}
