package fr.vigie.organisation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Set;

import fr.vigie.identity.NewUser;
import fr.vigie.identity.Role;
import fr.vigie.identity.UserManagement;
import fr.vigie.shared.Channel;
import fr.vigie.shared.UserFacingException;
import fr.vigie.shared.calendar.HolidayCalendar;
import fr.vigie.support.SecurityContexts;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@RecordApplicationEvents
class OrganisationManagementIntegrationTests {

	private static final String DEMO = "demo-metropole";

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	UserManagement users;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	ApplicationEvents events;

	private static <T> T asQualityManager(java.util.function.Supplier<T> action) {
		return SecurityContexts.as("qualite", action, Role.QUALITY_MANAGER);
	}

	private static <T> T asAdmin(java.util.function.Supplier<T> action) {
		return SecurityContexts.as("admin", action, Role.ADMIN);
	}

	private Site newSite(String id) {
		return asQualityManager(() -> this.organisation.createSite(DEMO, new SiteId(id),
				new SiteDetails("Mairie " + id, SiteKind.MAIRIE, "dir-sud",
						new Address("1 rue Haute", "69001", "Valbourg"), new GeoPoint(45.76, 4.83),
						HolidayCalendar.FRANCE)));
	}

	@Test
	void theDemoDirectorSeesOnlyTerritoireNord() {
		List<Site> seen = SecurityContexts.as("directeur", () -> this.organisation.searchSites(SiteFilter.all()),
				Role.DIRECTOR);
		assertThat(seen).extracting(Site::externalId).contains("VAL-HDV", "VAL-PREF", "VAL-FS-RIL");
		assertThat(seen).extracting(Site::directionId).containsOnly("dir-nord");
		assertThat(SecurityContexts.as("directeur", () -> this.organisation.findSite(new SiteId("VAL-CCAS")),
				Role.DIRECTOR))
			.isEmpty();
		assertThatThrownBy(() -> SecurityContexts.as("directeur",
				() -> this.organisation.openingStatus(new SiteId("VAL-CCAS"), Channel.COUNTER, LocalDateTime.now()),
				Role.DIRECTOR))
			.isInstanceOfSatisfying(UserFacingException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("site.notFound"));
		ScopeDescription scope = SecurityContexts.as("directeur", () -> this.organisation.myScope(), Role.DIRECTOR);
		assertThat(scope.directions()).containsExactly("Territoire Nord");
		assertThat(SecurityContexts.as("directeur", () -> this.organisation.directions(), Role.DIRECTOR))
			.extracting(Direction::name)
			.containsExactly("Territoire Nord");
	}

	@Test
	void siteHeadersFollowTheSameScopeAsWholeSites() {
		for (String user : List.of("directeur", "responsable.site", "nobody")) {
			List<Site> sites = SecurityContexts.as(user, () -> this.organisation.searchSites(SiteFilter.all()),
					Role.DIRECTOR);
			assertThat(SecurityContexts.as(user, () -> this.organisation.siteHeaders(), Role.DIRECTOR)).as(user)
				.containsExactlyElementsOf(sites.stream().map(Site::header).toList());
		}
		assertThat(asQualityManager(() -> this.organisation.siteHeaders()))
			.containsExactlyElementsOf(asQualityManager(() -> this.organisation.searchSites(SiteFilter.all())).stream()
				.map(Site::header)
				.toList())
			.allSatisfy((header) -> assertThat(header.name()).isNotBlank());
		assertThatThrownBy(() -> SecurityContexts.as("enqueteur", () -> this.organisation.siteHeaders(), Role.AUDITOR))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void theDemoSiteManagerSeesHisSiteOnly() {
		assertThat(SecurityContexts.as("responsable.site", () -> this.organisation.visibleSiteIds(), Role.DIRECTOR))
			.containsExactly(new SiteId("VAL-FS-RIL"));
	}

	@Test
	void aDirectorWithoutScopeSeesNothingAndQualityManagersSeeEverything() {
		assertThat(SecurityContexts.as("nobody", () -> this.organisation.searchSites(SiteFilter.all()), Role.DIRECTOR))
			.isEmpty();
		assertThat(SecurityContexts.as("nobody", () -> this.organisation.myScope(), Role.DIRECTOR).isEmpty()).isTrue();
		assertThat(asQualityManager(() -> this.organisation.searchSites(SiteFilter.all())))
			.hasSizeGreaterThanOrEqualTo(12);
		assertThat(asAdmin(() -> this.organisation.myScope().everything())).isTrue();
	}

	@Test
	void directorsCannotChangeSites() {
		Site site = asQualityManager(() -> this.organisation.findSite(new SiteId("VAL-HDV")).orElseThrow());
		assertThatThrownBy(() -> SecurityContexts.as("directeur", () -> this.organisation.setOpeningHours(site.id(),
				Channel.COUNTER, WeeklyHours.empty(), site.version()), Role.DIRECTOR))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> SecurityContexts.as("enqueteur", () -> this.organisation.searchSites(SiteFilter.all()),
				Role.AUDITOR))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void theSiteListComesAPageAtATimeSortedAndCountedByTheStoreWithinTheCallersScope() {
		List<Site> nord = SecurityContexts.as("directeur", () -> this.organisation.searchSites(SiteFilter.all()),
				Role.DIRECTOR);
		long count = SecurityContexts.as("directeur", () -> this.organisation.countSites(SiteFilter.all()),
				Role.DIRECTOR);
		assertThat(count).isEqualTo(nord.size()).isGreaterThan(2);
		List<Site> paged = new java.util.ArrayList<>();
		for (int offset = 0; offset < count; offset += 2) {
			int from = offset;
			List<Site> page = SecurityContexts.as("directeur",
					() -> this.organisation.searchSites(SiteFilter.all(), from, 2, Sort.unsorted()), Role.DIRECTOR);
			assertThat(page).hasSizeLessThanOrEqualTo(2);
			paged.addAll(page);
		}
		assertThat(paged).extracting(Site::externalId)
			.containsExactlyElementsOf(nord.stream().map(Site::externalId).toList());
		assertThat(paged).extracting(Site::name).isSorted();

		List<Site> byIdDescending = SecurityContexts.as("directeur", () -> this.organisation
			.searchSites(SiteFilter.all(), 0, 100, Sort.by(Sort.Direction.DESC, "externalId")), Role.DIRECTOR);
		assertThat(byIdDescending).extracting(Site::externalId)
			.containsExactlyElementsOf(nord.stream().map(Site::externalId).sorted(Comparator.reverseOrder()).toList());
		assertThat(SecurityContexts.as("nobody", () -> this.organisation.countSites(SiteFilter.all()), Role.DIRECTOR))
			.isZero();
		SiteFilter venissieux = new SiteFilter("VÉNISSIEUX", null, null, null);
		assertThat(asQualityManager(() -> this.organisation.searchSites(venissieux, 0, 10, Sort.by("address.city"))))
			.extracting(Site::externalId)
			.contains("VAL-FS-VEN");
		assertThat(asQualityManager(() -> this.organisation.countSites(venissieux)))
			.isEqualTo(asQualityManager(() -> this.organisation.searchSites(venissieux)).size());
		assertThatThrownBy(() -> asQualityManager(
				() -> this.organisation.searchSites(SiteFilter.all(), 0, 10, Sort.by("directionId"))))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> SecurityContexts.as("enqueteur", () -> this.organisation.countSites(SiteFilter.all()),
				Role.AUDITOR))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void filtersByTextIgnoringAccentsByKindDirectionAndChannel() {
		assertThat(
				asQualityManager(() -> this.organisation.searchSites(new SiteFilter("venissieux", null, null, null))))
			.extracting(Site::externalId)
			.contains("VAL-FS-VEN");
		assertThat(asQualityManager(
				() -> this.organisation.searchSites(new SiteFilter(null, SiteKind.MEDIATHEQUE, "dir-sud", null))))
			.extracting(Site::externalId)
			.contains("VAL-MED-PD")
			.allSatisfy((id) -> assertThat(id).isNotEqualTo("VAL-HDV"));
		assertThat(
				asQualityManager(() -> this.organisation.searchSites(new SiteFilter(null, null, null, Channel.LETTER))))
			.allSatisfy((site) -> assertThat(site.offers(Channel.LETTER)).isTrue())
			.extracting(Site::externalId)
			.contains("VAL-HDV", "VAL-AG-EAU")
			.doesNotContain("VAL-CCAS");
	}

	@Test
	void hoursClosuresAndExceptionalHoursSurviveTheStore() {
		Site site = newSite("IT-HOURS");
		site = asQualityManager(() -> this.organisation.offerChannel(new SiteId("IT-HOURS"), Channel.PHONE,
				new ContactPoint(ContactKind.PHONE_NUMBER, "+33 4 65 71 99 99"), 0L));
		WeeklyHours hours = WeeklyHours.parse("Mo-Fr 08:30-12:00*,13:30-17:00");
		Long version = site.version();
		site = asQualityManager(
				() -> this.organisation.setOpeningHours(new SiteId("IT-HOURS"), Channel.PHONE, hours, version));
		Long v2 = site.version();
		Closure summer = new Closure(LocalDate.of(2027, 8, 2), LocalDate.of(2027, 8, 20), Set.of(Channel.PHONE), "Été");
		site = asQualityManager(() -> this.organisation.addClosure(new SiteId("IT-HOURS"), summer, v2));
		Long v3 = site.version();
		ExceptionalHours eve = new ExceptionalHours(LocalDate.of(2026, 12, 24), Channel.PHONE,
				List.of(TimeRange.parse("09:00-11:00")), "Veille de Noël");
		asQualityManager(() -> this.organisation.setExceptionalHours(new SiteId("IT-HOURS"), eve, v3));

		Site stored = asQualityManager(() -> this.organisation.findSite(new SiteId("IT-HOURS")).orElseThrow());
		assertThat(stored.channel(Channel.PHONE).orElseThrow().hours()).isEqualTo(hours);
		assertThat(stored.channel(Channel.PHONE).orElseThrow().contact().value()).isEqualTo("04 65 71 99 99");
		assertThat(stored.closures()).containsExactly(summer);
		assertThat(stored.exceptionalHours()).containsExactly(eve);
		assertThat(stored.openingStatus(Channel.PHONE, LocalDateTime.parse("2027-08-04T10:00")).reason())
			.isEqualTo(OpeningStatus.Reason.CLOSURE);
		assertThat(asQualityManager(() -> this.organisation.openingStatus(new SiteId("IT-HOURS"), Channel.PHONE,
				LocalDateTime.parse("2026-12-23T09:00"))))
			.isEqualTo(new OpeningStatus(true, OpeningStatus.Reason.OPEN, true, ""));
		assertThat(this.events.stream(SiteScheduleChanged.class))
			.contains(new SiteScheduleChanged(new SiteId("IT-HOURS")));
	}

	@Test
	void datesAndTimesAreStoredInUtcWhateverTheServerZone() {
		newSite("IT-DATES");
		Closure closure = new Closure(LocalDate.of(2027, 3, 28), LocalDate.of(2027, 3, 29), Set.of(), "Inventaire");
		asQualityManager(() -> this.organisation.addClosure(new SiteId("IT-DATES"), closure, 0L));
		Document raw = this.mongo.getCollection("sites").find(new Document("_id", "IT-DATES")).first();
		Document stored = raw.getList("closures", Document.class).get(0);
		assertThat(stored.get("from")).isEqualTo(Date.from(java.time.Instant.parse("2027-03-28T00:00:00Z")));
	}

	@Test
	void refusesADuplicateExternalId() {
		newSite("IT-TWICE");
		assertThatThrownBy(() -> newSite("IT-TWICE")).isInstanceOfSatisfying(UserFacingException.class, (ex) -> {
			assertThat(ex.messageKey()).isEqualTo("site.externalId.taken");
			assertThat(ex.arguments()).containsExactly("IT-TWICE");
		});
	}

	@Test
	void refusesAChangeMadeOnAStaleVersion() {
		Site site = newSite("IT-STALE");
		asQualityManager(() -> this.organisation.offerChannel(site.id(), Channel.COUNTER, null, site.version()));
		assertThatThrownBy(() -> asQualityManager(
				() -> this.organisation.withdrawChannel(site.id(), Channel.COUNTER, site.version())))
			.isInstanceOfSatisfying(UserFacingException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("concurrentModification"));
		assertThat(asQualityManager(() -> this.organisation.findSite(site.id()).orElseThrow().offers(Channel.COUNTER)))
			.isTrue();
	}

	@Test
	void refusesADirectionOfAnotherOrganisation() {
		Organisation other = asAdmin(() -> this.organisation.createOrganisation("Autre collectivité"));
		Direction foreign = asAdmin(() -> this.organisation.createDirection(other.id(), "Direction ailleurs"));
		assertThatThrownBy(() -> asQualityManager(() -> this.organisation.createSite(DEMO, new SiteId("IT-FOREIGN"),
				new SiteDetails("X", SiteKind.AUTRE, foreign.id(), new Address(null, null, "Valbourg"), null, null))))
			.isInstanceOfSatisfying(UserFacingException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("site.direction.unknown"));
		assertThatThrownBy(() -> asAdmin(() -> this.organisation.createDirection(other.id(), "direction AILLEURS")))
			.isInstanceOfSatisfying(UserFacingException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("direction.name.taken"));
	}

	@Test
	void anAdministratorAttachesAUserToDirectionsAndSites() {
		asAdmin(() -> this.users
			.create(new NewUser("dir.scope", "Directeur Test", null, Set.of(Role.DIRECTOR), "a long passphrase here")));
		UserScope scope = asAdmin(() -> this.organisation.changeScope("dir.scope", Set.of(), Set.of("dir-solidarites"),
				Set.of(new SiteId("VAL-HDV")), null));
		assertThat(SecurityContexts.as("dir.scope", () -> this.organisation.visibleSiteIds(), Role.DIRECTOR))
			.contains(new SiteId("VAL-HDV"), new SiteId("VAL-CCAS"), new SiteId("VAL-MDM-EST"))
			.doesNotContain(new SiteId("VAL-PREF"));
		assertThatThrownBy(() -> asAdmin(
				() -> this.organisation.changeScope("dir.scope", Set.of(), Set.of(), Set.of(), scope.version() - 1)))
			.isInstanceOfSatisfying(UserFacingException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("concurrentModification"));
		assertThatThrownBy(() -> asAdmin(
				() -> this.organisation.changeScope("dir.scope", Set.of(), Set.of("dir-nowhere"), Set.of(), 0L)))
			.isInstanceOfSatisfying(UserFacingException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("scope.unknownEntry"));
		assertThatThrownBy(
				() -> asAdmin(() -> this.organisation.changeScope("ghost", Set.of(), Set.of(), Set.of(), null)))
			.isInstanceOfSatisfying(UserFacingException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("user.notFound"));
		assertThatThrownBy(() -> asQualityManager(() -> this.organisation.scopes()))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void theDemoNetworkPublishesHoursWithLunchBreaksAndPeaks() {
		Site townHall = asQualityManager(() -> this.organisation.findSite(new SiteId("VAL-HDV")).orElseThrow());
		assertThat(townHall.channel(Channel.COUNTER).orElseThrow().hours().on(DayOfWeek.MONDAY)).hasSize(3)
			.anyMatch(TimeRange::peak);
		assertThat(townHall.exceptionalHours()).hasSize(1);
	}

}
