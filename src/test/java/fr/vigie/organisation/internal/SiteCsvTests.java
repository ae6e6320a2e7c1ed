package fr.vigie.organisation.internal;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.vigie.organisation.ContactKind;
import fr.vigie.organisation.Direction;
import fr.vigie.organisation.ImportAction;
import fr.vigie.organisation.ImportNotice;
import fr.vigie.organisation.ImportPreview;
import fr.vigie.organisation.ImportProblem;
import fr.vigie.organisation.ImportRow;
import fr.vigie.organisation.Organisation;
import fr.vigie.organisation.Site;
import fr.vigie.organisation.SiteKind;
import fr.vigie.organisation.TimeRange;
import fr.vigie.shared.Channel;
import fr.vigie.shared.UserFacingException;
import fr.vigie.shared.calendar.HolidayCalendar;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SiteCsvTests {

	private static final Organisation ORGANISATION = new Organisation("org", "Métropole");

	private static final List<Direction> DIRECTIONS = List.of(new Direction("dir-nord", "org", "Territoire Nord"));

	private static final String HEADER = "id_externe;nom;type;direction;adresse;code_postal;commune;latitude;longitude;"
			+ "calendrier;canaux;contact_telephone;contact_courriel;horaires_accueil_physique;horaires_telephone\n";

	private static SiteCsv.Plan plan(String csv, Map<String, Site> existing) {
		return SiteCsv.plan(csv.getBytes(StandardCharsets.UTF_8), ORGANISATION, DIRECTIONS, existing);
	}

	@Test
	void previewsNewSitesWithTheirChannelsContactsAndHours() {
		SiteCsv.Plan plan = plan(
				HEADER + "S-1;Mairie de Bron;mairie;Territoire Nord;Place de la Liberté;69500;Bron;"
						+ "45,7386;4.913;alsace_moselle;accueil_physique|telephone|courriel;04 65 71 00 01;"
						+ "https://bron.example.fr/contact;Mo-Fr 08:30-12:00*,13:30-17:00;Mo-Fr 09:00-12:00\n",
				Map.of());
		ImportPreview preview = plan.preview();
		assertThat(preview.fileProblems()).isEmpty();
		assertThat(preview.rows())
			.containsExactly(new ImportRow(2, "S-1", "Mairie de Bron", ImportAction.CREATE, List.of()));
		Site site = plan.sitesByLine().get(2);
		assertThat(site.kind()).isEqualTo(SiteKind.MAIRIE);
		assertThat(site.directionId()).isEqualTo("dir-nord");
		assertThat(site.holidays()).isEqualTo(HolidayCalendar.ALSACE_MOSELLE);
		assertThat(site.position().latitude()).isEqualTo(45.7386);
		assertThat(site.channel(Channel.PHONE).orElseThrow().contact().value()).isEqualTo("04 65 71 00 01");
		assertThat(site.channel(Channel.EMAIL).orElseThrow().contact().kind()).isEqualTo(ContactKind.WEB_FORM_URL);
		assertThat(site.channel(Channel.COUNTER).orElseThrow().hours().on(DayOfWeek.TUESDAY))
			.containsExactly(TimeRange.parse("08:30-12:00*"), TimeRange.parse("13:30-17:00"));
	}

	@Test
	void reportsEachBadValueWithItsLineAndColumn() {
		String csv = HEADER + "S-1;Bon;mairie;;;;Bron;;;;accueil_physique;;;;\n"
				+ "S-2;Téléphone faux;mairie;;;;Bron;;;;telephone;04 65 71;;;\n"
				+ "S-3;Canal inconnu;ccas;;;;Bron;;;;accueil_physique|fax;;;;\n"
				+ "S-4;Horaires impossibles;ccas;;;;Bron;;;;accueil_physique;;;Mo 12:00-08:00;\n"
				+ "S-5;Chevauchement;ccas;;;;Bron;;;;accueil_physique;;;Mo 08:00-12:00,11:00-13:00;\n"
				+ "S-1;Doublon;mairie;;;;Bron;;;;;;;;\n" + "S-7;Courriel faux;chateau;;;;Bron;;;;courriel;;a@b;;\n"
				+ "S-8;Sans commune;mairie;;;;;;;;;;;;\n"
				+ "S-9;Pas listé;mairie;;;;Bron;;;;accueil_physique;0465710000;;;\n";
		ImportPreview preview = plan(csv, Map.of()).preview();
		assertThat(preview.rows()).extracting(ImportRow::action)
			.containsExactly(ImportAction.CREATE, ImportAction.INVALID, ImportAction.INVALID, ImportAction.INVALID,
					ImportAction.INVALID, ImportAction.INVALID, ImportAction.INVALID, ImportAction.INVALID,
					ImportAction.INVALID);
		assertThat(preview.allProblems())
			.extracting(ImportProblem::line, ImportProblem::column, ImportProblem::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3, "contact_telephone", "contact.phone.invalid"),
					org.assertj.core.groups.Tuple.tuple(4, "canaux", "import.channel.unknown"),
					org.assertj.core.groups.Tuple.tuple(5, "horaires_accueil_physique", "hours.endBeforeStart.day"),
					org.assertj.core.groups.Tuple.tuple(6, "horaires_accueil_physique", "hours.overlap.day"),
					org.assertj.core.groups.Tuple.tuple(7, "id_externe", "import.duplicateKey"),
					org.assertj.core.groups.Tuple.tuple(8, "type", "import.kind.unknown"),
					org.assertj.core.groups.Tuple.tuple(8, "contact_courriel", "contact.email.invalid"),
					org.assertj.core.groups.Tuple.tuple(9, "commune", "import.value.required"),
					org.assertj.core.groups.Tuple.tuple(10, "contact_telephone", "import.channel.notListed"));
		assertThat(preview.rows().get(5).problems().get(0).arguments()).containsExactly("S-1", 2);
		assertThat(preview.rows().get(2).problems().get(0).arguments().get(0)).isEqualTo("fax");
		assertThat(preview.canImport(java.util.Set.of())).isFalse();
		assertThat(preview.canImport(java.util.Set.of(3, 4, 5, 6, 7, 8, 9, 10))).isTrue();
	}

	@Test
	void unknownOrMissingColumnsRejectTheWholeFile() {
		ImportPreview preview = plan("id_externe;nom;typ;commune;telephone\nS-1;A;mairie;Bron;0465710000\n", Map.of())
			.preview();
		assertThat(preview.rows()).isEmpty();
		assertThat(preview.fileProblems()).extracting(ImportProblem::column, ImportProblem::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("typ", "import.column.unknown"),
					org.assertj.core.groups.Tuple.tuple("telephone", "import.column.unknown"),
					org.assertj.core.groups.Tuple.tuple("type", "import.column.missing"));
	}

	@Test
	void anUnreadableFileIsOneProblem() {
		ImportPreview preview = plan("id_externe;nom\nS-1;\"ouvert\n", Map.of()).preview();
		assertThat(preview.fileProblems()).extracting(ImportProblem::messageKey).containsExactly("csv.unclosedQuote");
	}

	@Test
	void reimportingTheExportChangesNothing() {
		Site created = plan(HEADER + "S-1;Mairie de Bron;mairie;Territoire Nord;Place de la Liberté;69500;Bron;"
				+ "45.7386;4.913;;accueil_physique|telephone;04 65 71 00 01;;Mo-Fr 08:30-12:00*,13:30-17:00;"
				+ "Mo-Fr 09:00-12:00\n", Map.of())
			.sitesByLine()
			.get(2);
		Map<String, Site> stored = Map.of(created.externalId(), created);
		byte[] export = SiteCsv.export(List.of(created),
				DIRECTIONS.stream().collect(Collectors.toMap(Direction::id, Function.identity())));
		SiteCsv.Plan again = SiteCsv.plan(export, ORGANISATION, DIRECTIONS, stored);
		assertThat(again.preview().rows()).extracting(ImportRow::action).containsExactly(ImportAction.UNCHANGED);
		assertThat(again.sitesByLine()).isEmpty();
	}

	@Test
	void aFileWithFewerColumnsUpdatesOnlyWhatItHas() {
		Site created = plan(HEADER + "S-1;Mairie;mairie;;;;Bron;;;;accueil_physique|telephone;0465710001;;"
				+ "Mo-Fr 08:30-12:00;Mo-Fr 09:00-12:00\n", Map.of())
			.sitesByLine()
			.get(2);
		SiteCsv.Plan plan = plan("id_externe;nom;type;commune\nS-1;Mairie de Bron;mairie;Bron\n",
				Map.of("S-1", created));
		assertThat(plan.preview().rows()).extracting(ImportRow::action).containsExactly(ImportAction.UPDATE);
		Site updated = plan.sitesByLine().get(2);
		assertThat(updated.name()).isEqualTo("Mairie de Bron");
		assertThat(updated.channel(Channel.PHONE).orElseThrow().hours().isEmpty()).isFalse();
		assertThat(updated.channel(Channel.PHONE).orElseThrow().contact().value()).isEqualTo("04 65 71 00 01");
	}

	@Test
	void anUnknownDirectionIsAnnouncedAndCreatedOnce() {
		SiteCsv.Plan plan = plan(HEADER + "S-1;A;mairie;Territoire Est;;;Bron;;;;;;;;\n"
				+ "S-2;B;mairie;territoire est;;;Bron;;;;;;;;\n", Map.of());
		assertThat(plan.preview().notices())
			.containsExactly(ImportNotice.of("import.notice.newDirection", "Territoire Est"));
		assertThat(plan.newDirections().values()).extracting(Direction::id).containsExactly("dir-territoire-est");
		assertThat(plan.sitesByLine().values()).extracting(Site::directionId).containsOnly("dir-territoire-est");
	}

	@Test
	void aSiteOfAnotherOrganisationIsNotTakenOver() {
		Site foreign = plan(HEADER + "S-1;A;mairie;;;;Bron;;;;;;;;\n", Map.of()).sitesByLine().get(2);
		ImportPreview preview = SiteCsv
			.plan((HEADER + "S-1;A;mairie;;;;Bron;;;;;;;;\n").getBytes(StandardCharsets.UTF_8),
					new Organisation("other", "Autre"), List.of(), Map.of("S-1", foreign))
			.preview();
		assertThat(preview.allProblems()).extracting(ImportProblem::messageKey)
			.containsExactly("import.site.otherOrganisation");
	}

	@Test
	void problemsCarryTheExceptionArguments() {
		ImportProblem problem = ImportProblem.of(3, "x", new UserFacingException("k", "a", 2));
		assertThat(problem.arguments()).containsExactly("a", 2);
	}

}
