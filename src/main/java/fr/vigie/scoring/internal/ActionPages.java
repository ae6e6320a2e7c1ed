package fr.vigie.scoring.internal;

import java.util.ArrayList;
import java.util.List;

import fr.vigie.scoring.ActionStatus;
import fr.vigie.scoring.CorrectiveAction;
import fr.vigie.shared.store.Pages;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Every corrective action a page at a time, active ones first, each group by due date.
 * The store cannot sort on "active", so the list is the active actions followed by the
 * others, and a page may take the end of the first and the start of the second.
 */
@Component
public class ActionPages {

	private static final Sort BY_DUE_DATE = Sort.by("dueOn");

	private final MongoOperations mongo;

	ActionPages(MongoOperations mongo) {
		this.mongo = mongo;
	}

	public List<CorrectiveAction> page(int offset, int limit) {
		long active = this.mongo.count(active(true), CorrectiveAction.class);
		List<CorrectiveAction> page = new ArrayList<>();
		if (offset < active) {
			page.addAll(this.mongo.find(Pages.page(active(true), offset, limit, BY_DUE_DATE), CorrectiveAction.class));
		}
		int missing = limit - page.size();
		if (missing > 0) {
			int from = (int) Math.max(0, offset - active);
			page.addAll(this.mongo.find(Pages.page(active(false), from, missing, BY_DUE_DATE), CorrectiveAction.class));
		}
		return page;
	}

	public long count() {
		return this.mongo.count(new Query(), CorrectiveAction.class);
	}

	private static Query active(boolean active) {
		return Query.query(active ? Criteria.where("status").in(ActionStatus.activeOnes())
				: Criteria.where("status").nin(ActionStatus.activeOnes()));
	}

}
