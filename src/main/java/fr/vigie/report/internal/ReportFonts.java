package fr.vigie.report.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;

import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;

import java.awt.Color;

/**
 * The Liberation Sans family (SIL Open Font License 1.1, shipped with its licence in
 * {@code openpdf-fonts-extra} from Maven Central), embedded and subset in every report.
 * It covers every French character (é è à ç œ « » € and the narrow no-break space).
 * <p>
 * Two OpenPDF defaults are changed so reports are PDF/A-2b and reproducible: no CIDSet
 * (PDF/A-2 requires it to be complete when present, OpenPDF writes the subset), and a
 * subset prefix derived from the font name instead of a random one.
 * <p>
 * Font programs are parsed once per set and sets are pooled: a set is used by one
 * document at a time, because subsetting walks the font file with a shared cursor.
 */
final class ReportFonts {

	private static final String DIRECTORY = "/liberation/";

	private static final ConcurrentLinkedQueue<ReportFonts> POOL = new ConcurrentLinkedQueue<>();

	final BaseFont regular;

	final BaseFont bold;

	final BaseFont italic;

	private ReportFonts() {
		this.regular = load("LiberationSans-Regular.ttf");
		this.bold = load("LiberationSans-Bold.ttf");
		this.italic = load("LiberationSans-Italic.ttf");
	}

	/** Runs {@code work} with a font set no other thread uses meanwhile. */
	static <T> T withFonts(Function<ReportFonts, T> work) {
		ReportFonts fonts = POOL.poll();
		if (fonts == null) {
			fonts = new ReportFonts();
		}
		try {
			return work.apply(fonts);
		}
		finally {
			POOL.offer(fonts);
		}
	}

	Font regular(float size) {
		return new Font(this.regular, size);
	}

	Font regular(float size, Color color) {
		return new Font(this.regular, size, Font.NORMAL, color);
	}

	Font bold(float size) {
		return new Font(this.bold, size);
	}

	Font bold(float size, Color color) {
		return new Font(this.bold, size, Font.NORMAL, color);
	}

	Font italic(float size, Color color) {
		return new Font(this.italic, size, Font.NORMAL, color);
	}

	private static BaseFont load(String file) {
		try (InputStream in = ReportFonts.class.getResourceAsStream(DIRECTORY + file)) {
			if (in == null) {
				throw new IllegalStateException(
						"Font " + DIRECTORY + file + " missing from the classpath (openpdf-fonts-extra)");
			}
			BaseFont font = BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(),
					null);
			font.setIncludeCidSet(false);
			font.setSecureRandom(new NamePrefix(file));
			return font;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Makes OpenPDF's six-letter subset prefix a function of the font file, so the same
	 * document always gets the same bytes. Stateless, hence safe to share.
	 */
	@SuppressWarnings("serial")
	private static final class NamePrefix extends SecureRandom {

		private final double letter;

		NamePrefix(String name) {
			super(new byte[0]);
			this.letter = (Math.floorMod(name.hashCode(), 26) + 0.5) / 26.0;
		}

		@Override
		public double nextDouble() {
			return this.letter;
		}

	}

}
