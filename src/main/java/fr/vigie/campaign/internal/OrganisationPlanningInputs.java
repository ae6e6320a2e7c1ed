package fr.vigie.campaign.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import fr.vigie.campaign.CampaignDefinition;
import fr.vigie.campaign.SiteSelection;
import fr.vigie.campaign.internal.planning.PlannedAuditor;
import fr.vigie.campaign.internal.planning.PlannedSite;
import fr.vigie.campaign.internal.planning.SiteAvailability;
import fr.vigie.campaign.internal.planning.TimeRange;
import fr.vigie.organisation.Auditor;
import fr.vigie.organisation.AuditorId;
import fr.vigie.organisation.AuditorManagement;
import fr.vigie.organisation.ChannelOffer;
import fr.vigie.organisation.OrganisationManagement;
import fr.vigie.organisation.Site;
import fr.vigie.organisation.SiteFilter;
import fr.vigie.organisation.SiteId;
import fr.vigie.shared.Channel;
import fr.vigie.shared.calendar.FrenchHolidays;

import org.springframework.stereotype.Component;

/** Reads sites, their calendars and the auditor pool from the organisation module. */
@Component
class OrganisationPlanningInputs implements PlanningInputs {

	private final OrganisationManagement organisation;

	private final AuditorManagement auditors;

	OrganisationPlanningInputs(OrganisationManagement organisation, AuditorManagement auditors) {
		this.organisation = organisation;
		this.auditors = auditors;
	}

	@Override
	public List<PlannedSite> sites(CampaignDefinition definition) {
		SiteSelection selection = definition.selection();
		return this.organisation.searchSites(SiteFilter.all())
			.stream()
			.filter((site) -> selection.siteIds().contains(site.id().value())
					|| (!selection.directionIds().isEmpty() || !selection.kinds().isEmpty())
							&& (selection.directionIds().isEmpty()
									|| selection.directionIds().contains(site.directionId()))
							&& (selection.kinds().isEmpty() || selection.kinds().contains(site.kind())))
			.map(OrganisationPlanningInputs::planned)
			.toList();
	}

	@Override
	public Optional<PlannedSite> site(String siteId) {
		return this.organisation.findSite(new SiteId(siteId)).map(OrganisationPlanningInputs::planned);
	}

	@Override
	public List<PlannedAuditor> auditors() {
		return this.auditors.search(null, null, false).stream().map(OrganisationPlanningInputs::planned).toList();
	}

	@Override
	public Optional<PlannedAuditor> auditor(String auditorId) {
		return this.auditors.find(new AuditorId(auditorId))
			.filter(Auditor::active)
			.map(OrganisationPlanningInputs::planned);
	}

	@Override
	public Map<String, String> auditorLabels() {
		return this.auditors.search(null, null, true)
			.stream()
			.collect(Collectors.toMap((auditor) -> auditor.id().value(),
					(auditor) -> auditor.code() + " — " + auditor.displayName(), (a, b) -> a, TreeMap::new));
	}

	@Override
	public Optional<String> usernameOf(String auditorId) {
		return this.auditors.find(new AuditorId(auditorId)).flatMap(Auditor::username);
	}

	private static PlannedSite planned(Site site) {
		Set<Channel> channels = site.channels().stream().map(ChannelOffer::channel).collect(Collectors.toSet());
		return new PlannedSite(site.id().value(), site.position(), channels, new SiteCalendar(site));
	}

	/**
	 * Exclusions are taken as they stand today; an exclusion ending during the wave keeps
	 * the auditor away for the whole wave, the cautious reading.
	 */
	private static PlannedAuditor planned(Auditor auditor) {
		LocalDate today = LocalDate.now();
		Set<String> excluded = auditor.exclusions()
			.stream()
			.filter((exclusion) -> exclusion.activeOn(today))
			.map((exclusion) -> exclusion.site().value())
			.collect(Collectors.toSet());
		return new PlannedAuditor(auditor.id().value(), auditor.homePosition(), auditor.channels(),
				auditor::isAvailableOn, auditor.maxTestsPerWeek(), excluded);
	}

	/**
	 * A site's opening hours per channel and date, after holidays, closures and
	 * exceptions.
	 */
	private record SiteCalendar(Site site) implements SiteAvailability {

		@Override
		public List<TimeRange> openRanges(LocalDate date, Channel channel) {
			return this.site.hoursOn(channel, date)
				.stream()
				.map((range) -> new TimeRange(range.start(), range.end()))
				.toList();
		}

		@Override
		public List<TimeRange> peakRanges(LocalDate date, Channel channel) {
			return this.site.hoursOn(channel, date)
				.stream()
				.filter(fr.vigie.organisation.TimeRange::peak)
				.map((range) -> new TimeRange(range.start(), range.end()))
				.toList();
		}

		@Override
		public boolean isWorkingDay(LocalDate date) {
			return date.getDayOfWeek().getValue() <= 5 && !FrenchHolidays.isHoliday(date, this.site.holidays())
					&& this.site.closures()
						.stream()
						.noneMatch(
								(closure) -> closure.appliesToAllChannels() && closure.covers(date, Channel.COUNTER));
		}

	}

}
