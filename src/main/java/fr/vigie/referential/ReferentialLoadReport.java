package fr.vigie.referential;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Outcome of the last load of one referential file. The checksum makes loading
 * idempotent: a file whose content has not changed since is not read again.
 *
 * @param id where the file comes from ({@code classpath:…} or {@code file:…})
 * @param fileName the file's name, as shown to users
 * @param checksum SHA-256 of the file's bytes
 * @param outcome whether the file was loaded or refused
 * @param versionId the version the file holds, when it could be read
 * @param problems why the file was refused; empty when loaded
 * @param checkedAt when the file was last read
 */
@Document("referential_load_reports")
public record ReferentialLoadReport(@Id String id, String fileName, String checksum, Outcome outcome, String versionId,
		List<LoadProblem> problems, Instant checkedAt) {

	public ReferentialLoadReport {
		problems = (problems == null) ? List.of() : List.copyOf(problems);
	}

	public enum Outcome {

		LOADED, REJECTED

	}

	public boolean rejected() {
		return this.outcome == Outcome.REJECTED;
	}

}
