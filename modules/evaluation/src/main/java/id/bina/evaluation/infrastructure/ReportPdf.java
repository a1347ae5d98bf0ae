package id.bina.evaluation.infrastructure;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import id.bina.evaluation.ReportDocument;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * Lays a {@link ReportDocument} out as an A4 PDF with OpenPDF; charts are drawn by JFreeChart straight onto the
 * PDF page (vector graphics, no image files), with the interval as a whisker on each bar.
 */
public final class ReportPdf {

  private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
  private static final Font SUBTITLE = new Font(Font.HELVETICA, 11, Font.NORMAL, Color.DARK_GRAY);
  private static final Font HEADING = new Font(Font.HELVETICA, 13, Font.BOLD);
  private static final Font BODY = new Font(Font.HELVETICA, 10, Font.NORMAL);
  private static final Font CELL = new Font(Font.HELVETICA, 8, Font.NORMAL);
  private static final Font CELL_HEAD = new Font(Font.HELVETICA, 8, Font.BOLD);
  private static final float CHART_WIDTH = 480;
  private static final float CHART_HEIGHT = 220;

  private ReportPdf() {}

  public static byte[] render(ReportDocument report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 50, 50, 50, 50);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    document.addTitle(report.title());
    document.addCreator("Bina");
    document.open();
    document.add(new Paragraph(report.title(), TITLE));
    if (report.subtitle() != null) {
      document.add(new Paragraph(report.subtitle(), SUBTITLE));
    }
    int number = 1;
    for (ReportDocument.Section section : report.sections()) {
      Paragraph heading = new Paragraph(number++ + ". " + section.heading(), HEADING);
      heading.setSpacingBefore(14);
      heading.setSpacingAfter(4);
      document.add(heading);
      for (ReportDocument.Block block : section.blocks()) {
        if (block instanceof ReportDocument.Text t) {
          Paragraph p = new Paragraph(t.text(), BODY);
          p.setSpacingAfter(4);
          document.add(p);
        } else if (block instanceof ReportDocument.Table t) {
          document.add(table(t));
        } else if (block instanceof ReportDocument.Chart c) {
          document.add(chart(writer.getDirectContent(), c));
        }
      }
    }
    document.close();
    return out.toByteArray();
  }

  private static Element table(ReportDocument.Table t) {
    PdfPTable table = new PdfPTable(t.columns().size());
    table.setWidthPercentage(100);
    table.setSpacingBefore(4);
    table.setSpacingAfter(8);
    table.setHeaderRows(1);
    for (String column : t.columns()) {
      PdfPCell cell = new PdfPCell(new Phrase(column, CELL_HEAD));
      cell.setBackgroundColor(new Color(0xE8, 0xEE, 0xF4));
      table.addCell(cell);
    }
    for (List<String> row : t.rows()) {
      for (String value : row) {
        table.addCell(new PdfPCell(new Phrase(value == null ? "" : value, CELL)));
      }
    }
    if (t.caption() == null) {
      return table;
    }
    Paragraph captioned = new Paragraph();
    captioned.add(new Chunk(t.caption(), CELL_HEAD));
    captioned.add(table);
    return captioned;
  }

  private static Element chart(PdfContentByte canvas, ReportDocument.Chart c) {
    JFreeChart chart = ReportCharts.chart(c);
    PdfTemplate template = canvas.createTemplate(CHART_WIDTH, CHART_HEIGHT);
    Graphics2D g = template.createGraphics(CHART_WIDTH, CHART_HEIGHT);
    try {
      chart.draw(g, new Rectangle2D.Double(0, 0, CHART_WIDTH, CHART_HEIGHT));
    } finally {
      g.dispose();
    }
    Image image = Image.getInstance(template);
    image.setAlignment(Element.ALIGN_CENTER);
    image.setSpacingAfter(8);
    return image;
  }
}
