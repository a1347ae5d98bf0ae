package id.bina.training.infrastructure;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;

/** Lays a certificate out on a landscape A4 page with OpenPDF: centred lines, top to bottom. */
public final class CertificatePdf {

  /** A line of the certificate: its text, size in points, whether bold, and the space before it. */
  public record Line(String text, float size, boolean bold, float spaceBefore) {}

  private CertificatePdf() {}

  public static byte[] render(String title, List<Line> lines) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4.rotate(), 60, 60, 70, 50);
    PdfWriter.getInstance(document, out);
    document.addTitle(title);
    document.addCreator("Bina");
    document.open();
    for (Line line : lines) {
      Paragraph p = new Paragraph(line.text(), new Font(Font.HELVETICA, line.size(), line.bold() ? Font.BOLD : Font.NORMAL));
      p.setAlignment(Element.ALIGN_CENTER);
      p.setSpacingBefore(line.spaceBefore());
      document.add(p);
    }
    document.close();
    return out.toByteArray();
  }
}
