package fr.vigie.organisation;

import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The part of the network a director or site manager sees: whole organisations,
 * directions or territories, and single sites, combined. Kept here rather than on the
 * account so that identity knows nothing of the organisation; keyed by username.
 */
@Document("user_scopes")
public class UserScope {

	@Id
	private final String username;

	private Set<String> organisationIds;

	private Set<String> directionIds;

	private Set<String> siteIds;

	@Version
	private Long version;

	@PersistenceCreator
	UserScope(String username, Set<String> organisationIds, Set<String> directionIds, Set<String> siteIds,
			Long version) {
		this.username = username;
		this.organisationIds = (organisationIds != null) ? Set.copyOf(organisationIds) : Set.of();
		this.directionIds = (directionIds != null) ? Set.copyOf(directionIds) : Set.of();
		this.siteIds = (siteIds != null) ? Set.copyOf(siteIds) : Set.of();
		this.version = version;
	}

	public static UserScope empty(String username) {
		return new UserScope(username, Set.of(), Set.of(), Set.of(), null);
	}

	void change(Set<String> newOrganisationIds, Set<String> newDirectionIds, Set<SiteId> newSiteIds) {
		this.organisationIds = Set.copyOf(newOrganisationIds);
		this.directionIds = Set.copyOf(newDirectionIds);
		this.siteIds = Set.copyOf(newSiteIds.stream().map(SiteId::value).toList());
	}

	public boolean covers(Site site) {
		return this.organisationIds.contains(site.organisationId())
				|| (site.directionId() != null && this.directionIds.contains(site.directionId()))
				|| this.siteIds.contains(site.externalId());
	}

	public boolean isEmpty() {
		return this.organisationIds.isEmpty() && this.directionIds.isEmpty() && this.siteIds.isEmpty();
	}

	public String username() {
		return this.username;
	}

	public Set<String> organisationIds() {
		return this.organisationIds;
	}

	public Set<String> directionIds() {
		return this.directionIds;
	}

	public Set<SiteId> siteIds() {
		return Set.copyOf(this.siteIds.stream().map(SiteId::new).toList());
	}

	public Long version() {
		return this.version;
	}

}
