package fr.vigie.organisation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import fr.vigie.organisation.OpeningStatus.Reason;
import fr.vigie.shared.Channel;
import fr.vigie.shared.UserFacingException;
import fr.vigie.shared.calendar.HolidayCalendar;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SiteTests {

	private final Site site = townHall(HolidayCalendar.FRANCE);

	private static Site townHall(HolidayCalendar calendar) {
		Site site = Site.create(new SiteId("VAL-TEST"), "org", new SiteDetails("Mairie de test", SiteKind.MAIRIE, null,
				new Address("1 place de la Mairie", "69001", "Valbourg"), null, calendar));
		site.offer(Channel.COUNTER, null);
		site.setHours(Channel.COUNTER,
				WeeklyHours.parse("Mo 08:30-10:00*,10:00-12:00,13:30-17:00; Tu-Fr 08:30-12:00,13:30-17:00"));
		site.offer(Channel.PHONE, new ContactPoint(ContactKind.PHONE_NUMBER, "04 65 71 00 00"));
		site.setHours(Channel.PHONE, WeeklyHours.parse("Mo-Fr 09:00-12:00"));
		site.offer(Channel.EMAIL, new ContactPoint(ContactKind.EMAIL_ADDRESS, "mairie@valbourg.fr"));
		return site;
	}

	private static LocalDateTime at(String dateTime) {
		return LocalDateTime.parse(dateTime);
	}

	@Test
	void isOpenWithinTheUsualHoursAndSaysWhenItIsPeakTime() {
		assertThat(this.site.openingStatus(Channel.COUNTER, at("2026-05-13T10:00")))
			.isEqualTo(new OpeningStatus(true, Reason.OPEN, false, ""));
		assertThat(this.site.openingStatus(Channel.COUNTER, at("2026-05-11T09:00")).peak()).isTrue();
	}

	@Test
	void isClosedDuringTheLunchBreakAndAtTheWeekend() {
		assertThat(this.site.openingStatus(Channel.COUNTER, at("2026-05-13T12:30")).reason())
			.isEqualTo(Reason.OUTSIDE_HOURS);
		assertThat(this.site.openingStatus(Channel.COUNTER, at("2026-05-16T10:00")).reason())
			.isEqualTo(Reason.OUTSIDE_HOURS);
		assertThat(this.site.openingStatus(Channel.PHONE, at("2026-05-13T14:00")).open()).isFalse();
	}

	@Test
	void isClosedOnPublicHolidaysOfItsCalendar() {
		assertThat(this.site.openingStatus(Channel.COUNTER, at("2026-05-14T10:00")))
			.isEqualTo(new OpeningStatus(false, Reason.PUBLIC_HOLIDAY, false, "holiday.ASCENSION"));
		LocalDateTime goodFriday = at("2026-04-03T10:00");
		assertThat(this.site.openingStatus(Channel.COUNTER, goodFriday).open()).isTrue();
		assertThat(townHall(HolidayCalendar.ALSACE_MOSELLE).openingStatus(Channel.COUNTER, goodFriday).reason())
			.isEqualTo(Reason.PUBLIC_HOLIDAY);
	}

	@Test
	void aClosureOfOneChannelLeavesTheOthersOpen() {
		this.site.addClosure(
				new Closure(LocalDate.of(2026, 8, 3), LocalDate.of(2026, 8, 23), Set.of(Channel.COUNTER), "Travaux"));
		assertThat(this.site.openingStatus(Channel.COUNTER, at("2026-08-05T10:00")))
			.isEqualTo(new OpeningStatus(false, Reason.CLOSURE, false, "Travaux"));
		assertThat(this.site.openingStatus(Channel.PHONE, at("2026-08-05T10:00")).open()).isTrue();
		assertThat(this.site.openingStatus(Channel.COUNTER, at("2026-08-24T10:00")).open()).isTrue();
	}

	@Test
	void exceptionalHoursReplaceTheUsualOnesAndEvenAHoliday() {
		this.site.setExceptionalHours(new ExceptionalHours(LocalDate.of(2026, 12, 24), null,
				List.of(TimeRange.parse("08:30-12:00")), "Veille de Noël"));
		assertThat(this.site.openingStatus(Channel.COUNTER, at("2026-12-24T10:00")).open()).isTrue();
		assertThat(this.site.openingStatus(Channel.PHONE, at("2026-12-24T11:30")).open()).isTrue();
		assertThat(this.site.openingStatus(Channel.COUNTER, at("2026-12-24T14:00")))
			.isEqualTo(new OpeningStatus(false, Reason.EXCEPTIONAL_HOURS, false, "Veille de Noël"));

		this.site.setExceptionalHours(new ExceptionalHours(LocalDate.of(2026, 5, 14), Channel.COUNTER,
				List.of(TimeRange.parse("09:00-12:00")), "Permanence état civil"));
		assertThat(this.site.openingStatus(Channel.COUNTER, at("2026-05-14T10:00")).open()).isTrue();
		assertThat(this.site.openingStatus(Channel.PHONE, at("2026-05-14T10:00")).reason())
			.isEqualTo(Reason.PUBLIC_HOLIDAY);
		assertThat(this.site.hoursOn(Channel.COUNTER, LocalDate.of(2026, 5, 14)))
			.containsExactly(TimeRange.parse("09:00-12:00"));
	}

	@Test
	void aClosureWinsOverExceptionalHours() {
		this.site.setExceptionalHours(new ExceptionalHours(LocalDate.of(2026, 12, 24), null,
				List.of(TimeRange.parse("08:30-12:00")), "Veille de Noël"));
		this.site.addClosure(new Closure(LocalDate.of(2026, 12, 24), LocalDate.of(2027, 1, 1), Set.of(), "Fêtes"));
		assertThat(this.site.openingStatus(Channel.COUNTER, at("2026-12-24T10:00")).reason()).isEqualTo(Reason.CLOSURE);
	}

	@Test
	void channelsWithoutHoursOrNotOfferedAreNeverOpen() {
		assertThat(this.site.openingStatus(Channel.EMAIL, at("2026-05-13T10:00")).reason())
			.isEqualTo(Reason.HOURS_NOT_SET);
		assertThat(this.site.openingStatus(Channel.CHAT, at("2026-05-13T10:00")).reason())
			.isEqualTo(Reason.NOT_OFFERED);
	}

	@Test
	void hoursCanOnlyBeSetOnOfferedChannels() {
		assertThatThrownBy(() -> this.site.setHours(Channel.CHAT, WeeklyHours.parse("Mo 09:00-10:00")))
			.isInstanceOfSatisfying(UserFacingException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("site.channelNotOffered"));
		assertThatThrownBy(() -> this.site
			.setExceptionalHours(new ExceptionalHours(LocalDate.of(2026, 12, 24), Channel.CHAT, List.of(), "Fermé")))
			.isInstanceOf(UserFacingException.class);
	}

	@Test
	void withdrawingAChannelDropsItsExceptionalHours() {
		this.site.setExceptionalHours(
				new ExceptionalHours(LocalDate.of(2026, 12, 24), Channel.PHONE, List.of(), "Standard fermé"));
		this.site.withdraw(Channel.PHONE);
		assertThat(this.site.offers(Channel.PHONE)).isFalse();
		assertThat(this.site.exceptionalHours()).isEmpty();
	}

	@Test
	void exceptionalHoursForTheSameDateAndChannelReplaceEachOther() {
		LocalDate date = LocalDate.of(2026, 12, 31);
		this.site.setExceptionalHours(new ExceptionalHours(date, null, List.of(), "Fermé"));
		this.site
			.setExceptionalHours(new ExceptionalHours(date, null, List.of(TimeRange.parse("09:00-11:00")), "Matin"));
		this.site.setExceptionalHours(new ExceptionalHours(date, Channel.PHONE, List.of(), "Standard fermé"));
		assertThat(this.site.exceptionalHours()).extracting(ExceptionalHours::reason)
			.containsExactly("Matin", "Standard fermé");
		this.site.removeExceptionalHours(date, null);
		assertThat(this.site.exceptionalHours()).extracting(ExceptionalHours::reason).containsExactly("Standard fermé");
	}

	@Test
	void refusesImpossibleClosuresAndDuplicates() {
		assertThatThrownBy(() -> new Closure(LocalDate.of(2026, 8, 23), LocalDate.of(2026, 8, 3), Set.of(), "Été"))
			.isInstanceOfSatisfying(UserFacingException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("closure.endBeforeStart"));
		assertThatThrownBy(() -> new Closure(LocalDate.of(2026, 8, 3), LocalDate.of(2026, 8, 23), Set.of(), " "))
			.isInstanceOfSatisfying(UserFacingException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("closure.reason.required"));
		Closure summer = new Closure(LocalDate.of(2026, 8, 3), LocalDate.of(2026, 8, 23), Set.of(), "Été");
		this.site.addClosure(summer);
		assertThatThrownBy(() -> this.site.addClosure(summer)).isInstanceOfSatisfying(UserFacingException.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo("closure.duplicate"));
	}

	@Test
	void aCopyComparesEqualInContentUntilChanged() {
		Site copy = this.site.copy();
		assertThat(copy.sameContentAs(this.site)).isTrue();
		copy.setHours(Channel.PHONE, WeeklyHours.parse("Mo-Fr 09:00-12:30"));
		assertThat(copy.sameContentAs(this.site)).isFalse();
		assertThat(this.site.channel(Channel.PHONE).orElseThrow().hours().on(java.time.DayOfWeek.MONDAY))
			.containsExactly(new TimeRange(LocalTime.of(9, 0), LocalTime.of(12, 0), false));
	}

}
