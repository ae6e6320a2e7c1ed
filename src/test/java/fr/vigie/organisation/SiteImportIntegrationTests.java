package fr.vigie.organisation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import fr.vigie.identity.Role;
import fr.vigie.shared.Channel;
import fr.vigie.shared.UserFacingException;
import fr.vigie.support.SecurityContexts;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@RecordApplicationEvents
class SiteImportIntegrationTests {

	private static final String DEMO = "demo-metropole";

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	ApplicationEvents events;

	static byte[] resource(String name) {
		try (InputStream in = SiteImportIntegrationTests.class.getResourceAsStream("/csv/" + name)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private <T> T asQualityManager(java.util.function.Supplier<T> action) {
		return SecurityContexts.as("qualite", action, Role.QUALITY_MANAGER);
	}

	private boolean exists(String id) {
		return asQualityManager(() -> this.organisation.findSite(new SiteId(id)).isPresent());
	}

	@Test
	void fiftySitesWithThreeBadRowsArePreviewedFixedAndImportedOnce() {
		byte[] withErrors = resource("sites-50-with-3-errors.csv");
		ImportPreview preview = asQualityManager(() -> this.organisation.previewSiteImport(DEMO, withErrors));
		assertThat(preview.rows()).hasSize(50);
		assertThat(preview.count(ImportAction.CREATE)).isEqualTo(47);
		assertThat(preview.allProblems())
			.extracting(ImportProblem::line, ImportProblem::column, ImportProblem::messageKey)
			.containsExactly(Tuple.tuple(8, "contact_telephone", "contact.phone.invalid"),
					Tuple.tuple(23, "horaires_accueil_physique", "hours.overlap.day"),
					Tuple.tuple(41, "canaux", "import.channel.unknown"),
					Tuple.tuple(41, "contact_courriel", "contact.email.invalid"));
		assertThat(preview.notices()).extracting(ImportNotice::arguments)
			.containsExactly(java.util.List.of("Territoire Est"));
		assertThat(exists("CSV-001")).as("a preview writes nothing").isFalse();

		assertThatThrownBy(() -> asQualityManager(() -> this.organisation.importSites(DEMO, withErrors, Set.of())))
			.isInstanceOfSatisfying(UserFacingException.class, (ex) -> {
				assertThat(ex.messageKey()).isEqualTo("import.blocked");
				assertThat(ex.arguments()).containsExactly(3);
			});
		assertThat(exists("CSV-001")).as("a blocked import writes nothing").isFalse();

		byte[] corrected = resource("sites-50-corrected.csv");
		ImportResult first = asQualityManager(() -> this.organisation.importSites(DEMO, corrected, Set.of()));
		assertThat(first).isEqualTo(new ImportResult(50, 0, 0, 0));
		Site sathonay = asQualityManager(() -> this.organisation.findSite(new SiteId("CSV-022")).orElseThrow());
		assertThat(sathonay.offers(Channel.LETTER)).isTrue();
		assertThat(this.asQualityManager(() -> this.organisation.directionsById().get(sathonay.directionId()).name()))
			.isNotBlank();

		ImportResult again = asQualityManager(() -> this.organisation.importSites(DEMO, corrected, Set.of()));
		assertThat(again).isEqualTo(new ImportResult(0, 0, 50, 0));

		String renamed = new String(corrected, StandardCharsets.UTF_8).replace("CCAS de Saint-Priest",
				"CCAS de Saint-Priest (centre)");
		ImportResult update = asQualityManager(
				() -> this.organisation.importSites(DEMO, renamed.getBytes(StandardCharsets.UTF_8), Set.of()));
		assertThat(update).isEqualTo(new ImportResult(0, 1, 49, 0));
		assertThat(this.events.stream(SiteScheduleChanged.class))
			.containsExactly(new SiteScheduleChanged(new SiteId("CSV-007")));
		assertThat(asQualityManager(() -> this.organisation.searchSites(new SiteFilter("CSV-0", null, null, null))))
			.hasSize(50);

		byte[] export = asQualityManager(() -> this.organisation.exportSites(new SiteFilter("CSV-", null, null, null)));
		ImportPreview reimport = asQualityManager(() -> this.organisation.previewSiteImport(DEMO, export));
		assertThat(reimport.rows()).hasSize(50).allMatch((row) -> row.action() == ImportAction.UNCHANGED);
	}

	@Test
	void badRowsCanBeExcludedExplicitly() {
		String csv = "id_externe;nom;type;commune;canaux;contact_telephone\n"
				+ "EXC-1;Mairie A;mairie;Bron;telephone;04 65 71 00 01\n"
				+ "EXC-2;Mairie B;mairie;Bron;telephone;04 65 71\n";
		byte[] content = csv.getBytes(StandardCharsets.UTF_8);
		ImportResult result = asQualityManager(() -> this.organisation.importSites(DEMO, content, Set.of(3)));
		assertThat(result).isEqualTo(new ImportResult(1, 0, 0, 1));
		assertThat(exists("EXC-1")).isTrue();
		assertThat(exists("EXC-2")).isFalse();
	}

	@Test
	void aFileWithUnknownColumnsIsRefusedAsAWhole() {
		byte[] content = "id_externe;nom;type;commune;fax\nX-1;A;mairie;Bron;01\n".getBytes(StandardCharsets.UTF_8);
		ImportPreview preview = asQualityManager(() -> this.organisation.previewSiteImport(DEMO, content));
		assertThat(preview.fileProblems()).extracting(ImportProblem::messageKey)
			.containsExactly("import.column.unknown");
		assertThatThrownBy(() -> asQualityManager(() -> this.organisation.importSites(DEMO, content, Set.of())))
			.isInstanceOfSatisfying(UserFacingException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("import.fileRejected"));
	}

	@Test
	void directorsCannotImport() {
		assertThatThrownBy(() -> SecurityContexts.as("directeur",
				() -> this.organisation.previewSiteImport(DEMO, resource("sites-50-corrected.csv")), Role.DIRECTOR))
			.isInstanceOf(AccessDeniedException.class);
	}

}
