package fr.vigie.benchmark;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import fr.vigie.campaign.internal.planning.CampaignPlanner;
import fr.vigie.campaign.internal.planning.DateRange;
import fr.vigie.campaign.internal.planning.Plan;
import fr.vigie.campaign.internal.planning.PlannedAuditor;
import fr.vigie.campaign.internal.planning.PlannedSite;
import fr.vigie.campaign.internal.planning.PlanningRequest;
import fr.vigie.campaign.internal.planning.PlanningRules;
import fr.vigie.campaign.internal.planning.SiteAvailability;
import fr.vigie.campaign.internal.planning.TimeRange;
import fr.vigie.organisation.GeoPoint;
import fr.vigie.shared.Channel;
import fr.vigie.shared.calendar.FrenchHolidays;
import fr.vigie.shared.calendar.HolidayCalendar;

/**
 * Draws a national quarterly wave: 3,000 sites spread over metropolitan France, 4
 * channels (1 visit, 3 calls, 2 e-mails, 1 letter per site), 400 auditors with skills,
 * weekly capacity, exclusions and a year of history for the rotation rule. Deterministic
 * from the seed.
 *
 * <pre>./mvnw -Pbenchmark verify -DskipTests -Dbenchmark.main=fr.vigie.benchmark.CampaignDrawBenchmark</pre>
 */
public final class CampaignDrawBenchmark {

	public static void main(String[] args) {
		int sites = Integer.getInteger("benchmark.sites", 3000);
		int auditors = Integer.getInteger("benchmark.auditors", 400);
		PlanningRequest request = nationalWave(sites, auditors, 20261122L);
		CampaignPlanner planner = new CampaignPlanner();
		planner.plan(request);
		List<Long> millis = new ArrayList<>();
		Plan plan = null;
		for (int run = 0; run < 5; run++) {
			long start = System.nanoTime();
			plan = planner.plan(request);
			millis.add((System.nanoTime() - start) / 1_000_000);
		}
		millis.sort(Long::compare);
		System.out.printf(
				"Draw of a national wave: %d sites, %d auditors -> %d slots (%d unassigned), "
						+ "median %d ms (runs %s)%n",
				sites, auditors, plan.slots().size(), plan.unassignedCount(), millis.get(2), millis);
		BenchmarkSuite.result("Campaign draw of a national wave (" + plan.slots().size() + " slots)",
				String.format("median %.2f s (%d unassigned)", millis.get(2) / 1000.0, plan.unassignedCount()),
				"< 10 s", millis.get(2) < 10_000);
	}

	static PlanningRequest nationalWave(int siteCount, int auditorCount, long seed) {
		Random random = new Random(seed);
		DateRange quarter = new DateRange(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30));
		Set<LocalDate> holidays = new HashSet<>();
		FrenchHolidays.of(2026, HolidayCalendar.FRANCE).forEach((holiday) -> holidays.add(holiday.date()));
		SiteAvailability hours = new StandardHours(holidays);
		List<PlannedSite> sites = new ArrayList<>();
		for (int i = 0; i < siteCount; i++) {
			sites.add(new PlannedSite(String.format("FS-%05d", i), randomPoint(random),
					EnumSet.of(Channel.COUNTER, Channel.PHONE, Channel.EMAIL, Channel.LETTER), hours));
		}
		List<PlannedAuditor> auditors = new ArrayList<>();
		for (int i = 0; i < auditorCount; i++) {
			Set<String> excluded = new HashSet<>();
			for (int e = 0; e < 3; e++) {
				excluded.add(String.format("FS-%05d", random.nextInt(siteCount)));
			}
			Set<Channel> skills = (i % 5 == 0) ? EnumSet.of(Channel.PHONE, Channel.EMAIL, Channel.LETTER)
					: EnumSet.of(Channel.COUNTER, Channel.PHONE, Channel.EMAIL, Channel.LETTER);
			DayOfWeek dayOff = DayOfWeek.of(1 + random.nextInt(5));
			auditors.add(new PlannedAuditor(String.format("ENQ-%03d", i), randomPoint(random), skills,
					(day) -> day.getDayOfWeek() != dayOff, 25, excluded));
		}
		List<fr.vigie.campaign.internal.planning.PastAssignment> history = new ArrayList<>();
		for (int i = 0; i < siteCount * 4; i++) {
			history.add(new fr.vigie.campaign.internal.planning.PastAssignment(
					String.format("ENQ-%03d", random.nextInt(auditorCount)),
					String.format("FS-%05d", random.nextInt(siteCount)),
					quarter.from().minusDays(1 + random.nextInt(365))));
		}
		PlanningRules rules = new PlanningRules(
				Map.of(Channel.COUNTER, 1, Channel.PHONE, 3, Channel.EMAIL, 2, Channel.LETTER, 1), 0.3, 0.1, 180,
				List.of());
		return new PlanningRequest(seed, quarter, rules, sites, auditors, history);
	}

	private static GeoPoint randomPoint(Random random) {
		return new GeoPoint(42.5 + random.nextDouble() * 8.5, -4.5 + random.nextDouble() * 12.5);
	}

	/**
	 * Monday–Friday 08:30–12:00 and 13:30–17:00 (phone until 17:30), peak 08:30–10:00.
	 */
	record StandardHours(Set<LocalDate> holidays) implements SiteAvailability {

		@Override
		public List<TimeRange> openRanges(LocalDate date, Channel channel) {
			if (!isWorkingDay(date)) {
				return List.of();
			}
			LocalTime close = (channel == Channel.PHONE) ? LocalTime.of(17, 30) : LocalTime.of(17, 0);
			return List.of(new TimeRange(LocalTime.of(8, 30), LocalTime.NOON),
					new TimeRange(LocalTime.of(13, 30), close));
		}

		@Override
		public List<TimeRange> peakRanges(LocalDate date, Channel channel) {
			return isWorkingDay(date) ? List.of(new TimeRange(LocalTime.of(8, 30), LocalTime.of(10, 0))) : List.of();
		}

		@Override
		public boolean isWorkingDay(LocalDate date) {
			return date.getDayOfWeek().getValue() <= 5 && !this.holidays.contains(date);
		}

	}

}
