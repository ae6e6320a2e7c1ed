package fr.vigie.campaign;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import fr.vigie.campaign.internal.AuditorCalendarFeed;
import fr.vigie.campaign.internal.TestSlotRepository;
import fr.vigie.identity.Role;
import fr.vigie.shared.Channel;
import fr.vigie.support.SecurityContexts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditorCalendarFeedTests {

	@LocalServerPort
	int port;

	@Autowired
	AuditorCalendarFeed feed;

	@Autowired
	TestSlotRepository slots;

	@Test
	void anAuditorsPrivateFeedListsHisTestsForCalendarAppsAndCanBeRevoked() throws Exception {
		LocalDate tomorrow = LocalDate.now().plusDays(1);
		TestSlot visit = published("VAL-HDV", Channel.COUNTER, tomorrow, LocalTime.of(9, 30), "enqueteur");
		TestSlot letter = published("VAL-CCAS", Channel.LETTER, tomorrow.plusDays(2), null, "enqueteur");
		TestSlot someoneElses = published("VAL-PREF", Channel.PHONE, tomorrow, LocalTime.of(11, 0), "other");
		this.slots.saveAll(List.of(visit, letter, someoneElses));

		String path = SecurityContexts.as("enqueteur", this.feed::myFeedPath, Role.AUDITOR);
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/calendar"));

		ICalendar calendar = Biweekly.parse(response.body()).first();
		assertThat(calendar).as("parsable iCalendar").isNotNull();
		List<VEvent> events = calendar.getEvents();
		assertThat(events).extracting((event) -> event.getUid().getValue())
			.containsExactlyInAnyOrder(visit.id() + "@vigie", letter.id() + "@vigie");
		VEvent visitEvent = events.stream()
			.filter((event) -> event.getUid().getValue().startsWith(visit.id()))
			.findFirst()
			.orElseThrow();
		assertThat(visitEvent.getSummary().getValue())
			.isEqualTo("Test mystère – Accueil physique – Hôtel de ville de Valbourg");
		assertThat(visitEvent.getDateStart().getValue().toInstant())
			.isEqualTo(ZonedDateTime.of(tomorrow, LocalTime.of(9, 30), TestSlot.PARIS).toInstant());

		String renewed = SecurityContexts.as("enqueteur", this.feed::regenerateMyFeed, Role.AUDITOR);
		assertThat(renewed).isNotEqualTo(path);
		assertThat(get(path).statusCode()).as("revoked URL").isEqualTo(404);
		assertThat(get(renewed).statusCode()).isEqualTo(200);
	}

	@Test
	void onlyAuditorsHaveAFeed() {
		assertThatThrownBy(() -> SecurityContexts.as("directeur", this.feed::myFeedPath, Role.DIRECTOR))
			.isInstanceOf(AccessDeniedException.class);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
	}

	private static TestSlot published(String siteId, Channel channel, LocalDate date, LocalTime start,
			String username) {
		TestSlot slot = TestSlot.drafted(UUID.randomUUID().toString(), "feed-campaign", 1, siteId, channel, date, start,
				(start != null) ? start.plusMinutes(60) : null, false, false, "auditor-" + username, username, null,
				List.of(), null);
		slot.publish();
		return slot;
	}

}
