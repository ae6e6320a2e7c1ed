package fr.vigie.organisation.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import fr.vigie.organisation.Address;
import fr.vigie.organisation.ChannelOffer;
import fr.vigie.organisation.ContactPoint;
import fr.vigie.organisation.Direction;
import fr.vigie.organisation.GeoPoint;
import fr.vigie.organisation.ImportAction;
import fr.vigie.organisation.ImportNotice;
import fr.vigie.organisation.ImportPreview;
import fr.vigie.organisation.ImportProblem;
import fr.vigie.organisation.ImportRow;
import fr.vigie.organisation.Organisation;
import fr.vigie.organisation.Site;
import fr.vigie.organisation.SiteDetails;
import fr.vigie.organisation.SiteId;
import fr.vigie.organisation.SiteKind;
import fr.vigie.organisation.WeeklyHours;
import fr.vigie.shared.Channel;
import fr.vigie.shared.UserFacingException;
import fr.vigie.shared.calendar.HolidayCalendar;
import fr.vigie.shared.csv.CsvReader;
import fr.vigie.shared.csv.CsvRecord;
import fr.vigie.shared.csv.CsvTable;
import fr.vigie.shared.csv.CsvWriter;

/**
 * The CSV format of sites (documented in docs/csv-formats.md). A line describes a site
 * completely for the columns the file has: a column left out of the file keeps what is
 * stored, an empty cell clears it. The external id is the key, so importing the same file
 * twice updates instead of duplicating.
 */
public final class SiteCsv {

	static final String ID = "id_externe";

	static final String NAME = "nom";

	static final String KIND = "type";

	static final String DIRECTION = "direction";

	static final String STREET = "adresse";

	static final String POSTAL_CODE = "code_postal";

	static final String CITY = "commune";

	static final String LATITUDE = "latitude";

	static final String LONGITUDE = "longitude";

	static final String CALENDAR = "calendrier";

	static final String CHANNELS = "canaux";

	static final List<String> COLUMNS = columns();

	private SiteCsv() {
	}

	private static List<String> columns() {
		List<String> columns = CsvValues.asList(ID, NAME, KIND, DIRECTION, STREET, POSTAL_CODE, CITY, LATITUDE,
				LONGITUDE, CALENDAR, CHANNELS);
		Arrays.stream(Channel.values()).forEach((channel) -> columns.add(contactColumn(channel)));
		Arrays.stream(Channel.values()).forEach((channel) -> columns.add(hoursColumn(channel)));
		return List.copyOf(columns);
	}

	static String contactColumn(Channel channel) {
		return "contact_" + channel.code();
	}

	static String hoursColumn(Channel channel) {
		return "horaires_" + channel.code();
	}

	public static byte[] export(List<Site> sites, Map<String, Direction> directions) {
		CsvWriter writer = new CsvWriter().row(COLUMNS);
		for (Site site : sites) {
			List<String> row = new ArrayList<>();
			Direction direction = (site.directionId() != null) ? directions.get(site.directionId()) : null;
			GeoPoint position = site.position();
			row.addAll(List.of(site.externalId(), site.name(), site.kind().code(),
					(direction != null) ? direction.name() : "", nullToEmpty(site.address().street()),
					nullToEmpty(site.address().postalCode()), site.address().city(),
					(position != null) ? CsvValues.coordinate(position.latitude()) : "",
					(position != null) ? CsvValues.coordinate(position.longitude()) : "", site.holidays().code(),
					CsvValues.joinChannels(site.channels().stream().map(ChannelOffer::channel).toList())));
			for (Channel channel : Channel.values()) {
				row.add(site.channel(channel).map(ChannelOffer::contact).map(ContactPoint::value).orElse(""));
			}
			for (Channel channel : Channel.values()) {
				row.add(site.channel(channel).map((offer) -> offer.hours().format()).orElse(""));
			}
			writer.row(row);
		}
		return writer.toBytes();
	}

	/**
	 * Reads a file and works out, line by line, what importing it into
	 * {@code organisation} would do. Writes nothing.
	 */
	public static Plan plan(byte[] content, Organisation organisation, List<Direction> directions,
			Map<String, Site> existingById) {
		CsvTable table;
		try {
			table = CsvReader.read(content);
		}
		catch (UserFacingException ex) {
			return Plan.unreadable(ImportProblem.of(0, "", ex));
		}
		CsvColumns columns = new CsvColumns(table.header(), COLUMNS, Set.of(ID, NAME, KIND, CITY));
		List<ImportNotice> notices = new ArrayList<>();
		if (!"UTF-8".equals(table.encoding())) {
			notices.add(ImportNotice.of("import.notice.encoding", table.encoding()));
		}
		if (!columns.problems().isEmpty()) {
			return new Plan(new ImportPreview(columns.problems(), List.of(), notices), Map.of(), Map.of());
		}
		Planner planner = new Planner(columns, organisation, directions, existingById);
		List<ImportRow> rows = table.records().stream().map(planner::row).toList();
		planner.newDirections.values()
			.forEach((direction) -> notices.add(ImportNotice.of("import.notice.newDirection", direction.name())));
		return new Plan(new ImportPreview(List.of(), rows, notices), planner.sitesByLine, planner.newDirections);
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

	/**
	 * The preview, and what to write on confirmation: the site of each valid line that
	 * creates or updates one, and the directions to create first (by lower-case name).
	 */
	public record Plan(ImportPreview preview, Map<Integer, Site> sitesByLine, Map<String, Direction> newDirections) {

		static Plan unreadable(ImportProblem problem) {
			return new Plan(new ImportPreview(List.of(problem), List.of(), List.of()), Map.of(), Map.of());
		}

	}

	private static final class Planner {

		private final CsvColumns columns;

		private final Organisation organisation;

		private final Map<String, Direction> directionsByName = new HashMap<>();

		private final Set<String> directionIds;

		private final Map<String, Site> existingById;

		private final Map<String, Integer> firstLineById = new HashMap<>();

		private final Map<Integer, Site> sitesByLine = new LinkedHashMap<>();

		private final Map<String, Direction> newDirections = new LinkedHashMap<>();

		Planner(CsvColumns columns, Organisation organisation, List<Direction> directions,
				Map<String, Site> existingById) {
			this.columns = columns;
			this.organisation = organisation;
			directions.forEach((direction) -> this.directionsByName.put(normalize(direction.name()), direction));
			this.directionIds = directions.stream().map(Direction::id).collect(Collectors.toSet());
			this.existingById = existingById;
		}

		ImportRow row(CsvRecord record) {
			int line = record.line();
			List<ImportProblem> problems = new ArrayList<>();
			String rawId = value(record, ID);
			String name = value(record, NAME);
			SiteId id = siteId(rawId, line, problems);
			Site existing = (id != null) ? this.existingById.get(id.value()) : null;
			if (existing != null && !existing.organisationId().equals(this.organisation.id())) {
				problems.add(ImportProblem.of(line, ID, "import.site.otherOrganisation", id.value()));
			}
			SiteDetails details = details(record, existing, problems);
			Map<Channel, ChannelOffer> offers = offers(record, existing, problems);
			if (!problems.isEmpty()) {
				return new ImportRow(line, rawId, name, ImportAction.INVALID, problems);
			}
			Site site = (existing != null) ? existing.copy() : Site.create(id, this.organisation.id(), details);
			site.update(details);
			for (ChannelOffer offer : site.channels()) {
				if (!offers.containsKey(offer.channel())) {
					site.withdraw(offer.channel());
				}
			}
			for (ChannelOffer offer : offers.values()) {
				site.offer(offer.channel(), offer.contact());
				site.setHours(offer.channel(), offer.hours());
			}
			ImportAction action = (existing == null) ? ImportAction.CREATE
					: site.sameContentAs(existing) ? ImportAction.UNCHANGED : ImportAction.UPDATE;
			if (action != ImportAction.UNCHANGED) {
				this.sitesByLine.put(line, site);
			}
			return new ImportRow(line, id.value(), site.name(), action, List.of());
		}

		private SiteId siteId(String rawId, int line, List<ImportProblem> problems) {
			if (rawId.isEmpty()) {
				problems.add(ImportProblem.of(line, ID, "import.value.required"));
				return null;
			}
			try {
				SiteId id = new SiteId(rawId);
				Integer firstLine = this.firstLineById.putIfAbsent(id.value().toLowerCase(Locale.ROOT), line);
				if (firstLine != null) {
					problems.add(ImportProblem.of(line, ID, "import.duplicateKey", id.value(), firstLine));
				}
				return id;
			}
			catch (UserFacingException ex) {
				problems.add(ImportProblem.of(line, ID, ex));
				return null;
			}
		}

		private SiteDetails details(CsvRecord record, Site existing, List<ImportProblem> problems) {
			int line = record.line();
			SiteDetails current = (existing != null) ? existing.details() : null;
			String name = value(record, NAME);
			if (name.isEmpty()) {
				problems.add(ImportProblem.of(line, NAME, "import.value.required"));
			}
			SiteKind kind = null;
			String kindText = value(record, KIND);
			if (kindText.isEmpty()) {
				problems.add(ImportProblem.of(line, KIND, "import.value.required"));
			}
			else {
				kind = SiteKind.fromCode(kindText).orElse(null);
				if (kind == null) {
					problems.add(ImportProblem.of(line, KIND, "import.kind.unknown", kindText,
							Arrays.stream(SiteKind.values()).map(SiteKind::code).collect(Collectors.joining(", "))));
				}
			}
			String directionId = this.columns.has(DIRECTION) ? direction(value(record, DIRECTION))
					: (current != null) ? current.directionId() : null;
			Address address = address(record, current, problems);
			GeoPoint position = (current != null) ? current.position() : null;
			if (this.columns.has(LATITUDE) || this.columns.has(LONGITUDE)) {
				try {
					position = CsvValues.position(value(record, LATITUDE), value(record, LONGITUDE));
				}
				catch (UserFacingException ex) {
					problems.add(ImportProblem.of(line, value(record, LATITUDE).isEmpty() ? LATITUDE : LONGITUDE, ex));
				}
			}
			HolidayCalendar calendar = (current != null) ? current.holidays() : HolidayCalendar.FRANCE;
			String calendarText = value(record, CALENDAR).toLowerCase(Locale.ROOT);
			if (this.columns.has(CALENDAR)) {
				calendar = calendarText.isEmpty() ? HolidayCalendar.FRANCE
						: HolidayCalendar.fromCode(calendarText).orElse(null);
				if (calendar == null) {
					problems.add(ImportProblem.of(line, CALENDAR, "import.calendar.unknown", calendarText));
				}
			}
			if (!problems.isEmpty()) {
				return null;
			}
			try {
				return new SiteDetails(name, kind, directionId, address, position, calendar);
			}
			catch (UserFacingException ex) {
				problems.add(ImportProblem.of(line, NAME, ex));
				return null;
			}
		}

		private Address address(CsvRecord record, SiteDetails current, List<ImportProblem> problems) {
			int line = record.line();
			Address stored = (current != null) ? current.address() : null;
			String city = value(record, CITY);
			if (city.isEmpty()) {
				problems.add(ImportProblem.of(line, CITY, "import.value.required"));
				return null;
			}
			String street = this.columns.has(STREET) ? value(record, STREET)
					: (stored != null) ? stored.street() : null;
			String postalCode = this.columns.has(POSTAL_CODE) ? value(record, POSTAL_CODE)
					: (stored != null) ? stored.postalCode() : null;
			try {
				return new Address(street, postalCode, city);
			}
			catch (UserFacingException ex) {
				problems.add(ImportProblem.of(line, POSTAL_CODE, ex));
				return null;
			}
		}

		private String direction(String text) {
			if (text.isEmpty()) {
				return null;
			}
			if (this.directionIds.contains(text)) {
				return text;
			}
			String key = normalize(text);
			Direction known = this.directionsByName.get(key);
			if (known != null) {
				return known.id();
			}
			return this.newDirections.computeIfAbsent(key, (name) -> newDirection(text)).id();
		}

		private Direction newDirection(String name) {
			String base = "dir-" + Normalizer.normalize(name, Normalizer.Form.NFD)
				.replaceAll("\\p{M}", "")
				.toLowerCase(Locale.ROOT)
				.replaceAll("[^a-z0-9]+", "-")
				.replaceAll("(^-|-$)", "");
			String id = base;
			int suffix = 2;
			while (this.directionIds.contains(id) || containsId(id)) {
				id = base + "-" + suffix++;
			}
			return new Direction(id, this.organisation.id(), name.strip());
		}

		private boolean containsId(String id) {
			return this.newDirections.values().stream().anyMatch((direction) -> direction.id().equals(id));
		}

		/**
		 * The channels the line offers, with contact and hours: those of "canaux" when
		 * the column is there, else the stored ones plus any channel given a contact or
		 * hours.
		 */
		private Map<Channel, ChannelOffer> offers(CsvRecord record, Site existing, List<ImportProblem> problems) {
			int line = record.line();
			Map<Channel, ChannelOffer> stored = new LinkedHashMap<>();
			if (existing != null) {
				existing.channels().forEach((offer) -> stored.put(offer.channel(), offer));
			}
			Set<Channel> listed = null;
			if (this.columns.has(CHANNELS)) {
				listed = new java.util.LinkedHashSet<>();
				for (String item : CsvValues.items(value(record, CHANNELS))) {
					try {
						listed.addAll(CsvValues.channels(item));
					}
					catch (UserFacingException ex) {
						problems.add(ImportProblem.of(line, CHANNELS, ex));
					}
				}
			}
			Map<Channel, ChannelOffer> offers = new LinkedHashMap<>();
			for (Channel channel : Channel.values()) {
				String contactText = value(record, contactColumn(channel));
				String hoursText = value(record, hoursColumn(channel));
				boolean offered = (listed != null) ? listed.contains(channel)
						: stored.containsKey(channel) || !contactText.isEmpty() || !hoursText.isEmpty();
				if (!offered) {
					if (!contactText.isEmpty() || !hoursText.isEmpty()) {
						String column = !contactText.isEmpty() ? contactColumn(channel) : hoursColumn(channel);
						problems.add(ImportProblem.of(line, column, "import.channel.notListed",
								UserFacingException.label(channel.messageKey()), channel.code()));
					}
					continue;
				}
				ChannelOffer current = stored.get(channel);
				ContactPoint contact = (current != null) ? current.contact() : null;
				if (this.columns.has(contactColumn(channel))) {
					contact = contact(channel, contactText, line, problems);
				}
				WeeklyHours hours = (current != null) ? current.hours() : WeeklyHours.empty();
				if (this.columns.has(hoursColumn(channel))) {
					try {
						hours = WeeklyHours.parse(hoursText);
					}
					catch (UserFacingException ex) {
						problems.add(ImportProblem.of(line, hoursColumn(channel), ex));
					}
				}
				offers.put(channel, new ChannelOffer(channel, contact, hours));
			}
			return offers;
		}

		private static ContactPoint contact(Channel channel, String text, int line, List<ImportProblem> problems) {
			if (text.isEmpty()) {
				return null;
			}
			try {
				return ContactPoint.parse(channel, text);
			}
			catch (UserFacingException ex) {
				problems.add(ImportProblem.of(line, contactColumn(channel), ex));
				return null;
			}
		}

		private String value(CsvRecord record, String column) {
			return this.columns.value(record, column);
		}

		private static String normalize(String name) {
			return Normalizer.normalize(name.strip(), Normalizer.Form.NFD)
				.replaceAll("\\p{M}", "")
				.toLowerCase(Locale.ROOT)
				.replaceAll("\\s+", " ");
		}

	}

}
