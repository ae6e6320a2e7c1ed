package fr.vigie.organisation.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import fr.vigie.organisation.Auditor;
import fr.vigie.organisation.AuditorId;
import fr.vigie.organisation.AuditorProfile;
import fr.vigie.organisation.Exclusion;
import fr.vigie.organisation.ExclusionReason;
import fr.vigie.organisation.GeoPoint;
import fr.vigie.organisation.ImportAction;
import fr.vigie.organisation.ImportNotice;
import fr.vigie.organisation.ImportPreview;
import fr.vigie.organisation.ImportProblem;
import fr.vigie.organisation.ImportRow;
import fr.vigie.organisation.PeriodOff;
import fr.vigie.organisation.SiteId;
import fr.vigie.organisation.WeeklyHours;
import fr.vigie.shared.Channel;
import fr.vigie.shared.UserFacingException;
import fr.vigie.shared.csv.CsvReader;
import fr.vigie.shared.csv.CsvRecord;
import fr.vigie.shared.csv.CsvTable;
import fr.vigie.shared.csv.CsvWriter;

/**
 * The CSV format of auditors (documented in docs/csv-formats.md), keyed by the auditor's
 * code. As for sites, a column left out keeps what is stored and an empty cell clears it.
 */
public final class AuditorCsv {

	static final String CODE = "code";

	static final String NAME = "nom";

	static final String USERNAME = "identifiant";

	static final String TOWN = "commune";

	static final String LATITUDE = "latitude";

	static final String LONGITUDE = "longitude";

	static final String CHANNELS = "canaux";

	static final String DAYS = "jours";

	static final String MAX_TESTS = "max_tests_semaine";

	static final String PERIODS_OFF = "indisponibilites";

	static final String EXCLUSIONS = "exclusions";

	static final String ACTIVE = "actif";

	static final List<String> COLUMNS = List.of(CODE, NAME, USERNAME, TOWN, LATITUDE, LONGITUDE, CHANNELS, DAYS,
			MAX_TESTS, PERIODS_OFF, EXCLUSIONS, ACTIVE);

	static final int DEFAULT_MAX_TESTS = 5;

	private static final String[] DAY_CODES = { "lu", "ma", "me", "je", "ve", "sa", "di" };

	private AuditorCsv() {
	}

	public static byte[] export(List<Auditor> auditors) {
		CsvWriter writer = new CsvWriter().row(COLUMNS);
		for (Auditor auditor : auditors) {
			GeoPoint home = auditor.homePosition();
			writer.row(List.of(auditor.code(), auditor.displayName(), auditor.username().orElse(""), auditor.homeTown(),
					(home != null) ? CsvValues.coordinate(home.latitude()) : "",
					(home != null) ? CsvValues.coordinate(home.longitude()) : "",
					CsvValues.joinChannels(auditor.channels()),
					auditor.availableDays()
						.stream()
						.sorted()
						.map((day) -> DAY_CODES[day.getValue() - 1])
						.collect(Collectors.joining("|")),
					String.valueOf(auditor.maxTestsPerWeek()),
					auditor.periodsOff()
						.stream()
						.map((period) -> period.from() + "/" + period.to()
								+ ((period.reason() != null) ? " " + period.reason() : ""))
						.collect(Collectors.joining("|")),
					auditor.exclusions()
						.stream()
						.map((exclusion) -> exclusion.site().value() + ":" + exclusion.reason().code()
								+ ((exclusion.until() != null) ? ":" + exclusion.until() : ""))
						.collect(Collectors.joining("|")),
					auditor.active() ? "oui" : "non"));
		}
		return writer.toBytes();
	}

	/**
	 * Reads a file and works out, line by line, what importing it would do. Writes
	 * nothing.
	 * @param existingById the auditors already stored, by code
	 * @param knownSites sites an exclusion may name
	 * @param accountExists whether a username is a Vigie account
	 */
	public static Plan plan(byte[] content, Map<String, Auditor> existingById, Set<SiteId> knownSites,
			Predicate<String> accountExists) {
		CsvTable table;
		try {
			table = CsvReader.read(content);
		}
		catch (UserFacingException ex) {
			return new Plan(new ImportPreview(List.of(ImportProblem.of(0, "", ex)), List.of(), List.of()), Map.of());
		}
		CsvColumns columns = new CsvColumns(table.header(), COLUMNS, Set.of(CODE, NAME, TOWN, CHANNELS));
		List<ImportNotice> notices = new ArrayList<>();
		if (!"UTF-8".equals(table.encoding())) {
			notices.add(ImportNotice.of("import.notice.encoding", table.encoding()));
		}
		if (!columns.problems().isEmpty()) {
			return new Plan(new ImportPreview(columns.problems(), List.of(), notices), Map.of());
		}
		Planner planner = new Planner(columns, existingById, knownSites, accountExists);
		List<ImportRow> rows = table.records().stream().map(planner::row).toList();
		return new Plan(new ImportPreview(List.of(), rows, notices), planner.auditorsByLine);
	}

	/** The preview, and the auditor of each valid line that creates or updates one. */
	public record Plan(ImportPreview preview, Map<Integer, Auditor> auditorsByLine) {

	}

	private static final class Planner {

		private final CsvColumns columns;

		private final Map<String, Auditor> existingById;

		private final Set<SiteId> knownSites;

		private final Predicate<String> accountExists;

		private final Map<String, Integer> firstLineByCode = new HashMap<>();

		private final Map<String, String> codeByUsername = new HashMap<>();

		private final Map<Integer, Auditor> auditorsByLine = new LinkedHashMap<>();

		Planner(CsvColumns columns, Map<String, Auditor> existingById, Set<SiteId> knownSites,
				Predicate<String> accountExists) {
			this.columns = columns;
			this.existingById = existingById;
			this.knownSites = knownSites;
			this.accountExists = accountExists;
			existingById.values()
				.forEach((auditor) -> auditor.username()
					.ifPresent((username) -> this.codeByUsername.put(username, auditor.code())));
		}

		ImportRow row(CsvRecord record) {
			int line = record.line();
			List<ImportProblem> problems = new ArrayList<>();
			String rawCode = value(record, CODE);
			AuditorId id = code(rawCode, line, problems);
			Auditor existing = (id != null) ? this.existingById.get(id.value()) : null;
			AuditorProfile profile = profile(record, id, existing, problems);
			List<PeriodOff> periods = this.columns.has(PERIODS_OFF) ? periodsOff(record, problems)
					: (existing != null) ? existing.periodsOff() : List.of();
			List<Exclusion> exclusions = this.columns.has(EXCLUSIONS) ? exclusions(record, problems)
					: (existing != null) ? existing.exclusions() : List.of();
			if (!problems.isEmpty()) {
				return new ImportRow(line, rawCode, value(record, NAME), ImportAction.INVALID, problems);
			}
			Auditor auditor = (existing != null) ? existing.copy() : Auditor.create(id, profile);
			auditor.update(profile);
			auditor.replacePeriodsOff(periods);
			auditor.replaceExclusions(exclusions);
			ImportAction action = (existing == null) ? ImportAction.CREATE
					: auditor.sameContentAs(existing) ? ImportAction.UNCHANGED : ImportAction.UPDATE;
			if (action != ImportAction.UNCHANGED) {
				this.auditorsByLine.put(line, auditor);
			}
			return new ImportRow(line, id.value(), auditor.displayName(), action, List.of());
		}

		private AuditorId code(String rawCode, int line, List<ImportProblem> problems) {
			if (rawCode.isEmpty()) {
				problems.add(ImportProblem.of(line, CODE, "import.value.required"));
				return null;
			}
			try {
				AuditorId id = new AuditorId(rawCode);
				Integer firstLine = this.firstLineByCode.putIfAbsent(id.value(), line);
				if (firstLine != null) {
					problems.add(ImportProblem.of(line, CODE, "import.duplicateKey", id.value(), firstLine));
				}
				return id;
			}
			catch (UserFacingException ex) {
				problems.add(ImportProblem.of(line, CODE, ex));
				return null;
			}
		}

		private AuditorProfile profile(CsvRecord record, AuditorId id, Auditor existing, List<ImportProblem> problems) {
			int line = record.line();
			AuditorProfile current = (existing != null) ? existing.profile() : null;
			String name = required(record, NAME, problems);
			String town = required(record, TOWN, problems);
			String username = this.columns.has(USERNAME) ? value(record, USERNAME).toLowerCase(Locale.ROOT)
					: (current != null && current.username() != null) ? current.username() : "";
			if (!username.isEmpty()) {
				if (!this.accountExists.test(username)) {
					problems.add(ImportProblem.of(line, USERNAME, "import.username.unknown", username));
				}
				else {
					String owner = this.codeByUsername.putIfAbsent(username, (id != null) ? id.value() : "");
					if (owner != null && id != null && !owner.equals(id.value())) {
						problems.add(ImportProblem.of(line, USERNAME, "auditor.username.taken", username, owner));
					}
				}
			}
			GeoPoint home = (current != null) ? current.homePosition() : null;
			if (this.columns.has(LATITUDE) || this.columns.has(LONGITUDE)) {
				try {
					home = CsvValues.position(value(record, LATITUDE), value(record, LONGITUDE));
				}
				catch (UserFacingException ex) {
					problems.add(ImportProblem.of(line, value(record, LATITUDE).isEmpty() ? LATITUDE : LONGITUDE, ex));
				}
			}
			Set<Channel> channels = Set.of();
			try {
				channels = CsvValues.channels(value(record, CHANNELS));
				if (channels.isEmpty()) {
					problems.add(ImportProblem.of(line, CHANNELS, "auditor.channels.required"));
				}
			}
			catch (UserFacingException ex) {
				problems.add(ImportProblem.of(line, CHANNELS, ex));
			}
			Set<DayOfWeek> days = (current != null) ? current.availableDays()
					: EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
			if (this.columns.has(DAYS) && !value(record, DAYS).isEmpty()) {
				try {
					days = EnumSet.copyOf(WeeklyHours.parseDays(value(record, DAYS).replace('|', ',')));
				}
				catch (UserFacingException ex) {
					problems.add(ImportProblem.of(line, DAYS, ex));
				}
			}
			int maxTests = (current != null) ? current.maxTestsPerWeek() : DEFAULT_MAX_TESTS;
			if (this.columns.has(MAX_TESTS) && !value(record, MAX_TESTS).isEmpty()) {
				try {
					maxTests = Integer.parseInt(value(record, MAX_TESTS));
				}
				catch (NumberFormatException ex) {
					problems.add(ImportProblem.of(line, MAX_TESTS, "import.number.invalid", value(record, MAX_TESTS)));
				}
			}
			boolean active = (current == null) || current.active();
			if (this.columns.has(ACTIVE) && !value(record, ACTIVE).isEmpty()) {
				try {
					active = CsvValues.yesNo(value(record, ACTIVE));
				}
				catch (UserFacingException ex) {
					problems.add(ImportProblem.of(line, ACTIVE, ex));
				}
			}
			if (!problems.isEmpty()) {
				return null;
			}
			try {
				return new AuditorProfile(name, username, town, home, channels, days, maxTests, active);
			}
			catch (UserFacingException ex) {
				String column = ex.messageKey().startsWith("auditor.maxTests") ? MAX_TESTS : NAME;
				problems.add(ImportProblem.of(line, column, ex));
				return null;
			}
		}

		/** {@code 2026-07-01/2026-07-31 congés|2026-12-24/2026-12-31}. */
		private List<PeriodOff> periodsOff(CsvRecord record, List<ImportProblem> problems) {
			List<PeriodOff> periods = new ArrayList<>();
			for (String item : pipeItems(value(record, PERIODS_OFF))) {
				String[] parts = item.split("\\s+", 2);
				String[] bounds = parts[0].split("/");
				try {
					if (bounds.length != 2) {
						throw new UserFacingException("import.period.syntax", item);
					}
					periods.add(new PeriodOff(parseDate(bounds[0]), parseDate(bounds[1]),
							(parts.length > 1) ? parts[1] : null));
				}
				catch (UserFacingException ex) {
					problems.add(ImportProblem.of(record.line(), PERIODS_OFF, ex));
				}
			}
			return periods;
		}

		/** {@code VAL-HDV:habite|VAL-CCAS:teste_recemment:2026-12-31}. */
		private List<Exclusion> exclusions(CsvRecord record, List<ImportProblem> problems) {
			List<Exclusion> exclusions = new ArrayList<>();
			for (String item : pipeItems(value(record, EXCLUSIONS))) {
				String[] parts = item.split(":");
				try {
					if (parts.length < 2 || parts.length > 3) {
						throw new UserFacingException("import.exclusion.syntax", item);
					}
					SiteId site = new SiteId(parts[0]);
					if (!this.knownSites.contains(site)) {
						throw new UserFacingException("import.exclusion.unknownSite", site.value());
					}
					String reasonCode = parts[1].strip().toLowerCase(Locale.ROOT);
					ExclusionReason reason = ExclusionReason.fromCode(reasonCode)
						.orElseThrow(() -> new UserFacingException("import.exclusion.unknownReason", reasonCode,
								java.util.Arrays.stream(ExclusionReason.values())
									.map(ExclusionReason::code)
									.collect(Collectors.joining(", "))));
					LocalDate until = (parts.length == 3) ? parseDate(parts[2]) : null;
					exclusions.add(new Exclusion(site, reason, until));
				}
				catch (UserFacingException ex) {
					problems.add(ImportProblem.of(record.line(), EXCLUSIONS, ex));
				}
			}
			return exclusions;
		}

		private static LocalDate parseDate(String text) {
			return CsvValues.date(text.strip());
		}

		private static List<String> pipeItems(String value) {
			return java.util.Arrays.stream(value.split("\\|")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
		}

		private String required(CsvRecord record, String column, List<ImportProblem> problems) {
			String value = value(record, column);
			if (value.isEmpty()) {
				problems.add(ImportProblem.of(record.line(), column, "import.value.required"));
			}
			return value;
		}

		private String value(CsvRecord record, String column) {
			return this.columns.value(record, column);
		}

	}

}
