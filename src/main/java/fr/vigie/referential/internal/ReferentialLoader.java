package fr.vigie.referential.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import fr.vigie.referential.LoadProblem;
import fr.vigie.referential.ReferentialLoadReport;
import fr.vigie.referential.ReferentialLoadReport.Outcome;
import fr.vigie.referential.ReferentialOrigin;
import fr.vigie.referential.ReferentialVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Loads the referential files shipped inside Vigie, then those of the configured
 * directory, at every start-up. A file whose checksum has not changed since the last load
 * is not read again. A file that fails validation never stops Vigie: it is skipped and
 * its problems are stored for the quality managers and administrators to read.
 */
@Component
@Order(10)
public class ReferentialLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ReferentialLoader.class);

	static final String SHIPPED_PATTERN = "classpath*:audits-templates/*.yaml";

	private final ReferentialVersionRepository versions;

	private final LoadReportRepository reports;

	private final ReferentialProperties properties;

	private final MessageSource messages;

	private final Clock clock;

	ReferentialLoader(ReferentialVersionRepository versions, LoadReportRepository reports,
			ReferentialProperties properties, MessageSource messages, Clock clock) {
		this.versions = versions;
		this.reports = reports;
		this.properties = properties;
		this.messages = messages;
		this.clock = clock;
	}

	/** What happened to one file. */
	public enum FileOutcome {

		LOADED, UNCHANGED, REJECTED

	}

	@Override
	public void run(ApplicationArguments args) {
		Set<String> seen = new HashSet<>();
		if (this.properties.loadShipped()) {
			loadShipped(seen);
		}
		if (this.properties.directory() != null) {
			loadDirectory(this.properties.directory(), seen);
		}
		this.reports.findAll()
			.stream()
			.filter((report) -> !seen.contains(report.id()))
			.forEach((report) -> this.reports.deleteById(report.id()));
	}

	private void loadShipped(Set<String> seen) {
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(SHIPPED_PATTERN)) {
				String name = resource.getFilename();
				String id = "classpath:audits-templates/" + name;
				seen.add(id);
				try (InputStream in = resource.getInputStream()) {
					load(id, name, in.readAllBytes());
				}
				catch (IOException | RuntimeException ex) {
					unexpected(id, name, ex);
				}
			}
		}
		catch (IOException ex) {
			log.error("Cannot list the shipped referential files", ex);
		}
	}

	/** Loads every {@code *.yaml} / {@code *.yml} file of a directory, in name order. */
	public List<FileOutcome> loadDirectory(Path directory, Set<String> seen) {
		List<FileOutcome> outcomes = new ArrayList<>();
		if (!Files.isDirectory(directory)) {
			log.warn("Referential directory {} does not exist; no local referential file loaded",
					directory.toAbsolutePath());
			return outcomes;
		}
		try (Stream<Path> files = Files.list(directory)) {
			for (Path file : files.filter(ReferentialLoader::isYaml).sorted().toList()) {
				String id = "file:" + file.toAbsolutePath().normalize();
				seen.add(id);
				try {
					outcomes.add(load(id, file.getFileName().toString(), Files.readAllBytes(file)));
				}
				catch (IOException | RuntimeException ex) {
					unexpected(id, file.getFileName().toString(), ex);
					outcomes.add(FileOutcome.REJECTED);
				}
			}
		}
		catch (IOException ex) {
			log.error("Cannot list referential directory {}", directory, ex);
		}
		return outcomes;
	}

	private static boolean isYaml(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		return Files.isRegularFile(file) && (name.endsWith(".yaml") || name.endsWith(".yml"));
	}

	/**
	 * Validates and stores one file, unless the same content was already handled.
	 * @param sourceId where the file comes from; the key of its load report
	 * @param fileName name shown to users
	 * @param content the file's bytes
	 * @return what happened
	 */
	public FileOutcome load(String sourceId, String fileName, byte[] content) {
		String checksum = ReferentialParser.checksum(content);
		Optional<ReferentialLoadReport> previous = this.reports.findById(sourceId);
		if (previous.isPresent() && previous.get().checksum().equals(checksum) && (previous.get().rejected()
				|| (previous.get().versionId() != null && this.versions.existsById(previous.get().versionId())))) {
			return FileOutcome.UNCHANGED;
		}
		ReferentialParser.Result result = ReferentialParser.parse(fileName, content);
		if (!result.valid()) {
			return reject(sourceId, fileName, checksum, null, result.problems());
		}
		String versionId = result.header().id().value();
		Optional<ReferentialVersion> existing = this.versions.findById(versionId);
		if (existing.isPresent()) {
			ReferentialVersion stored = existing.get();
			if (stored.origin() == ReferentialOrigin.SHIPPED && checksum.equals(stored.checksum())) {
				return accept(sourceId, fileName, checksum, versionId, FileOutcome.UNCHANGED);
			}
			return reject(sourceId, fileName, checksum, versionId,
					List.of(result.versionProblem("referential.problem.versionExists", result.header().urn(),
							result.header().version())));
		}
		try {
			this.versions.insert(ReferentialVersion.shipped(result.header(), result.nodes(), checksum, fileName,
					this.clock.instant()));
		}
		catch (DuplicateKeyException ex) {
			// Another instance loaded the same file at the same moment.
			return accept(sourceId, fileName, checksum, versionId, FileOutcome.UNCHANGED);
		}
		log.info("Referential {} loaded from {} ({} nodes)", versionId, fileName, result.nodes().size());
		return accept(sourceId, fileName, checksum, versionId, FileOutcome.LOADED);
	}

	private FileOutcome accept(String sourceId, String fileName, String checksum, String versionId,
			FileOutcome outcome) {
		this.reports.save(new ReferentialLoadReport(sourceId, fileName, checksum, Outcome.LOADED, versionId, List.of(),
				this.clock.instant()));
		return outcome;
	}

	private FileOutcome reject(String sourceId, String fileName, String checksum, String versionId,
			List<LoadProblem> problems) {
		this.reports.save(new ReferentialLoadReport(sourceId, fileName, checksum, Outcome.REJECTED, versionId, problems,
				this.clock.instant()));
		log.warn("Referential file {} refused with {} problem(s); Vigie goes on without it", fileName, problems.size());
		for (LoadProblem problem : problems) {
			log.warn("  {}: {}", problem.location(), english(problem));
		}
		return FileOutcome.REJECTED;
	}

	private void unexpected(String sourceId, String fileName, Exception ex) {
		log.error("Referential file {} could not be loaded", fileName, ex);
		this.reports.save(new ReferentialLoadReport(
				sourceId, fileName, "", Outcome.REJECTED, null, List.of(new LoadProblem(fileName, 0, 0, "",
						"referential.problem.unexpected", List.of(String.valueOf(ex.getMessage())))),
				this.clock.instant()));
	}

	private String english(LoadProblem problem) {
		return this.messages.getMessage(problem.messageKey(), problem.messageArguments(), problem.messageKey(),
				Locale.ENGLISH);
	}

}
