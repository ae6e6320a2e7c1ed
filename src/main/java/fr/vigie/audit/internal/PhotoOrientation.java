package fr.vigie.audit.internal;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * Phones store a portrait photo as a landscape picture plus an EXIF "orientation" tag.
 * The image reader ignores the tag and re-encoding drops it, so a reduced photo would lie
 * on its side in the checklist and the PDF reports: the reduction draws it upright
 * instead.
 */
final class PhotoOrientation {

	/** The EXIF value of a picture stored upright. */
	static final int UPRIGHT = 1;

	private static final int ORIENTATION_TAG = 0x0112;

	private PhotoOrientation() {
	}

	/**
	 * The EXIF orientation (1 to 8) of a JPEG file, {@link #UPRIGHT} without one or when
	 * the metadata cannot be read.
	 */
	static int of(byte[] jpeg) {
		try {
			int position = 2;
			while (position + 4 <= jpeg.length && (jpeg[position] & 0xFF) == 0xFF) {
				int marker = jpeg[position + 1] & 0xFF;
				int length = ((jpeg[position + 2] & 0xFF) << 8) | (jpeg[position + 3] & 0xFF);
				if (marker == 0xDA) {
					break; // image data starts: no metadata after it
				}
				if (marker == 0xE1 && startsWithExif(jpeg, position + 4)) {
					return fromTiff(jpeg, position + 10, position + 2 + length);
				}
				position += 2 + length;
			}
		}
		catch (IndexOutOfBoundsException malformed) {
			// damaged metadata: keep the picture as stored
		}
		return UPRIGHT;
	}

	/**
	 * Draws {@code image} at {@code width} × {@code height} (its stored proportions),
	 * turned upright for {@code orientation}; orientations 5 to 8 swap width and height.
	 */
	static BufferedImage draw(BufferedImage image, int width, int height, int orientation, int type) {
		boolean turned = orientation >= 5 && orientation <= 8;
		BufferedImage target = new BufferedImage(turned ? height : width, turned ? width : height, type);
		Graphics2D graphics = target.createGraphics();
		graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
		graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
		graphics.setTransform(transform(orientation, width, height));
		graphics.drawImage(image, 0, 0, width, height, null);
		graphics.dispose();
		return target;
	}

	/** Where a point (x, y) of the stored picture goes in the upright one. */
	private static AffineTransform transform(int orientation, int w, int h) {
		return switch (orientation) {
			case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0); // mirrored
			case 3 -> new AffineTransform(-1, 0, 0, -1, w, h); // upside down
			case 4 -> new AffineTransform(1, 0, 0, -1, 0, h); // mirrored upside down
			case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0); // transposed
			case 6 -> new AffineTransform(0, 1, -1, 0, h, 0); // turned a quarter
																// clockwise
			case 7 -> new AffineTransform(0, -1, -1, 0, h, w); // transversed
			case 8 -> new AffineTransform(0, -1, 1, 0, 0, w); // turned a quarter
																// anticlockwise
			default -> new AffineTransform();
		};
	}

	private static boolean startsWithExif(byte[] bytes, int at) {
		return bytes[at] == 'E' && bytes[at + 1] == 'x' && bytes[at + 2] == 'i' && bytes[at + 3] == 'f'
				&& bytes[at + 4] == 0 && bytes[at + 5] == 0;
	}

	/** Reads the orientation entry of the first image directory of a TIFF header. */
	private static int fromTiff(byte[] bytes, int tiff, int end) {
		boolean little = bytes[tiff] == 'I';
		int directory = tiff + (int) number(bytes, tiff + 4, 4, little);
		int entries = (int) number(bytes, directory, 2, little);
		for (int i = 0; i < entries; i++) {
			int entry = directory + 2 + 12 * i;
			if (entry + 12 > end) {
				break;
			}
			if (number(bytes, entry, 2, little) == ORIENTATION_TAG) {
				int value = (int) number(bytes, entry + 8, 2, little);
				return (value >= 1 && value <= 8) ? value : UPRIGHT;
			}
		}
		return UPRIGHT;
	}

	private static long number(byte[] bytes, int at, int size, boolean littleEndian) {
		long value = 0;
		for (int i = 0; i < size; i++) {
			int b = bytes[littleEndian ? at + size - 1 - i : at + i] & 0xFF;
			value = (value << 8) | b;
		}
		return value;
	}

}
