package fr.vigie.campaign.internal.planning;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import fr.vigie.shared.Channel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RetestPlannerTests {

	/** Monday 8 June 2026. */
	private static final LocalDate MONDAY = LocalDate.of(2026, 6, 8);

	/** Counter open Tuesday and Thursday mornings only; e-mails on weekdays. */
	private static final PlannedSite SITE = new PlannedSite("SITE", null, Set.of(Channel.COUNTER, Channel.EMAIL),
			new SiteAvailability() {

				@Override
				public List<TimeRange> openRanges(LocalDate date, Channel channel) {
					boolean open = date.getDayOfWeek() == DayOfWeek.TUESDAY
							|| date.getDayOfWeek() == DayOfWeek.THURSDAY;
					return open ? List.of(new TimeRange(LocalTime.of(9, 0), LocalTime.of(12, 0))) : List.of();
				}

				@Override
				public List<TimeRange> peakRanges(LocalDate date, Channel channel) {
					return List.of();
				}

				@Override
				public boolean isWorkingDay(LocalDate date) {
					return date.getDayOfWeek().getValue() <= 5;
				}

			});

	@Test
	void aVisitGoesToTheFirstOpeningFromTheEarliestDayWithTheLeastLoadedAllowedAuditor() {
		AssignmentLedger ledger = new AssignmentLedger();
		ledger.record("A", new DrawnSlot("OTHER", Channel.COUNTER, MONDAY, null, false, false, null, null, List.of()));
		Optional<DrawnSlot> slot = RetestPlanner.plan(SITE, Channel.COUNTER, MONDAY, 30,
				List.of(auditor("A", Channel.COUNTER), auditor("B", Channel.COUNTER), auditor("C", Channel.PHONE)),
				ledger, 90);
		assertThat(slot).hasValueSatisfying((planned) -> {
			assertThat(planned.date()).isEqualTo(MONDAY.plusDays(1));
			assertThat(planned.window()).isEqualTo(new TimeRange(LocalTime.of(9, 0), LocalTime.of(10, 0)));
			assertThat(planned.auditorId()).isEqualTo("B");
		});
	}

	@Test
	void theAuditorWhoTestedTheSiteRecentlyIsKeptAwayByTheRotationRule() {
		AssignmentLedger ledger = new AssignmentLedger();
		ledger.recordPast(new PastAssignment("A", "SITE", MONDAY.minusDays(20)));
		Optional<DrawnSlot> slot = RetestPlanner.plan(SITE, Channel.EMAIL, MONDAY.minusDays(2), 30,
				List.of(auditor("A", Channel.EMAIL)), ledger, 90);
		assertThat(slot).isEmpty();
		ledger = new AssignmentLedger();
		ledger.recordPast(new PastAssignment("A", "SITE", MONDAY.minusDays(20)));
		Optional<DrawnSlot> later = RetestPlanner.plan(SITE, Channel.EMAIL, MONDAY.minusDays(2), 30,
				List.of(auditor("A", Channel.EMAIL), auditor("B", Channel.EMAIL)), ledger, 90);
		// Saturday 6 June is skipped for an e-mail: the first working day is Monday.
		assertThat(later).hasValueSatisfying((planned) -> {
			assertThat(planned.auditorId()).isEqualTo("B");
			assertThat(planned.date()).isEqualTo(MONDAY);
			assertThat(planned.window()).isNull();
		});
	}

	private static PlannedAuditor auditor(String id, Channel channel) {
		return new PlannedAuditor(id, null, Set.of(channel), (date) -> true, 10, Set.of());
	}

}
