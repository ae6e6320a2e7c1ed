package fr.vigie.referential.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;

import fr.vigie.referential.ReferentialLoadReport;
import fr.vigie.referential.ReferentialOrigin;
import fr.vigie.referential.ReferentialStatus;
import fr.vigie.referential.ReferentialVersion;
import fr.vigie.referential.internal.ReferentialLoader.FileOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class ReferentialLoaderIntegrationTests {

	private static final Path MINIMAL = Path.of("src/test/resources/referentials/minimal.yaml");

	@Autowired
	ReferentialLoader loader;

	@Autowired
	ReferentialVersionRepository versions;

	@Autowired
	LoadReportRepository reports;

	@Test
	void loadsEveryShippedFileAtStartUpAsPublishedVersions() {
		assertThat(this.versions.findAll()).filteredOn((version) -> version.origin() == ReferentialOrigin.SHIPPED)
			.extracting((version) -> version.id().value())
			.contains("urn:vigie:sp-plus-2023@1", "urn:vigie:sp-plus-2021@1", "urn:vigie:marianne-2008@1",
					"urn:vigie:qualivilles@1", "urn:vigie:mystery-grid-2023@1");
		assertThat(this.reports.findById("classpath:audits-templates/sp-plus-2023.yaml"))
			.hasValueSatisfying((report) -> assertThat(report.rejected()).isFalse());
		ReferentialVersion spPlus = this.versions.findById("urn:vigie:sp-plus-2023@1").orElseThrow();
		assertThat(spPlus.status()).isEqualTo(ReferentialStatus.PUBLISHED);
		assertThat(spPlus.node("urn:vigie:sp-plus-2023:e2.5").orElseThrow().item().target().orElseThrow().value())
			.isEqualByComparingTo("5");
	}

	@Test
	void anUnchangedFileIsNotReadAgain(@TempDir Path directory) throws IOException {
		Path file = directory.resolve("idempotent.yaml");
		Files.writeString(file, Files.readString(MINIMAL).replace("urn:vigie:test-minimal", "urn:vigie:idempotent"));

		assertThat(this.loader.loadDirectory(directory, new HashSet<>())).containsExactly(FileOutcome.LOADED);
		ReferentialVersion first = this.versions.findById("urn:vigie:idempotent@1").orElseThrow();
		ReferentialLoadReport firstReport = this.reports.findById(sourceId(file)).orElseThrow();

		assertThat(this.loader.loadDirectory(directory, new HashSet<>())).containsExactly(FileOutcome.UNCHANGED);
		ReferentialVersion second = this.versions.findById("urn:vigie:idempotent@1").orElseThrow();
		assertThat(second.revision()).isEqualTo(first.revision());
		assertThat(this.reports.findById(sourceId(file)).orElseThrow().checkedAt()).isEqualTo(firstReport.checkedAt());
	}

	@Test
	void aBrokenFileIsSkippedAndItsProblemsAreStored(@TempDir Path directory) throws IOException {
		Path broken = directory.resolve("broken.yaml");
		Files.copy(Path.of("src/test/resources/referentials/broken/unknown-parent.yaml"), broken);

		assertThat(this.loader.loadDirectory(directory, new HashSet<>())).containsExactly(FileOutcome.REJECTED);

		ReferentialLoadReport report = this.reports.findById(sourceId(broken)).orElseThrow();
		assertThat(report.rejected()).isTrue();
		assertThat(report.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.file()).isEqualTo("broken.yaml");
			assertThat(problem.line()).isEqualTo(16);
			assertThat(problem.path()).isEqualTo("nodes[1].parent_urn");
			assertThat(problem.messageKey()).isEqualTo("referential.problem.unknownParent");
		});
		assertThat(this.versions.existsById("urn:vigie:test-minimal@1")).isFalse();
		assertThat(this.loader.loadDirectory(directory, new HashSet<>())).containsExactly(FileOutcome.UNCHANGED);
	}

	@Test
	void aChangedFileKeepingItsVersionNumberIsRefusedAndThePublishedVersionStays(@TempDir Path directory)
			throws IOException {
		Path file = directory.resolve("changing.yaml");
		String original = Files.readString(MINIMAL).replace("urn:vigie:test-minimal", "urn:vigie:changing");
		Files.writeString(file, original);
		assertThat(this.loader.loadDirectory(directory, new HashSet<>())).containsExactly(FileOutcome.LOADED);

		Files.writeString(file, original.replace("value: 5}", "value: 3}"), StandardCharsets.UTF_8);
		assertThat(this.loader.loadDirectory(directory, new HashSet<>())).containsExactly(FileOutcome.REJECTED);
		assertThat(this.reports.findById(sourceId(file)).orElseThrow().problems())
			.extracting((problem) -> problem.messageKey(), (problem) -> problem.line())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("referential.problem.versionExists", 2));
		assertThat(this.versions.findById("urn:vigie:changing@1")
			.orElseThrow()
			.node("urn:vigie:changing:e1.1")
			.orElseThrow()
			.item()
			.target()
			.orElseThrow()
			.value()).isEqualByComparingTo("5");

		Files.writeString(file, original.replace("value: 5}", "value: 3}").replace("version: 1", "version: 2"));
		assertThat(this.loader.loadDirectory(directory, new HashSet<>())).containsExactly(FileOutcome.LOADED);
		assertThat(this.versions.findById("urn:vigie:changing@2")).isPresent();
	}

	@Test
	void aMissingDirectoryLoadsNothingAndDoesNotFail(@TempDir Path directory) {
		assertThat(this.loader.loadDirectory(directory.resolve("absent"), new HashSet<>())).isEqualTo(List.of());
	}

	private static String sourceId(Path file) {
		return "file:" + file.toAbsolutePath().normalize();
	}

}
