package fr.vigie.report.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.mongodb.client.gridfs.model.GridFSFile;
import fr.vigie.report.IssuedReport;
import fr.vigie.report.ReportKind;
import fr.vigie.report.internal.PdfReports.RenderedReport;
import org.bson.Document;
import org.bson.types.ObjectId;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.stereotype.Component;

/**
 * The register of issued reports: each PDF is stored once in GridFS (bucket
 * {@code reports}) and entered under its SHA-256 in {@code issued_reports}. Registering
 * the same bytes twice returns the first entry (the database's unique id settles races
 * between instances).
 */
@Component
public class ReportRegister {

	private final IssuedReportRepository reports;

	private final GridFsTemplate files;

	private final Clock clock;

	ReportRegister(IssuedReportRepository reports, MongoDatabaseFactory databases, MongoConverter converter,
			Clock clock) {
		this.reports = reports;
		this.files = new GridFsTemplate(databases, converter, "reports");
		this.clock = clock;
	}

	/** What a register entry says besides the fingerprint. */
	public record Entry(ReportKind kind, String siteId, String subject, String periodCode, String referentialId,
			String referentialLabel, String fileName) {

	}

	public IssuedReport register(RenderedReport rendered, Entry entry, String issuedBy, String batchId) {
		String sha256 = sha256(rendered.pdf());
		Optional<IssuedReport> existing = this.reports.findById(sha256);
		if (existing.isPresent()) {
			return existing.get();
		}
		ObjectId fileId = this.files.store(new ByteArrayInputStream(rendered.pdf()), entry.fileName(),
				"application/pdf", new Document("sha256", sha256));
		IssuedReport report = new IssuedReport(sha256, rendered.documentId(), entry.kind(), entry.siteId(),
				entry.subject(), entry.periodCode(), entry.referentialId(), entry.referentialLabel(), issuedBy,
				this.clock.instant().truncatedTo(ChronoUnit.MILLIS), entry.fileName(), rendered.pdf().length,
				fileId.toHexString(), batchId);
		try {
			return this.reports.insert(report);
		}
		catch (DuplicateKeyException issuedMeanwhile) {
			this.files.delete(Query.query(Criteria.where("_id").is(fileId)));
			return this.reports.findById(sha256).orElseThrow(() -> issuedMeanwhile);
		}
	}

	public Optional<IssuedReport> find(String sha256) {
		return this.reports.findById(sha256);
	}

	public List<IssuedReport> findAll(List<String> sha256s) {
		return this.reports.findAllById(sha256s);
	}

	public Optional<IssuedReport> findByDocumentId(String documentId) {
		return this.reports.findFirstByDocumentIdOrderByIssuedAtAsc(documentId);
	}

	public List<IssuedReport> recent() {
		return this.reports.findTop200ByOrderByIssuedAtDesc();
	}

	public InputStream open(IssuedReport report) {
		GridFSFile file = this.files.findOne(Query.query(Criteria.where("_id").is(new ObjectId(report.fileId()))));
		if (file == null) {
			throw new IllegalStateException("PDF of report " + report.sha256() + " is missing from GridFS");
		}
		try {
			return this.files.getResource(file).getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public byte[] content(IssuedReport report) {
		try (InputStream in = open(report)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Writes the given registered reports as a ZIP, with {@code empreintes.csv} listing
	 * each file's fingerprint; unknown fingerprints are skipped.
	 */
	public void writeZip(List<String> sha256s, OutputStream out) {
		Map<String, IssuedReport> reports = findAll(sha256s).stream()
			.collect(Collectors.toMap(IssuedReport::sha256, Function.identity()));
		StringBuilder manifest = new StringBuilder("fichier;sha256;site;periode;emis_le\n");
		try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
			zip.setLevel(Deflater.BEST_SPEED);
			for (String sha256 : sha256s) {
				IssuedReport report = reports.get(sha256);
				if (report == null) {
					continue;
				}
				zip.putNextEntry(new ZipEntry(report.fileName()));
				try (InputStream pdf = open(report)) {
					pdf.transferTo(zip);
				}
				zip.closeEntry();
				manifest.append(report.fileName())
					.append(';')
					.append(report.sha256())
					.append(';')
					.append(report.siteId())
					.append(';')
					.append(report.periodCode())
					.append(';')
					.append(report.issuedAt())
					.append('\n');
			}
			zip.putNextEntry(new ZipEntry("empreintes.csv"));
			zip.write(manifest.toString().getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
