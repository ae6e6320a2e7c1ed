package fr.vigie.benchmark;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Supplier;

import fr.vigie.audit.AuditManagement;
import fr.vigie.campaign.Campaign;
import fr.vigie.campaign.CampaignManagement;
import fr.vigie.identity.NewUser;
import fr.vigie.identity.Role;
import fr.vigie.identity.UserManagement;
import fr.vigie.organisation.AuditorManagement;
import fr.vigie.organisation.OrganisationManagement;
import fr.vigie.organisation.SiteFilter;
import fr.vigie.organisation.SiteHeader;
import fr.vigie.report.ReportBatch;
import fr.vigie.report.ReportManagement;
import fr.vigie.report.ReportPeriod;
import fr.vigie.report.ReportRequest;
import fr.vigie.scoring.FindingFilter;
import fr.vigie.scoring.ScoreQuery;
import fr.vigie.scoring.ScoringManagement;
import fr.vigie.support.SecurityContexts;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.Sort;
import org.springframework.util.FileSystemUtils;

/**
 * Dashboard queries and site reports on the national data set (see
 * {@link NationalDataGenerator}), on a copy of its store so that runs leave it as
 * generated: the whole dashboard and the league table over 2025 and over Q4 2025 (mystery
 * grid, quality manager: the whole network), one site report cold and warm, then the
 * background batch of a regional director's site reports (about 1,000) for Q4 2025. The
 * long lists come first: what each grid fetches to show its first rows.
 * {@code -Dbenchmark.parts=lists} (comma separated: lists, dashboard, reports) runs only
 * some parts.
 *
 * <pre>./mvnw -Pbenchmark verify -DskipTests -Dbenchmark.main=fr.vigie.benchmark.NationalQueriesBenchmark</pre>
 */
public final class NationalQueriesBenchmark {

	private static final int RUNS = 5;

	private static final int PAGE = 50;

	/** The issue's batch: about a thousand site reports. */
	private static final int BATCH_SITES = 1000;

	private NationalQueriesBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path copy = NationalDataGenerator.copyOfDataSet();
		Set<String> parts = Set.of(System.getProperty("benchmark.parts", "lists,dashboard,reports").split(","));
		try (ConfigurableApplicationContext vigie = NationalDataGenerator.start(copy)) {
			if (parts.contains("lists")) {
				lists(vigie);
			}
			if (parts.contains("dashboard")) {
				dashboard(vigie.getBean(ScoringManagement.class));
			}
			if (parts.contains("reports")) {
				reports(vigie, vigie.getBean(ReportManagement.class));
			}
		}
		finally {
			FileSystemUtils.deleteRecursively(copy);
		}
		System.exit(0);
	}

	/**
	 * What each long list shows first, as a quality manager on the whole network: the
	 * sites, the auditor pool, the review queue (waiting and latest validated tests), the
	 * plan of the campaign's last wave and the open findings and actions.
	 */
	private static void lists(ConfigurableApplicationContext vigie) {
		OrganisationManagement organisation = vigie.getBean(OrganisationManagement.class);
		AuditorManagement auditors = vigie.getBean(AuditorManagement.class);
		AuditManagement audits = vigie.getBean(AuditManagement.class);
		CampaignManagement campaigns = vigie.getBean(CampaignManagement.class);
		ScoringManagement scoring = vigie.getBean(ScoringManagement.class);
		list("Site list", () -> organisation.searchSites(SiteFilter.all(), 0, PAGE, Sort.unsorted()).size(),
				() -> organisation.countSites(SiteFilter.all()));
		list("Auditor list", () -> auditors.search(null, null, false, 0, PAGE, Sort.unsorted()).size(),
				() -> auditors.count(null, null, false));
		list("Review queue, waiting", () -> audits.reviewQueue(0, PAGE).size(), audits::reviewQueueSize);
		list("Review queue, validated", () -> audits.validated(0, PAGE).size(), audits::validatedCount);
		Campaign campaign = asQuality(campaigns::campaigns).stream()
			.max(Comparator.comparingInt((candidate) -> candidate.waves().size()))
			.orElseThrow();
		int wave = campaign.waves().size();
		list("Campaign plan table, one wave",
				() -> campaigns.slots(campaign.id(), wave, 0, PAGE, Sort.unsorted()).size(),
				() -> campaigns.slotCount(campaign.id(), wave));
		list("Open findings", () -> scoring.unassignedFindings(FindingFilter.ALL, 0, PAGE, Sort.unsorted()).size(),
				() -> scoring.unassignedFindingCount(FindingFilter.ALL));
		list("Corrective actions", () -> scoring.actions(0, PAGE).size(), scoring::actionCount);
	}

	/**
	 * Times what a grid asks to show its first rows: the first page ({@value #PAGE} rows,
	 * the grids' page size) and the count of the list; the target is on both together.
	 */
	private static void list(String what, Supplier<Integer> firstPage, Supplier<Long> count) {
		double page = median(firstPage::get);
		double counting = median(count::get);
		BenchmarkSuite.result(what + ": first page and count (" + asQuality(count) + " rows)",
				ms(page + counting) + " (page " + ms(page) + ", count " + ms(counting) + ")", "< 300 ms",
				page + counting < 300);
	}

	private static void dashboard(ScoringManagement scoring) {
		ScoreQuery year = new ScoreQuery(NationalDataGenerator.GRID, LocalDate.of(2025, 1, 1),
				LocalDate.of(2025, 12, 31));
		ScoreQuery quarter = new ScoreQuery(NationalDataGenerator.GRID, LocalDate.of(2025, 10, 1),
				LocalDate.of(2025, 12, 31));
		double dashboardYear = median(() -> scoring.dashboard(year, 8));
		BenchmarkSuite.result("Whole dashboard, whole network, year 2025", ms(dashboardYear), "< 1 s",
				dashboardYear < 1000);
		double dashboardQuarter = median(() -> scoring.dashboard(quarter, 8));
		BenchmarkSuite.result("Whole dashboard, whole network, Q4 2025", ms(dashboardQuarter), "< 1 s",
				dashboardQuarter < 1000);
		double league = median(() -> scoring.siteResults(year, null));
		BenchmarkSuite.result("League table, whole network, year 2025", ms(league), "< 1 s", league < 1000);
	}

	private static void reports(ConfigurableApplicationContext vigie, ReportManagement reports)
			throws InterruptedException {
		ReportPeriod period = ReportPeriod.quarter(2025, 4);
		List<String> sites = asQuality(() -> reports.reportableSites()).stream()
			.map(SiteHeader::id)
			.filter((id) -> id.startsWith("NAT-"))
			.limit(21)
			.toList();
		long start = System.nanoTime();
		asQuality(() -> reports.issue(ReportRequest.site(sites.get(0), period, NationalDataGenerator.GRID)));
		double cold = (System.nanoTime() - start) / 1e6;
		List<Double> warm = new ArrayList<>();
		for (String site : sites.subList(1, sites.size())) {
			long one = System.nanoTime();
			asQuality(() -> reports.issue(ReportRequest.site(site, period.previous(), NationalDataGenerator.GRID)));
			warm.add((System.nanoTime() - one) / 1e6);
		}
		Collections.sort(warm);
		BenchmarkSuite.result("One site report (PDF/A, 2 years of history)",
				"cold " + ms(cold) + ", warm median " + ms(warm.get(warm.size() / 2)), "< 2 s",
				warm.get(warm.size() / 2) < 2000);

		String director = regionalDirector(vigie, BATCH_SITES);
		int scope = SecurityContexts.as(director, () -> reports.reportableSites(), Role.DIRECTOR).size();
		start = System.nanoTime();
		ReportBatch batch = SecurityContexts.as(director, () -> reports.startBatch(period, NationalDataGenerator.GRID),
				Role.DIRECTOR);
		ReportBatch state = batch;
		while (!state.finished()) {
			Thread.sleep(500);
			state = SecurityContexts.as(director, () -> reports.batch(batch.id()), Role.DIRECTOR);
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		double perThousand = seconds * 1000 / Math.max(1, state.total());
		BenchmarkSuite.result("Batch of a regional director's site reports (" + scope + " sites)",
				String.format("%d reports (%d failures) in %.0f s = %.0f s per 1,000", state.done(),
						state.failures().size(), seconds, perThousand),
				"1,000 reports < 10 min", perThousand < 600 && state.failures().isEmpty());
	}

	/**
	 * A director of whole regional directions holding about {@code sites} sites (the
	 * smallest directions first), created once in the data set.
	 */
	private static String regionalDirector(ConfigurableApplicationContext vigie, int sites) {
		String username = "directeur.regional";
		OrganisationManagement organisation = vigie.getBean(OrganisationManagement.class);
		UserManagement users = vigie.getBean(UserManagement.class);
		SecurityContexts.as("admin", () -> {
			if (users.findByUsername(username).isEmpty()) {
				users.create(new NewUser(username, "Direction régionale (banc d'essai)", null, Set.of(Role.DIRECTOR),
						"banc d'essai national 2026"));
			}
			Map<String, Long> perDirection = organisation.siteHeaders()
				.stream()
				.filter((site) -> site.id().startsWith("NAT-") && site.directionId() != null)
				.collect(Collectors.groupingBy(SiteHeader::directionId, Collectors.counting()));
			Set<String> directions = new HashSet<>();
			long covered = 0;
			for (Map.Entry<String, Long> direction : perDirection.entrySet()
				.stream()
				.sorted(Map.Entry.comparingByValue())
				.toList()) {
				if (covered >= sites) {
					break;
				}
				directions.add(direction.getKey());
				covered += direction.getValue();
			}
			return organisation.changeScope(username, Set.of(), directions, Set.of(),
					organisation.scopeOf(username).version());
		}, Role.ADMIN);
		return username;
	}

	private static double median(Supplier<Object> query) {
		List<Double> times = new ArrayList<>();
		for (int run = 0; run <= RUNS; run++) {
			long start = System.nanoTime();
			asQuality(query);
			if (run > 0) {
				times.add((System.nanoTime() - start) / 1e6);
			}
		}
		Collections.sort(times);
		return times.get(times.size() / 2);
	}

	private static String ms(double millis) {
		return (millis < 1000) ? String.format("%.0f ms", millis) : String.format("%.2f s", millis / 1000);
	}

	private static <T> T asQuality(Supplier<T> call) {
		return SecurityContexts.as("qualite", call, Role.QUALITY_MANAGER);
	}

}
