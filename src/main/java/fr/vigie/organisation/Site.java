package fr.vigie.organisation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import fr.vigie.shared.Channel;
import fr.vigie.shared.UserFacingException;
import fr.vigie.shared.calendar.FrenchHolidays;
import fr.vigie.shared.calendar.HolidayCalendar;
import fr.vigie.shared.calendar.PublicHoliday;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A place users reach: a town hall, an annex, a France Services… The external id is the
 * stable key shared with the authority's own registry (and CSV imports).
 * <p>
 * A site is one document: its channels with their contact points and hours, its closures
 * and exceptional hours are embedded values, so every change is a single atomic write
 * guarded by the version.
 */
@Document("sites")
public class Site {

	@Id
	private final String id;

	@Indexed(unique = true)
	private final String externalId;

	@Indexed
	private final String organisationId;

	private String directionId;

	private String name;

	private SiteKind kind;

	private Address address;

	private GeoPoint position;

	private HolidayCalendar holidays;

	private List<ChannelOffer> channels;

	private List<Closure> closures;

	private List<ExceptionalHours> exceptionalHours;

	@Version
	private Long version;

	@PersistenceCreator
	Site(String id, String externalId, String organisationId, String directionId, String name, SiteKind kind,
			Address address, GeoPoint position, HolidayCalendar holidays, List<ChannelOffer> channels,
			List<Closure> closures, List<ExceptionalHours> exceptionalHours, Long version) {
		this.id = id;
		this.externalId = externalId;
		this.organisationId = organisationId;
		this.directionId = directionId;
		this.name = name;
		this.kind = kind;
		this.address = address;
		this.position = position;
		this.holidays = (holidays != null) ? holidays : HolidayCalendar.FRANCE;
		this.channels = new ArrayList<>((channels != null) ? channels : List.of());
		this.closures = new ArrayList<>((closures != null) ? closures : List.of());
		this.exceptionalHours = new ArrayList<>((exceptionalHours != null) ? exceptionalHours : List.of());
		this.version = version;
	}

	public static Site create(SiteId id, String organisationId, SiteDetails details) {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(organisationId, "organisationId");
		Site site = new Site(id.value(), id.value(), organisationId, null, null, null, null, null, null, null, null,
				null, null);
		site.update(details);
		return site;
	}

	/** A copy to change without touching this instance (previews, comparisons). */
	public Site copy() {
		return new Site(this.id, this.externalId, this.organisationId, this.directionId, this.name, this.kind,
				this.address, this.position, this.holidays, this.channels, this.closures, this.exceptionalHours,
				this.version);
	}

	public void update(SiteDetails details) {
		Objects.requireNonNull(details, "details");
		this.name = details.name();
		this.kind = details.kind();
		this.directionId = details.directionId();
		this.address = details.address();
		this.position = details.position();
		this.holidays = details.holidays();
	}

	/** Offers {@code channel} with {@code contact}, or changes its contact point. */
	public void offer(Channel channel, ContactPoint contact) {
		Optional<ChannelOffer> existing = channel(channel);
		ChannelOffer offer = existing.map((current) -> current.withContact(contact))
			.orElseGet(() -> new ChannelOffer(channel, contact, WeeklyHours.empty()));
		existing.ifPresent(this.channels::remove);
		this.channels.add(offer);
		this.channels.sort(Comparator.comparing(ChannelOffer::channel));
	}

	/** Stops offering {@code channel}; its hours and exceptional hours go with it. */
	public void withdraw(Channel channel) {
		this.channels.removeIf((offer) -> offer.channel() == channel);
		this.exceptionalHours.removeIf((hours) -> hours.channel() == channel);
	}

	public void setHours(Channel channel, WeeklyHours hours) {
		ChannelOffer offer = requireOffered(channel);
		this.channels.set(this.channels.indexOf(offer), offer.withHours(hours));
	}

	public void addClosure(Closure closure) {
		Objects.requireNonNull(closure, "closure");
		if (this.closures.contains(closure)) {
			throw new UserFacingException("closure.duplicate");
		}
		this.closures.add(closure);
		this.closures.sort(Comparator.comparing(Closure::from).thenComparing(Closure::to));
	}

	public void removeClosure(Closure closure) {
		this.closures.remove(closure);
	}

	/** Sets the hours of one date, replacing those already set for the same channel. */
	public void setExceptionalHours(ExceptionalHours hours) {
		Objects.requireNonNull(hours, "hours");
		if (hours.channel() != null) {
			requireOffered(hours.channel());
		}
		this.exceptionalHours.removeIf((existing) -> existing.sameSlot(hours.date(), hours.channel()));
		this.exceptionalHours.add(hours);
		this.exceptionalHours.sort(Comparator.comparing(ExceptionalHours::date)
			.thenComparing((entry) -> (entry.channel() != null) ? entry.channel().ordinal() : -1));
	}

	public void removeExceptionalHours(LocalDate date, Channel channel) {
		this.exceptionalHours.removeIf((existing) -> existing.sameSlot(date, channel));
	}

	private ChannelOffer requireOffered(Channel channel) {
		return channel(channel).orElseThrow(() -> new UserFacingException("site.channelNotOffered",
				UserFacingException.label(channel.messageKey())));
	}

	/**
	 * Whether users are served on {@code channel} at {@code at} (Paris time). A closure
	 * wins over everything; exceptional hours set for the date win over a public holiday
	 * and the usual hours; then holidays of the site's calendar; then the usual hours.
	 */
	public OpeningStatus openingStatus(Channel channel, LocalDateTime at) {
		Schedule schedule = scheduleOn(channel, at.toLocalDate());
		if (schedule.closedReason() != null) {
			return OpeningStatus.closed(schedule.closedReason(), schedule.detail());
		}
		return schedule.ranges()
			.stream()
			.filter((range) -> range.contains(at.toLocalTime()))
			.findFirst()
			.map((range) -> OpeningStatus.openNow(range.peak(), schedule.detail()))
			.orElseGet(() -> OpeningStatus.closed(schedule.exceptional() ? OpeningStatus.Reason.EXCEPTIONAL_HOURS
					: OpeningStatus.Reason.OUTSIDE_HOURS, schedule.detail()));
	}

	/**
	 * The ranges during which {@code channel} is open on {@code date}, after closures,
	 * exceptional hours and holidays; empty when closed all day or when no hours are
	 * published.
	 */
	public List<TimeRange> hoursOn(Channel channel, LocalDate date) {
		return scheduleOn(channel, date).ranges();
	}

	private Schedule scheduleOn(Channel channel, LocalDate date) {
		Optional<ChannelOffer> offer = channel(channel);
		if (offer.isEmpty()) {
			return Schedule.closed(OpeningStatus.Reason.NOT_OFFERED, "");
		}
		Optional<Closure> closure = this.closures.stream().filter((entry) -> entry.covers(date, channel)).findFirst();
		if (closure.isPresent()) {
			return Schedule.closed(OpeningStatus.Reason.CLOSURE, closure.get().reason());
		}
		Optional<ExceptionalHours> exceptional = exceptionalHoursOn(date, channel);
		if (exceptional.isPresent()) {
			if (exceptional.get().isClosedAllDay()) {
				return Schedule.closed(OpeningStatus.Reason.EXCEPTIONAL_HOURS, exceptional.get().reason());
			}
			return new Schedule(exceptional.get().ranges(), null, exceptional.get().reason(), true);
		}
		Optional<PublicHoliday> holiday = FrenchHolidays.on(date, this.holidays);
		if (holiday.isPresent()) {
			return Schedule.closed(OpeningStatus.Reason.PUBLIC_HOLIDAY, holiday.get().messageKey());
		}
		if (offer.get().hours().isEmpty()) {
			return Schedule.closed(OpeningStatus.Reason.HOURS_NOT_SET, "");
		}
		return new Schedule(offer.get().hours().on(date.getDayOfWeek()), null, "", false);
	}

	private Optional<ExceptionalHours> exceptionalHoursOn(LocalDate date, Channel channel) {
		Optional<ExceptionalHours> forChannel = this.exceptionalHours.stream()
			.filter((entry) -> entry.sameSlot(date, channel))
			.findFirst();
		return forChannel.isPresent() ? forChannel
				: this.exceptionalHours.stream().filter((entry) -> entry.sameSlot(date, null)).findFirst();
	}

	/** Same description, channels and calendar entries (ids and versions aside). */
	public boolean sameContentAs(Site other) {
		return Objects.equals(this.organisationId, other.organisationId)
				&& Objects.equals(this.directionId, other.directionId) && Objects.equals(this.name, other.name)
				&& this.kind == other.kind && Objects.equals(this.address, other.address)
				&& Objects.equals(this.position, other.position) && this.holidays == other.holidays
				&& this.channels.equals(other.channels) && this.closures.equals(other.closures)
				&& this.exceptionalHours.equals(other.exceptionalHours);
	}

	public SiteId id() {
		return new SiteId(this.id);
	}

	public SiteHeader header() {
		return new SiteHeader(this.id, this.externalId, this.organisationId, this.directionId, this.name, this.kind);
	}

	public String externalId() {
		return this.externalId;
	}

	public String organisationId() {
		return this.organisationId;
	}

	public String directionId() {
		return this.directionId;
	}

	public String name() {
		return this.name;
	}

	public SiteKind kind() {
		return this.kind;
	}

	public Address address() {
		return this.address;
	}

	public GeoPoint position() {
		return this.position;
	}

	public HolidayCalendar holidays() {
		return this.holidays;
	}

	public SiteDetails details() {
		return new SiteDetails(this.name, this.kind, this.directionId, this.address, this.position, this.holidays);
	}

	public List<ChannelOffer> channels() {
		return List.copyOf(this.channels);
	}

	public Optional<ChannelOffer> channel(Channel channel) {
		return this.channels.stream().filter((offer) -> offer.channel() == channel).findFirst();
	}

	public boolean offers(Channel channel) {
		return channel(channel).isPresent();
	}

	public List<Closure> closures() {
		return List.copyOf(this.closures);
	}

	public List<ExceptionalHours> exceptionalHours() {
		return List.copyOf(this.exceptionalHours);
	}

	public Long version() {
		return this.version;
	}

	private record Schedule(List<TimeRange> ranges, OpeningStatus.Reason closedReason, String detail,
			boolean exceptional) {

		static Schedule closed(OpeningStatus.Reason reason, String detail) {
			return new Schedule(List.of(), reason, detail, false);
		}

	}

}
