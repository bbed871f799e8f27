package de.mitwirken.reporting.control;

import de.mitwirken.reporting.control.ReportContent.KpiPoint;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * A KPI's measured values as a PNG line chart, for the stored report and its PDF (which cannot run the
 * KPI page's Chart.js). The image has no text at all: it needs no fonts on the server (headless, whatever the
 * machine has installed), and every number stands in the table beside it and in the image's text alternative,
 * which {@link ReportHtml} writes. Colours as on the KPI page (dark blue, more than 7:1 on white).
 */
public final class ReportChart {

    public static final int WIDTH = 560;
    public static final int HEIGHT = 200;
    private static final int PAD = 16;
    private static final Color LINE = new Color(0x0b, 0x3d, 0x6b);
    private static final Color GRID = new Color(0xb0, 0xb0, 0xb0);
    private static final Color AXIS = new Color(0x4a, 0x4a, 0x4a);

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private ReportChart() {
    }

    /** The chart of these values (at least one), oldest first. */
    public static byte[] png(List<KpiPoint> points) {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a chart has values");
        }
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            double min = points.stream().mapToDouble(KpiPoint::value).min().orElse(0);
            double max = points.stream().mapToDouble(KpiPoint::value).max().orElse(0);
            if (max - min < 1e-9) { // a flat line sits in the middle
                min -= 1;
                max += 1;
            }
            double margin = (max - min) * 0.1;
            min -= margin;
            max += margin;
            g.setStroke(new BasicStroke(1f));
            g.setColor(GRID);
            for (int i = 0; i <= 4; i++) {
                double y = PAD + (HEIGHT - 2.0 * PAD) * i / 4;
                g.draw(new Line2D.Double(PAD, y, WIDTH - PAD, y));
            }
            g.setColor(AXIS);
            g.draw(new Line2D.Double(PAD, HEIGHT - PAD, WIDTH - PAD, HEIGHT - PAD));
            long first = points.get(0).date().toEpochDay();
            long span = Math.max(1, points.get(points.size() - 1).date().toEpochDay() - first);
            Path2D.Double line = new Path2D.Double();
            double[][] at = new double[points.size()][];
            for (int i = 0; i < points.size(); i++) {
                KpiPoint p = points.get(i);
                double x = points.size() == 1 ? WIDTH / 2.0
                        : PAD + (WIDTH - 2.0 * PAD) * (p.date().toEpochDay() - first) / span;
                double y = HEIGHT - PAD - (HEIGHT - 2.0 * PAD) * (p.value() - min) / (max - min);
                at[i] = new double[] {x, y};
                if (i == 0) {
                    line.moveTo(x, y);
                } else {
                    line.lineTo(x, y);
                }
            }
            g.setColor(LINE);
            g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(line);
            for (double[] p : at) {
                g.fill(new Ellipse2D.Double(p[0] - 4, p[1] - 4, 8, 8));
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the chart", e);
        }
        return png.toByteArray();
    }
}
