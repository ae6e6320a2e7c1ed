package fr.vigie.report.internal;

import java.awt.Color;

import fr.vigie.scoring.Verdict;

/**
 * Report colours (French State palette). Colour never carries meaning alone: every
 * coloured verdict is also written out.
 */
final class Palette {

	static final Color PRIMARY = new Color(0, 0, 145);

	static final Color TEXT = new Color(30, 30, 30);

	static final Color MUTED = new Color(90, 90, 90);

	static final Color RULE = new Color(200, 200, 210);

	static final Color HEADER_BACKGROUND = new Color(232, 232, 246);

	static final Color ZEBRA = new Color(246, 246, 250);

	static final Color GREEN = new Color(24, 117, 60);

	static final Color RED = new Color(179, 38, 30);

	static final Color ORANGE = new Color(179, 64, 0);

	static final Color GREY = new Color(110, 110, 110);

	static final Color WHITE = Color.WHITE;

	private Palette() {
	}

	static Color of(Verdict verdict) {
		return switch (verdict) {
			case EXCELLENT, MET -> GREEN;
			case NOT_MET -> RED;
			case INSUFFICIENT_SAMPLE -> ORANGE;
			case NO_DATA -> GREY;
		};
	}

}
