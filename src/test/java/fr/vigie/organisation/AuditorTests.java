package fr.vigie.organisation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import fr.vigie.shared.Channel;
import fr.vigie.shared.UserFacingException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditorTests {

	private static final SiteId TOWN_HALL = new SiteId("VAL-HDV");

	private static final LocalDate WEDNESDAY = LocalDate.of(2026, 6, 10);

	private final Auditor auditor = Auditor.create(new AuditorId("enq-042"),
			new AuditorProfile("Alex Martin", null, "Bron", new GeoPoint(45.74, 4.91),
					EnumSet.of(Channel.COUNTER, Channel.PHONE),
					EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), 4, true));

	@Test
	void codesAreUpperCaseAndChecked() {
		assertThat(this.auditor.code()).isEqualTo("ENQ-042");
		assertThatThrownBy(() -> new AuditorId("enq 42")).isInstanceOfSatisfying(UserFacingException.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo("auditor.code.invalid"));
	}

	@Test
	void isEligibleForAChannelHeTestsOnADayHeWorks() {
		assertThat(this.auditor.eligibleFor(TOWN_HALL, Channel.COUNTER, WEDNESDAY)).isTrue();
		assertThat(this.auditor.eligibleFor(TOWN_HALL, Channel.EMAIL, WEDNESDAY)).as("channel").isFalse();
		assertThat(this.auditor.eligibleFor(TOWN_HALL, Channel.COUNTER, WEDNESDAY.plusDays(1))).as("Thursday")
			.isFalse();
	}

	@Test
	void isNotEligibleDuringAPeriodOff() {
		this.auditor.addPeriodOff(new PeriodOff(WEDNESDAY.minusDays(2), WEDNESDAY, "Congés"));
		assertThat(this.auditor.isAvailableOn(WEDNESDAY)).isFalse();
		assertThat(this.auditor.isAvailableOn(WEDNESDAY.plusDays(2))).isTrue();
	}

	@Test
	void anExclusionLastsUntilItsEndDateIncluded() {
		this.auditor.exclude(new Exclusion(TOWN_HALL, ExclusionReason.TESTED_RECENTLY, WEDNESDAY.plusDays(2)));
		assertThat(this.auditor.eligibleFor(TOWN_HALL, Channel.PHONE, WEDNESDAY.plusDays(2))).isFalse();
		assertThat(this.auditor.eligibleFor(TOWN_HALL, Channel.PHONE, WEDNESDAY.plusDays(5))).isTrue();
		assertThat(this.auditor.eligibleFor(new SiteId("VAL-CCAS"), Channel.PHONE, WEDNESDAY)).isTrue();
	}

	@Test
	void excludingTheSameSiteAgainReplacesTheReason() {
		this.auditor.exclude(new Exclusion(TOWN_HALL, ExclusionReason.TESTED_RECENTLY, WEDNESDAY));
		this.auditor.exclude(new Exclusion(TOWN_HALL, ExclusionReason.LIVES_THERE, null));
		assertThat(this.auditor.exclusions())
			.containsExactly(new Exclusion(TOWN_HALL, ExclusionReason.LIVES_THERE, null));
		assertThat(this.auditor.eligibleFor(TOWN_HALL, Channel.PHONE, WEDNESDAY.plusYears(3))).isFalse();
	}

	@Test
	void anAuditorWhoLeftThePoolIsNeverAvailable() {
		AuditorProfile left = new AuditorProfile("Alex Martin", null, "Bron", null, Set.of(Channel.COUNTER),
				Set.of(DayOfWeek.WEDNESDAY), 4, false);
		this.auditor.update(left);
		assertThat(this.auditor.isAvailableOn(WEDNESDAY)).isFalse();
	}

	@Test
	void refusesAProfileWithoutChannelsDaysOrWithAnImpossibleWeeklyMaximum() {
		assertThatThrownBy(
				() -> new AuditorProfile("A", null, "Bron", null, Set.of(), Set.of(DayOfWeek.MONDAY), 4, true))
			.isInstanceOfSatisfying(UserFacingException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("auditor.channels.required"));
		assertThatThrownBy(() -> new AuditorProfile("A", null, "Bron", null, Set.of(Channel.PHONE), Set.of(), 4, true))
			.isInstanceOfSatisfying(UserFacingException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("auditor.days.required"));
		assertThatThrownBy(() -> new AuditorProfile("A", null, "Bron", null, Set.of(Channel.PHONE),
				Set.of(DayOfWeek.MONDAY), 0, true))
			.isInstanceOfSatisfying(UserFacingException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("auditor.maxTests.range"));
	}

}
