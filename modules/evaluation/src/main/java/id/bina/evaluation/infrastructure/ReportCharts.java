package id.bina.evaluation.infrastructure;

import id.bina.evaluation.ReportDocument;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/** A report's bar chart drawn by JFreeChart, the same for the PDF (vector) and the portal (PNG). */
public final class ReportCharts {

  private ReportCharts() {}

  public static JFreeChart chart(ReportDocument.Chart c) {
    DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
    for (ReportDocument.Series s : c.series()) {
      for (int i = 0; i < c.categories().size(); i++) {
        Double value = s.values().get(i);
        Double half = null;
        if (value != null && s.lower() != null && s.upper() != null && s.lower().get(i) != null && s.upper().get(i) != null) {
          half = (s.upper().get(i) - s.lower().get(i)) / 2;
        }
        // The whisker is symmetric around the bar: intervals of means are.
        data.add(value, half, s.name(), c.categories().get(i));
      }
    }
    CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), new NumberAxis(c.valueAxis()), new StatisticalBarRenderer());
    plot.setOrientation(PlotOrientation.VERTICAL);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    JFreeChart chart = new JFreeChart(c.title(), new java.awt.Font("SansSerif", java.awt.Font.BOLD, 11), plot, c.series().size() > 1);
    chart.setBackgroundPaint(Color.WHITE);
    return chart;
  }

  public static byte[] png(ReportDocument.Chart c, int width, int height) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ChartUtils.writeChartAsPNG(out, chart(c), width, height);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
