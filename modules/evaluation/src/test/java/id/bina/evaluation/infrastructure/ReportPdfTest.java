package id.bina.evaluation.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import id.bina.evaluation.ReportDocument;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportPdfTest {

  @Test
  void sectionsTablesAndChartsArePrinted() throws IOException {
    ReportDocument report =
        new ReportDocument(
            "Laporan Evaluasi Pelatihan",
            "Kelas PKP-01",
            List.of(
                new ReportDocument.Section("Pendahuluan", List.of(new ReportDocument.Text("Latar belakang evaluasi."))),
                new ReportDocument.Section(
                    "Hasil",
                    List.of(
                        new ReportDocument.Table("Reaksi", List.of("Butir", "Rata-rata", "n"), List.of(List.of("Materi", "4,2", "12"))),
                        new ReportDocument.Chart(
                            "Sebelum dan sesudah",
                            "Level",
                            List.of("Integritas", "Kerja Sama"),
                            List.of(
                                new ReportDocument.Series("Sebelum", List.of(2.0, 3.0), List.of(1.5, 2.5), List.of(2.5, 3.5)),
                                // a suppressed group draws no bar
                                new ReportDocument.Series("Sesudah", Arrays.asList(3.0, null), null, null)))))));
    byte[] pdf = ReportPdf.render(report);
    PdfReader reader = new PdfReader(pdf);
    assertEquals(1, reader.getNumberOfPages());
    String text = new PdfTextExtractor(reader).getTextFromPage(1);
    assertTrue(text.contains("Laporan Evaluasi Pelatihan"), text);
    assertTrue(text.contains("1. Pendahuluan"), text);
    assertTrue(text.contains("2. Hasil"), text);
    assertTrue(text.contains("Materi"), text);
    assertTrue(text.contains("Integritas"), text); // the chart's axis labels are text in the PDF
  }
}
