package duban.tasks.notice;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;

/**
 * The ruling lines of a PDF page — the borders a table's cells are drawn with, as stroked lines or as thin filled
 * rectangles — and the table rows they enclose: a band between two horizontal rulings that two or more vertical
 * rulings cross is a row, its cells the spaces between those verticals. A cell merged across columns is crossed by
 * fewer verticals, so it stays one cell. Coordinates are from the page's top, as {@code TextPosition}'s.
 */
final class PdfRulings {

    /** Rulings closer than this (points) are one. */
    private static final float SAME = 2f;
    /** A filled rectangle thinner than this (points) is a line. */
    private static final float THIN = 2.5f;

    /** A table row: its vertical extent and the x of the borders between and around its cells, left to right. */
    record Row(float top, float bottom, List<Float> borders) {

        boolean holds(float x, float y) {
            return y > top && y < bottom && x > borders.get(0) && x < borders.get(borders.size() - 1);
        }

        int cell(float x) {
            for (int i = 1; i < borders.size(); i++) {
                if (x < borders.get(i)) {
                    return i - 1;
                }
            }
            return borders.size() - 2;
        }

        int cells() {
            return borders.size() - 1;
        }
    }

    private record Segment(float x1, float y1, float x2, float y2) {
    }

    private PdfRulings() {
    }

    /** The table rows of the page, top to bottom; none when it draws no grid. */
    static List<Row> rows(PDPage page) throws IOException {
        Collector collector = new Collector(page);
        collector.processPage(page);
        List<Segment> horizontal = new ArrayList<>();
        List<Segment> vertical = new ArrayList<>();
        for (Segment s : collector.segments) {
            if (Math.abs(s.y1() - s.y2()) <= SAME && Math.abs(s.x1() - s.x2()) > SAME) {
                horizontal.add(new Segment(Math.min(s.x1(), s.x2()), s.y1(), Math.max(s.x1(), s.x2()), s.y1()));
            } else if (Math.abs(s.x1() - s.x2()) <= SAME && Math.abs(s.y1() - s.y2()) > SAME) {
                vertical.add(new Segment(s.x1(), Math.min(s.y1(), s.y2()), s.x1(), Math.max(s.y1(), s.y2())));
            }
        }
        List<Float> levels = distinct(horizontal.stream().map(Segment::y1).toList());
        List<Row> bands = new ArrayList<>();
        for (int i = 1; i < levels.size(); i++) {
            float top = levels.get(i - 1);
            float bottom = levels.get(i);
            float middle = (top + bottom) / 2;
            List<Float> borders = distinct(vertical.stream()
                    .filter(v -> v.y1() <= middle && v.y2() >= middle).map(Segment::x1).toList());
            if (borders.size() >= 2) {
                bands.add(new Row(top, bottom, List.copyOf(borders)));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            Row band = bands.get(i);
            // A band of one cell is a row merged across a table's columns only beside a row of that table; alone,
            // it is a frame around text.
            if (band.cells() > 1 || i > 0 && spans(band, bands.get(i - 1))
                    || i + 1 < bands.size() && spans(band, bands.get(i + 1))) {
                rows.add(band);
            }
        }
        return rows;
    }

    private static boolean spans(Row merged, Row neighbour) {
        List<Float> outer = merged.borders();
        List<Float> table = neighbour.borders();
        return neighbour.cells() > 1
                && (Math.abs(merged.top() - neighbour.bottom()) <= SAME || Math.abs(merged.bottom() - neighbour.top()) <= SAME)
                && Math.abs(outer.get(0) - table.get(0)) <= SAME
                && Math.abs(outer.get(outer.size() - 1) - table.get(table.size() - 1)) <= SAME;
    }

    private static List<Float> distinct(List<Float> values) {
        List<Float> sorted = new ArrayList<>(values);
        sorted.sort(Float::compare);
        List<Float> distinct = new ArrayList<>();
        for (float value : sorted) {
            if (distinct.isEmpty() || value - distinct.get(distinct.size() - 1) > SAME) {
                distinct.add(value);
            }
        }
        return distinct;
    }

    /** Records the straight lines a page strokes and the thin rectangles it fills, top-down. */
    private static final class Collector extends PDFGraphicsStreamEngine {
        private final float pageTop;
        private final List<Segment> segments = new ArrayList<>();
        private final List<Segment> path = new ArrayList<>();
        private final List<float[]> rectangles = new ArrayList<>();
        private Point2D current = new Point2D.Float();

        Collector(PDPage page) {
            super(page);
            PDRectangle box = page.getCropBox();
            pageTop = box.getUpperRightY();
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            float left = (float) Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
            float right = (float) Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
            float low = (float) Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
            float high = (float) Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
            rectangles.add(new float[] {left, pageTop - high, right, pageTop - low});
        }

        @Override
        public void moveTo(float x, float y) {
            current = new Point2D.Float(x, y);
        }

        @Override
        public void lineTo(float x, float y) {
            path.add(new Segment((float) current.getX(), pageTop - (float) current.getY(), x, pageTop - y));
            current = new Point2D.Float(x, y);
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            current = new Point2D.Float(x3, y3);
        }

        @Override
        public Point2D getCurrentPoint() {
            return current;
        }

        @Override
        public void closePath() {
        }

        @Override
        public void endPath() {
            clear();
        }

        @Override
        public void strokePath() {
            segments.addAll(path);
            for (float[] r : rectangles) {
                // A stroked rectangle is four rulings.
                segments.add(new Segment(r[0], r[1], r[2], r[1]));
                segments.add(new Segment(r[0], r[3], r[2], r[3]));
                segments.add(new Segment(r[0], r[1], r[0], r[3]));
                segments.add(new Segment(r[2], r[1], r[2], r[3]));
            }
            clear();
        }

        @Override
        public void fillPath(int windingRule) {
            for (float[] r : rectangles) {
                float width = r[2] - r[0];
                float height = r[3] - r[1];
                if (height <= THIN && width > height) {
                    float y = (r[1] + r[3]) / 2;
                    segments.add(new Segment(r[0], y, r[2], y));
                } else if (width <= THIN && height > width) {
                    float x = (r[0] + r[2]) / 2;
                    segments.add(new Segment(x, r[1], x, r[3]));
                }
            }
            clear();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            strokePath();
        }

        @Override
        public void drawImage(PDImage image) {
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }

        private void clear() {
            path.clear();
            rectangles.clear();
        }
    }
}
