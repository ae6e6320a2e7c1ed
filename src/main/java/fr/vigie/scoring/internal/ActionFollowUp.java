package fr.vigie.scoring.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import fr.vigie.campaign.ScheduledSweep;
import fr.vigie.identity.Role;
import fr.vigie.identity.UserAccount;
import fr.vigie.identity.UserManagement;
import fr.vigie.notification.Notice;
import fr.vigie.notification.NotificationManagement;
import fr.vigie.organisation.OrganisationManagement;
import fr.vigie.scoring.ActionStatus;
import fr.vigie.scoring.CorrectiveAction;
import fr.vigie.scoring.ScoringProperties;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Follow-up of corrective actions, run by the campaign scheduler: a reminder to the
 * action's follower {@code reminder-lead} before the due date; on the day after it, an
 * overdue notice to him and to quality managers; {@code escalation-delay} later, an
 * escalation to quality managers. Each step is claimed atomically on the action (and the
 * notices carry dedup keys), so a step is taken once whatever instance runs the sweep; a
 * step missed while Vigie was down is caught up at the next run.
 */
@Component
public class ActionFollowUp implements ScheduledSweep {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final MongoTemplate mongo;

	private final NotificationManagement notifications;

	private final UserManagement users;

	private final OrganisationManagement organisation;

	private final ScoringProperties properties;

	private final Clock clock;

	ActionFollowUp(MongoTemplate mongo, NotificationManagement notifications, UserManagement users,
			OrganisationManagement organisation, ScoringProperties properties, Clock clock) {
		this.mongo = mongo;
		this.notifications = notifications;
		this.users = users;
		this.organisation = organisation;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "scoring-actions";
	}

	@Override
	public Duration interval() {
		return this.properties.sweepInterval();
	}

	@Override
	public int run() {
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, PARIS);
		List<CorrectiveAction> active = this.mongo
			.find(Query.query(Criteria.where("status").in(ActionStatus.activeOnes())), CorrectiveAction.class);
		if (active.isEmpty()) {
			return 0;
		}
		Map<String, String> names = this.organisation
			.siteNames(active.stream().map(CorrectiveAction::siteId).distinct().toList());
		List<String> managers = this.users.findEnabledWithRole(Role.QUALITY_MANAGER)
			.stream()
			.map(UserAccount::username)
			.toList();
		LocalDate reminderFrom = today.plusDays(this.properties.reminderLead().toDays());
		int sent = 0;
		for (CorrectiveAction action : active) {
			List<String> arguments = List.of(action.reference(), action.title(),
					names.getOrDefault(action.siteId(), action.siteId()), action.dueOn().format(DATE));
			if (!action.dueOn().isAfter(reminderFrom) && !action.dueOn().isBefore(today)
					&& claim(action, "reminderSentAt", now)) {
				sent += notify(action.ownerUsername(), "action.reminder", arguments, action, "reminder");
			}
			if (action.dueOn().isBefore(today) && claim(action, "overdueNotifiedAt", now)) {
				sent += notify(action.ownerUsername(), "action.overdue", arguments, action, "overdue");
				for (String manager : managers) {
					sent += notify(manager, "action.overdue", arguments, action, "overdue");
				}
			}
			else if (action.overdueNotifiedAt() != null
					&& !action.overdueNotifiedAt().isAfter(now.minus(this.properties.escalationDelay()))
					&& claim(action, "escalatedAt", now)) {
				for (String manager : managers) {
					sent += notify(manager, "action.escalation", arguments, action, "escalation");
				}
			}
		}
		return sent;
	}

	/** Sets {@code field} if still unset on this active action; true for the winner. */
	private boolean claim(CorrectiveAction action, String field, Instant now) {
		Query unclaimed = Query.query(
				Criteria.where("_id").is(action.id()).and(field).is(null).and("status").in(ActionStatus.activeOnes()));
		// The version moves too, so an edit made on a copy loaded before the claim is
		// refused instead of erasing it.
		return this.mongo.findAndModify(unclaimed, new Update().set(field, now).inc("version", 1),
				FindAndModifyOptions.options().returnNew(true), CorrectiveAction.class) != null;
	}

	private int notify(String recipient, String prefix, List<String> arguments, CorrectiveAction action, String kind) {
		if (recipient == null) {
			return 0;
		}
		return this.notifications.notify(new Notice(recipient, prefix + ".subject", prefix + ".body", arguments,
				"/actions?action=" + action.id(),
				"action-" + kind + ":" + action.id() + ":" + action.dueOn() + ":" + recipient)) ? 1 : 0;
	}

}
