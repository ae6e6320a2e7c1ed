package fr.vigie.audit.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import com.mongodb.client.gridfs.model.GridFSFile;
import fr.vigie.audit.AuditProperties;
import fr.vigie.audit.EvidenceFile;
import fr.vigie.shared.UserFacingException;
import org.bson.Document;
import org.bson.types.ObjectId;

import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.stereotype.Component;

/**
 * Evidence files in GridFS. The type is read from the content, not trusted from the name;
 * photos larger than the configured side are reduced before they are stored; the SHA-256
 * of what is stored (and of what was received) is kept with the file.
 */
@Component
public class EvidenceStore {

	/** What a stored file belongs to. */
	public record Stored(EvidenceFile file, String auditId, String itemUrn) {

	}

	enum Kind {

		JPEG("image/jpeg"), PNG("image/png"), PDF("application/pdf"), EML("message/rfc822");

		final String contentType;

		Kind(String contentType) {
			this.contentType = contentType;
		}

	}

	private final GridFsTemplate files;

	private final AuditProperties properties;

	EvidenceStore(MongoDatabaseFactory databases, MongoConverter converter, AuditProperties properties) {
		this.files = new GridFsTemplate(databases, converter, "evidence");
		this.properties = properties;
	}

	/**
	 * Checks and stores a file.
	 * @throws UserFacingException naming the file when it is empty, too large, of a type
	 * not accepted, or an unreadable image
	 */
	public EvidenceFile store(String auditId, String itemUrn, String fileName, byte[] received, String by, Instant at) {
		String name = (fileName == null || fileName.isBlank()) ? "fichier" : fileName.strip();
		if (received.length == 0) {
			throw new UserFacingException("audit.error.emptyFile", name);
		}
		long max = this.properties.maxEvidenceSize().toBytes();
		if (received.length > max) {
			throw new UserFacingException("audit.error.fileTooLarge", name, megabytes(received.length), megabytes(max));
		}
		Kind kind = sniff(received, name).orElseThrow(() -> new UserFacingException("audit.error.fileType", name));
		byte[] stored = switch (kind) {
			case JPEG, PNG -> reduced(received, kind, name);
			default -> received;
		};
		String sha256 = sha256(stored);
		Document metadata = new Document("auditId", auditId).append("itemUrn", itemUrn)
			.append("sha256", sha256)
			.append("receivedSha256", sha256(received))
			.append("receivedSize", received.length)
			.append("uploadedBy", by)
			.append("uploadedAt", at.toString());
		ObjectId id = this.files.store(new ByteArrayInputStream(stored), name, kind.contentType, metadata);
		return new EvidenceFile(id.toHexString(), name, kind.contentType, stored.length, sha256, stored);
	}

	public Optional<Stored> find(String id) {
		if (!ObjectId.isValid(id)) {
			return Optional.empty();
		}
		GridFSFile file = this.files.findOne(Query.query(Criteria.where("_id").is(new ObjectId(id))));
		if (file == null || file.getMetadata() == null) {
			return Optional.empty();
		}
		Document metadata = file.getMetadata();
		try (InputStream in = this.files.getResource(file).getInputStream()) {
			byte[] content = in.readAllBytes();
			EvidenceFile evidence = new EvidenceFile(id, file.getFilename(), metadata.getString("_contentType"),
					content.length, metadata.getString("sha256"), content);
			return Optional.of(new Stored(evidence, metadata.getString("auditId"), metadata.getString("itemUrn")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public void delete(String id) {
		if (ObjectId.isValid(id)) {
			this.files.delete(Query.query(Criteria.where("_id").is(new ObjectId(id))));
		}
	}

	/** The file's real type from its first bytes; the name only tells e-mails apart. */
	static Optional<Kind> sniff(byte[] bytes, String name) {
		if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
			return Optional.of(Kind.JPEG);
		}
		if (bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
			return Optional.of(Kind.PNG);
		}
		if (bytes.length > 5 && new String(bytes, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
			return Optional.of(Kind.PDF);
		}
		if (name.toLowerCase(Locale.ROOT).endsWith(".eml") && looksLikeMail(bytes)) {
			return Optional.of(Kind.EML);
		}
		return Optional.empty();
	}

	private static boolean looksLikeMail(byte[] bytes) {
		String head = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1)
			.toLowerCase(Locale.ROOT);
		boolean printable = head.chars().noneMatch((c) -> c == 0);
		return printable
				&& (head.startsWith("from:") || head.contains("\nfrom:") || head.startsWith("received:")
						|| head.startsWith("return-path:") || head.startsWith("delivered-to:"))
				&& (head.contains("\nsubject:") || head.contains("\ndate:"));
	}

	/**
	 * The photo itself when small enough and upright, else redrawn upright (see
	 * {@link PhotoOrientation}) and reduced to the configured longest side.
	 */
	private byte[] reduced(byte[] received, Kind kind, String name) {
		BufferedImage image;
		try {
			image = ImageIO.read(new ByteArrayInputStream(received));
		}
		catch (IOException | RuntimeException ex) {
			image = null;
		}
		if (image == null) {
			throw new UserFacingException("audit.error.imageUnreadable", name);
		}
		int orientation = (kind == Kind.JPEG) ? PhotoOrientation.of(received) : PhotoOrientation.UPRIGHT;
		int side = this.properties.photoMaxSide();
		int longest = Math.max(image.getWidth(), image.getHeight());
		if (longest <= side && orientation == PhotoOrientation.UPRIGHT) {
			return received;
		}
		double scale = Math.min(1.0, (double) side / longest);
		int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
		int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
		boolean keepsAlpha = kind == Kind.PNG && image.getColorModel().hasAlpha();
		return encode(PhotoOrientation.draw(image, width, height, orientation,
				keepsAlpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB), kind);
	}

	private static byte[] encode(BufferedImage image, Kind kind) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			if (kind == Kind.PNG) {
				ImageIO.write(image, "png", out);
				return out.toByteArray();
			}
			Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
			ImageWriter writer = writers.next();
			ImageWriteParam parameters = writer.getDefaultWriteParam();
			parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			parameters.setCompressionQuality(0.85f);
			try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
				writer.setOutput(stream);
				writer.write(null, new IIOImage(image, null, null), parameters);
			}
			finally {
				writer.dispose();
			}
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String megabytes(long bytes) {
		return String.format(Locale.FRANCE, "%.1f", bytes / (1024.0 * 1024.0));
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
