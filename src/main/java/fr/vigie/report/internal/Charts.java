package fr.vigie.report.internal;

import java.awt.Color;
import java.util.List;

import org.openpdf.text.BadElementException;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Charts drawn as vector graphics straight into the PDF (sharp at any zoom, text
 * searchable), with the report's embedded font.
 */
final class Charts {

	private static final float LEFT = 30;

	private static final float BOTTOM = 30;

	private static final float TOP = 14;

	private static final float RIGHT = 70;

	private Charts() {
	}

	/** A point of a line chart: a label under the axis and a mark, or null for a gap. */
	record Point(String label, Double mark, String note) {

	}

	/** A bar of a histogram. */
	record Bar(String label, int value, boolean passing) {

	}

	/**
	 * Marks out of 10 over time, with the pass threshold and the excellence band drawn as
	 * labelled dashed lines.
	 */
	static Image markTrend(PdfWriter writer, ReportFonts fonts, float width, float height, List<Point> points,
			double threshold, double excellence) {
		PdfTemplate canvas = writer.getDirectContent().createTemplate(width, height);
		float plotWidth = width - LEFT - RIGHT;
		float plotHeight = height - BOTTOM - TOP;
		grid(canvas, fonts, LEFT + plotWidth + 4, plotHeight, 10, 2, (value) -> Formats.mark(value).replace(",0", ""));
		reference(canvas, fonts, plotWidth, plotHeight, threshold / 10, Palette.RED,
				"Seuil " + Formats.mark(threshold).replace(",0", ""));
		if (excellence > threshold) {
			reference(canvas, fonts, plotWidth, plotHeight, excellence / 10, Palette.GREEN,
					"Excellence " + Formats.mark(excellence).replace(",0", ""));
		}
		int count = points.size();
		float step = (count > 1) ? plotWidth / (count - 1) : 0;
		float[] xs = new float[count];
		for (int i = 0; i < count; i++) {
			xs[i] = LEFT + ((count > 1) ? i * step : plotWidth / 2);
			label(canvas, fonts, Element.ALIGN_CENTER, points.get(i).label(), xs[i], BOTTOM - 13, 7.5f, Palette.TEXT);
			if (points.get(i).note() != null) {
				label(canvas, fonts, Element.ALIGN_CENTER, points.get(i).note(), xs[i], BOTTOM - 23, 6.5f,
						Palette.MUTED);
			}
		}
		canvas.setColorStroke(Palette.PRIMARY);
		canvas.setLineWidth(1.8f);
		boolean drawing = false;
		for (int i = 0; i < count; i++) {
			Double mark = points.get(i).mark();
			if (mark == null) {
				drawing = false;
				continue;
			}
			float y = BOTTOM + (float) (mark / 10) * plotHeight;
			if (drawing) {
				canvas.lineTo(xs[i], y);
			}
			else {
				canvas.moveTo(xs[i], y);
				drawing = true;
			}
		}
		canvas.stroke();
		for (int i = 0; i < count; i++) {
			Double mark = points.get(i).mark();
			float y = BOTTOM + (float) ((mark == null) ? 0 : mark / 10) * plotHeight;
			if (mark == null) {
				label(canvas, fonts, Element.ALIGN_CENTER, "sans test", xs[i], BOTTOM + 4, 7, Palette.MUTED);
				continue;
			}
			canvas.setColorFill(Palette.PRIMARY);
			canvas.circle(xs[i], y, 3.2f);
			canvas.fill();
			label(canvas, fonts, Element.ALIGN_CENTER, Formats.mark(mark), xs[i], y + 6, 8, Palette.PRIMARY);
		}
		return image(canvas);
	}

	/** Number of items per band (e.g. sites per band of marks). */
	static Image histogram(PdfWriter writer, ReportFonts fonts, float width, float height, List<Bar> bars) {
		PdfTemplate canvas = writer.getDirectContent().createTemplate(width, height);
		float plotWidth = width - LEFT - 10;
		float plotHeight = height - BOTTOM - TOP;
		int max = Math.max(1, bars.stream().mapToInt(Bar::value).max().orElse(1));
		int top = niceTop(max);
		int stepValue = Math.max(1, top / 5);
		grid(canvas, fonts, LEFT + plotWidth, plotHeight, top, stepValue, (value) -> Integer.toString((int) value));
		float slot = plotWidth / Math.max(1, bars.size());
		for (int i = 0; i < bars.size(); i++) {
			Bar bar = bars.get(i);
			float x = LEFT + i * slot;
			float barHeight = plotHeight * bar.value() / top;
			if (bar.value() > 0) {
				canvas.setColorFill(bar.passing() ? Palette.GREEN : Palette.RED);
				canvas.rectangle(x + slot * 0.15f, BOTTOM, slot * 0.7f, barHeight);
				canvas.fill();
				label(canvas, fonts, Element.ALIGN_CENTER, Integer.toString(bar.value()), x + slot / 2,
						BOTTOM + barHeight + 3, 8, Palette.TEXT);
			}
			label(canvas, fonts, Element.ALIGN_CENTER, bar.label(), x + slot / 2, BOTTOM - 13, 7.5f, Palette.TEXT);
		}
		return image(canvas);
	}

	private static int niceTop(int max) {
		for (int top : new int[] { 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000 }) {
			if (max <= top) {
				return top;
			}
		}
		return ((max / 1000) + 1) * 1000;
	}

	private interface Tick {

		String label(double value);

	}

	private static void grid(PdfTemplate canvas, ReportFonts fonts, float right, float plotHeight, double top,
			double step, Tick tick) {
		canvas.setLineWidth(0.4f);
		canvas.setColorStroke(Palette.RULE);
		for (double value = 0; value <= top + 1e-9; value += step) {
			float y = BOTTOM + (float) (value / top) * plotHeight;
			canvas.moveTo(LEFT, y);
			canvas.lineTo(right, y);
			canvas.stroke();
			label(canvas, fonts, Element.ALIGN_RIGHT, tick.label(value), LEFT - 5, y - 2.5f, 7.5f, Palette.MUTED);
		}
		canvas.setColorStroke(Palette.MUTED);
		canvas.setLineWidth(0.8f);
		canvas.moveTo(LEFT, BOTTOM);
		canvas.lineTo(right, BOTTOM);
		canvas.stroke();
	}

	private static void reference(PdfTemplate canvas, ReportFonts fonts, float plotWidth, float plotHeight,
			double fraction, Color color, String text) {
		float y = BOTTOM + (float) fraction * plotHeight;
		canvas.saveState();
		canvas.setColorStroke(color);
		canvas.setLineWidth(1f);
		canvas.setLineDash(4, 3, 0);
		canvas.moveTo(LEFT, y);
		canvas.lineTo(LEFT + plotWidth + 4, y);
		canvas.stroke();
		canvas.restoreState();
		label(canvas, fonts, Element.ALIGN_LEFT, text, LEFT + plotWidth + 8, y - 2.5f, 7.5f, color);
	}

	private static void label(PdfContentByte canvas, ReportFonts fonts, int alignment, String text, float x, float y,
			float size, Color color) {
		canvas.beginText();
		canvas.setFontAndSize(fonts.regular, size);
		canvas.setColorFill(color);
		canvas.showTextAligned(alignment, FrenchTypography.apply(text), x, y, 0);
		canvas.endText();
	}

	private static Image image(PdfTemplate canvas) {
		try {
			Image image = Image.getInstance(canvas);
			image.setAlignment(Image.MIDDLE);
			return image;
		}
		catch (BadElementException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
