package fr.vigie.shared.store;

import java.util.Set;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;

/**
 * One page of a long list, read by the store: lists of a national network (sites, test
 * slots, findings…) are shown a page at a time and never loaded whole.
 */
public final class Pages {

	private Pages() {
	}

	/** A page of a list shown in one fixed {@code order} (then by id). */
	public static Query page(Query query, int offset, int limit, Sort order) {
		return page(query, offset, limit, Sort.unsorted(), Set.of(), order);
	}

	/**
	 * Narrows {@code query} to rows {@code offset} to {@code offset + limit}, sorted by
	 * {@code sort} (or {@code byDefault} when unsorted) then by id, so that pages neither
	 * repeat nor skip rows that sort equal.
	 * @param sortable the stored fields this list may be sorted by; a list sorted by
	 * anything else is a programming error
	 */
	public static Query page(Query query, int offset, int limit, Sort sort, Set<String> sortable, Sort byDefault) {
		if (offset < 0 || limit < 1) {
			throw new IllegalArgumentException("No page from " + offset + " of " + limit + " rows");
		}
		sort.forEach((order) -> {
			if (!sortable.contains(order.getProperty())) {
				throw new IllegalArgumentException("This list cannot be sorted by " + order.getProperty());
			}
		});
		Sort order = (sort.isSorted() ? sort : byDefault).and(Sort.by("_id"));
		return query.with(order).skip(offset).limit(limit);
	}

}
