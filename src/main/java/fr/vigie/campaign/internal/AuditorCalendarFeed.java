package fr.vigie.campaign.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Status;
import biweekly.util.ICalDate;
import fr.vigie.campaign.SlotStatus;
import fr.vigie.campaign.TestSlot;
import fr.vigie.identity.SystemIdentity;
import fr.vigie.organisation.OrganisationManagement;
import fr.vigie.shared.i18n.Languages;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * An auditor's assignments as an iCalendar feed (RFC 5545) behind a private, revocable
 * URL, so standard calendar apps show his tests. Times are written in UTC, understood
 * everywhere.
 */
@Service
public class AuditorCalendarFeed {

	static final String PATH = "/feeds/tests/";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final FeedTokenRepository tokens;

	private final TestSlotRepository slots;

	private final OrganisationManagement organisation;

	private final SystemIdentity system;

	private final I18NProvider messages;

	private final Clock clock;

	AuditorCalendarFeed(FeedTokenRepository tokens, TestSlotRepository slots, OrganisationManagement organisation,
			SystemIdentity system, I18NProvider messages, Clock clock) {
		this.tokens = tokens;
		this.slots = slots;
		this.organisation = organisation;
		this.system = system;
		this.messages = messages;
		this.clock = clock;
	}

	/** The signed-in auditor's feed path, created on first use. */
	@PreAuthorize("hasRole('AUDITOR')")
	public String myFeedPath() {
		String username = currentUsername();
		FeedToken token = this.tokens.findById(username).orElseGet(() -> issue(username));
		return PATH + token.token() + ".ics";
	}

	/** Revokes the current URL and returns a new one. */
	@PreAuthorize("hasRole('AUDITOR')")
	public String regenerateMyFeed() {
		return PATH + issue(currentUsername()).token() + ".ics";
	}

	/** The feed for a token, or empty when the token is unknown or revoked. */
	Optional<String> render(String token) {
		return this.tokens.findByToken(token).map((owner) -> this.system.call(() -> calendarOf(owner.username())));
	}

	private String calendarOf(String username) {
		LocalDate from = LocalDate.now(this.clock).minusDays(30);
		List<TestSlot> mine = this.slots
			.findByAuditorUsernameAndStatusInOrderByDateAscStartAsc(username,
					EnumSet.of(SlotStatus.PUBLISHED, SlotStatus.OVERDUE, SlotStatus.DONE, SlotStatus.CANCELLED))
			.stream()
			.filter((slot) -> !slot.date().isBefore(from))
			.toList();
		Map<String, String> names = mine.isEmpty() ? Map.of()
				: this.organisation.siteNames(mine.stream().map(TestSlot::siteId).distinct().toList());
		ICalendar calendar = new ICalendar();
		calendar.setProductId("-//Vigie//Tests mystère//FR");
		calendar.setName(this.messages.getTranslation("feed.name", Languages.FRENCH));
		for (TestSlot slot : mine) {
			String channel = this.messages.getTranslation(slot.channel().messageKey(), Languages.FRENCH);
			String site = names.getOrDefault(slot.siteId(), slot.siteId());
			VEvent event = new VEvent();
			event.setUid(slot.id() + "@vigie");
			event.setSummary(this.messages.getTranslation("feed.summary", Languages.FRENCH, channel, site));
			event.setDescription(this.messages.getTranslation("feed.description", Languages.FRENCH));
			if (slot.start() != null) {
				event.setDateStart(Date.from(slot.startsAt().toInstant()));
				event.setDateEnd(Date.from(slot.dueAt().toInstant()));
			}
			else {
				event
					.setDateStart(new ICalDate(Date.from(slot.date().atStartOfDay(ZoneOffset.UTC).toInstant()), false));
			}
			event.setStatus(slot.status() == SlotStatus.CANCELLED ? Status.cancelled() : Status.confirmed());
			event.setSequence(slot.version() != null ? slot.version().intValue() : 0);
			calendar.addEvent(event);
		}
		return Biweekly.write(calendar).go();
	}

	private FeedToken issue(String username) {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		FeedToken token = new FeedToken(username, Base64.getUrlEncoder().withoutPadding().encodeToString(secret),
				this.clock.instant());
		return this.tokens.save(token);
	}

	private static String currentUsername() {
		return SecurityContextHolder.getContext().getAuthentication().getName();
	}

}
