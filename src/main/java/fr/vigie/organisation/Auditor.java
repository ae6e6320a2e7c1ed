package fr.vigie.organisation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import fr.vigie.shared.Channel;
import fr.vigie.shared.UserFacingException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A mystery tester of the pool: who he is (known to quality managers only; everyone else
 * sees his code), where he lives, which channels he can test, when, how often, and the
 * sites he must never test.
 */
@Document("auditors")
public class Auditor {

	@Id
	private final String id;

	private String displayName;

	@Indexed
	private String username;

	private String homeTown;

	private GeoPoint homePosition;

	private Set<Channel> channels;

	private Set<DayOfWeek> availableDays;

	private int maxTestsPerWeek;

	private boolean active;

	private List<PeriodOff> periodsOff;

	private List<Exclusion> exclusions;

	@Version
	private Long version;

	@PersistenceCreator
	Auditor(String id, String displayName, String username, String homeTown, GeoPoint homePosition,
			Set<Channel> channels, Set<DayOfWeek> availableDays, int maxTestsPerWeek, boolean active,
			List<PeriodOff> periodsOff, List<Exclusion> exclusions, Long version) {
		this.id = id;
		this.displayName = displayName;
		this.username = username;
		this.homeTown = homeTown;
		this.homePosition = homePosition;
		this.channels = (channels != null) ? Set.copyOf(channels) : Set.of();
		this.availableDays = (availableDays != null) ? Set.copyOf(availableDays) : Set.of();
		this.maxTestsPerWeek = maxTestsPerWeek;
		this.active = active;
		this.periodsOff = new ArrayList<>((periodsOff != null) ? periodsOff : List.of());
		this.exclusions = new ArrayList<>((exclusions != null) ? exclusions : List.of());
		this.version = version;
	}

	public static Auditor create(AuditorId id, AuditorProfile profile) {
		Objects.requireNonNull(id, "id");
		Auditor auditor = new Auditor(id.value(), null, null, null, null, null, null, 0, true, null, null, null);
		auditor.update(profile);
		return auditor;
	}

	/** A copy to change without touching this instance (previews, comparisons). */
	public Auditor copy() {
		return new Auditor(this.id, this.displayName, this.username, this.homeTown, this.homePosition, this.channels,
				this.availableDays, this.maxTestsPerWeek, this.active, this.periodsOff, this.exclusions, this.version);
	}

	public void update(AuditorProfile profile) {
		Objects.requireNonNull(profile, "profile");
		this.displayName = profile.displayName();
		this.username = profile.username();
		this.homeTown = profile.homeTown();
		this.homePosition = profile.homePosition();
		this.channels = profile.channels();
		this.availableDays = profile.availableDays();
		this.maxTestsPerWeek = profile.maxTestsPerWeek();
		this.active = profile.active();
	}

	public void addPeriodOff(PeriodOff period) {
		Objects.requireNonNull(period, "period");
		if (this.periodsOff.contains(period)) {
			throw new UserFacingException("periodOff.duplicate");
		}
		this.periodsOff.add(period);
		this.periodsOff.sort(Comparator.comparing(PeriodOff::from).thenComparing(PeriodOff::to));
	}

	public void removePeriodOff(PeriodOff period) {
		this.periodsOff.remove(period);
	}

	public void replacePeriodsOff(List<PeriodOff> periods) {
		this.periodsOff.clear();
		periods.forEach(this::addPeriodOff);
	}

	/** Excludes a site, replacing an earlier exclusion of the same site. */
	public void exclude(Exclusion exclusion) {
		Objects.requireNonNull(exclusion, "exclusion");
		this.exclusions.removeIf((existing) -> existing.site().equals(exclusion.site()));
		this.exclusions.add(exclusion);
		this.exclusions.sort(Comparator.comparing((Exclusion entry) -> entry.site().value()));
	}

	public void removeExclusion(SiteId site) {
		this.exclusions.removeIf((existing) -> existing.site().equals(site));
	}

	public void replaceExclusions(List<Exclusion> newExclusions) {
		this.exclusions.clear();
		newExclusions.forEach(this::exclude);
	}

	public boolean canTest(Channel channel) {
		return this.channels.contains(channel);
	}

	/** Active, on one of his weekdays, and not in a period off. */
	public boolean isAvailableOn(LocalDate date) {
		return this.active && this.availableDays.contains(date.getDayOfWeek())
				&& this.periodsOff.stream().noneMatch((period) -> period.covers(date));
	}

	public Optional<Exclusion> exclusionFrom(SiteId site, LocalDate date) {
		return this.exclusions.stream()
			.filter((exclusion) -> exclusion.site().equals(site) && exclusion.activeOn(date))
			.findFirst();
	}

	/**
	 * Whether he may test {@code site} on {@code channel} on {@code date}: he tests that
	 * channel, is available that day and is not excluded from the site. The weekly
	 * maximum and the rotation between waves are the campaign planner's to count.
	 */
	public boolean eligibleFor(SiteId site, Channel channel, LocalDate date) {
		return canTest(channel) && isAvailableOn(date) && exclusionFrom(site, date).isEmpty();
	}

	/** Same profile, periods off and exclusions (versions aside). */
	public boolean sameContentAs(Auditor other) {
		return Objects.equals(this.displayName, other.displayName) && Objects.equals(this.username, other.username)
				&& Objects.equals(this.homeTown, other.homeTown)
				&& Objects.equals(this.homePosition, other.homePosition) && this.channels.equals(other.channels)
				&& this.availableDays.equals(other.availableDays) && this.maxTestsPerWeek == other.maxTestsPerWeek
				&& this.active == other.active && this.periodsOff.equals(other.periodsOff)
				&& this.exclusions.equals(other.exclusions);
	}

	public AuditorId id() {
		return new AuditorId(this.id);
	}

	/** The code shown in reports instead of the name. */
	public String code() {
		return this.id;
	}

	public String displayName() {
		return this.displayName;
	}

	public Optional<String> username() {
		return Optional.ofNullable(this.username);
	}

	public String homeTown() {
		return this.homeTown;
	}

	public GeoPoint homePosition() {
		return this.homePosition;
	}

	public Set<Channel> channels() {
		return this.channels;
	}

	public Set<DayOfWeek> availableDays() {
		return this.availableDays;
	}

	public int maxTestsPerWeek() {
		return this.maxTestsPerWeek;
	}

	public boolean active() {
		return this.active;
	}

	public List<PeriodOff> periodsOff() {
		return List.copyOf(this.periodsOff);
	}

	public List<Exclusion> exclusions() {
		return List.copyOf(this.exclusions);
	}

	public AuditorProfile profile() {
		return new AuditorProfile(this.displayName, this.username, this.homeTown, this.homePosition, this.channels,
				this.availableDays, this.maxTestsPerWeek, this.active);
	}

	public Long version() {
		return this.version;
	}

}
