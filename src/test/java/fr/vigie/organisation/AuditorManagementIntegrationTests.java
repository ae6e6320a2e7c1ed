package fr.vigie.organisation;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import fr.vigie.identity.Role;
import fr.vigie.shared.Channel;
import fr.vigie.shared.UserFacingException;
import fr.vigie.support.SecurityContexts;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class AuditorManagementIntegrationTests {

	@Autowired
	AuditorManagement auditors;

	private <T> T asQualityManager(java.util.function.Supplier<T> action) {
		return SecurityContexts.as("qualite", action, Role.QUALITY_MANAGER);
	}

	private static AuditorProfile profile(String username) {
		return new AuditorProfile("Test Auditeur", username, "Bron", null, Set.of(Channel.PHONE),
				EnumSet.of(DayOfWeek.MONDAY), 3, true);
	}

	@Test
	void theDemoPoolLinksTheDemoAuditorAccount() {
		List<Auditor> pool = asQualityManager(() -> this.auditors.search("", null, true));
		assertThat(pool).extracting(Auditor::code).contains("ENQ-001", "ENQ-007");
		Auditor karim = asQualityManager(() -> this.auditors.find(new AuditorId("ENQ-001")).orElseThrow());
		assertThat(karim.username()).contains("enqueteur");
		assertThat(asQualityManager(() -> this.auditors.search("ecully", null, false)))
			.allSatisfy((auditor) -> assertThat(auditor.homeTown()).isEqualTo("Écully"))
			.extracting(Auditor::code)
			.contains("ENQ-005");
	}

	@Test
	void theAuditorListComesAPageAtATimeSortedAndCountedByTheStore() {
		List<Auditor> active = asQualityManager(() -> this.auditors.search(null, null, false));
		assertThat(asQualityManager(() -> this.auditors.count(null, null, false))).isEqualTo(active.size());
		List<Auditor> firstTwo = asQualityManager(() -> this.auditors.search(null, null, false, 0, 2, Sort.unsorted()));
		List<Auditor> nextTwo = asQualityManager(() -> this.auditors.search(null, null, false, 2, 2, Sort.unsorted()));
		assertThat(java.util.stream.Stream.concat(firstTwo.stream(), nextTwo.stream())).extracting(Auditor::code)
			.containsExactlyElementsOf(active.stream().limit(4).map(Auditor::code).toList());
		List<Auditor> byTown = asQualityManager(
				() -> this.auditors.search(null, null, true, 0, 100, Sort.by(Sort.Direction.DESC, "homeTown")));
		assertThat(byTown).extracting(Auditor::homeTown).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		assertThat(asQualityManager(() -> this.auditors.search("ÉCULLY", null, false, 0, 10, Sort.unsorted())))
			.extracting(Auditor::code)
			.contains("ENQ-005");
		assertThat(asQualityManager(() -> this.auditors.count("ecully", null, true))).isPositive()
			.isEqualTo(asQualityManager(() -> this.auditors.search("ecully", null, true)).size());
		assertThat(asQualityManager(() -> this.auditors.count(null, Channel.PHONE, true)))
			.isEqualTo(asQualityManager(() -> this.auditors.search(null, Channel.PHONE, true)).size());
		assertThatThrownBy(
				() -> SecurityContexts.as("directeur", () -> this.auditors.count(null, null, false), Role.DIRECTOR))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void theLinkedAccountMustExistAndBelongToNobodyElse() {
		assertThatThrownBy(
				() -> asQualityManager(() -> this.auditors.create(new AuditorId("ENQ-900"), profile("ghost"))))
			.isInstanceOfSatisfying(UserFacingException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("auditor.username.unknown"));
		assertThatThrownBy(
				() -> asQualityManager(() -> this.auditors.create(new AuditorId("ENQ-901"), profile("enqueteur"))))
			.isInstanceOfSatisfying(UserFacingException.class, (ex) -> {
				assertThat(ex.messageKey()).isEqualTo("auditor.username.taken");
				assertThat(ex.arguments()).containsExactly("enqueteur", "ENQ-001");
			});
		asQualityManager(() -> this.auditors.create(new AuditorId("ENQ-902"), profile(null)));
		assertThatThrownBy(() -> asQualityManager(() -> this.auditors.create(new AuditorId("enq-902"), profile(null))))
			.isInstanceOfSatisfying(UserFacingException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("auditor.code.taken"));
	}

	@Test
	void eligibleAuditorsLeaveOutThoseWhoLiveThereNearestFirst() {
		LocalDate monday = LocalDate.of(2027, 1, 11);
		List<Auditor> eligible = asQualityManager(
				() -> this.auditors.eligibleFor(new SiteId("VAL-ANX-OUL"), Channel.COUNTER, monday));
		assertThat(eligible).extracting(Auditor::code).doesNotContain("ENQ-003", "ENQ-004", "ENQ-005");
		assertThat(eligible).extracting(Auditor::code).startsWith("ENQ-001");
	}

	@Test
	void exclusionsNameExistingSitesAndChangesNeedTheCurrentVersion() {
		Auditor created = asQualityManager(() -> this.auditors.create(new AuditorId("ENQ-903"), profile(null)));
		assertThatThrownBy(() -> asQualityManager(() -> this.auditors.exclude(created.id(),
				new Exclusion(new SiteId("NOWHERE"), ExclusionReason.KNOWN_THERE, null), created.version())))
			.isInstanceOfSatisfying(UserFacingException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("site.notFound"));
		Auditor excluded = asQualityManager(() -> this.auditors.exclude(created.id(),
				new Exclusion(new SiteId("VAL-HDV"), ExclusionReason.KNOWN_THERE, null), created.version()));
		assertThat(excluded.exclusions()).hasSize(1);
		assertThatThrownBy(() -> asQualityManager(() -> this.auditors.addPeriodOff(created.id(),
				new PeriodOff(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 2), null), created.version())))
			.isInstanceOfSatisfying(UserFacingException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("concurrentModification"));
	}

	@Test
	void theExampleFileImportsOnceThenOnlyUpdates() {
		byte[] content = SiteImportIntegrationTests.resource("auditors-example.csv");
		ImportPreview preview = asQualityManager(() -> this.auditors.previewImport(content));
		assertThat(preview.allProblems()).isEmpty();
		assertThat(preview.count(ImportAction.CREATE)).isEqualTo(5);
		assertThat(asQualityManager(() -> this.auditors.importAuditors(content, Set.of())))
			.isEqualTo(new ImportResult(5, 0, 0, 0));
		Auditor camille = asQualityManager(() -> this.auditors.find(new AuditorId("ENQ-101")).orElseThrow());
		assertThat(camille.periodsOff()).extracting(PeriodOff::reason).containsExactly("Congés d'été");
		Auditor ines = asQualityManager(() -> this.auditors.find(new AuditorId("ENQ-103")).orElseThrow());
		assertThat(ines.homePosition().latitude()).isEqualTo(45.7745);
		assertThat(ines.availableDays()).containsExactlyInAnyOrder(DayOfWeek.WEDNESDAY, DayOfWeek.SATURDAY);
		assertThat(asQualityManager(() -> this.auditors.importAuditors(content, Set.of())))
			.isEqualTo(new ImportResult(0, 0, 5, 0));
		byte[] export = asQualityManager(() -> this.auditors.export());
		assertThat(asQualityManager(() -> this.auditors.previewImport(export)).count(ImportAction.UNCHANGED))
			.isGreaterThanOrEqualTo(12);
	}

	@Test
	void badAuditorLinesAreReportedWithLineAndColumn() {
		String csv = "code;nom;identifiant;commune;canaux;jours;max_tests_semaine;exclusions\n"
				+ "ENQ-201;A;inconnu;Bron;telephone;lu;3;\n" + "ENQ-202;B;;Bron;pigeon;lu;3;\n"
				+ "ENQ-203;C;;Bron;telephone;lundi;99;\n"
				+ "ENQ-204;D;;Bron;telephone;lu;3;NOWHERE:habite|VAL-HDV:voisin\n";
		ImportPreview preview = asQualityManager(
				() -> this.auditors.previewImport(csv.getBytes(StandardCharsets.UTF_8)));
		assertThat(preview.allProblems())
			.extracting(ImportProblem::line, ImportProblem::column, ImportProblem::messageKey)
			.containsExactly(Tuple.tuple(2, "identifiant", "import.username.unknown"),
					Tuple.tuple(3, "canaux", "import.channel.unknown"), Tuple.tuple(4, "jours", "hours.unknownDay"),
					Tuple.tuple(5, "exclusions", "import.exclusion.unknownSite"),
					Tuple.tuple(5, "exclusions", "import.exclusion.unknownReason"));
	}

	@Test
	void directorsNeverSeeThePool() {
		assertThatThrownBy(
				() -> SecurityContexts.as("directeur", () -> this.auditors.search("", null, true), Role.DIRECTOR))
			.isInstanceOf(AccessDeniedException.class);
	}

}
