package fr.vigie.report.internal;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.TimeZone;

import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfEncryption;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.Phrase;

/**
 * One PDF/A-2b document being written: embedded fonts only, an sRGB output intent, XMP
 * metadata matching the document information, no transparency. Its creation date is the
 * model's generation date and its file identifier is derived from the model, so the same
 * model gives the same bytes. Every page gets the footer "Vigie · title · reference" and
 * "Page X / Y".
 */
final class PdfAWriter {

	static final String PRODUCER_TAG = "Vigie";

	private static final float FOOTER_SIZE = 8f;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);

	private final Document document;

	private final PdfWriter writer;

	private final ReportFonts fonts;

	/**
	 * @param documentId 16 bytes derived from the model (see {@link ModelDigest})
	 * @param footer the left part of the footer, e.g. "Rapport de conformité – Mairie de
	 * X – 2e trimestre 2026"
	 */
	PdfAWriter(ReportFonts fonts, Rectangle pageSize, float margin, String title, String subject, String keywords,
			Instant generatedAt, byte[] documentId, String footer) {
		this.fonts = fonts;
		this.document = new Document(pageSize, margin, margin, margin, margin + 18);
		try {
			this.writer = PdfWriter.getInstance(this.document, this.out);
		}
		catch (DocumentException ex) {
			throw new IllegalStateException(ex);
		}
		this.writer.setPDFXConformance(PdfWriter.PDFA2B);
		this.writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
		this.document.addTitle(FrenchTypography.apply(title));
		this.document.addSubject(FrenchTypography.apply(subject));
		this.document.addKeywords(keywords);
		this.document.addCreator(PRODUCER_TAG);
		this.document.addAuthor(PRODUCER_TAG);
		PdfDate date = new PdfDate(calendar(generatedAt));
		this.writer.getInfo().put(PdfName.CREATIONDATE, date);
		this.writer.getInfo().put(PdfName.MODDATE, date);
		this.writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(documentId, documentId));
		this.writer.getExtraCatalog().put(PdfName.LANG, new PdfString("fr-FR"));
		String reference = "Réf. " + HexFormat.of().formatHex(documentId, 0, 6).toUpperCase();
		this.writer.setPageEvent(new Footer(FrenchTypography.apply(footer), reference));
		this.document.open();
		try {
			this.writer.setOutputIntents("sRGB IEC61966-2.1", "", "http://www.color.org", "sRGB IEC61966-2.1",
					ICC_Profile.getInstance(ColorSpace.CS_sRGB));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Document document() {
		return this.document;
	}

	PdfWriter writer() {
		return this.writer;
	}

	void add(Element element) {
		try {
			this.document.add(element);
		}
		catch (DocumentException ex) {
			throw new IllegalStateException(ex);
		}
	}

	void newPage() {
		this.document.newPage();
	}

	/** Closes the document and returns its bytes. */
	byte[] finish() {
		this.writer.createXmpMetadata();
		this.document.close();
		return this.out.toByteArray();
	}

	private static Calendar calendar(Instant instant) {
		GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(Formats.PARIS));
		calendar.setTimeInMillis(instant.toEpochMilli());
		return calendar;
	}

	/**
	 * "Page X / Y" needs Y before it is known: each page draws a shared template that is
	 * filled in when the document closes.
	 */
	private final class Footer extends PdfPageEventHelper {

		private final String text;

		private final String reference;

		private PdfTemplate total;

		Footer(String text, String reference) {
			this.text = text;
			this.reference = reference;
		}

		@Override
		public void onOpenDocument(PdfWriter writer, Document document) {
			this.total = writer.getDirectContent().createTemplate(30, FOOTER_SIZE + 2);
		}

		@Override
		public void onEndPage(PdfWriter writer, Document document) {
			PdfContentByte canvas = writer.getDirectContent();
			float y = document.bottom() - 22;
			canvas.saveState();
			canvas.setRGBColorStroke(200, 200, 210);
			canvas.setLineWidth(0.5f);
			canvas.moveTo(document.left(), y + FOOTER_SIZE + 5);
			canvas.lineTo(document.right(), y + FOOTER_SIZE + 5);
			canvas.stroke();
			canvas.restoreState();
			String page = "Page " + writer.getPageNumber() + " / ";
			float pageWidth = PdfAWriter.this.fonts.regular.getWidthPoint(page, FOOTER_SIZE) + 16;
			float referenceWidth = PdfAWriter.this.fonts.regular.getWidthPoint(this.reference, FOOTER_SIZE);
			float available = document.right() - document.left() - pageWidth - referenceWidth - 24;
			ColumnText left = new ColumnText(canvas);
			left.setSimpleColumn(
					new Phrase(fit(this.text, available), PdfAWriter.this.fonts.regular(FOOTER_SIZE, Palette.MUTED)),
					document.left(), y - 4, document.left() + available, y + FOOTER_SIZE + 2, FOOTER_SIZE + 2,
					Element.ALIGN_LEFT);
			try {
				left.go();
			}
			catch (DocumentException ex) {
				throw new IllegalStateException(ex);
			}
			ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
					new Phrase(this.reference, PdfAWriter.this.fonts.regular(FOOTER_SIZE, Palette.MUTED)),
					document.right() - pageWidth - 12, y, 0);
			float pageX = document.right() - pageWidth + 16;
			canvas.beginText();
			canvas.setFontAndSize(PdfAWriter.this.fonts.regular, FOOTER_SIZE);
			canvas.setRGBColorFill(Palette.TEXT.getRed(), Palette.TEXT.getGreen(), Palette.TEXT.getBlue());
			canvas.setTextMatrix(pageX, y);
			canvas.showText(page);
			canvas.endText();
			canvas.addTemplate(this.total, pageX + PdfAWriter.this.fonts.regular.getWidthPoint(page, FOOTER_SIZE), y);
		}

		@Override
		public void onCloseDocument(PdfWriter writer, Document document) {
			this.total.beginText();
			this.total.setFontAndSize(PdfAWriter.this.fonts.regular, FOOTER_SIZE);
			this.total.setRGBColorFill(Palette.TEXT.getRed(), Palette.TEXT.getGreen(), Palette.TEXT.getBlue());
			this.total.setTextMatrix(0, 0);
			this.total.showText(Integer.toString(writer.getPageNumber() - 1));
			this.total.endText();
		}

		/** Shortens the footer with an ellipsis rather than letting it wrap. */
		private String fit(String value, float width) {
			if (PdfAWriter.this.fonts.regular.getWidthPoint(value, FOOTER_SIZE) <= width) {
				return value;
			}
			String shortened = value;
			while (shortened.length() > 1
					&& PdfAWriter.this.fonts.regular.getWidthPoint(shortened + "…", FOOTER_SIZE) > width) {
				shortened = shortened.substring(0, shortened.length() - 1);
			}
			return shortened.strip() + "…";
		}

	}

}
