package fr.vigie.scoring.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Html;

/**
 * Charts drawn on the server as inline SVG (no client build, no commercial chart
 * library). Each chart is a {@code figure}: the SVG is an image with a short label for
 * screen readers, and a collapsible table below it gives every figure as text (RGAA 1.3 /
 * WCAG 1.1.1); values are also written on the bars, so colour never carries meaning on
 * its own (WCAG 1.4.1).
 */
final class Charts {

	private static final int WIDTH = 640;

	private Charts() {
	}

	/**
	 * One bar.
	 *
	 * @param label what it is ("Téléphone")
	 * @param value its length on the scale
	 * @param text what is written at its end ("7,4/10 · 38 tests")
	 * @param tone css class suffix for its colour (e.g. "met")
	 */
	record Bar(String label, double value, String text, String tone) {

	}

	/**
	 * A point of a line chart; {@code value} is null for a gap. {@code text} is written
	 * next to the point, {@code detail} in the data table.
	 */
	record Point(String label, Double value, String text, String detail) {

	}

	/** Horizontal bars on a 0–{@code max} scale, with an optional reference line. */
	static Html bars(String title, String summary, List<Bar> bars, double max, Double reference, String referenceLabel,
			String tableCaption, List<String> columns) {
		int rowHeight = 30;
		int labelWidth = 190;
		int plot = WIDTH - labelWidth - 140;
		int height = Math.max(1, bars.size()) * rowHeight + 24;
		StringBuilder svg = svgStart(title, summary, height);
		for (int i = 0; i < bars.size(); i++) {
			Bar bar = bars.get(i);
			int y = 8 + i * rowHeight;
			double length = (max <= 0) ? 0 : Math.max(0, Math.min(1, bar.value() / max)) * plot;
			svg.append(text(labelWidth - 8, y + 17, "end", "chart-label", bar.label()));
			svg.append("<rect class=\"bar tone-%s\" x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"20\" rx=\"2\"/>"
				.formatted(bar.tone(), labelWidth, y + 2, length));
			svg.append(text((int) (labelWidth + length + 6), y + 17, "start", "chart-value", bar.text()));
		}
		if (reference != null && max > 0) {
			double x = labelWidth + reference / max * plot;
			svg.append("<line class=\"reference\" x1=\"%.1f\" y1=\"4\" x2=\"%.1f\" y2=\"%d\"/>".formatted(x, x,
					height - 14));
			svg.append(text((int) x, height - 2, "middle", "chart-note", referenceLabel));
		}
		svg.append("</svg>");
		List<List<String>> rows = bars.stream().map((bar) -> List.of(bar.label(), bar.text())).toList();
		return figure(svg, tableCaption, columns, rows);
	}

	/** Vertical bars, one per band, with a marker at {@code reference}. */
	static Html histogram(String title, String summary, List<String> bands, int[] counts, int referenceBand,
			String referenceLabel, String tableCaption, List<String> columns) {
		int height = 220;
		int left = 40;
		int bottom = height - 36;
		int plotHeight = bottom - 16;
		int step = (WIDTH - left - 10) / Math.max(1, bands.size());
		int max = 1;
		for (int count : counts) {
			max = Math.max(max, count);
		}
		StringBuilder svg = svgStart(title, summary, height);
		svg.append("<line class=\"axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>".formatted(left, bottom, WIDTH - 10,
				bottom));
		for (int i = 0; i < bands.size(); i++) {
			double barHeight = (double) counts[i] / max * plotHeight;
			int x = left + i * step;
			String tone = (i >= referenceBand) ? "met" : "not-met";
			svg.append("<rect class=\"bar tone-%s\" x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\"/>".formatted(tone,
					x + 4, bottom - barHeight, step - 8, barHeight));
			svg.append(text(x + step / 2, (int) (bottom - barHeight - 4), "middle", "chart-value",
					Integer.toString(counts[i])));
			svg.append(text(x + step / 2, bottom + 16, "middle", "chart-label", bands.get(i)));
		}
		int x = left + referenceBand * step;
		svg.append("<line class=\"reference\" x1=\"%d\" y1=\"8\" x2=\"%d\" y2=\"%d\"/>".formatted(x, x, bottom));
		svg.append(text(x + 4, 14, "start", "chart-note", referenceLabel));
		svg.append("</svg>");
		List<List<String>> rows = new java.util.ArrayList<>();
		for (int i = 0; i < bands.size(); i++) {
			rows.add(List.of(bands.get(i), Integer.toString(counts[i])));
		}
		return figure(svg, tableCaption, columns, rows);
	}

	/** A line over 0–10 with a dashed threshold; gaps where a point has no value. */
	static Html line(String title, String summary, List<Point> points, double threshold, String thresholdLabel,
			String tableCaption, List<String> columns) {
		int height = 240;
		int left = 40;
		int top = 16;
		int bottom = height - 40;
		int step = (WIDTH - left - 30) / Math.max(1, points.size() - 1);
		StringBuilder svg = svgStart(title, summary, height);
		for (int mark = 0; mark <= 10; mark += 2) {
			double y = y(mark, top, bottom);
			svg.append("<line class=\"grid\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\"/>".formatted(left, y,
					WIDTH - 20, y));
			svg.append(text(left - 6, (int) y + 4, "end", "chart-label", Integer.toString(mark)));
		}
		double thresholdY = y(threshold, top, bottom);
		svg.append("<line class=\"reference\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\"/>".formatted(left, thresholdY,
				WIDTH - 20, thresholdY));
		svg.append(text(WIDTH - 22, (int) thresholdY - 4, "end", "chart-note", thresholdLabel));
		StringBuilder path = new StringBuilder();
		boolean pen = false;
		for (int i = 0; i < points.size(); i++) {
			Point point = points.get(i);
			int x = left + i * step;
			svg.append(text(x, bottom + 18, "middle", "chart-label", point.label()));
			if (point.value() == null) {
				pen = false;
				continue;
			}
			double y = y(point.value(), top, bottom);
			path.append(pen ? " L" : " M").append("%d %.1f".formatted(x, y));
			pen = true;
			svg.append("<circle class=\"dot\" cx=\"%d\" cy=\"%.1f\" r=\"4\"/>".formatted(x, y));
			svg.append(text(x, (int) y - 8, "middle", "chart-value", point.text()));
		}
		if (!path.isEmpty()) {
			svg.append("<path class=\"trend\" d=\"").append(path.toString().trim()).append("\"/>");
		}
		svg.append("</svg>");
		List<List<String>> rows = points.stream()
			.map((point) -> List.of(point.label(), (point.value() == null) ? "—" : point.detail()))
			.toList();
		return figure(svg, tableCaption, columns, rows);
	}

	private static double y(double mark, int top, int bottom) {
		return bottom - (Math.max(0, Math.min(10, mark)) / 10.0) * (bottom - top);
	}

	private static StringBuilder svgStart(String title, String summary, int height) {
		StringBuilder svg = new StringBuilder();
		svg.append("<svg class=\"chart-svg\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\" focusable=\"false\">"
			.formatted(WIDTH, height, escape(title + ". " + summary)));
		svg.append("<title>").append(escape(title)).append("</title>");
		return svg;
	}

	private static Html figure(StringBuilder svg, String tableCaption, List<String> columns, List<List<String>> rows) {
		StringBuilder html = new StringBuilder("<figure class=\"chart\">");
		html.append(svg);
		html.append("<details class=\"chart-data\"><summary>").append(escape(tableCaption)).append("</summary>");
		html.append(table(tableCaption, columns, rows));
		html.append("</details></figure>");
		return new Html(html.toString());
	}

	static String table(String caption, List<String> columns, List<List<String>> rows) {
		StringBuilder html = new StringBuilder("<table class=\"data-table\"><caption>");
		html.append(escape(caption)).append("</caption><thead><tr>");
		for (String column : columns) {
			html.append("<th scope=\"col\">").append(escape(column)).append("</th>");
		}
		html.append("</tr></thead><tbody>");
		for (List<String> row : rows) {
			html.append("<tr>");
			for (int i = 0; i < row.size(); i++) {
				String tag = (i == 0) ? "th scope=\"row\"" : "td";
				html.append('<')
					.append(tag)
					.append('>')
					.append(escape(row.get(i)))
					.append("</")
					.append((i == 0) ? "th" : "td")
					.append('>');
			}
			html.append("</tr>");
		}
		return html.append("</tbody></table>").toString();
	}

	private static String text(int x, int y, String anchor, String css, String content) {
		return "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\" class=\"%s\">%s</text>".formatted(x, y, anchor, css,
				escape(content));
	}

	static String escape(String text) {
		if (text == null) {
			return "";
		}
		return text.replace("&", "&amp;")
			.replace("<", "&lt;")
			.replace(">", "&gt;")
			.replace("\"", "&quot;")
			.replace("'", "&#39;");
	}

	/** A number as French readers write it: one decimal, decimal comma. */
	static String decimal(double value) {
		return String.format(Locale.FRANCE, "%.1f", value);
	}

}
