package id.bina.evaluation.infrastructure;

import id.bina.evaluation.ReportDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A report's tables as a spreadsheet: a first sheet with the report's text (what the figures mean and the
 * conclusions), then one sheet per table, named after its caption.
 */
public final class ReportWorkbook {

  /** Excel refuses sheet names longer than 31 characters and these characters. */
  private static final int SHEET_NAME_MAX = 31;

  private ReportWorkbook() {}

  public static byte[] render(ReportDocument report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(out, "Bina", "1.0");
      Set<String> names = new HashSet<>();
      Worksheet text = workbook.newWorksheet(unique("Laporan", names));
      int row = 0;
      text.value(row, 0, report.title());
      text.style(row++, 0).bold().set();
      if (report.subtitle() != null) {
        text.value(row++, 0, report.subtitle());
      }
      for (ReportDocument.Section section : report.sections()) {
        row++;
        text.value(row, 0, section.heading());
        text.style(row++, 0).bold().set();
        for (ReportDocument.Block block : section.blocks()) {
          if (block instanceof ReportDocument.Text t) {
            text.value(row++, 0, t.text());
          } else if (block instanceof ReportDocument.Table t) {
            text.value(row++, 0, "Lihat lembar: " + (t.caption() == null ? "Tabel" : t.caption()));
          }
        }
      }
      for (ReportDocument.Section section : report.sections()) {
        for (ReportDocument.Block block : section.blocks()) {
          if (block instanceof ReportDocument.Table t) {
            table(workbook.newWorksheet(unique(t.caption() == null ? "Tabel" : t.caption(), names)), t);
          }
        }
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void table(Worksheet sheet, ReportDocument.Table t) {
    List<String> columns = t.columns();
    for (int c = 0; c < columns.size(); c++) {
      sheet.value(0, c, columns.get(c));
    }
    sheet.range(0, 0, 0, columns.size() - 1).style().bold().set();
    sheet.freezePane(0, 1);
    int r = 1;
    for (List<String> row : t.rows()) {
      for (int c = 0; c < row.size(); c++) {
        sheet.value(r, c, row.get(c));
      }
      r++;
    }
  }

  private static String unique(String caption, Set<String> taken) {
    String base = caption.replaceAll("[\\\\/?*\\[\\]:]", " ").trim();
    if (base.length() > SHEET_NAME_MAX) {
      base = base.substring(0, SHEET_NAME_MAX);
    }
    String name = base;
    for (int i = 2; !taken.add(name.toLowerCase()); i++) {
      String suffix = " " + i;
      name = base.substring(0, Math.min(base.length(), SHEET_NAME_MAX - suffix.length())) + suffix;
    }
    return name;
  }
}
