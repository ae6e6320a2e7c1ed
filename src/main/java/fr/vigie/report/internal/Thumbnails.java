package fr.vigie.report.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.openpdf.text.BadElementException;
import org.openpdf.text.Image;

/**
 * Turns evidence pictures (often multi-megabyte phone photos, PNG screenshots with an
 * alpha channel, or CMYK scans) into small opaque sRGB JPEG thumbnails: reports stay
 * light, and PDF/A gets neither transparency nor a colour space without an output intent.
 * Deterministic: the same picture always gives the same bytes.
 */
final class Thumbnails {

	/** Longest side in pixels: sharp at the 90-point width printed, at 300 dpi. */
	static final int MAX_PIXELS = 400;

	private Thumbnails() {
	}

	/** The thumbnail, or null when the bytes are not a readable picture. */
	static Image thumbnail(byte[] picture) {
		BufferedImage source;
		try {
			source = ImageIO.read(new ByteArrayInputStream(picture));
		}
		catch (IOException | RuntimeException unreadable) {
			return null;
		}
		if (source == null || source.getWidth() < 1 || source.getHeight() < 1) {
			return null;
		}
		double scale = Math.min(1.0, (double) MAX_PIXELS / Math.max(source.getWidth(), source.getHeight()));
		int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
		int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
		BufferedImage opaque = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = opaque.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			graphics.setColor(Color.WHITE);
			graphics.fillRect(0, 0, width, height);
			graphics.drawImage(source, 0, 0, width, height, null);
		}
		finally {
			graphics.dispose();
		}
		try {
			return Image.getInstance(jpeg(opaque));
		}
		catch (IOException | BadElementException ex) {
			return null;
		}
	}

	private static byte[] jpeg(BufferedImage image) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(stream);
			ImageWriteParam parameters = writer.getDefaultWriteParam();
			parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			parameters.setCompressionQuality(0.85f);
			writer.write(null, new IIOImage(image, null, null), parameters);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

}
