package fr.vigie.identity.internal;

import java.util.List;
import java.util.Set;

import fr.vigie.identity.UserAccount;
import fr.vigie.shared.store.Pages;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The accounts a page at a time: with the auditors of a national pool, hundreds. */
@Component
public class UserPages {

	/** Stored fields the list may be sorted by. */
	public static final Set<String> SORTABLE = Set.of("username", "displayName");

	private final MongoOperations mongo;

	UserPages(MongoOperations mongo) {
		this.mongo = mongo;
	}

	public List<UserAccount> page(int offset, int limit, Sort sort) {
		return this.mongo.find(Pages.page(new Query(), offset, limit, sort, SORTABLE, Sort.by("username")),
				UserAccount.class);
	}

	public long count() {
		return this.mongo.count(new Query(), UserAccount.class);
	}

}
