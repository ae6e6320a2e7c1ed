package fr.vigie.scoring.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.mongodb.client.gridfs.model.GridFSFile;
import org.bson.types.ObjectId;

import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.stereotype.Component;

/**
 * Closure evidence of corrective actions, in the GridFS bucket {@code action_evidence}.
 */
@Component
public class ClosureFiles {

	/** Closure evidence is a scan, a photo or a short document. */
	public static final int MAX_BYTES = 10 * 1024 * 1024;

	private final GridFsTemplate files;

	ClosureFiles(MongoDatabaseFactory databases, MongoConverter converter) {
		this.files = new GridFsTemplate(databases, converter, "action_evidence");
	}

	public String store(String fileName, String contentType, byte[] content) {
		ObjectId id = this.files.store(new ByteArrayInputStream(content), fileName, contentType);
		return id.toHexString();
	}

	public byte[] read(String fileId) {
		GridFSFile file = this.files.findOne(Query.query(Criteria.where("_id").is(new ObjectId(fileId))));
		if (file == null) {
			throw new IllegalStateException("closure evidence " + fileId + " is missing from GridFS");
		}
		try (InputStream in = this.files.getResource(file).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public void delete(String fileId) {
		this.files.delete(Query.query(Criteria.where("_id").is(new ObjectId(fileId))));
	}

}
