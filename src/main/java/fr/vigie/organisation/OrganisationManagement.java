package fr.vigie.organisation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.vigie.organisation.internal.DirectionRepository;
import fr.vigie.organisation.internal.SiteRepository;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Reads the organisation tree and the site registry. */
@Service
public class OrganisationManagement {

	private final SiteRepository sites;

	private final DirectionRepository directions;

	OrganisationManagement(SiteRepository sites, DirectionRepository directions) {
		this.sites = sites;
		this.directions = directions;
	}

	/** Sites whose name, city or external id contains {@code text} (all when blank). */
	@PreAuthorize("hasAnyRole('QUALITY_MANAGER', 'DIRECTOR', 'ADMIN')")
	public List<Site> searchSites(String text) {
		String needle = (text == null) ? "" : text.trim().toLowerCase(Locale.ROOT);
		return this.sites.findAllByOrderByNameAsc()
			.stream()
			.filter((site) -> needle.isEmpty() || matches(site, needle))
			.toList();
	}

	@PreAuthorize("hasAnyRole('QUALITY_MANAGER', 'DIRECTOR', 'ADMIN')")
	public Map<String, Direction> directionsById() {
		return this.directions.findAll().stream().collect(Collectors.toMap(Direction::id, Function.identity()));
	}

	/** Names of the given sites, for texts that mention them (notices, plans, feeds). */
	@PreAuthorize("isAuthenticated()")
	public Map<String, String> siteNames(java.util.Collection<String> siteIds) {
		return this.sites.findAllById(siteIds).stream().collect(Collectors.toMap(Site::id, Site::name));
	}

	private static boolean matches(Site site, String needle) {
		return site.name().toLowerCase(Locale.ROOT).contains(needle)
				|| site.externalId().toLowerCase(Locale.ROOT).contains(needle)
				|| (site.address() != null && site.address().city().toLowerCase(Locale.ROOT).contains(needle));
	}

}
