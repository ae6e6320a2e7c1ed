package fr.vigie.report.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/**
 * Made-up evidence pictures for the demo (a door sign, a web page, a letter), drawn
 * without any text so they need no system font. Drawn once, always the same bytes.
 */
final class DemoEvidence {

	static final byte[] DOOR_SIGN = draw(DemoEvidence::doorSign, "jpg");

	static final byte[] WEB_PAGE = draw(DemoEvidence::webPage, "png");

	static final byte[] LETTER = draw(DemoEvidence::letter, "jpg");

	private DemoEvidence() {
	}

	private interface Painter {

		void paint(Graphics2D graphics, int width, int height);

	}

	private static byte[] draw(Painter painter, String format) {
		int width = 640;
		int height = 420;
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			painter.paint(graphics, width, height);
		}
		finally {
			graphics.dispose();
		}
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, format, out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void doorSign(Graphics2D g, int width, int height) {
		g.setPaint(new java.awt.GradientPaint(0, 0, new Color(176, 168, 152), width, height, new Color(120, 112, 100)));
		g.fillRect(0, 0, width, height);
		g.setColor(new Color(70, 60, 50));
		g.fillRect(width - 150, 0, 150, height);
		g.setColor(new Color(250, 250, 246));
		g.fillRoundRect(110, 60, 340, 300, 18, 18);
		g.setColor(new Color(0, 0, 145));
		g.fillRect(130, 85, 300, 34);
		g.setColor(new Color(90, 90, 90));
		for (int line = 0; line < 6; line++) {
			g.fillRect(140, 145 + line * 30, 150 + (line * 37) % 120, 12);
		}
		g.setColor(new Color(230, 200, 40));
		g.rotate(-0.25, 330, 250);
		g.fillRect(260, 215, 150, 80);
		g.rotate(0.25, 330, 250);
	}

	private static void webPage(Graphics2D g, int width, int height) {
		g.setColor(new Color(236, 236, 236));
		g.fillRect(0, 0, width, height);
		g.setColor(new Color(210, 210, 210));
		g.fillRect(0, 0, width, 36);
		g.setColor(Color.WHITE);
		g.fillRoundRect(90, 8, 420, 20, 10, 10);
		g.setColor(Color.WHITE);
		g.fillRect(20, 50, width - 40, height - 70);
		g.setColor(new Color(0, 0, 145));
		g.fillRect(20, 50, width - 40, 56);
		g.setColor(new Color(179, 38, 30));
		g.setStroke(new BasicStroke(6));
		g.drawOval(250, 170, 140, 140);
		g.drawLine(290, 210, 350, 270);
		g.drawLine(350, 210, 290, 270);
		g.setColor(new Color(150, 150, 150));
		g.fillRect(200, 340, 240, 12);
	}

	private static void letter(Graphics2D g, int width, int height) {
		g.setColor(new Color(205, 200, 190));
		g.fillRect(0, 0, width, height);
		g.setColor(new Color(252, 252, 250));
		g.fillRect(150, 20, 340, height - 40);
		g.setColor(new Color(0, 0, 145));
		g.fillRect(175, 45, 70, 40);
		g.setColor(new Color(60, 60, 60));
		g.fillRect(330, 60, 130, 8);
		g.fillRect(330, 76, 110, 8);
		for (int line = 0; line < 10; line++) {
			g.fillRect(175, 130 + line * 22, 270 - (line % 3) * 40, 7);
		}
		g.setColor(new Color(40, 40, 120));
		g.setStroke(new BasicStroke(2));
		g.drawArc(330, 355, 90, 25, 0, 180);
	}

}
