package id.bina.training.infrastructure;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A one-page PDF of text lines in Helvetica (PDF 1.4, WinAnsi text). Written by hand: the OpenPDF releases
 * served here need Java 21, and a certificate needs no more than positioned lines.
 */
public final class SimplePdf {

  /** One line of text at (x, y) points from the bottom left of an A4 landscape page. */
  public record Line(float x, float y, float size, boolean bold, String text) {}

  public static final float WIDTH = 842;
  public static final float HEIGHT = 595;

  private SimplePdf() {}

  public static byte[] render(String title, List<Line> lines) {
    StringBuilder content = new StringBuilder();
    content.append("0.2 0.3 0.5 RG 4 w 24 24 ").append(WIDTH - 48).append(' ').append(HEIGHT - 48).append(" re S\n");
    for (Line line : lines) {
      content
          .append("BT /")
          .append(line.bold() ? "F2" : "F1")
          .append(' ')
          .append(line.size())
          .append(" Tf ")
          .append(line.x())
          .append(' ')
          .append(line.y())
          .append(" Td (")
          .append(escape(line.text()))
          .append(") Tj ET\n");
    }
    byte[] stream = content.toString().getBytes(StandardCharsets.ISO_8859_1);
    List<byte[]> objects = new ArrayList<>();
    objects.add(ascii("<< /Type /Catalog /Pages 2 0 R >>"));
    objects.add(ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"));
    objects.add(
        ascii(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + WIDTH + " " + HEIGHT + "] /Contents 4 0 R"
                + " /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>"));
    ByteArrayOutputStream streamObject = new ByteArrayOutputStream();
    streamObject.writeBytes(ascii("<< /Length " + stream.length + " >>\nstream\n"));
    streamObject.writeBytes(stream);
    streamObject.writeBytes(ascii("\nendstream"));
    objects.add(streamObject.toByteArray());
    objects.add(ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"));
    objects.add(ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"));
    objects.add(ascii("<< /Title (" + escape(title) + ") /Producer (Bina) >>"));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(ascii("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n"));
    long[] offsets = new long[objects.size()];
    for (int i = 0; i < objects.size(); i++) {
      offsets[i] = out.size();
      out.writeBytes(ascii((i + 1) + " 0 obj\n"));
      out.writeBytes(objects.get(i));
      out.writeBytes(ascii("\nendobj\n"));
    }
    long xref = out.size();
    StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
    for (long offset : offsets) {
      table.append(String.format("%010d 00000 n \n", offset));
    }
    table
        .append("trailer\n<< /Size ")
        .append(objects.size() + 1)
        .append(" /Root 1 0 R /Info ")
        .append(objects.size())
        .append(" 0 R >>\nstartxref\n")
        .append(xref)
        .append("\n%%EOF\n");
    out.writeBytes(ascii(table.toString()));
    return out.toByteArray();
  }

  /** Escapes PDF string delimiters; characters outside Latin-1 become '?'. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      switch (c) {
        case '(', ')', '\\' -> out.append('\\').append(c);
        default -> out.append(c < 32 || c > 255 ? '?' : c);
      }
    }
    return out.toString();
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }
}
