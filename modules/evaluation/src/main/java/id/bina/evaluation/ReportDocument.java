package id.bina.evaluation;

import jakarta.json.bind.annotation.JsonbSubtype;
import jakarta.json.bind.annotation.JsonbTypeInfo;
import java.util.List;

/**
 * An evaluation report as a document, independent of its format: a title and sections of paragraphs, tables
 * and charts. The PDF lays it out; the spreadsheet takes its tables.
 */
public record ReportDocument(String title, String subtitle, List<Section> sections) {

  public record Section(String heading, List<Block> blocks) {}

  /** What a section holds, in order; in JSON each block says its kind. */
  @JsonbTypeInfo(
      key = "kind",
      value = {
        @JsonbSubtype(alias = "text", type = Text.class),
        @JsonbSubtype(alias = "table", type = Table.class),
        @JsonbSubtype(alias = "chart", type = Chart.class)
      })
  public sealed interface Block permits Text, Table, Chart {}

  public record Text(String text) implements Block {}

  /** A table; cells are already formatted for reading (numbers with their n and interval). */
  public record Table(String caption, List<String> columns, List<List<String>> rows) implements Block {}

  /**
   * A bar chart: one bar per category and series (e.g. series "sebelum"/"sesudah" for before/after), with an
   * optional interval drawn as a whisker. Missing values (suppressed groups) are null and drawn as no bar.
   */
  public record Chart(String title, String valueAxis, List<String> categories, List<Series> series) implements Block {}

  public record Series(String name, List<Double> values, List<Double> lower, List<Double> upper) {

    public static Series of(String name, List<Double> values) {
      return new Series(name, values, null, null);
    }
  }
}
