package fr.vigie.campaign.internal.planning;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.vigie.organisation.GeoPoint;
import fr.vigie.shared.Channel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CampaignPlannerTests {

	/**
	 * Monday 2 March 2026 to Friday 3 April 2026: five working weeks, no public holiday.
	 */
	private static final DateRange MARCH = new DateRange(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 3));

	private static final GeoPoint CITY_HALL = new GeoPoint(45.7640, 4.8357);

	private final CampaignPlanner planner = new CampaignPlanner();

	@Test
	void placesVisitsAndCallsInsideOpeningHoursAndSpreadsThemOverWeekdaysAndHalfDays() {
		Plan plan = this.planner.plan(request(42, rules(Map.of(Channel.COUNTER, 5, Channel.PHONE, 5), 0, 0, 0),
				List.of(site("S1", Set.of())), List.of(auditor("A1", CITY_HALL, 50))));
		List<DrawnSlot> visits = slots(plan, Channel.COUNTER);
		assertThat(visits).hasSize(5);
		assertThat(plan.slots()).allSatisfy((slot) -> {
			assertThat(slot.date().getDayOfWeek().getValue()).isLessThanOrEqualTo(5);
			assertThat(WeekdayHours.MORNING.contains(slot.window()) || WeekdayHours.AFTERNOON.contains(slot.window()))
				.as("%s inside opening hours", slot.window())
				.isTrue();
		});
		assertThat(visits.stream().map((slot) -> slot.date().getDayOfWeek()).distinct()).as("one visit per weekday")
			.hasSize(5);
		long mornings = visits.stream().filter((slot) -> slot.window().start().isBefore(LocalTime.NOON)).count();
		assertThat(mornings).as("alternating half-days").isBetween(2L, 3L);
		assertThat(visits).allSatisfy((slot) -> assertThat(slot.window().minutes()).isEqualTo(60));
	}

	@Test
	void spreadsTestsOverThePeriodOnePerSegment() {
		Plan plan = this.planner.plan(request(7, rules(Map.of(Channel.COUNTER, 5), 0, 0, 0),
				List.of(site("S1", Set.of())), List.of(auditor("A1", CITY_HALL, 50))));
		List<LocalDate> dates = slots(plan, Channel.COUNTER).stream().map(DrawnSlot::date).sorted().toList();
		for (int week = 0; week < 5; week++) {
			LocalDate monday = MARCH.from().plusWeeks(week);
			assertThat(dates.get(week)).isBetween(monday, monday.plusDays(4));
		}
	}

	@Test
	void neverPlacesATestOnAHolidayAClosureOrABlackoutDate() {
		LocalDate holiday = LocalDate.of(2026, 3, 10);
		DateRange blackout = new DateRange(LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 27));
		PlanningRules rules = new PlanningRules(Map.of(Channel.COUNTER, 8, Channel.EMAIL, 8, Channel.LETTER, 4), 0.25,
				0, 0, List.of(blackout));
		Plan plan = this.planner
			.plan(request(3, rules, List.of(site("S1", Set.of(holiday))), List.of(auditor("A1", CITY_HALL, 100))));
		assertThat(plan.slots()).hasSize(20).allSatisfy((slot) -> {
			assertThat(slot.date()).isNotEqualTo(holiday);
			assertThat(blackout.contains(slot.date())).as("%s in blackout", slot.date()).isFalse();
			assertThat(slot.date().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
		});
		assertThat(slots(plan, Channel.EMAIL)).allSatisfy((slot) -> assertThat(slot.window()).isNull());
	}

	@Test
	void putsTheChosenShareOfVisitsInPeakHours() {
		Plan plan = this.planner.plan(request(11, rules(Map.of(Channel.COUNTER, 8), 0.5, 0, 0),
				List.of(site("S1", Set.of())), List.of(auditor("A1", CITY_HALL, 50))));
		List<DrawnSlot> peaks = slots(plan, Channel.COUNTER).stream().filter(DrawnSlot::peak).toList();
		assertThat(peaks).hasSize(4)
			.allSatisfy(
					(slot) -> assertThat(WeekdayHours.PEAK.contains(slot.window())).as("%s", slot.window()).isTrue());
	}

	@Test
	void placesAnsweringMachineCallsOutsideOpeningHours() {
		Plan plan = this.planner.plan(request(5, rules(Map.of(Channel.PHONE, 4), 0, 0.5, 0),
				List.of(site("S1", Set.of())), List.of(auditor("A1", CITY_HALL, 50))));
		List<DrawnSlot> outside = slots(plan, Channel.PHONE).stream().filter(DrawnSlot::outsideHours).toList();
		assertThat(outside).hasSize(2).allSatisfy((slot) -> {
			assertThat(slot.window().overlaps(WeekdayHours.MORNING)).isFalse();
			assertThat(slot.window().overlaps(WeekdayHours.AFTERNOON)).isFalse();
		});
	}

	@Test
	void theSameSeedAndInputsGiveTheSamePlanAndAnotherSeedAnother() {
		PlanningRequest request = request(2026, rules(Map.of(Channel.COUNTER, 3, Channel.PHONE, 4), 0.3, 0.25, 30),
				List.of(site("S1", Set.of()), site("S2", Set.of())),
				List.of(auditor("A1", CITY_HALL, 10), auditor("A2", new GeoPoint(45.70, 4.88), 10)));
		Plan first = this.planner.plan(request);
		Plan second = this.planner.plan(request);
		assertThat(second).isEqualTo(first);
		Plan reseeded = this.planner.plan(new PlanningRequest(2027, request.period(), request.rules(), request.sites(),
				request.auditors(), request.history()));
		assertThat(reseeded.slots()).isNotEqualTo(first.slots());
		assertThat(reseeded.inputFingerprint()).isNotEqualTo(first.inputFingerprint());
	}

	@Test
	void sendsVisitsToTheNearestAuditorAndRespectsSkillsAndExclusions() {
		PlannedAuditor near = auditor("near", new GeoPoint(45.765, 4.836), 50);
		PlannedAuditor far = auditor("far", new GeoPoint(45.20, 5.70), 50);
		PlannedAuditor phoneOnly = new PlannedAuditor("phone-only", CITY_HALL, Set.of(Channel.PHONE), (day) -> true, 50,
				Set.of());
		Plan plan = this.planner.plan(request(1, rules(Map.of(Channel.COUNTER, 3), 0, 0, 0),
				List.of(site("S1", Set.of())), List.of(far, phoneOnly, near)));
		assertThat(slots(plan, Channel.COUNTER)).allSatisfy((slot) -> assertThat(slot.auditorId()).isEqualTo("near"));

		PlannedAuditor excludedNear = new PlannedAuditor("near", new GeoPoint(45.765, 4.836), Set.of(Channel.values()),
				(day) -> true, 50, Set.of("S1"));
		Plan withExclusion = this.planner.plan(request(1, rules(Map.of(Channel.COUNTER, 3), 0, 0, 0),
				List.of(site("S1", Set.of())), List.of(far, phoneOnly, excludedNear)));
		assertThat(slots(withExclusion, Channel.COUNTER))
			.allSatisfy((slot) -> assertThat(slot.auditorId()).isEqualTo("far"));
	}

	@Test
	void appliesTheRotationRuleAgainstHistoryAndWithinThePlan() {
		PlannedAuditor a1 = auditor("A1", CITY_HALL, 50);
		PlannedAuditor a2 = auditor("A2", new GeoPoint(45.70, 4.90), 50);
		PlanningRequest request = new PlanningRequest(9, MARCH, rules(Map.of(Channel.COUNTER, 2), 0, 0, 90),
				List.of(site("S1", Set.of())), List.of(a1, a2),
				List.of(new PastAssignment("A1", "S1", LocalDate.of(2026, 2, 20))));
		Plan plan = this.planner.plan(request);
		List<DrawnSlot> visits = slots(plan, Channel.COUNTER);
		assertThat(visits).hasSize(2);
		assertThat(visits.get(0).auditorId()).as("A1 tested S1 twelve days earlier").isEqualTo("A2");
		assertThat(visits.get(1).auditorId()).as("A2 just tested S1, A1 still in rotation").isNull();
		assertThat(visits.get(1).unassignedReason()).isEqualTo("campaign.unassigned");
		assertThat(visits.get(1).reasonArguments()).containsExactly(AssignmentRules.ROTATION + "=2");
	}

	@Test
	void respectsWeeklyCapacityAndBalancesRemoteTestsBetweenAuditors() {
		PlannedAuditor a1 = auditor("A1", CITY_HALL, 2);
		PlannedAuditor a2 = auditor("A2", CITY_HALL, 2);
		List<PlannedSite> sites = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			sites.add(site("S" + i, Set.of()));
		}
		Plan plan = this.planner.plan(request(4, rules(Map.of(Channel.EMAIL, 1), 0, 0, 0), sites, List.of(a1, a2)));
		Map<String, Long> perAuditor = plan.slots()
			.stream()
			.filter(DrawnSlot::assigned)
			.collect(java.util.stream.Collectors.groupingBy(DrawnSlot::auditorId,
					java.util.stream.Collectors.counting()));
		assertThat(Math.abs(perAuditor.getOrDefault("A1", 0L) - perAuditor.getOrDefault("A2", 0L)))
			.isLessThanOrEqualTo(1);
		Map<String, Long> perWeek = plan.slots()
			.stream()
			.filter(DrawnSlot::assigned)
			.collect(java.util.stream.Collectors.groupingBy(
					(slot) -> slot.auditorId() + "@"
							+ slot.date().get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR),
					java.util.stream.Collectors.counting()));
		assertThat(perWeek.values()).allSatisfy((count) -> assertThat(count).isLessThanOrEqualTo(2));
	}

	@Test
	void explainsWhyNoAuditorCouldTakeASlot() {
		PlannedAuditor phoneOnly = new PlannedAuditor("P", CITY_HALL, Set.of(Channel.PHONE), (day) -> true, 5,
				Set.of());
		Plan plan = this.planner.plan(request(8, rules(Map.of(Channel.COUNTER, 1), 0, 0, 0),
				List.of(site("S1", Set.of())), List.of(phoneOnly)));
		assertThat(plan.slots()).singleElement().satisfies((slot) -> {
			assertThat(slot.auditorId()).isNull();
			assertThat(slot.reasonArguments()).containsExactly(AssignmentRules.SKILL + "=1");
		});
		assertThat(plan.unassignedCount()).isEqualTo(1);
	}

	@Test
	void reportsQuotasThatDoNotFitInThePeriod() {
		DateRange oneWeek = new DateRange(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6));
		Plan plan = this.planner.plan(new PlanningRequest(1, oneWeek, rules(Map.of(Channel.COUNTER, 7), 0, 0, 0),
				List.of(site("S1", Set.of())), List.of(auditor("A1", CITY_HALL, 50)), List.of()));
		assertThat(plan.slots()).hasSize(5);
		assertThat(plan.problems()).singleElement()
			.isEqualTo(new Plan.DrawProblem("S1", Channel.COUNTER, "campaign.draw.tooFewDays", 2));
	}

	private static List<DrawnSlot> slots(Plan plan, Channel channel) {
		return plan.slots().stream().filter((slot) -> slot.channel() == channel).toList();
	}

	private static PlanningRules rules(Map<Channel, Integer> quotas, double peakShare, double outsideShare,
			int rotationDays) {
		return new PlanningRules(quotas, peakShare, outsideShare, rotationDays, List.of());
	}

	private static PlanningRequest request(long seed, PlanningRules rules, List<PlannedSite> sites,
			List<PlannedAuditor> auditors) {
		return new PlanningRequest(seed, MARCH, rules, sites, auditors, List.of());
	}

	private static PlannedSite site(String id, Set<LocalDate> holidays) {
		return new PlannedSite(id, CITY_HALL, Set.of(Channel.values()), new WeekdayHours(holidays));
	}

	private static PlannedAuditor auditor(String id, GeoPoint home, int maxPerWeek) {
		return new PlannedAuditor(id, home, Set.of(Channel.values()), (day) -> true, maxPerWeek, Set.of());
	}

}
