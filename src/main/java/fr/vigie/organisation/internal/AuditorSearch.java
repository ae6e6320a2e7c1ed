package fr.vigie.organisation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import fr.vigie.organisation.Auditor;
import fr.vigie.shared.Channel;
import fr.vigie.shared.store.Pages;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The auditor list as store queries: its criteria, sort and page are the query. */
@Component
public class AuditorSearch {

	/** Stored fields the list may be sorted by (the code is the id). */
	public static final Set<String> SORTABLE = Set.of("id", "displayName", "homeTown");

	private static final Sort BY_CODE = Sort.by("id");

	private final MongoOperations mongo;

	AuditorSearch(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/** Every auditor matching, by code. */
	public List<Auditor> all(String text, Channel channel, boolean includeInactive) {
		return this.mongo.find(query(text, channel, includeInactive).with(BY_CODE), Auditor.class);
	}

	public List<Auditor> page(String text, Channel channel, boolean includeInactive, int offset, int limit, Sort sort) {
		return this.mongo.find(
				Pages.page(query(text, channel, includeInactive), offset, limit, sort, SORTABLE, BY_CODE),
				Auditor.class);
	}

	public long count(String text, Channel channel, boolean includeInactive) {
		return this.mongo.count(query(text, channel, includeInactive), Auditor.class);
	}

	private static Query query(String text, Channel channel, boolean includeInactive) {
		List<Criteria> all = new ArrayList<>();
		if (!includeInactive) {
			all.add(Criteria.where("active").is(true));
		}
		if (channel != null) {
			all.add(Criteria.where("channels").is(channel));
		}
		if (text != null && !text.isBlank()) {
			var pattern = TextMatch.containing(text);
			all.add(new Criteria().orOperator(Criteria.where("id").regex(pattern),
					Criteria.where("displayName").regex(pattern), Criteria.where("homeTown").regex(pattern)));
		}
		return all.isEmpty() ? new Query() : new Query(new Criteria().andOperator(all));
	}

}
