package fr.vigie.campaign.internal.planning;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import fr.vigie.organisation.GeoPoint;
import fr.vigie.shared.Channel;

/**
 * Draws the slots of one wave and assigns auditors.
 * <p>
 * Slots are spread over the period (one per segment of the open days), over weekdays (a
 * weekday is reused only when all have been used) and over half-days (alternating morning
 * and afternoon), with the chosen share in peak hours and, for calls, outside opening
 * hours. Visits and calls always fall inside the channel's opening hours unless they are
 * answering-machine checks. E-mails, letters and websites get a send date on a working
 * day.
 * <p>
 * Auditors are assigned greedily in chronological order: every candidate must pass
 * {@link AssignmentRules}; visits go to the nearest auditor, other channels to the least
 * loaded one. The randomness of each site and channel comes from the seed and their
 * identity only, so adding a site does not reshuffle the others.
 */
public final class CampaignPlanner {

	static final int VISIT_MINUTES = 60;

	static final int CALL_MINUTES = 30;

	static final int ANSWERING_MACHINE_MINUTES = 15;

	static final LocalTime AFTERNOON = LocalTime.of(13, 0);

	private static final LocalTime EARLIEST_CALL = LocalTime.of(7, 30);

	private static final LocalTime LATEST_CALL = LocalTime.of(20, 0);

	public Plan plan(PlanningRequest request) {
		Fingerprint fingerprint = new Fingerprint();
		PlanningRules rules = request.rules();
		// Immutable maps iterate in a per-JVM order: canonicalise before hashing.
		fingerprint.add("seed", request.seed())
			.add("period", request.period())
			.add("quotas", new EnumMap<>(rules.quotas().isEmpty() ? Map.of(Channel.COUNTER, 0) : rules.quotas()))
			.add("peakShare", rules.peakShare())
			.add("outsideHoursShare", rules.outsideHoursShare())
			.add("rotationDays", rules.rotationDays())
			.add("blackouts", rules.blackouts());
		List<DrawnSlot> slots = new ArrayList<>();
		List<Plan.DrawProblem> problems = new ArrayList<>();
		List<PlannedSite> sites = request.sites().stream().sorted(Comparator.comparing(PlannedSite::siteId)).toList();
		for (PlannedSite site : sites) {
			fingerprint.add("site", site.siteId()).add("position", site.position());
			for (Channel channel : Channel.values()) {
				int quota = request.rules().quotas().getOrDefault(channel, 0);
				if (quota == 0 || !site.channels().contains(channel)) {
					continue;
				}
				List<LocalDate> days = usableDays(site, channel, request, fingerprint);
				SplittableRandom random = new SplittableRandom(
						request.seed() * 31 + site.siteId().hashCode() * 17L + channel.ordinal());
				List<DrawnSlot> drawn = draw(site, channel, quota, days, request.rules(), random);
				slots.addAll(drawn);
				if (drawn.size() < quota) {
					problems.add(new Plan.DrawProblem(site.siteId(), channel,
							days.isEmpty() ? "campaign.draw.noOpenDay" : "campaign.draw.tooFewDays",
							quota - drawn.size()));
				}
			}
		}
		List<PlannedAuditor> auditors = request.auditors()
			.stream()
			.sorted(Comparator.comparing(PlannedAuditor::auditorId))
			.toList();
		for (PlannedAuditor auditor : auditors) {
			fingerprint.add("auditor", auditor.auditorId())
				.add("home", auditor.home())
				.add("channels", new java.util.TreeSet<>(auditor.channels()))
				.add("max", auditor.maxTestsPerWeek())
				.add("excluded", new java.util.TreeSet<>(auditor.excludedSiteIds()));
			for (LocalDate day = request.period().from(); !day.isAfter(request.period().to()); day = day.plusDays(1)) {
				fingerprint.add(day.toString(), auditor.available().test(day));
			}
		}
		request.history()
			.stream()
			.sorted(Comparator.comparing(PastAssignment::auditorId)
				.thenComparing(PastAssignment::siteId)
				.thenComparing(PastAssignment::date))
			.forEach((past) -> fingerprint.add("past", past));
		List<DrawnSlot> assigned = assign(slots, sites, auditors, request);
		return new Plan(assigned, problems, fingerprint.hex());
	}

	private List<LocalDate> usableDays(PlannedSite site, Channel channel, PlanningRequest request,
			Fingerprint fingerprint) {
		List<LocalDate> days = new ArrayList<>();
		for (LocalDate day = request.period().from(); !day.isAfter(request.period().to()); day = day.plusDays(1)) {
			if (request.rules().isBlackedOut(day)) {
				continue;
			}
			boolean usable;
			if (hasTimeWindow(channel)) {
				List<TimeRange> open = site.availability().openRanges(day, channel);
				fingerprint.add(day.toString(), open).add("peak", site.availability().peakRanges(day, channel));
				usable = !open.isEmpty();
			}
			else {
				usable = site.availability().isWorkingDay(day) && day.getDayOfWeek().getValue() <= 5;
				fingerprint.add(day.toString(), usable);
			}
			if (usable) {
				days.add(day);
			}
		}
		return days;
	}

	static boolean hasTimeWindow(Channel channel) {
		return channel == Channel.COUNTER || channel == Channel.PHONE || channel == Channel.CHAT;
	}

	private List<DrawnSlot> draw(PlannedSite site, Channel channel, int quota, List<LocalDate> days,
			PlanningRules rules, SplittableRandom random) {
		int count = Math.min(quota, days.size());
		List<DrawnSlot> slots = new ArrayList<>(count);
		if (count == 0) {
			return slots;
		}
		Set<Integer> peakIndexes = new HashSet<>();
		Set<Integer> outsideIndexes = new HashSet<>();
		if (channel == Channel.COUNTER || channel == Channel.PHONE) {
			List<Integer> indexes = shuffledIndexes(count, random);
			int peaks = (int) Math.round(count * rules.peakShare());
			peakIndexes.addAll(indexes.subList(0, peaks));
			if (channel == Channel.PHONE) {
				int outside = Math.min(count - peaks, (int) Math.round(count * rules.outsideHoursShare()));
				outsideIndexes.addAll(indexes.subList(peaks, peaks + outside));
			}
		}
		Set<DayOfWeek> usedWeekdays = new HashSet<>();
		boolean morningFirst = random.nextBoolean();
		for (int i = 0; i < count; i++) {
			List<LocalDate> segment = days.subList(i * days.size() / count, (i + 1) * days.size() / count);
			Set<DayOfWeek> used = usedWeekdays;
			List<LocalDate> fresh = segment.stream().filter((day) -> !used.contains(day.getDayOfWeek())).toList();
			List<LocalDate> options = fresh.isEmpty() ? segment : fresh;
			LocalDate day = options.get(random.nextInt(options.size()));
			usedWeekdays.add(day.getDayOfWeek());
			if (usedWeekdays.size() >= distinctWeekdays(days)) {
				usedWeekdays.clear();
			}
			if (!hasTimeWindow(channel)) {
				slots.add(new DrawnSlot(site.siteId(), channel, day, null, false, false, null, null, List.of()));
				continue;
			}
			boolean morning = ((i % 2 == 0) == morningFirst);
			if (outsideIndexes.contains(i)) {
				slots.add(outsideHours(site, channel, day, random));
				continue;
			}
			List<TimeRange> open = site.availability().openRanges(day, channel);
			boolean peak = peakIndexes.contains(i);
			List<TimeRange> ranges = open;
			if (peak) {
				List<TimeRange> peaks = intersectAll(site.availability().peakRanges(day, channel), open);
				if (peaks.isEmpty()) {
					peak = false;
				}
				else {
					ranges = peaks;
				}
			}
			List<TimeRange> halfDay = intersectAll(ranges, List
				.of(morning ? new TimeRange(LocalTime.MIN, AFTERNOON) : new TimeRange(AFTERNOON, LocalTime.MAX)));
			if (!halfDay.isEmpty()) {
				ranges = halfDay;
			}
			int minutes = (channel == Channel.COUNTER) ? VISIT_MINUTES : CALL_MINUTES;
			slots.add(new DrawnSlot(site.siteId(), channel, day, pickWindow(ranges, minutes, random), peak, false, null,
					null, List.of()));
		}
		return slots;
	}

	private static int distinctWeekdays(List<LocalDate> days) {
		return (int) days.stream().map(LocalDate::getDayOfWeek).distinct().count();
	}

	/**
	 * A short call after closing time (or before opening) to check the answering machine.
	 */
	private DrawnSlot outsideHours(PlannedSite site, Channel channel, LocalDate day, SplittableRandom random) {
		List<TimeRange> open = site.availability().openRanges(day, channel);
		LocalTime lastClose = open.stream().map(TimeRange::end).max(LocalTime::compareTo).orElse(AFTERNOON);
		LocalTime firstOpen = open.stream().map(TimeRange::start).min(LocalTime::compareTo).orElse(AFTERNOON);
		LocalTime start;
		LocalTime afterClose = lastClose.plusMinutes(15 + 5L * random.nextInt(10));
		if (afterClose.isAfter(lastClose) && afterClose.plusMinutes(ANSWERING_MACHINE_MINUTES).isBefore(LATEST_CALL)) {
			start = afterClose;
		}
		else {
			start = firstOpen.minusMinutes(ANSWERING_MACHINE_MINUTES + 15);
			if (start.isBefore(EARLIEST_CALL)) {
				start = EARLIEST_CALL;
			}
		}
		return new DrawnSlot(site.siteId(), channel, day,
				new TimeRange(start, start.plusMinutes(ANSWERING_MACHINE_MINUTES)), false, true, null, null, List.of());
	}

	private static TimeRange pickWindow(List<TimeRange> ranges, int minutes, SplittableRandom random) {
		int total = ranges.stream().mapToInt(TimeRange::minutes).sum();
		int pick = random.nextInt(Math.max(total, 1));
		TimeRange range = ranges.get(0);
		for (TimeRange candidate : ranges) {
			if (pick < candidate.minutes()) {
				range = candidate;
				break;
			}
			pick -= candidate.minutes();
		}
		int length = Math.min(minutes, range.minutes());
		int latestOffset = (range.minutes() - length) / 5;
		LocalTime start = range.start().plusMinutes(5L * random.nextInt(latestOffset + 1));
		return new TimeRange(start, start.plusMinutes(length));
	}

	private static List<TimeRange> intersectAll(List<TimeRange> left, List<TimeRange> right) {
		List<TimeRange> result = new ArrayList<>();
		for (TimeRange a : left) {
			for (TimeRange b : right) {
				TimeRange both = a.intersect(b);
				if (both != null) {
					result.add(both);
				}
			}
		}
		return result;
	}

	private static List<Integer> shuffledIndexes(int count, SplittableRandom random) {
		List<Integer> indexes = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			indexes.add(i);
		}
		for (int i = count - 1; i > 0; i--) {
			java.util.Collections.swap(indexes, i, random.nextInt(i + 1));
		}
		return indexes;
	}

	private List<DrawnSlot> assign(List<DrawnSlot> slots, List<PlannedSite> sites, List<PlannedAuditor> auditors,
			PlanningRequest request) {
		Map<String, GeoPoint> positions = new java.util.HashMap<>();
		sites.forEach((site) -> positions.put(site.siteId(), site.position()));
		AssignmentLedger ledger = new AssignmentLedger();
		request.history().forEach(ledger::recordPast);
		List<DrawnSlot> ordered = slots.stream()
			.sorted(Comparator.comparing(DrawnSlot::date)
				.thenComparing((slot) -> (slot.window() != null) ? slot.window().start() : LocalTime.MIN)
				.thenComparing(DrawnSlot::siteId)
				.thenComparing(DrawnSlot::channel))
			.toList();
		List<DrawnSlot> result = new ArrayList<>(ordered.size());
		SplittableRandom tieBreaks = new SplittableRandom(request.seed());
		int rotationDays = request.rules().rotationDays();
		for (DrawnSlot slot : ordered) {
			Map<String, Integer> eliminated = new java.util.LinkedHashMap<>();
			AssignmentRules.ORDER.forEach((rule) -> eliminated.put(rule, 0));
			List<PlannedAuditor> candidates = new ArrayList<>();
			for (PlannedAuditor auditor : auditors) {
				String broken = AssignmentRules.firstViolation(auditor, slot, ledger, rotationDays);
				if (broken == null) {
					candidates.add(auditor);
				}
				else {
					eliminated.merge(broken, 1, Integer::sum);
				}
			}
			if (candidates.isEmpty()) {
				List<String> arguments = new ArrayList<>();
				eliminated.forEach((rule, count) -> {
					if (count > 0) {
						arguments.add(rule + "=" + count);
					}
				});
				String reason = auditors.isEmpty() ? "campaign.unassigned.noAuditor" : "campaign.unassigned";
				result.add(slot.withAssignment(null, reason, arguments));
				continue;
			}
			GeoPoint site = positions.get(slot.siteId());
			long salt = tieBreaks.nextLong();
			Comparator<PlannedAuditor> byLoad = Comparator.comparingInt((auditor) -> ledger.load(auditor.auditorId()));
			Comparator<PlannedAuditor> ranking = (slot.channel() == Channel.COUNTER)
					? Comparator.<PlannedAuditor>comparingDouble((auditor) -> distance(site, auditor.home()))
						.thenComparing(byLoad)
					: byLoad;
			ranking = ranking.thenComparingLong((auditor) -> auditor.auditorId().hashCode() ^ salt);
			PlannedAuditor chosen = candidates.stream().min(ranking).orElseThrow();
			ledger.record(chosen.auditorId(), slot);
			result.add(slot.withAssignment(chosen.auditorId(), null, List.of()));
		}
		return result;
	}

	private static double distance(GeoPoint site, GeoPoint home) {
		return (site == null || home == null) ? Double.MAX_VALUE : site.distanceKm(home);
	}

	/** Canonical digest of the draw's inputs. */
	private static final class Fingerprint {

		private final MessageDigest digest;

		Fingerprint() {
			try {
				this.digest = MessageDigest.getInstance("SHA-256");
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

		Fingerprint add(String name, Object value) {
			this.digest.update((name + '=' + value + ';').getBytes(StandardCharsets.UTF_8));
			return this;
		}

		String hex() {
			return HexFormat.of().formatHex(this.digest.digest());
		}

	}

}
