package id.bina.platform.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A report's rows as a download, CSV (RFC 4180, UTF-8) or a spreadsheet (xlsx), written as they come so a
 * report of a whole agency never sits in memory. Cells are text, numbers or dates.
 */
public final class TableExport implements AutoCloseable {

  public enum Format {
    CSV("text/csv; charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    public final String mediaType;
    public final String extension;

    Format(String mediaType, String extension) {
      this.mediaType = mediaType;
      this.extension = extension;
    }
  }

  /** Where a report writes its rows. */
  @FunctionalInterface
  public interface Rows {
    void add(Object... cells);
  }

  private final CSVPrinter csv;
  private final Workbook workbook;
  private final Worksheet sheet;
  private int row;

  private TableExport(Format format, OutputStream out, String sheetName, List<String> header) throws IOException {
    if (format == Format.CSV) {
      csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180);
      workbook = null;
      sheet = null;
    } else {
      csv = null;
      workbook = new Workbook(out, "Bina", "1.0");
      sheet = workbook.newWorksheet(sheetName);
    }
    add(header.toArray());
    if (sheet != null) {
      sheet.range(0, 0, 0, header.size() - 1).style().bold().set();
      sheet.freezePane(0, 1);
    }
  }

  /**
   * A download response: {@code rows} is called while the body is written, and writes each row through the
   * given {@link Rows}.
   */
  public static Response download(
      Format format, String fileName, String sheetName, List<String> header, Consumer<Rows> rows) {
    StreamingOutput body =
        out -> {
          try (TableExport export = new TableExport(format, out, sheetName, header)) {
            rows.accept(export::add);
          }
        };
    return Response.ok(body, MediaType.valueOf(format.mediaType))
        .header("Content-Disposition", "attachment; filename=\"" + fileName + "." + format.extension + "\"")
        .build();
  }

  private void add(Object... cells) {
    try {
      if (csv != null) {
        Object[] text = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
          text[i] = cells[i] == null ? "" : cells[i].toString();
        }
        csv.printRecord(text);
      } else {
        for (int column = 0; column < cells.length; column++) {
          Object cell = cells[column];
          if (cell instanceof Number number) {
            sheet.value(row, column, number);
          } else if (cell instanceof LocalDate date) {
            sheet.value(row, column, date);
            sheet.style(row, column).format("yyyy-mm-dd").set();
          } else if (cell instanceof OffsetDateTime time) {
            sheet.value(row, column, time.toLocalDateTime());
            sheet.style(row, column).format("yyyy-mm-dd hh:mm").set();
          } else if (cell != null) {
            sheet.value(row, column, cell.toString());
          }
        }
        // Flushed in slices: fastexcel keeps unflushed rows in memory.
        if (row % 1000 == 999) {
          sheet.flush();
        }
      }
      row++;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    if (csv != null) {
      csv.flush();
    } else {
      workbook.finish();
    }
  }
}
