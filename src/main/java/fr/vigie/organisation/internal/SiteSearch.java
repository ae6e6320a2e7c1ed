package fr.vigie.organisation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import fr.vigie.organisation.Site;
import fr.vigie.organisation.SiteFilter;
import fr.vigie.organisation.SiteHeader;
import fr.vigie.organisation.SiteId;
import fr.vigie.organisation.UserScope;
import fr.vigie.shared.store.Pages;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The site list as store queries: a user's scope and the list's criteria become the
 * query, so a page of a national network reads one page of sites.
 */
@Component
public class SiteSearch {

	/** Stored fields the list may be sorted by. */
	public static final Set<String> SORTABLE = Set.of("name", "externalId", "address.city");

	private static final Sort BY_NAME = Sort.by("name");

	private final MongoOperations mongo;

	SiteSearch(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/** Every site matching, by name. */
	public List<Site> all(Criteria scope, SiteFilter filter) {
		return this.mongo.find(query(scope, filter).with(BY_NAME.and(Sort.by("_id"))), Site.class);
	}

	/** The headers of every site in {@code scope} (a field projection), by name. */
	public List<SiteHeader> headers(Criteria scope) {
		return this.mongo.query(Site.class)
			.as(SiteHeader.class)
			.matching(query(scope, SiteFilter.all()).with(BY_NAME.and(Sort.by("_id"))))
			.all();
	}

	/**
	 * Sites {@code offset} to {@code offset + limit} of the list sorted by {@code sort}.
	 */
	public List<Site> page(Criteria scope, SiteFilter filter, int offset, int limit, Sort sort) {
		return this.mongo.find(Pages.page(query(scope, filter), offset, limit, sort, SORTABLE, BY_NAME), Site.class);
	}

	public long count(Criteria scope, SiteFilter filter) {
		return this.mongo.count(query(scope, filter), Site.class);
	}

	/** Sites a director attached to {@code scope} sees. */
	public static Criteria within(UserScope scope) {
		return new Criteria().orOperator(Criteria.where("organisationId").in(scope.organisationIds()),
				Criteria.where("directionId").in(scope.directionIds()),
				Criteria.where("externalId").in(scope.siteIds().stream().map(SiteId::value).toList()));
	}

	/** No site at all (a user without scope). */
	public static Criteria none() {
		return Criteria.where("_id").in(List.of());
	}

	private static Query query(Criteria scope, SiteFilter filter) {
		List<Criteria> all = new ArrayList<>();
		if (scope != null) {
			all.add(scope);
		}
		if (filter.text() != null && !filter.text().isBlank()) {
			var pattern = TextMatch.containing(filter.text());
			all.add(new Criteria().orOperator(Criteria.where("name").regex(pattern),
					Criteria.where("externalId").regex(pattern), Criteria.where("address.city").regex(pattern)));
		}
		if (filter.kind() != null) {
			all.add(Criteria.where("kind").is(filter.kind()));
		}
		if (filter.directionId() != null) {
			all.add(Criteria.where("directionId").is(filter.directionId()));
		}
		if (filter.channel() != null) {
			all.add(Criteria.where("channels.channel").is(filter.channel()));
		}
		return all.isEmpty() ? new Query() : new Query(new Criteria().andOperator(all));
	}

}
