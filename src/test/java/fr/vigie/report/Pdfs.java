package fr.vigie.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Reads generated PDFs back for assertions: text per page, metadata, fonts, PDF/A-2b
 * validation with veraPDF, and pages rendered to PNG with poppler's {@code pdftoppm} (to
 * look at them).
 */
public final class Pdfs {

	private static final Path PAGES = Paths.get("target", "report-pages");

	private static boolean veraReady;

	private Pdfs() {
	}

	public static int pages(byte[] pdf) {
		try (PdfReader reader = new PdfReader(pdf)) {
			return reader.getNumberOfPages();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static String text(byte[] pdf, int page) {
		try (PdfReader reader = new PdfReader(pdf)) {
			return new PdfTextExtractor(reader).getTextFromPage(page);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static List<String> allText(byte[] pdf) {
		try (PdfReader reader = new PdfReader(pdf)) {
			PdfTextExtractor extractor = new PdfTextExtractor(reader);
			List<String> pages = new ArrayList<>();
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				pages.add(extractor.getTextFromPage(page));
			}
			return pages;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * All pages' text on one line: line breaks (from wrapping) become spaces, and the
	 * spaces the extractor adds around narrow no-break spaces (it sees a gap there) are
	 * removed, so wording and typography can be asserted.
	 */
	public static String normalizedText(byte[] pdf) {
		return normalize(String.join("\n", allText(pdf)));
	}

	public static String normalize(String text) {
		return text.replaceAll("[ \\t\\r\\n]+", " ").replace(" \u202F", "\u202F").replace("\u202F ", "\u202F");
	}

	public static Map<String, String> info(byte[] pdf) {
		try (PdfReader reader = new PdfReader(pdf)) {
			return reader.getInfo();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Base font names of every font used on any page, each with whether it is embedded.
	 */
	public static Map<String, Boolean> fonts(byte[] pdf) {
		Map<String, Boolean> fonts = new java.util.TreeMap<>();
		try (PdfReader reader = new PdfReader(pdf)) {
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				collectFonts(reader.getPageN(page).getAsDict(PdfName.RESOURCES), fonts, 0);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return fonts;
	}

	private static void collectFonts(PdfDictionary resources, Map<String, Boolean> fonts, int depth) {
		if (resources == null || depth > 5) {
			return;
		}
		PdfDictionary fontResources = resources.getAsDict(PdfName.FONT);
		if (fontResources != null) {
			for (PdfName key : fontResources.getKeys()) {
				PdfDictionary font = fontResources.getAsDict(key);
				String name = PdfName.decodeName(font.getAsName(PdfName.BASEFONT).toString());
				PdfDictionary descriptor = font.getAsDict(PdfName.FONTDESCRIPTOR);
				PdfArray descendants = font.getAsArray(PdfName.DESCENDANTFONTS);
				if (descriptor == null && descendants != null) {
					descriptor = descendants.getAsDict(0).getAsDict(PdfName.FONTDESCRIPTOR);
				}
				boolean embedded = descriptor != null && (descriptor.contains(PdfName.FONTFILE)
						|| descriptor.contains(PdfName.FONTFILE2) || descriptor.contains(PdfName.FONTFILE3));
				fonts.merge(name, embedded, Boolean::logicalAnd);
			}
		}
		PdfDictionary objects = resources.getAsDict(PdfName.XOBJECT);
		if (objects != null) {
			for (PdfName key : objects.getKeys()) {
				PdfDictionary object = objects.getAsStream(key);
				if (object != null) {
					collectFonts(object.getAsDict(PdfName.RESOURCES), fonts, depth + 1);
				}
			}
		}
	}

	/** veraPDF's failed PDF/A-2b rules, one line each; empty when the file conforms. */
	public static synchronized List<String> pdfA2bViolations(byte[] pdf) {
		if (!veraReady) {
			VeraGreenfieldFoundryProvider.initialise();
			veraReady = true;
		}
		try (PDFAParser parser = Foundries.defaultInstance()
			.createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
				PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
			ValidationResult result = validator.validate(parser);
			List<String> failures = result.getTestAssertions()
				.stream()
				.filter((assertion) -> assertion.getStatus() == TestAssertion.Status.FAILED)
				.map((assertion) -> assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber()
						+ " " + assertion.getMessage())
				.distinct()
				.toList();
			if (!result.isCompliant() && failures.isEmpty()) {
				return List.of("not compliant (no failed assertion reported)");
			}
			return failures;
		}
		catch (Exception ex) {
			return List.of("veraPDF could not validate the file: " + ex);
		}
	}

	/** Renders one page to {@code target/report-pages/<name>.png} at 60 dpi. */
	public static Path png(byte[] pdf, int page, String name) {
		try {
			Files.createDirectories(PAGES);
			Path source = Files.createTempFile("vigie-report", ".pdf");
			Files.write(source, pdf);
			Path prefix = PAGES.resolve(name);
			Process process = new ProcessBuilder("pdftoppm", "-png", "-r", "60", "-f", Integer.toString(page), "-l",
					Integer.toString(page), "-singlefile", source.toString(), prefix.toString())
				.redirectErrorStream(true)
				.start();
			String output = new String(process.getInputStream().readAllBytes());
			if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IllegalStateException("pdftoppm failed: " + output);
			}
			Files.delete(source);
			return prefix.resolveSibling(name + ".png");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public static Path save(byte[] pdf, String name) {
		try {
			Files.createDirectories(PAGES);
			return Files.write(PAGES.resolve(name + ".pdf"), pdf);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
